"""Shuniu supervision service."""
