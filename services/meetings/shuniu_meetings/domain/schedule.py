"""领导活动安排 — each leader's schedule (docs/rules.md §11).

A leader's week is compiled by itself from what the other parts of the office book: the meetings
the leader chairs or is invited to (this service), the visits the leader hosts and the cars the
leader rides in (reception) — plus what the office enters (外出, 会见, 调研) and the leader's own 外出报备.
Each is one `Activity`, its own stream with its own 密级, so a classified meeting is shown only to
those cleared for it. A leader booked in two places at once is a warning to the office as soon as the
second is booked, before it happens: once for each pair (`Activity.warn_of`). The week's table
(`ScheduleWeek`) is published as an event with what is not classified.
The time a leader spends handling an incident comes on by itself too (duty: his 批示, or as 带班领导).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.errors import InvalidInput, OutOfTurn, required

from shuniu_meetings.domain.access import OFFICE
from shuniu_meetings.domain.events import (
    ActivityCancelled,
    ActivityKind,
    ActivityMoved,
    ActivityPlanned,
    ActivitySource,
    DoubleBooked,
    WeekLine,
    WeekPublished,
)
from shuniu_meetings.domain.parts import Slot

LEADING_ROLES = frozenset({"leader", "principal_leader"})  # whose days are scheduled, and who see them
KIND_NAMES = {
    "meeting": "会议",
    "visit": "会见来访",
    "trip": "外出（用车）",
    "outing": "外出",
    "receiving": "会见",
    "research": "调研",
    "away": "外出报备",
    "incident": "突发事件处置",
}
CLASSIFIED_OTHER = "另一项涉密活动 / another, classified activity"


@dataclass(frozen=True)
class Booked:
    """Another activity on the same leader's schedule, as the schedule's table holds it."""

    id: str
    title: str
    slot: Slot
    classification: ClassificationName


class Activity(Aggregate):  # 领导活动
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.leader = self.title = self.place = ""
        self.kind: ActivityKind = "outing"
        self.slot: Slot | None = None
        self.classification: ClassificationName = "none"
        self.source: ActivitySource | None = None
        self.cancelled = False
        self.warned_about: set[str] = set()  # the other activities a warning was given for
        self.warnings: list[DoubleBooked] = []  # those warnings, for the office to see on the week

    @staticmethod
    def plan(
        id: str,
        *,
        leader: str,
        kind: ActivityKind,
        title: str,
        place: str,
        slot: Slot,
        classification: ClassificationName,
        source: ActivitySource | None,
        planned_by: str | None,
    ) -> list[ActivityPlanned]:
        return [
            ActivityPlanned(
                leader=leader,
                kind=kind,
                title=required(title, "title", "活动须有名称", "an activity needs a title"),
                place=place.strip(),
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                classification=classification,
                source=source,
                planned_by=planned_by,
            )
        ]

    def move(self, slot: Slot) -> list[ActivityMoved]:
        if self.slot == slot or self.cancelled:
            return []
        return [ActivityMoved(starts_at=slot.starts_at, ends_at=slot.ends_at)]

    def cancel(self, reason: str) -> list[ActivityCancelled]:
        if self.cancelled:
            return []
        return [ActivityCancelled(reason=reason)]

    def cancel_by_the_office(self, reason: str) -> list[ActivityCancelled]:
        """取消 an activity the office entered; one compiled from a meeting or a visit goes with it."""
        if self.source is not None:
            raise OutOfTurn(
                "该活动来自会议或接待安排，请在原处改期或取消",
                "this activity comes from a meeting or a visit: change it there",
                code="compiled_activity",
            )
        if self.cancelled:
            raise OutOfTurn("该活动已取消", "the activity is already cancelled", code="cancelled")
        return [ActivityCancelled(reason=required(reason, "reason", "须写明取消原因", "give the reason"))]

    def warn_of(self, others: Iterable[Booked]) -> list[DoubleBooked]:
        """日程冲突预警: one warning for each other activity this one overlaps and was not warned
        about. One classified above this activity is not named, since whoever sees this one may not
        be cleared for it."""
        if self.slot is None or self.cancelled:
            return []
        warnings = []
        mine = Classification.parse(self.classification)
        for other in others:
            if other.id == self.id or other.id in self.warned_about:
                continue
            start, end = (
                max(self.slot.starts_at, other.slot.starts_at),
                min(self.slot.ends_at, other.slot.ends_at),
            )
            if start >= end:
                continue
            named = mine.reaches(other.classification)
            warnings.append(
                DoubleBooked(
                    leader=self.leader,
                    other_activity=other.id if named else None,
                    other_title=other.title if named else CLASSIFIED_OTHER,
                    overlap_starts_at=start,
                    overlap_ends_at=end,
                    overlap_minutes=int((end - start) / timedelta(minutes=1)),
                )
            )
        return warnings

    def audience(self) -> Audience:
        """知悉范围: the leader, the county's leaders, the office that arranges their days — at the
        activity's 密级."""
        return Audience.of(
            classification=self.classification,
            people=[self.leader],
            roles=LEADING_ROLES,
            departments=[OFFICE],
        )

    def when_planned(self, event: ActivityPlanned) -> None:
        self.leader, self.kind, self.title, self.place = event.leader, event.kind, event.title, event.place
        self.slot = Slot(event.starts_at, event.ends_at)
        self.classification, self.source = event.classification, event.source

    def when_moved(self, event: ActivityMoved) -> None:
        self.slot = Slot(event.starts_at, event.ends_at)
        self.warned_about.clear()  # at the new time, the clashes are new ones
        self.warnings.clear()

    def when_cancelled(self, event: ActivityCancelled) -> None:
        self.cancelled = True

    def when_double_booked(self, event: DoubleBooked) -> None:
        self.warned_about.add(event.other_activity or f"classified@{event.overlap_starts_at.isoformat()}")
        self.warnings.append(event)


class ScheduleWeek(Aggregate):  # 领导活动安排表, one a week
    def __init__(self, id: str, organisation: Iterable[str] = ()) -> None:
        super().__init__(id)
        # The departments at the top of the directory: the published table goes to all under them.
        self.organisation = frozenset(organisation)
        self.monday: date | None = None
        self.lines: list[WeekLine] = []

    def publish(self, monday: date, lines: Iterable[WeekLine], by: str) -> list[WeekPublished]:
        """印发: the week's lines that are not classified, as the table goes to every department."""
        if monday.weekday() != 0:
            raise InvalidInput("须以周一为一周的开始", "a week starts on a Monday", field="monday")
        return [WeekPublished(monday=monday, lines=list(lines), published_by=by)]

    def audience(self) -> Audience:
        """The published table goes to the whole organisation: it holds nothing classified."""
        return Audience.of(roles=LEADING_ROLES, departments=[OFFICE, *self.organisation])

    def when_published(self, event: WeekPublished) -> None:
        self.monday, self.lines = event.monday, list(event.lines)
