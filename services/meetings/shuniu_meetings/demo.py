"""The demo county's 会务 for `make dev`, built through the service's own command handlers.

Everything is placed relative to the clock's "now" (this week is this week): last week's 常务会 with
issued minutes and adopted resolutions (which the supervision service turns into tasks); this week's
weekly 办公会 (a series over four weeks), a 常务会 with resolutions, a 专题会 for which 小张 of the
union asks for leave (on the chair's and organiser's to-do lists); next week's 党组会 (机密).
The leaders' week besides: the office's 外出, 会见 and 调研 for 罗县长 and 方副县长, and 方副县长's
外出报备 — the 会见 booked over the 常务会, which the office is warned of once.

Each step is taken at the moment it would have happened, if that moment is past: a meeting already
over has its sign-ins, its minutes and its resolutions; one still to come has its notice and replies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.commands import Actor, C, Handler, UnitOfWork, execute
from shuniu_shared.deadlines import cancel
from shuniu_shared.eventstore import Written
from shuniu_shared.runtime import ServiceRuntime

from shuniu_meetings.app import attendance, common, minutes, planning, rooms, schedules
from shuniu_meetings.domain.parts import Slot
from shuniu_meetings.domain.values import Capacity, Response

ROOMS = [
    ("room-changwu", "常务会议室", 40, ["视频会议", "投影仪", "录音"]),
    ("room-first", "第一会议室", 30, ["投影仪"]),
    ("room-second", "第二会议室", 20, ["投影仪"]),
    ("room-party", "党组会议室", 15, ["录音"]),
]


@dataclass
class DemoMeeting:
    title: str
    kind: str
    chair: str
    starts_at: datetime
    hours: float
    room_id: str
    invited: dict[str, Capacity]
    departments: dict[str, Capacity] = field(default_factory=dict)
    classification: ClassificationName = "none"
    agenda: list[tuple[str, str]] = field(default_factory=list)  # (title, presenter)
    leave: dict[str, str] = field(default_factory=dict)  # person → reason
    absent: tuple[str, ...] = ()  # who will not come nor send word
    late: tuple[str, ...] = ()
    resolutions: list[tuple[str, str, list[str], int]] = field(default_factory=list)  # title, lead, co, days


class Demo:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime
        self.store = runtime.store
        self.now = runtime.store.clock.now()

    def past(self, moment: datetime) -> bool:
        return moment <= self.now

    def when(self, moment: datetime) -> datetime:
        """The moment a step is recorded at: when it would have happened, or now if that is still ahead."""
        return min(moment, self.now)

    async def do(self, by: str, command: C, handler: Handler[C]) -> Written:
        """Run a command handler as `by`, in its own unit of work, as a request would."""
        return await execute(self.runtime, command, handler, Actor.of(self.runtime.directory.person(by)))

    async def forget_end_if_past(self, uow: UnitOfWork, meeting_id: str, slot: Slot) -> None:
        """A meeting of the past is recorded as held by the demo itself, step by step; its end-of-meeting
        deadline, already due, would otherwise fire halfway and mark people absent before they sign in."""
        if self.past(slot.ends_at):
            await cancel(uow.connection, common.end_deadline_key(meeting_id))

    async def rooms(self) -> None:
        for room_id, name, capacity, equipment in ROOMS:
            command = rooms.RegisterRoom(room_id, name, "县政府大楼", capacity, equipment)
            await self.do("wu", command, rooms.register_room)

    async def meeting(self, m: DemoMeeting, organiser: str = "shen") -> str:
        slot = Slot(m.starts_at, m.starts_at + timedelta(hours=m.hours))
        plan = planning.ScheduleMeeting(
            m.title,
            m.kind,
            "office",
            m.chair,
            slot,
            m.room_id,
            m.classification,
            at=self.when(slot.starts_at - timedelta(days=3)),
        )

        async def schedule(command: planning.ScheduleMeeting, uow: UnitOfWork, actor: Actor) -> Written:
            written = await planning.schedule_meeting(command, uow, actor)
            await self.forget_end_if_past(uow, written.stream_id, slot)
            return written

        created = await self.do(organiser, plan, schedule)
        return await self.hold(m, created.stream_id, slot, organiser)

    async def hold(self, m: DemoMeeting, meeting_id: str, slot: Slot, organiser: str = "shen") -> str:
        for title, presenter in m.agenda:
            item = planning.AddAgendaItem(meeting_id, title, presenter, [f"{title}.docx"])
            await self.do(organiser, item, planning.add_agenda_item)
        await self.do(organiser, planning.Invite(meeting_id, m.invited, m.departments), planning.invite)
        await self.do(organiser, planning.IssueNotice(meeting_id), planning.issue_notice)
        replied_at = self.when(slot.starts_at - timedelta(days=1))
        for person in m.invited:
            if person in m.leave:
                leave = attendance.RequestLeave(meeting_id, m.leave[person], None, at=replied_at)
                await self.do(person, leave, attendance.request_leave)
            elif person not in m.absent:
                reply = attendance.Reply(meeting_id, Response.ATTEND, at=replied_at)
                await self.do(person, reply, attendance.reply)
        if not self.past(slot.starts_at + timedelta(minutes=20)):
            return meeting_id
        for person in [m.chair, *m.invited]:
            if person in m.leave or person in m.absent:
                continue
            at = slot.starts_at + (timedelta(minutes=18) if person in m.late else timedelta(minutes=-5))
            await self.do(person, attendance.SignIn(meeting_id, at=at), attendance.sign_in)
        if not self.past(slot.ends_at):
            return meeting_id
        await self.do(organiser, attendance.MarkHeld(meeting_id, at=slot.ends_at), attendance.mark_held)
        summary = f"{m.title}研究了议程所列事项。"
        await self.do(
            "li", minutes.DraftMinutes(meeting_id, m.classification, summary), minutes.draft_minutes
        )
        for title, lead, co, days in m.resolutions:
            deadline = office_date(slot.starts_at) + timedelta(days=days)
            resolution = minutes.DraftResolution(meeting_id, title, lead, co, deadline)
            await self.do("li", resolution, minutes.draft_resolution)
        await self.do(m.chair, minutes.ApproveMinutes(meeting_id), minutes.approve_minutes)
        await self.do(organiser, minutes.IssueMinutes(meeting_id), minutes.issue_minutes)
        return meeting_id

    async def weekly_office_meeting(self, monday: date) -> None:
        """The weekly 办公会, Mondays 09:00 in 第一会议室, booked for four weeks from this one."""
        first = _at(monday, 9)
        slot = Slot(first, first + timedelta(hours=1, minutes=30))
        at = self.when(first - timedelta(days=3))
        week_one = planning.ScheduleMeeting(
            "县政府办公室周例会", "办公会", "office", "feng", slot, "room-first", at=at
        )
        plan = planning.ScheduleSeries(week_one, 4)
        slot_length = slot.ends_at - slot.starts_at

        async def schedule(command: planning.ScheduleSeries, uow: UnitOfWork, actor: Actor) -> Written:
            written = await planning.schedule_series(command, uow, actor)
            for booked in written.details["booked"]:
                starts_at = datetime.fromisoformat(booked["starts_at"])
                await self.forget_end_if_past(uow, booked["id"], Slot(starts_at, starts_at + slot_length))
            return written

        series = await self.do("shen", plan, schedule)
        week = DemoMeeting(
            "县政府办公室周例会",
            "办公会",
            "feng",
            first,
            1.5,
            "room-first",
            invited={"yang": Capacity.ATTENDEE, "shen": Capacity.ATTENDEE, "zhou": Capacity.ATTENDEE},
            departments={"office.affairs": Capacity.ATTENDEE},
            agenda=[("本周重点工作安排", "yang")],
            late=("zhou",),
        )
        for booked in series.details["booked"]:
            starts_at = datetime.fromisoformat(booked["starts_at"])
            occurrence = DemoMeeting(**{**vars(week), "starts_at": starts_at})
            slot = Slot(starts_at, starts_at + timedelta(hours=1.5))
            await self.hold(occurrence, booked["id"], slot)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), OFFICE_TZ)


async def load_demo(runtime: ServiceRuntime) -> None:
    demo = Demo(runtime)
    today = office_date(demo.now)
    monday = today - timedelta(days=today.weekday())
    await demo.rooms()
    await demo.meeting(
        DemoMeeting(
            "县政府第11次常务会议",
            "常务会",
            "luo",
            _at(monday - timedelta(days=6), 9),
            2.5,
            "room-changwu",
            invited={
                "fang": Capacity.ATTENDEE,
                "chen": Capacity.ATTENDEE,
                "zhao": Capacity.ATTENDEE,
                "wang": Capacity.ATTENDEE,
                "sun": Capacity.OBSERVER,
                "feng": Capacity.OBSERVER,
            },
            agenda=[("关于农业生产资金安排的汇报", "chen"), ("关于校园安全工作的汇报", "zhao")],
            leave={"wang": "赴市信访局参加联席会议"},
            late=("zhao",),
            resolutions=[
                ("落实农业生产资金，按期拨付到位", "finance", ["agriculture"], 20),
                ("开展校园安全专项检查并报送结果", "education", ["office.supervision"], 30),
            ],
        )
    )
    await demo.weekly_office_meeting(monday)
    await demo.meeting(
        DemoMeeting(
            "县政府第12次常务会议",
            "常务会",
            "luo",
            _at(monday + timedelta(days=2), 15),
            2,
            "room-changwu",
            invited={"fang": Capacity.ATTENDEE, "chen": Capacity.ATTENDEE, "zhao": Capacity.ATTENDEE},
            departments={"agriculture": Capacity.OBSERVER},
            agenda=[("关于县城老旧小区改造资金的汇报", "chen")],
            resolutions=[("编制老旧小区改造资金使用计划", "finance", [], 15)],
        )
    )
    await demo.meeting(
        DemoMeeting(
            "农业生产专题会",
            "专题会",
            "fang",
            _at(monday + timedelta(days=3), 14, 30),
            1.5,
            "room-second",
            invited={"zhang": Capacity.ATTENDEE, "sun": Capacity.ATTENDEE, "chen": Capacity.ATTENDEE},
            departments={"agriculture": Capacity.ATTENDEE},
            agenda=[("农业生产准备情况", "chen")],
            leave={"zhang": "小孙子住院，需在医院陪护"},
            absent=("sun",),
        )
    )
    await demo.meeting(
        DemoMeeting(
            "县政府党组会议",
            "党组会",
            "luo",
            _at(monday + timedelta(days=8), 9),
            2,
            "room-party",
            invited={"fang": Capacity.ATTENDEE, "feng": Capacity.OBSERVER},
            classification="机密",
            agenda=[("研究干部任免事项", "fang")],
        ),
        organiser="feng",
    )

    await leaders_week(demo, monday)


async def leaders_week(demo: Demo, monday: date) -> None:
    """领导活动安排 entered by 秘书科; the 会见 on Wednesday at 16:00 falls within the 常务会 (15:00–17:00),
    so the office is warned of 罗县长's double booking, once, whichever of the two is on his
    schedule first (the meeting comes on by the schedules' consumer)."""
    entries: list[tuple[str, Literal["outing", "receiving", "research"], str, str, datetime, int]] = [
        ("fang", "outing", "赴市政府汇报春耕备耕工作", "市政府", _at(monday + timedelta(days=1), 9), 3),
        ("luo", "receiving", "会见省农科院专家组", "县政府贵宾室", _at(monday + timedelta(days=2), 16), 1),
        ("luo", "research", "赴城关镇调研老旧小区改造", "城关镇", _at(monday + timedelta(days=3), 9), 3),
    ]
    for leader, kind, title, place, starts, hours in entries:
        slot = Slot(starts, starts + timedelta(hours=hours))
        command = schedules.PlanActivity(leader, kind, title, place, slot, "none")
        await demo.do("shen", command, schedules.plan_activity)
    friday = _at(monday + timedelta(days=4), 8, 30)
    away = schedules.ReportAway(
        "fang", "市应急管理局", "参加全市安全生产工作会议", Slot(friday, friday + timedelta(hours=9))
    )
    await demo.do("fang", away, schedules.report_away)
