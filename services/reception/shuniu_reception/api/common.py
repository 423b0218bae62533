"""What every reception route shares: the runtime, new ids and who may read personal data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import overload

from shuniu_shared.web.auth import Principal

# Who needs a visitor's or petitioner's personal data to do their work (RULES §2: not "anyone
# without need"); every other caller, and every event consumer, sees only ciphertext.
READS_VISITOR_DATA = ("receptionist", "petitions_officer", "office_director")
READS_PETITIONER_DATA = ("petitions_officer", "office_director")
PETITION_STAFF = ("petitions_officer", "office_director")
SEES_ALL_PETITIONS = ("petitions_officer", "office_director", "leader", "principal_leader")


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def may_read_personal_data(principal: Principal, kind: str) -> bool:
    return principal.has_any_role(READS_PETITIONER_DATA if kind == "petitioner" else READS_VISITOR_DATA)


@overload
def utc(value: datetime) -> datetime: ...
@overload
def utc(value: None) -> None: ...
def utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
