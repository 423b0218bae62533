"""Shuniu projection service."""
