"""Shuniu gateway service."""
