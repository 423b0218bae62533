"""A desk item may stand for another object's item while it is open: a supervision task opened from
a 批示 is the lead department's work on the document, so the desk shows one entry for it, not two
(app/desk.py). Items opened before this revision stand for nothing; a rebuild marks them too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "projection_0004"
down_revision = "projection_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("work_items", sa.Column("stands_for", sa.String(length=300), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
