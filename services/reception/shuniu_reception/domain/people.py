"""A person whose personal data the service holds (数据主体): a visitor or a petitioner.

Identified by a random pseudonym, never by the ID number; the personal fields are sealed tokens the
domain neither reads nor needs (the application layer seals and opens them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.errors import OutOfTurn

from shuniu_reception.domain.events import DomainEvent, PersonForgotten, PersonRecorded


class DataSubject(Aggregate):  # 数据主体
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.kind: Literal["visitor", "petitioner"] = "visitor"
        self.forgotten = False

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
