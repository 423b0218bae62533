"""The meeting list is filtered by each meeting's audience (知悉范围): `meeting_access` now holds the
audience's grants under their own names.

The rows keep their meaning — a person involved, a department involved (its own members), an invited
department (with the ones under it) — under the names `Audience` gives them; and the office, which
sees every meeting and was a special case in the query, becomes the grant it is in the audience
(`departments`: 办公室 with its sections), added to every meeting recorded before.
"""

from __future__ import annotations

from alembic import op

revision = "meetings_0002"
down_revision = "meetings_0001"
branch_labels = None
depends_on = None

RENAMED = {"person": "people", "department": "members_of", "invited_department": "departments"}
OFFICE = "office"  # shuniu_meetings.domain.access.OFFICE as it was when this revision was written


def upgrade() -> None:
    for old, new in RENAMED.items():
        op.execute(f"UPDATE meeting_access SET kind = '{new}' WHERE kind = '{old}'")
    op.execute(
        "INSERT INTO meeting_access (meeting_id, kind, key) "
        f"SELECT id, 'departments', '{OFFICE}' FROM meetings WHERE id NOT IN "
        f"(SELECT meeting_id FROM meeting_access WHERE kind = 'departments' AND key = '{OFFICE}')"
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
