"""A person whose personal data the service holds (数据主体): a visitor or a petitioner.

Identified by a random pseudonym, never by the ID number; the personal fields are sealed tokens the
domain neither reads nor needs (the application layer seals and opens them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import OutOfTurn

from shuniu_reception.domain.audiences import PERSON_DETAILS
from shuniu_reception.domain.events import DomainEvent, PersonForgotten, PersonRecorded

# Who needs a visitor's or petitioner's personal data to do their work (docs/rules.md §2: not "anyone
# without need"); every other caller, and every event consumer, sees only ciphertext.
READS_VISITOR_DATA = ("receptionist", "petitions_officer", "office_director")
READS_PETITIONER_DATA = ("petitions_officer", "office_director")


class DataSubject(Aggregate):  # 数据主体
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.kind: Literal["visitor", "petitioner"] = "visitor"
        self.forgotten = False

    def audience(self) -> Audience:
        """知悉范围 of a person's record: those whose work needs this kind of person's data. It stays
        theirs after forgetting, when the record carries no readable personal data any more."""
        readers = READS_PETITIONER_DATA if self.kind == "petitioner" else READS_VISITOR_DATA
        return Audience.of(roles=readers, personal_data=() if self.forgotten else PERSON_DETAILS)

    @staticmethod
    def record(event: PersonRecorded) -> list[DomainEvent]:
        return [event]

    def forget(self, by: str, at: datetime) -> list[DomainEvent]:
        if self.forgotten:
            raise OutOfTurn(
                "此人的个人信息已删除", "this person's data was already erased", code="already_forgotten"
            )
        return [PersonForgotten(forgotten_by=by, forgotten_at=at)]

    def when_recorded(self, event: PersonRecorded) -> None:
        self.kind = event.kind

    def when_forgotten(self, event: PersonForgotten) -> None:
        self.forgotten = True
