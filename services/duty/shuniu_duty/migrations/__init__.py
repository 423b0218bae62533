"""The duty database's schema: the platform's revisions, then this service's own (`versions/`)."""

from pathlib import Path

from shuniu_shared.migrations import PLATFORM_MIGRATIONS

MIGRATIONS = PLATFORM_MIGRATIONS.and_then(Path(__file__).parent / "versions")
