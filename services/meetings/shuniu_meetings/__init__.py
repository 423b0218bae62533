"""Shuniu meetings service."""
