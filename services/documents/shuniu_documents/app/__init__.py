"""Command handlers, reactions to other services' events and to deadlines, and the read side."""
