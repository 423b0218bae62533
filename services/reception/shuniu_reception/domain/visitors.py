"""A visit (来访): booked in advance or a walk-in, then arrival with a badge (签到), then departure."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn

from shuniu_reception.domain.audiences import PERSON_DETAILS, WHEREABOUTS
from shuniu_reception.domain.events import DomainEvent, VisitAppointed, VisitorArrived, VisitorLeft


class VisitStage(StrEnum):
    APPOINTED = "appointed"  # 已预约
    IN_BUILDING = "in_building"  # 在楼内
    LEFT = "left"  # 已离开


RECEPTION_STAFF = ("receptionist", "office_director")  # they book, sign in and see anyone's visitors
# A host must know whom he is receiving and be able to call them, not verify who they are: the ID
# number and the home address stay with reception, which checks them at the door.
HOST_SEES = ("name", "phone")


def visit_audience(host_person: str) -> Audience:
    """知悉范围 of a visit: reception sees every visit; the host sees the visit to them — not their
    department, which has no need to know who came to see one of its people."""
    return Audience.of(
        roles=RECEPTION_STAFF, people=[host_person], personal_data=(*PERSON_DETAILS, WHEREABOUTS)
    )


class Visit(Aggregate):  # 来访
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: VisitStage | None = None
        self.person_id = ""
        self.organisation = ""
        self.purpose = ""
        self.host_department = ""
        self.host_person = ""
        self.badge = ""

    def audience(self) -> Audience:
        return visit_audience(self.host_person)

    @staticmethod
    def appoint(appointment: VisitAppointed) -> list[DomainEvent]:
        return [appointment]

    @staticmethod
    def walk_in(arrival: VisitorArrived) -> list[DomainEvent]:
        """A visitor without an appointment is signed in on arrival."""
        return [arrival.model_copy(update={"walk_in": True, "badge": _badge(arrival.badge)})]

    def arrive(self, badge: str, at: datetime) -> list[DomainEvent]:
        """签到: the visitor is given a badge and is in the building from now on."""
        if self.stage is not VisitStage.APPOINTED:
            raise OutOfTurn("该访客已签到", "the visitor has already arrived", code="already_arrived")
        return [
            VisitorArrived(
                person_id=self.person_id,
                badge=_badge(badge),
                arrived_at=at,
                walk_in=False,
                host_department=self.host_department,
                host_person=self.host_person,
                organisation=self.organisation,
                purpose=self.purpose,
            )
        ]

    def leave(self, at: datetime) -> list[DomainEvent]:
        if self.stage is not VisitStage.IN_BUILDING:
            raise OutOfTurn(
                "访客不在楼内，无法登记离开", "the visitor is not in the building", code="not_in_building"
            )
        return [VisitorLeft(badge=self.badge, left_at=at)]

    def when_appointed(self, e: VisitAppointed) -> None:
        self.stage = VisitStage.APPOINTED
        self.person_id, self.organisation, self.purpose = e.person_id, e.organisation, e.purpose
        self.host_department, self.host_person = e.host_department, e.host_person

    def when_arrived(self, e: VisitorArrived) -> None:
        self.stage, self.badge = VisitStage.IN_BUILDING, e.badge
        self.person_id, self.host_department, self.host_person = e.person_id, e.host_department, e.host_person
        self.organisation, self.purpose = self.organisation or e.organisation, self.purpose or e.purpose

    def when_left(self, e: VisitorLeft) -> None:
        self.stage = VisitStage.LEFT


def _badge(badge: str) -> str:
    badge = badge.strip()
    if not badge:
        raise InvalidInput("请填写访客证号", "a badge number is needed", field="badge")
    return badge
