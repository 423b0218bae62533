"""Shuniu documents service."""
