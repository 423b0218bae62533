"""Shuniu reception service."""
