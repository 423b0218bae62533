"""The notifications service (通知)."""
