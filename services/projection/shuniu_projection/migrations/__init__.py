"""The projection's schema: the platform's tables, then its own."""

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables

from shuniu_projection.adapters.tables import metadata

MIGRATIONS = [*PLATFORM_MIGRATIONS, Migration("projection_0001_timeline_objects", create_tables(metadata))]
