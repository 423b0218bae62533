"""The desk's items found by their object: an event that marks done what waited on its object
(app/desk.py `close_items`) looked for them among every open item, a scan that grows with the open
items of every object — quadratic over a rebuild of a million events."""

from __future__ import annotations

from alembic import op

revision = "projection_0007"
down_revision = "projection_0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_work_items_object", "work_items", ["service", "stream_id"])


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
