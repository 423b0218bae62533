"""The projection's schema: the platform's tables, then its own."""

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from shuniu_projection.adapters.tables import document_counts, documents, metadata
from shuniu_projection.app.counts import recount


def count_waiting_documents(connection: Connection) -> None:
    """A projection made before the overview's counts were kept gets them, counted from its rows (a
    new one already has the table and the column from the first migration, and nothing to count)."""
    if "counted_under" not in {column["name"] for column in inspect(connection).get_columns("documents")}:
        column_type = documents.c.counted_under.type.compile(connection.dialect)
        connection.exec_driver_sql(f"ALTER TABLE documents ADD COLUMN counted_under {column_type}")
    document_counts.create(connection, checkfirst=True)
    recount(connection)


MIGRATIONS = [
    *PLATFORM_MIGRATIONS,
    Migration("projection_0001_timeline_objects", create_tables(metadata)),
    Migration("projection_0002_document_counts", count_waiting_documents),
]
