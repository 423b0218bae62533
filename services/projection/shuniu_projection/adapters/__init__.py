"""The projection's own database: the timeline of every event it has seen, and the read models."""
