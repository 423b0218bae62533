"""会议: one meeting from its planning to the follow-up of its resolutions (docs/rules.md §4).

Plan → book room → agenda → invitations and notice → replies (attend, decline, 请假 with reason and
代会人) → 签到 → 纪要 (出席, 请假, 列席, 记录) → 决议 → follow-up through supervision. The minutes'
attendance blocks are derived here from invitations, replies and sign-in, never typed again, so the
minutes cannot say someone was absent without notice when they asked for leave.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.clock import office_date
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound, OutOfTurn, RuleBroken, required
from shuniu_shared.events import DomainEvent

from shuniu_meetings.domain.access import EVERY_MEETINGS_AUDIENCE, Viewer
from shuniu_meetings.domain.events import (
    AgendaItemAdded,
    AttendanceLine,
    Cancelled,
    DepartmentInvited,
    Held,
    LeaveRequested,
    MarkedAbsent,
    MarkedLate,
    MeetingScheduled,
    MinutesApproved,
    MinutesDrafted,
    MinutesIssued,
    NoticeIssued,
    PersonInvited,
    Replied,
    Rescheduled,
    ResolutionAdopted,
    ResolutionCompleted,
    ResolutionDrafted,
    ResolutionSupervised,
    RoomBooked,
    RoomReleased,
    SignedIn,
)
from shuniu_meetings.domain.parts import (
    Attendance,
    AttendanceBlocks,
    Invitee,
    Minutes,
    Reply,
    Resolution,
    RoomInHand,
    Slot,
)
from shuniu_meetings.domain.values import (
    LATE_AFTER,
    MEETING_KINDS,
    SIGN_IN_OPENS_BEFORE,
    Capacity,
    FollowUp,
    MinutesStage,
    Response,
    Stage,
)


class Meeting(Aggregate):  # 会议
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.title = ""
        self.kind = ""
        self.organiser = ""
        self.organiser_department = ""
        self.chair = ""
        self.chair_department = ""
        self.slot: Slot | None = None
        self.classification: ClassificationName = "none"
        # The highest 密级 any part of the record has had: the meeting's, then any draft of its minutes.
        self.record_classification: ClassificationName = "none"
        self.series_id: str | None = None
        self.stage = Stage.SCHEDULED
        self.room: RoomInHand | None = None
        self.agenda: list[AgendaItemAdded] = []
        self.invited_people: dict[str, Invitee] = {}
        self.invited_departments: dict[str, Capacity] = {}
        self.replies: dict[str, Reply] = {}
        self.attendance: dict[str, Attendance] = {}
        self.absent: dict[str, str] = {}  # person → department
        self.absentees_marked = False
        self.notice_issued = False
        self.held_at: datetime | None = None
        self.minutes: Minutes | None = None
        self.resolutions: dict[str, Resolution] = {}

    # --- planning -------------------------------------------------------------------------------

    def schedule(
        self,
        *,
        title: str,
        kind: str,
        organiser: str,
        organiser_department: str,
        chair: str,
        chair_department: str,
        chair_clearance: str,
        slot: Slot,
        classification: ClassificationName,
        now: datetime,
        series_id: str | None = None,
    ) -> list[DomainEvent]:
        if self.exists:
            raise OutOfTurn(f"会议 {self.id} 已安排", f"meeting {self.id} is already scheduled")
        if kind not in MEETING_KINDS:
            raise InvalidInput(
                f"会议类型须为 {'、'.join(MEETING_KINDS)} 之一",
                f"the kind must be one of {', '.join(MEETING_KINDS)}",
                field="kind",
            )
        if not Classification.parse(chair_clearance).reaches(classification):
            # The chair alone approves the minutes (审定): a chair who may not open the meeting
            # would leave its minutes in draft for ever.
            raise RuleBroken(
                f"主持人的密级权限不足以主持{classification}会议（会后无法审定纪要）",
                f"the chair is not cleared for a {classification} meeting (nobody else approves its minutes)",
                code="chair_not_cleared",
                field="chair",
                required_clearance=classification,
            )
        if slot.starts_at <= now:
            raise RuleBroken(
                "会议须安排在将来的时间",
                "a meeting is scheduled for a time still to come",
                code="in_the_past",
            )
        _within_one_sitting(slot)
        return [
            MeetingScheduled(
                title=title,
                kind=kind,
                organiser=organiser,
                organiser_department=organiser_department,
                chair=chair,
                chair_department=chair_department,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                classification=classification,
                series_id=series_id,
            )
        ]

    def book_room(self, room: RoomInHand) -> list[DomainEvent]:
        """The booking row is written by the caller in the same transaction (adapters/bookings.py)."""
        slot = self._slot()
        return [
            RoomBooked(
                room_id=room.id,
                room_name=room.name,
                room_capacity=room.capacity,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
            )
        ]

    def add_agenda_item(
        self, item_id: str, title: str, presenter: str, presenter_department: str, materials: list[str]
    ) -> list[DomainEvent]:
        self._still_to_come("议程")
        return [
            AgendaItemAdded(
                item_id=item_id,
                title=title,
                presenter=presenter,
                presenter_department=presenter_department,
                materials=materials,
            )
        ]

    def invite(self, people: list[Invitee], departments: dict[str, Capacity]) -> list[DomainEvent]:
        """Invite people and departments; those already invited are left as they are."""
        self._still_to_come("邀请")
        events: list[DomainEvent] = []
        for invitee in people:
            if invitee.person not in self.invited_people and invitee.person != self.chair:
                events.append(PersonInvited(**vars(invitee)))
        for department, capacity in departments.items():
            if department not in self.invited_departments:
                events.append(DepartmentInvited(department=department, capacity=capacity))
        seats = len(self.invited_people) + 1 + sum(isinstance(e, PersonInvited) for e in events)
        if self.room is not None and seats > self.room.capacity:
            raise RuleBroken(
                f"{self.room.name} 只能容纳 {self.room.capacity} 人，邀请后将有 {seats} 人",
                f"{self.room.name} seats {self.room.capacity}; the invitations would make {seats}",
                code="room_too_small",
            )
        return events

    def issue_notice(self, by: str) -> list[DomainEvent]:  # 发会议通知
        self._still_to_come("会议通知")
        if self.notice_issued:
            raise OutOfTurn("会议通知已发出", "the notice has already been issued", code="notice_issued")
        if not self.invited_people and not self.invited_departments:
            raise RuleBroken(
                "请先邀请参会人员", "invite someone before issuing the notice", code="nobody_invited"
            )
        slot = self._slot()
        return [
            NoticeIssued(
                issued_by=by,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                room_id=self.room.id if self.room else None,
                notified_people=self.notified_people(),
                notified_departments=sorted(self.invited_departments),
            )
        ]

    def reschedule(
        self, slot: Slot, room: RoomInHand | None, reason: str, now: datetime
    ) -> list[DomainEvent]:
        """Move the meeting (and its room); every invitee is notified. The caller rebooks the room."""
        self._still_to_come("改期")
        if slot.starts_at <= now:
            raise RuleBroken(
                "会议须改到将来的时间", "a meeting is moved to a time still to come", code="in_the_past"
            )
        _within_one_sitting(slot)
        previous = self._slot()
        events: list[DomainEvent] = []
        if self.room is not None:
            events.append(RoomReleased(room_id=self.room.id, **_times(previous), reason="改期 rescheduled"))
        events.append(
            Rescheduled(
                **_times(slot),
                previous_starts_at=previous.starts_at,
                previous_ends_at=previous.ends_at,
                room_id=room.id if room else None,
                reason=reason,
                notified_people=self.notified_people(),
                notified_departments=sorted(self.invited_departments),
            )
        )
        if room is not None:
            events.append(
                RoomBooked(room_id=room.id, room_name=room.name, room_capacity=room.capacity, **_times(slot))
            )
        return events

    def cancel(self, reason: str) -> list[DomainEvent]:
        self._still_to_come("取消")
        events: list[DomainEvent] = []
        if self.room is not None:
            events.append(RoomReleased(room_id=self.room.id, **_times(self._slot()), reason="取消 cancelled"))
        events.append(
            Cancelled(
                reason=reason,
                notified_people=self.notified_people(),
                notified_departments=sorted(self.invited_departments),
            )
        )
        return events

    # --- replies ---------------------------------------------------------------------------------

    def reply(self, viewer: Viewer, response: Response, now: datetime) -> list[DomainEvent]:
        """参加 or 不参加, from an invitee (or a member of an invited department), before it starts."""
        capacity = self._invitation_of(viewer)
        self._before_start(now, "回复")
        return [Replied(person=viewer.id, department=viewer.department, response=response, capacity=capacity)]

    def request_leave(
        self, viewer: Viewer, reason: str, substitute: str | None, now: datetime
    ) -> list[DomainEvent]:
        """请假: with a reason, before the meeting; it reaches the organiser and the chair at once.

        docs/rules.md §4: "nobody should learn of an absence only afterwards" — so a leave request after
        the start is refused rather than recorded late, and the event names both who must see it.
        """
        self._invitation_of(viewer)
        self._before_start(now, "请假")
        reason = required(reason, "reason", "请假须说明理由", "a leave request needs a reason")
        if substitute is not None and substitute in (viewer.id, self.chair):
            raise InvalidInput(
                "代会人须为本人和主持人以外的人", "the substitute must be someone else", field="substitute"
            )
        if viewer.id == self.chair:
            raise RuleBroken(
                "主持人不能请假，请改期或更换主持人", "the chair cannot take leave", code="chair_leave"
            )
        return [
            LeaveRequested(
                person=viewer.id,
                department=viewer.department,
                reason=reason,
                substitute=substitute,
                organiser=self.organiser,
                organiser_department=self.organiser_department,
                chair=self.chair,
                meeting_title=self.title,
                starts_at=self._slot().starts_at,
            )
        ]

    # --- the meeting itself ---------------------------------------------------------------------------

    def sign_in(self, viewer: Viewer, now: datetime) -> list[DomainEvent]:
        """签到: from half an hour before the start to the end; after the grace period it is late."""
        if self.stage is Stage.CANCELLED:
            raise OutOfTurn("会议已取消", "the meeting was cancelled", code="cancelled")
        slot = self._slot()
        if not slot.starts_at - SIGN_IN_OPENS_BEFORE <= now <= slot.ends_at:
            raise OutOfTurn(
                "签到时间为会前半小时至会议结束",
                "sign-in is open from 30 minutes before to the end",
                code="sign_in_closed",
            )
        if viewer.id in self.attendance:
            raise OutOfTurn("已签到", "already signed in", code="already_signed_in")
        substitute_for = self._substituted_by(viewer.id)
        capacity = self._capacity_of(substitute_for) if substitute_for else self._invitation_of(viewer)
        events: list[DomainEvent] = [
            SignedIn(
                person=viewer.id,
                department=viewer.department,
                capacity=capacity,
                at=now,
                substitute_for=substitute_for,
            )
        ]
        if now > slot.starts_at + LATE_AFTER:
            late = int((now - slot.starts_at).total_seconds() // 60)
            events.append(MarkedLate(person=viewer.id, minutes_late=late))
        return events

    def mark_held(self, by: str, now: datetime) -> list[DomainEvent]:
        """召开: recorded once it has started; whoever was expected and is not there is absent."""
        if self.stage in (Stage.CANCELLED, Stage.HELD):
            raise OutOfTurn(
                "会议已取消或已召开", "the meeting was cancelled or already held", code="out_of_turn"
            )
        if now < self._slot().starts_at:
            raise OutOfTurn("会议尚未开始", "the meeting has not started yet", code="not_started")
        return [*self._absentees(), Held(recorded_by=by, at=now)]

    def mark_absentees(self, now: datetime) -> list[DomainEvent]:
        """At the end of the meeting (a deadline), nobody expected goes unaccounted for."""
        if self.stage is Stage.CANCELLED or self.absentees_marked or now < self._slot().ends_at:
            return []
        return self._absentees()

    def _absentees(self) -> list[DomainEvent]:
        if self.absentees_marked:
            return []
        substituted = {a.substitute_for for a in self.attendance.values() if a.substitute_for}
        excused = {p for p, r in self.replies.items() if r.is_leave or r.response is Response.DECLINE}
        return [
            MarkedAbsent(person=person)
            for person in [self.chair, *self.invited_people]
            if person not in self.attendance and person not in excused and person not in substituted
        ]

    # --- minutes and resolutions -------------------------------------------------------------------------

    def draft_minutes(
        self,
        recorder: str,
        classification: ClassificationName,
        summary: str,
        lead_members: dict[str, list[Person]] | None = None,
    ) -> list[DomainEvent]:
        """起草纪要 after the meeting; redrafting replaces the draft until it is approved. A redraft
        classified higher still leaves each drafted resolution someone to take it on
        (`lead_members`: the people of each resolution's lead department)."""
        if self.stage is not Stage.HELD:
            raise OutOfTurn(
                "会议召开后才能起草纪要", "minutes are drafted after the meeting", code="not_held"
            )
        if self.minutes is not None and self.minutes.stage is not MinutesStage.DRAFTED:
            raise OutOfTurn(
                "纪要已审定，不能再改", "the minutes are approved already", code="minutes_approved"
            )
        if Classification.parse(classification) < self.classification:
            raise RuleBroken(
                "纪要的密级不能低于会议的密级",
                "the minutes cannot be classified below the meeting",
                code="classification_too_low",
            )
        for resolution in self.resolutions.values():
            _check_lead_takes_it_on(
                resolution.lead_department,
                classification,
                (lead_members or {}).get(resolution.lead_department, []),
            )
        return [MinutesDrafted(recorder=recorder, classification=classification, summary=summary)]

    def draft_resolution(
        self,
        resolution_id: str,
        title: str,
        lead_department: str,
        co_departments: list[str],
        deadline: date,
        lead_members: list[Person],
    ) -> list[DomainEvent]:
        """议定事项: each with a lead department, co-departments and a deadline. Once adopted it becomes
        a supervision task only the lead department signs for, at the minutes' 密级: so the lead
        department (`lead_members` are its people) has someone who can (`_check_lead_takes_it_on`)."""
        self._minutes_in_draft()
        assert self.minutes is not None
        _check_lead_takes_it_on(lead_department, self.minutes.classification, lead_members)
        if lead_department in co_departments:
            raise InvalidInput(
                "牵头部门不能同时是协办部门",
                "the lead department cannot also be a co-department",
                field="co_departments",
            )
        if deadline < office_date(self._slot().starts_at):
            raise InvalidInput(
                "完成时限不能早于会议日期", "the deadline cannot precede the meeting", field="deadline"
            )
        return [
            ResolutionDrafted(
                resolution_id=resolution_id,
                title=title,
                lead_department=lead_department,
                co_departments=sorted(set(co_departments)),
                deadline=deadline,
            )
        ]

    def approve_minutes(self, by: str) -> list[DomainEvent]:
        """审定 by the chair: the resolutions are adopted and published for supervision, one each."""
        self._minutes_in_draft()
        if by != self.chair:
            raise Forbidden("纪要由会议主持人审定", "the chair approves the minutes", code="not_the_chair")
        assert self.minutes is not None
        adopted_on = office_date(self._slot().starts_at)
        return [
            MinutesApproved(approved_by=by),
            *(
                ResolutionAdopted(
                    meeting_id=self.id,
                    meeting_title=self.title,
                    meeting_kind=self.kind,
                    resolution_id=r.id,
                    title=r.title,
                    lead_department=r.lead_department,
                    co_departments=r.co_departments,
                    deadline=r.deadline,
                    decided_by=self.chair,
                    classification=self.minutes.classification,
                    adopted_on=adopted_on,
                )
                for r in self.resolutions.values()
            ),
        ]

    def issue_minutes(self, by: str) -> list[DomainEvent]:
        """印发: the attendance blocks are fixed in the event as they stand, for the record."""
        if self.minutes is None or self.minutes.stage is not MinutesStage.APPROVED:
            raise OutOfTurn(
                "纪要审定后才能印发", "minutes are issued once approved", code="minutes_not_approved"
            )
        blocks = self.attendance_blocks()
        return [
            MinutesIssued(
                issued_by=by,
                chair=self.chair,
                attended=blocks.attended,
                on_leave=blocks.on_leave,
                observers=blocks.observers,
                absent=blocks.absent,
                recorder=self.minutes.recorder,
            )
        ]

    def attendance_blocks(self) -> AttendanceBlocks:
        """出席, 请假, 列席 and 缺席 as invitations, replies and sign-in make them; 记录 from the draft."""
        attended: list[AttendanceLine] = []
        observers: list[AttendanceLine] = []
        for person, a in self.attendance.items():
            notes = []
            if a.substitute_for:
                notes.append(f"代 {a.substitute_for}")
            if a.minutes_late:
                notes.append(f"迟到 {a.minutes_late} 分钟")
            line = AttendanceLine(person=person, department=a.department, note="；".join(notes))
            (observers if a.capacity is Capacity.OBSERVER else attended).append(line)
        on_leave = []
        for person, reply in self.replies.items():
            if reply.is_leave:
                note = reply.reason + (f"（{reply.substitute} 代会）" if reply.substitute else "")
            elif reply.response is Response.DECLINE and person not in self.attendance:
                note = "回复不参加"
            else:
                continue
            on_leave.append(AttendanceLine(person=person, department=reply.department, note=note))
        absent = [AttendanceLine(person=p, department=d) for p, d in self.absent.items()]
        return AttendanceBlocks(
            chair=self.chair,
            attended=attended,
            on_leave=on_leave,
            observers=observers,
            absent=absent,
            recorder=self.minutes.recorder if self.minutes else None,
        )

    # --- follow-up, as supervision reports it ----------------------------------------------------------

    def record_supervision(self, resolution_id: str, task_id: str) -> list[DomainEvent]:
        resolution = self._adopted(resolution_id)
        if resolution.task_id == task_id or resolution.follow_up is FollowUp.DONE:
            return []
        return [ResolutionSupervised(resolution_id=resolution_id, task_id=task_id)]

    def record_completion(
        self, resolution_id: str, task_id: str, result: str, closed_on: date | None
    ) -> list[DomainEvent]:
        resolution = self._adopted(resolution_id)
        if resolution.follow_up is FollowUp.DONE:
            return []
        return [
            ResolutionCompleted(
                resolution_id=resolution_id, task_id=task_id, result=result, closed_on=closed_on
            )
        ]

    # --- who may see and do what -------------------------------------------------------------------------

    def audience(self) -> Audience:
        """知悉范围 of everything the meeting's events carry, its minutes and resolutions included.

        Whoever takes part, exactly: the people involved (organiser, chair, invitees, presenters,
        substitutes, whoever signed in) and the departments involved — only their own members, so the
        county government being the chair's department does not show the meeting to every bureau
        under it; an invited department with the ones under it; and the office (办公室), which runs
        会务 and sees every meeting with its sections. At the highest 密级 any part of it has had: the
        minutes' once drafted (never below the meeting's), and a redraft classified lower does not
        unclassify what the earlier draft, which stays in the record, said. The minutes' summary and
        resolutions travel in the events, so a reader that shows them (a history, a chronicle) may only
        show them to someone cleared for the minutes."""
        return self._audience_at(self.record_classification)

    def audience_apart_from_minutes(self) -> Audience:
        """Who may open the meeting itself — its GET, the list, a room schedule's title — the same
        people at the meeting's own 密级: someone cleared for the meeting but not its minutes still
        sees the meeting, without the minutes and the events that carry them (docs/services/meetings.md)."""
        return self._audience_at(self.classification)

    def _audience_at(self, classification: ClassificationName) -> Audience:
        return Audience.of(
            classification=classification,
            people=self.people_involved(),
            members_of=self.departments_involved(),
            departments=[*EVERY_MEETINGS_AUDIENCE.departments, *self.invited_departments],
            # A 请假's reason says why someone is away (an illness, a grandchild in hospital).
            personal_data=["leave_reason"] if any(r.is_leave for r in self.replies.values()) else [],
        )

    def visible_to(self, viewer: Viewer, directory: Directory) -> bool:
        return viewer.sees(self.audience_apart_from_minutes(), directory)

    def minutes_visible_to(self, viewer: Viewer, directory: Directory) -> bool:
        """纪要 (and the events that carry them) follow their own 密级: `audience`."""
        return self.minutes is not None and viewer.sees(self.audience(), directory)

    def managed_by(self, viewer: Viewer) -> bool:
        """The organiser, the chair, and the office's or organiser department's clerks and heads."""
        if viewer.id in (self.organiser, self.chair):
            return True
        return viewer.may_manage_meetings() and (
            viewer.in_office or viewer.belongs_to(self.organiser_department)
        )

    def people_involved(self) -> set[str]:
        substitutes = {r.substitute for r in self.replies.values() if r.substitute}
        presenters = {item.presenter for item in self.agenda}
        return {self.organiser, self.chair, *self.invited_people, *substitutes, *presenters, *self.attendance}

    def departments_involved(self) -> set[str]:
        return {
            self.organiser_department,
            self.chair_department,
            *self.invited_departments,
            *(i.department for i in self.invited_people.values()),
            *(item.presenter_department for item in self.agenda),
        }

    def notified_people(self) -> list[str]:
        substitutes = {r.substitute for r in self.replies.values() if r.substitute}
        return sorted({self.chair, *self.invited_people, *substitutes})

    # --- helpers ----------------------------------------------------------------------------------------

    def _slot(self) -> Slot:
        if self.slot is None:
            raise NotFound(f"未找到会议 {self.id}", f"meeting {self.id} was not found")
        return self.slot

    def _still_to_come(self, what: str) -> None:
        if self.stage in (Stage.CANCELLED, Stage.HELD):
            raise OutOfTurn(
                f"会议已取消或已召开，不能再{what}",
                "the meeting was cancelled or already held",
                code="out_of_turn",
            )

    def _before_start(self, now: datetime, what: str) -> None:
        self._still_to_come(what)
        if now >= self._slot().starts_at:
            raise OutOfTurn(
                f"会议已开始，{what}须在会前提出",
                f"the meeting has started; {what} comes before it",
                code="meeting_started",
            )

    def _invitation_of(self, viewer: Viewer) -> Capacity:
        if viewer.id == self.chair:
            return Capacity.ATTENDEE
        if viewer.id in self.invited_people:
            return self.invited_people[viewer.id].capacity
        for department in viewer.departments:
            if department in self.invited_departments:
                return self.invited_departments[department]
        raise Forbidden(
            "您不在本次会议的邀请名单中", "you are not invited to this meeting", code="not_invited"
        )

    def _capacity_of(self, person: str) -> Capacity:
        invitee = self.invited_people.get(person)
        return invitee.capacity if invitee else Capacity.ATTENDEE

    def _substituted_by(self, person: str) -> str | None:
        for absentee, reply in self.replies.items():
            if reply.is_leave and reply.substitute == person:
                return absentee
        return None

    def _minutes_in_draft(self) -> None:
        if self.minutes is None or self.minutes.stage is not MinutesStage.DRAFTED:
            raise OutOfTurn(
                "须先起草纪要，且尚未审定", "this needs minutes in draft", code="minutes_not_in_draft"
            )

    def _adopted(self, resolution_id: str) -> Resolution:
        resolution = self.resolutions.get(resolution_id)
        if resolution is None or not resolution.adopted:
            raise NotFound(
                f"会议 {self.id} 没有已通过的决议 {resolution_id}",
                f"meeting {self.id} has no adopted resolution {resolution_id}",
            )
        return resolution

    # --- state, as the events make it ----------------------------------------------------------------

    def when_scheduled(self, e: MeetingScheduled) -> None:
        self.title, self.kind, self.series_id = e.title, e.kind, e.series_id
        self.classification = self.record_classification = e.classification
        self.organiser, self.organiser_department = e.organiser, e.organiser_department
        self.chair, self.chair_department = e.chair, e.chair_department
        self.slot = Slot(e.starts_at, e.ends_at)

    def when_room_booked(self, e: RoomBooked) -> None:
        self.room = RoomInHand(e.room_id, e.room_name, e.room_capacity)

    def when_room_released(self, e: RoomReleased) -> None:
        self.room = None

    def when_agenda_item_added(self, e: AgendaItemAdded) -> None:
        self.agenda.append(e)

    def when_person_invited(self, e: PersonInvited) -> None:
        self.invited_people[e.person] = Invitee(e.person, e.department, e.capacity)

    def when_department_invited(self, e: DepartmentInvited) -> None:
        self.invited_departments[e.department] = e.capacity

    def when_notice_issued(self, e: NoticeIssued) -> None:
        self.notice_issued, self.stage = True, Stage.NOTIFIED

    def when_rescheduled(self, e: Rescheduled) -> None:
        self.slot = Slot(e.starts_at, e.ends_at)

    def when_cancelled(self, e: Cancelled) -> None:
        self.stage = Stage.CANCELLED

    def when_replied(self, e: Replied) -> None:
        self.replies[e.person] = Reply(e.response, e.department)

    def when_leave_requested(self, e: LeaveRequested) -> None:
        self.replies[e.person] = Reply(None, e.department, e.reason, e.substitute)

    def when_signed_in(self, e: SignedIn) -> None:
        self.attendance[e.person] = Attendance(
            e.department, e.capacity, e.at, substitute_for=e.substitute_for
        )
        self.absent.pop(e.person, None)  # marked absent when the meeting was declared held, then came

    def when_marked_late(self, e: MarkedLate) -> None:
        self.attendance[e.person].minutes_late = e.minutes_late

    def when_marked_absent(self, e: MarkedAbsent) -> None:
        invitee = self.invited_people.get(e.person)
        self.absent[e.person] = invitee.department if invitee else self.chair_department
        self.absentees_marked = True

    def when_held(self, e: Held) -> None:
        self.stage, self.held_at, self.absentees_marked = Stage.HELD, e.at, True

    def when_minutes_drafted(self, e: MinutesDrafted) -> None:
        self.minutes = Minutes(e.recorder, e.classification, e.summary)
        self.record_classification = max(
            self.record_classification, e.classification, key=Classification.parse
        )

    def when_resolution_drafted(self, e: ResolutionDrafted) -> None:
        self.resolutions[e.resolution_id] = Resolution(
            e.resolution_id, e.title, e.lead_department, list(e.co_departments), e.deadline
        )

    def when_minutes_approved(self, e: MinutesApproved) -> None:
        assert self.minutes is not None
        self.minutes.stage, self.minutes.approved_by = MinutesStage.APPROVED, e.approved_by

    def when_resolution_adopted(self, e: ResolutionAdopted) -> None:
        self.resolutions[e.resolution_id].adopted = True

    def when_minutes_issued(self, e: MinutesIssued) -> None:
        assert self.minutes is not None
        self.minutes.stage, self.minutes.issued = MinutesStage.ISSUED, e

    def when_resolution_supervised(self, e: ResolutionSupervised) -> None:
        resolution = self.resolutions[e.resolution_id]
        resolution.follow_up, resolution.task_id = FollowUp.SUPERVISED, e.task_id

    def when_resolution_completed(self, e: ResolutionCompleted) -> None:
        resolution = self.resolutions[e.resolution_id]
        resolution.follow_up, resolution.task_id = FollowUp.DONE, e.task_id
        resolution.result, resolution.closed_on = e.result, e.closed_on


LONGEST_SITTING = timedelta(hours=24)


def _within_one_sitting(slot: Slot) -> None:
    """One meeting — one occurrence of a series — lasts at most a day; a room held longer is not a
    meeting (an organiser could book a room for 98 years, issue 17). Checked when a meeting is
    scheduled or moved, not when its events are replayed: what was recorded stays readable."""
    if slot.ends_at - slot.starts_at > LONGEST_SITTING:
        raise RuleBroken(
            "一次会议最长 24 小时；更长的安排请分为多次会议",
            "one meeting lasts at most 24 hours; plan a longer one as several meetings",
            code="meeting_too_long",
            field="ends_at",
        )


def _times(slot: Slot) -> dict[str, datetime]:
    return {"starts_at": slot.starts_at, "ends_at": slot.ends_at}


RESOLUTION_TAKERS = frozenset({"department_head", "staff"})  # who of a lead department signs for its task


def _check_lead_takes_it_on(lead_department: str, classification: str, lead_members: list[Person]) -> None:
    """An adopted resolution is followed as a supervision task that only its lead department signs
    for or reports infeasible; a lead department with no head or staff cleared for the minutes'
    密级 would leave that task 待签收 for ever (issue 15)."""
    if not any(
        p.roles & RESOLUTION_TAKERS and Classification.parse(p.clearance).reaches(classification)
        for p in lead_members
    ):
        cleared = "" if classification == "none" else f"密级权限达到{classification}的"
        raise RuleBroken(
            f"牵头部门 {lead_department} 没有{cleared}负责人或工作人员，决议无人能够承办",
            f"nobody of lead department {lead_department} may take the resolution on"
            + ("" if classification == "none" else f" with clearance {classification}"),
            code="lead_department_cannot_act",
            field="lead_department",
            required_clearance=classification,
        )
