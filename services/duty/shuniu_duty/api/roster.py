"""值班: the roster (排班, 换班, 交接班) and the duty log (值班记录); the rosters of some days, the
handovers of a day and the log of a day.

Every route needs a signed-in person; who may take which step is the roster's own rule
(domain/roster.py), answered 403 for a visible roster and 404 for one the caller may not see. The
lists read the read model (adapters/roster_rows.py) and show a row to whoever the audience it keeps
admits, the rule of the single GETs, so a list never shows what a GET would answer 404 to.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.errors import InvalidInput
from shuniu_shared.web.commands import (
    Acting,
    Body,
    Keyset,
    Page,
    Paging,
    first_page,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_duty.adapters.roster_rows import (
    shifts_of,
    visible_handovers,
    visible_log_entries,
    visible_rosters,
)
from shuniu_duty.app import roster as commands
from shuniu_duty.app.roster import require_visible
from shuniu_duty.domain.events import AlertKind, ShiftPlan
from shuniu_duty.domain.roster import DutyLogEntry, Roster

router = APIRouter(tags=["duty roster 值班"])
PersonId = Annotated[str, Field(min_length=1, max_length=100)]


class PlanRoster(Body):
    first_day: OfficeDate
    last_day: OfficeDate
    leaders: list[PersonId] = Field(min_length=1, max_length=50, description="带班领导，轮流")
    officers: list[PersonId] = Field(min_length=1, max_length=100, description="值班员，轮流")
    away: dict[date, list[PersonId]] = Field({}, description="请假、出差：当日不排班的人")


class RequestSwap(Body):
    day: OfficeDate
    substitute: PersonId
    reason: str = Field("", max_length=2000)


class HandOver(Body):
    day: OfficeDate = Field(description="交班的班次日期")
    open_items: list[Annotated[str, Field(max_length=2000)]] = Field([], max_length=100)


class RecordCall(Body):
    at: OfficeInstant
    caller: str = Field(min_length=1, max_length=200)
    organisation: str = Field("", max_length=300)
    said: str = Field(min_length=1, max_length=20_000)
    done: str = Field("", max_length=20_000)
    told: list[PersonId] = Field([], max_length=100)


class Shift(BaseModel):
    day: date
    leaders: list[str]
    officers: list[str]
    reason: str | None
    handed_over: bool
    acknowledged: bool


class Alert(BaseModel):
    day: date
    kind: AlertKind


class RosterDetail(BaseModel):
    id: str
    first_day: date
    last_day: date
    shifts: list[Shift]
    alerts: list[Alert]  # what the office director was told, once each
    version: int


class DutyLogDetail(BaseModel):
    id: str
    at: datetime
    caller: str
    organisation: str
    said: str
    done: str
    told: list[str]
    recorded_by: str


@router.post("/rosters", status_code=201, summary="排班 / plan a week's or a month's duty (办公室主任)")
async def plan(body: PlanRoster, request: Request, actor: Acting) -> JSONResponse:
    command = commands.PlanRoster(body.first_day, body.last_day, body.leaders, body.officers, body.away)
    return await run_command(request, command, commands.plan_roster, actor, status=201)


@router.post("/rosters/{roster_id}/swaps", status_code=201, summary="换班申请 / ask to swap a day")
async def request_swap(roster_id: str, body: RequestSwap, request: Request, actor: Acting) -> JSONResponse:
    command = commands.RequestSwap(roster_id, body.day, body.substitute, body.reason)
    return await run_command(request, command, commands.take_step, actor, status=201)


@router.post("/rosters/{roster_id}/swaps/{number}/approve", summary="批准换班 / approve a swap (办公室主任)")
async def approve_swap(roster_id: str, number: int, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.ApproveSwap(roster_id, number), commands.take_step, actor)


@router.post("/rosters/{roster_id}/handovers", summary="交班 / hand over, listing the open items")
async def hand_over(roster_id: str, body: HandOver, request: Request, actor: Acting) -> JSONResponse:
    command = commands.HandOver(roster_id, body.day, body.open_items)
    return await run_command(request, command, commands.take_step, actor)


@router.post("/rosters/{roster_id}/handovers/{day}/acknowledge", summary="接班确认 / acknowledge a handover")
async def acknowledge(roster_id: str, day: OfficeDate, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Acknowledge(roster_id, day), commands.take_step, actor)


@router.get("/rosters/{roster_id}", summary="值班表 / a roster, day by day")
async def roster(roster_id: str, request: Request, actor: Acting) -> RosterDetail:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = require_visible(await reading.load_or_new(Roster, roster_id), actor, runtime.directory)

    def shift(plan: ShiftPlan) -> Shift:
        leaders, officers = found.on_duty(plan.day)
        return Shift(
            day=plan.day,
            leaders=leaders,
            officers=officers,
            reason=plan.reason,
            handed_over=plan.day in found.handovers,
            acknowledged=plan.day in found.acknowledged,
        )

    return RosterDetail(
        id=found.id,
        first_day=found.first_day,
        last_day=found.last_day,
        shifts=[shift(plan) for plan in found.shifts.values()],
        alerts=[Alert(day=day, kind=kind) for day, kind in sorted(found.alerted)],
        version=found.version,
    )


@router.post("/duty-log", status_code=201, summary="值班记录 / log a call or an event on duty")
async def record_call(body: RecordCall, request: Request, actor: Acting) -> JSONResponse:
    command = commands.RecordCall(body.at, body.caller, body.organisation, body.said, body.done, body.told)
    return await run_command(request, command, commands.record_call, actor, status=201)


@router.get("/duty-log/{entry_id}", summary="一条值班记录 / one duty log entry")
async def duty_log_entry(entry_id: str, request: Request, actor: Acting) -> DutyLogDetail:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = require_visible(await reading.load_or_new(DutyLogEntry, entry_id), actor, runtime.directory)
    entry = found.recorded
    assert entry is not None  # require_visible refuses an entry with no history
    return DutyLogDetail(
        id=found.id,
        at=entry.at,
        caller=entry.caller,
        organisation=entry.organisation,
        said=entry.said,
        done=entry.done,
        told=entry.told,
        recorded_by=entry.recorded_by,
    )


LONGEST_LISTED_DAYS = 92  # a quarter: the console asks a week or a month at a time


class SwapView(BaseModel):
    number: int
    person: str
    substitute: str
    reason: str
    approved: bool


class ListedDay(BaseModel):
    day: date
    leaders: list[str]  # 带班领导, approved swaps applied
    officers: list[str]  # 值班员, approved swaps applied
    reason: str | None
    swaps: list[SwapView]
    handed_over: bool
    acknowledged: bool


class ListedRoster(BaseModel):
    id: str
    first_day: date
    last_day: date
    days: list[ListedDay]  # only those asked for
    version: int


class HandoverView(BaseModel):
    roster_id: str
    day: date  # the outgoing shift's; the incoming shift is the next day's
    by: str
    at: datetime
    open_items: list[str]
    acknowledge_by: datetime
    incoming: list[str]  # who may acknowledge: the next day's leaders and officers
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    version: int  # the roster's, for the 接班确认's If-Match


def _listed_day(row: Any) -> ListedDay:
    return ListedDay(
        day=row.day,
        leaders=row.leaders,
        officers=row.officers,
        reason=row.reason,
        swaps=[SwapView(**swap) for swap in row.swaps],
        handed_over=row.handed_over_at is not None,
        acknowledged=row.acknowledged_at is not None,
    )


@router.get("/rosters", summary="值班表（按日期） / the rosters of some days, day by day")
async def list_rosters(
    request: Request,
    actor: Acting,
    first_day: Annotated[OfficeDate | None, Query(alias="from", description="起始日；缺省为今天")] = None,
    last_day: Annotated[
        OfficeDate | None, Query(alias="to", description="截止日；缺省为起始日后第六天")
    ] = None,
) -> list[ListedRoster]:
    runtime = runtime_of(request)
    first = first_day or office_date(runtime.store.clock.now())
    last = last_day or first + timedelta(days=6)
    if last < first:
        raise InvalidInput("截止日早于起始日", "`to` is before `from`", code="date_range", field="to")
    if (last - first).days >= LONGEST_LISTED_DAYS:
        raise InvalidInput(
            f"一次最多查询 {LONGEST_LISTED_DAYS} 天",
            f"at most {LONGEST_LISTED_DAYS} days at a time",
            code="date_range",
            field="to",
        )
    async with runtime.store.engine.connect() as connection:
        found = await visible_rosters(connection, actor, runtime.directory, first, last)
    return [
        ListedRoster(
            id=row.roster_id,
            first_day=row.first_day,
            last_day=row.last_day,
            days=[_listed_day(day) for day in days],
            version=row.version,
        )
        for row, days in found
    ]


@router.get("/handovers", summary="某日的交接班 / the handovers of a day, with their open items")
async def list_handovers(
    request: Request,
    actor: Acting,
    day: Annotated[OfficeDate, Query(alias="date", description="交班的班次日期")],
) -> list[HandoverView]:
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        rows = await visible_handovers(connection, actor, runtime.directory, day)
        incoming = await shifts_of(connection, [row.roster_id for row in rows], day + timedelta(days=1))
    return [
        HandoverView(
            roster_id=row.roster_id,
            day=row.day,
            by=row.handed_over_by,
            at=row.handed_over_at,
            open_items=row.open_items,
            acknowledge_by=row.acknowledge_by,
            incoming=[*incoming[row.roster_id].leaders, *incoming[row.roster_id].officers],
            acknowledged_by=row.acknowledged_by,
            acknowledged_at=row.acknowledged_at,
            version=row.version,
        )
        for row in rows
    ]


IN_ORDER = Keyset(at=datetime, id=str)  # the log's cursor: the last entry's time and id


@router.get("/duty-log", summary="某日的值班记录（按时间） / the duty log of a day, in order")
async def list_duty_log(
    request: Request,
    actor: Acting,
    page: Paging,
    day: Annotated[OfficeDate, Query(alias="date", description="某日（北京时间）")],
) -> Page[DutyLogDetail]:
    runtime = runtime_of(request)
    start = datetime.combine(day, time(), OFFICE_TZ)
    async with runtime.store.engine.connect() as connection:
        rows = visible_log_entries(
            connection,
            actor,
            runtime.directory,
            start=start,
            end=start + timedelta(days=1),
            after=IN_ORDER.after(page),
        )
        return await first_page(
            rows,
            page,
            lambda row: DutyLogDetail(
                id=row.entry_id,
                at=row.at,
                caller=row.caller,
                organisation=row.organisation,
                said=row.said,
                done=row.done,
                told=row.told,
                recorded_by=row.recorded_by,
            ),
            lambda last: IN_ORDER.cursor(at=last.at, id=last.id),
        )
