"""HTTP routes of the reception service (mounted under /api/reception)."""
