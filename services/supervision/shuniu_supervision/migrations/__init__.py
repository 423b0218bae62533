"""The service's schema: the platform's tables, then the read model of tasks."""

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables

from shuniu_supervision.adapters.tables import metadata

MIGRATIONS = [*PLATFORM_MIGRATIONS, Migration("supervision_0001_task_read_model", create_tables(metadata))]
