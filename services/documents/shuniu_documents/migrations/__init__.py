"""The documents database: the platform's tables, then the read model and the number counters."""

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables

from shuniu_documents.adapters.tables import metadata

MIGRATIONS = [
    *PLATFORM_MIGRATIONS,
    Migration("documents_0001_read_model_and_numbers", create_tables(metadata)),
]
