"""Indexes the housekeeper prunes by: the inbox by when an event was processed, idempotency keys by
when they were stored (shuniu_shared.housekeeping). Without them each pruning pass scans the table.
"""

from __future__ import annotations

from alembic import op

revision = "platform_0002"
down_revision = "platform_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_processed_events_processed_at", "processed_events", ["processed_at"])
    op.create_index("ix_idempotency_keys_created_at", "idempotency_keys", ["created_at"])


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
