"""Each person's key names the master key that wraps it, so that a master-key rotation can tell the
rows it has re-wrapped from those it has not (app/personal_data.py, `PersonalData.rotate`)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "reception_0002"
down_revision = "reception_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before stay NULL: the key store opens them with whichever configured master
    # authenticates them, and the next rotation names their master.
    op.add_column("subject_keys", sa.Column("wrapped_by", sa.String(length=16), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
