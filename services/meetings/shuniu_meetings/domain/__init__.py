"""The meetings domain (会务): rooms, meetings and their minutes and resolutions, free of I/O."""
