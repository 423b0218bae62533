"""Command handlers, process managers, deadline handlers and inline projections of reception."""
