"""Command handlers, process managers and deadline handlers of the meetings service."""
