"""The questions the dashboards answer, each over the read models and for one reader: a row shows only
if the audience its object's owner named admits the reader (app/access.py), every figure is computed
over those rows alone (a count counts only what the reader could open), and anything computed from
the date — a task's light, a petition's days left — is computed now, from the clock, never stored.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from shuniu_shared.calendar import WorkingCalendar, provisional_warning
from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.directory import Directory
from shuniu_shared.web.auth import Principal
from sqlalchemy import Row, Table, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import (
    attendance,
    chronicle,
    circulation_reads,
    document_steps,
    documents,
    incidents,
    meetings,
    objects,
    petitions,
    tasks,
    trips,
    visits,
    work_items,
)
from shuniu_projection.app.access import may_see
from shuniu_projection.app.boards import TASK_FINISHED
from shuniu_projection.app.counts import counted
from shuniu_projection.app.wording import in_words

APPROACHING_WORKING_DAYS = 3  # 临近: as the supervision service's default reminder window
INCIDENT_YELLOW = timedelta(minutes=10)  # a reporting clock's last minutes: as the duty service's default
LEVELS = ("特别重大", "重大", "较大", "一般")  # 事件等级, highest first
DAYS_LEFT = (("overdue", -1), ("0-3", 3), ("4-7", 7), ("8-15", 15), ("16+", 1 << 30))  # by upper limit


@dataclass(frozen=True)
class Reader:
    """Who is asking, and what they need to decide what to show them."""

    principal: Principal
    directory: Directory
    calendar: WorkingCalendar
    now: datetime

    @property
    def today(self) -> date:
        return office_date(self.now)

    def sees(self, audience: str | None) -> bool:
        """Whether the object whose stored audience this is may be shown to the reader."""
        return may_see(self.principal, self.directory, audience)

    def words(self, text: str) -> str:
        return in_words(text, self.directory)


async def visible(
    c: AsyncConnection, reader: Reader, table: Table, service: str, *where: Any
) -> list[Row[Any]]:
    """Rows of a read model whose objects the reader may see."""
    query = (
        select(table, objects.c.audience)
        .join(objects, and_(objects.c.service == service, objects.c.stream_id == table.c.stream_id))
        .where(*where)
    )
    return [row for row in (await c.execute(query)).all() if reader.sees(row.audience)]


def light(row: Row[Any], reader: Reader) -> str:
    """亮灯: green on track, yellow within the reminder window, red overdue; closed tasks show none."""
    if row.status in TASK_FINISHED:
        return row.status
    deadline = date.fromisoformat(row.deadline)
    if deadline < reader.today:
        return "red"
    # Within the window is before its first working day after it. Counted this way the walk is as
    # long as the window, not as long as the way to a deadline set decades ahead (make chaos found a
    # task due in 2999 holding the overview for minutes).
    if deadline < reader.calendar.add_working_days(reader.today, APPROACHING_WORKING_DAYS + 1):
        return "yellow"
    return "green"


def _week(day: date) -> tuple[datetime, datetime]:
    monday = datetime.combine(day - timedelta(days=day.weekday()), datetime.min.time(), tzinfo=OFFICE_TZ)
    return monday, monday + timedelta(days=7)


def _meeting(row: Row[Any], reader: Reader) -> dict[str, Any]:
    return {
        "id": row.stream_id,
        "title": row.title,
        "kind": row.kind,
        "chair": reader.words(f"{{p:{row.chair}}}"),
        "room": row.room_name,
        "starts_at": row.starts_at.isoformat(),
        "ends_at": row.ends_at.isoformat(),
        "status": row.status,
    }


async def overview(c: AsyncConnection, reader: Reader, lag: dict[str, int]) -> dict[str, Any]:
    """办公室总览: where everything stands this morning."""
    week_start, week_end = _week(reader.today)
    day_start = datetime.combine(reader.today, datetime.min.time(), tzinfo=OFFICE_TZ)
    this_week = await visible(
        c, reader, meetings, "meetings", meetings.c.starts_at >= week_start, meetings.c.starts_at < week_end
    )
    this_week.sort(key=lambda row: row.starts_at)
    today = [row for row in this_week if day_start <= row.starts_at < day_start + timedelta(days=1)]

    in_building = await visible(
        c, reader, visits, "reception", visits.c.arrived_at.is_not(None), visits.c.left_at.is_(None)
    )
    waiting: Counter[tuple[str, str, str]] = Counter()
    for key, count in await counted(c):
        if reader.sees(key.audience):
            waiting[(key.direction, key.stage, key.department)] += count
    open_tasks = await visible(c, reader, tasks, "supervision", tasks.c.status.not_in(TASK_FINISHED))
    running = await visible(c, reader, petitions, "reception", petitions.c.due_on.is_not(None))
    out = await visible(c, reader, trips, "reception", trips.c.status == "dispatched")
    return {
        "today": reader.today.isoformat(),
        "meetings_today": [_meeting(row, reader) for row in today],
        "meetings_this_week": [_meeting(row, reader) for row in this_week],
        "visitors_in_building": [
            {
                "badge": row.badge,
                "host_department": reader.words(f"{{d:{row.host_department}}}"),
                "arrived_at": row.arrived_at.isoformat(),
            }
            for row in in_building
        ],
        "documents_waiting": [
            {
                "direction": direction,
                "stage": stage,
                "department": department,
                "department_name": reader.words(f"{{d:{department}}}"),
                "count": count,
            }
            for (direction, stage, department), count in sorted(
                waiting.items(), key=lambda item: str(item[0])
            )
        ],
        "tasks_by_light": dict(Counter(light(row, reader) for row in open_tasks)),
        "petitions_by_days_left": _days_left_buckets(running, reader.today),
        "vehicles_out": [
            {
                "trip": row.stream_id,
                "vehicle": row.vehicle_id,
                "destination": row.destination,
                "until": row.ends_at.isoformat(),
            }
            for row in out
        ],
        "lag": lag,
        # 暂定: this year or next has no holiday notice installed, so working days in it are a guess.
        "calendar_warnings": [
            dict(zip(("zh", "en"), provisional_warning(year), strict=True), year=year)
            for year in reader.calendar.provisional_soon(reader.today)
        ],
    }


def _days_left_buckets(rows: Iterable[Row[Any]], today: date) -> dict[str, int]:
    buckets = dict.fromkeys((name for name, _ in DAYS_LEFT), 0)
    for row in rows:
        left = (date.fromisoformat(row.due_on) - today).days
        buckets[next(name for name, limit in DAYS_LEFT if left <= limit)] += 1
    return buckets


async def my_desk(c: AsyncConnection, reader: Reader) -> list[dict[str, Any]]:
    """我的待办: everything waiting on me, my department, or a role I hold, oldest due first — of the
    objects I may see: an item waiting on a role names no object to whom its owner hides it."""
    principal = reader.principal
    query = (
        select(work_items, objects.c.audience)
        .join(
            objects,
            and_(objects.c.service == work_items.c.service, objects.c.stream_id == work_items.c.stream_id),
        )
        .where(
            work_items.c.done_at.is_(None),
            or_(
                work_items.c.person == principal.sub,
                work_items.c.department == principal.dept,
                work_items.c.role.in_(sorted(principal.roles)),
            ),
        )
    )
    rows = [row for row in (await c.execute(query)).all() if reader.sees(row.audience)]
    # an open task from a 批示 stands for the document's 办理 item of the same department (app/desk.py)
    stood_for = {(row.stands_for, row.department) for row in rows if row.stands_for}
    rows = [row for row in rows if (f"{row.service}:{row.stream_id}", row.department) not in stood_for]
    rows.sort(key=lambda row: (row.due is None, row.due or row.opened_at, row.opened_at))
    return [
        {
            "service": row.service,
            "id": row.stream_id,
            "kind": row.kind,
            "title": row.title,
            "detail": reader.words(row.detail or ""),
            "waiting_on": "person" if row.person else "department" if row.department else "role",
            "due": row.due.isoformat() if row.due else None,
            "overdue": bool(row.due and row.due < reader.now),
            "since": row.opened_at.isoformat(),
        }
        for row in rows
    ]


async def supervision_board(c: AsyncConnection, reader: Reader) -> dict[str, Any]:
    """督办看板: on-time completion by department and month, the overdue list, escalations."""
    rows = await visible(c, reader, tasks, "supervision")
    completion: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row in rows:
        if row.status == "closed" and row.closed_on:
            completion[(row.lead_department, row.closed_on[:7])].append(row.on_time == "yes")
    open_rows = [row for row in rows if row.status not in TASK_FINISHED]
    by_department: dict[str, Counter[str]] = defaultdict(Counter)
    for row in open_rows:
        by_department[row.lead_department][light(row, reader)] += 1
    return {
        "on_time_rate": [
            {
                "department": department,
                "department_name": reader.words(f"{{d:{department}}}"),
                "month": month,
                "closed": len(flags),
                "on_time": sum(flags),
                "rate": round(sum(flags) / len(flags), 3),
            }
            for (department, month), flags in sorted(completion.items())
        ],
        "by_department": {department: dict(lights) for department, lights in sorted(by_department.items())},
        "overdue": [_task(row, reader) for row in open_rows if light(row, reader) == "red"],
        "escalations": [_task(row, reader) for row in open_rows if row.escalations],
    }


def incident_light(row: Row[Any], now: datetime) -> str | None:
    """The light of the earliest reporting clock still running: red past due, yellow in its last
    minutes, green before; none once closed or with every clocked report up (the duty service's rule)."""
    running = [
        due
        for due, up in ((row.phone_due, row.phone_up_at), (row.written_due, row.written_up_at))
        if due is not None and up is None
    ]
    if row.stage == "closed" or not running:
        return None
    due = min(running)
    return "red" if now > due else "yellow" if now >= due - INCIDENT_YELLOW else "green"


async def duty_board(c: AsyncConnection, reader: Reader) -> dict[str, Any]:
    """值班看板: the open incidents with their clocks and lights, incidents by level and month, 迟报."""
    rows = await visible(c, reader, incidents, "duty")
    by_month: Counter[tuple[str, str]] = Counter(
        (row.learned_at.astimezone(OFFICE_TZ).strftime("%Y-%m"), row.level) for row in rows
    )
    open_rows = sorted((row for row in rows if row.stage == "open"), key=lambda row: row.learned_at)
    return {
        "open": [
            {
                "id": row.stream_id,
                "title": row.title,
                "level": row.level,
                "learned_at": row.learned_at.isoformat(),
                "phone_due": row.phone_due.isoformat() if row.phone_due else None,
                "written_due": row.written_due.isoformat(),
                "light": incident_light(row, reader.now),
                "late_reports": row.late_reports,
            }
            for row in open_rows
        ],
        "by_level_and_month": [
            {"month": month, "level": level, "count": count}
            for (month, level), count in sorted(
                by_month.items(), key=lambda i: (i[0][0], LEVELS.index(i[0][1]))
            )
        ],
        "late_reports": sum(row.late_reports for row in rows),
    }


def _task(row: Row[Any], reader: Reader) -> dict[str, Any]:
    return {
        "id": row.stream_id,
        "title": row.title,
        "lead_department": row.lead_department,
        "department_name": reader.words(f"{{d:{row.lead_department}}}"),
        "deadline": row.deadline,
        "deadline_provisional": reader.calendar.is_provisional(date.fromisoformat(row.deadline).year),
        "status": row.status,
        "light": light(row, reader),
        "escalations": row.escalations,
    }


async def documents_statistics(c: AsyncConnection, reader: Reader) -> dict[str, Any]:
    """公文统计: volume by type and month, time spent at each step, circulation read rates."""
    docs = await visible(c, reader, documents, "documents")
    seen = {row.stream_id for row in docs}
    volume = Counter(
        (row.direction, row.doc_type, office_date(row.started_at).isoformat()[:7]) for row in docs
    )
    steps = (
        await c.execute(select(document_steps).order_by(document_steps.c.stream_id, document_steps.c.version))
    ).all()
    durations: dict[tuple[str, str], list[float]] = defaultdict(list)
    for current, following in itertools.pairwise(steps):
        if current.stream_id == following.stream_id and current.stream_id in seen:
            hours = (following.entered_at - current.entered_at).total_seconds() / 3600
            durations[(current.direction, current.stage)].append(hours)
    reads = [row for row in (await c.execute(select(circulation_reads))).all() if row.stream_id in seen]
    read = [row for row in reads if row.read_at is not None]
    return {
        "volume": [
            {"direction": direction, "doc_type": doc_type, "month": month, "count": count}
            for (direction, doc_type, month), count in sorted(volume.items(), key=lambda item: str(item[0]))
        ],
        "step_hours": [
            {
                "direction": direction,
                "stage": stage,
                "count": len(hours),
                "average": round(statistics.fmean(hours), 2),
                "p90": round(_percentile(hours, 0.9), 2),
            }
            for (direction, stage), hours in sorted(durations.items())
        ],
        "circulation": {
            "readers": len(reads),
            "read": len(read),
            "read_rate": round(len(read) / len(reads), 3) if reads else None,
            "average_hours_to_read": round(
                statistics.fmean((row.read_at - row.started_at).total_seconds() / 3600 for row in read), 2
            )
            if read
            else None,
        },
    }


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def meetings_statistics(c: AsyncConnection, reader: Reader) -> dict[str, Any]:
    """会议统计: room use by weekday and hour, attendance and leave rates."""
    rows = await visible(
        c, reader, meetings, "meetings", meetings.c.status != "cancelled", meetings.c.room_id.is_not(None)
    )
    busy: Counter[tuple[str, int, int]] = Counter()
    for row in rows:
        start, end = row.starts_at.astimezone(OFFICE_TZ), row.ends_at.astimezone(OFFICE_TZ)
        hour = start.replace(minute=0, second=0, microsecond=0)
        while hour < end:
            overlap = min(end, hour + timedelta(hours=1)) - max(start, hour)
            busy[(row.room_name, hour.isoweekday(), hour.hour)] += int(overlap.total_seconds() // 60)
            hour += timedelta(hours=1)
    held = {row.stream_id for row in rows if row.status == "held"}
    people = [row for row in (await c.execute(select(attendance))).all() if row.stream_id in held]
    expected = [row for row in people if row.capacity is not None]
    return {
        "room_minutes": [
            {"room": room, "weekday": weekday, "hour": hour, "minutes": minutes}
            for (room, weekday, hour), minutes in sorted(busy.items(), key=lambda item: str(item[0]))
        ],
        "held": len(held),
        "invited": len(expected),
        "attendance_rate": _rate(sum(row.signed_in == "yes" for row in expected), len(expected)),
        "leave_rate": _rate(sum(row.reply == "leave" for row in expected), len(expected)),
        "late_rate": _rate(sum(row.late == "yes" for row in expected), len(expected)),
    }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


async def chronicle_entries(
    c: AsyncConnection, reader: Reader, start: date, end: date
) -> list[dict[str, Any]]:
    """大事记 between two dates (inclusive), oldest first."""
    query = (
        select(chronicle, objects.c.audience)
        .join(
            objects,
            and_(objects.c.service == chronicle.c.service, objects.c.stream_id == chronicle.c.stream_id),
        )
        .where(chronicle.c.day >= start.isoformat(), chronicle.c.day <= end.isoformat())
        .order_by(chronicle.c.time, chronicle.c.event_id)
    )
    return [
        {
            "day": row.day,
            "time": row.time.isoformat(),
            "category": row.category,
            "service": row.service,
            "id": row.stream_id,
            "text": reader.words(row.text),
        }
        for row in (await c.execute(query)).all()
        if reader.sees(row.audience)
    ]
