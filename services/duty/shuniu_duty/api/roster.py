"""值班: the roster (排班, 换班, 交接班) and the duty log (值班记录).

Every route needs a signed-in person; who may take which step is the roster's own rule
(domain/roster.py), answered 403 for a visible roster and 404 for one the caller may not see.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from shuniu_shared.commands import Actor
from shuniu_shared.web.commands import acting, run_command, runtime_of
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_duty.app import roster as commands
from shuniu_duty.app.roster import require_visible
from shuniu_duty.domain.events import AlertKind, ShiftPlan
from shuniu_duty.domain.roster import DutyLogEntry, Roster

router = APIRouter(tags=["duty roster 值班"])
Signed = Annotated[Actor, Depends(acting())]
PersonId = Annotated[str, Field(min_length=1, max_length=100)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlanRoster(_Body):
    first_day: OfficeDate
    last_day: OfficeDate
    leaders: list[PersonId] = Field(min_length=1, max_length=50, description="带班领导，轮流")
    officers: list[PersonId] = Field(min_length=1, max_length=100, description="值班员，轮流")
    away: dict[date, list[PersonId]] = Field({}, description="请假、出差：当日不排班的人")


class RequestSwap(_Body):
    day: OfficeDate
    substitute: PersonId
    reason: str = Field("", max_length=2000)


class HandOver(_Body):
    day: OfficeDate = Field(description="交班的班次日期")
    open_items: list[Annotated[str, Field(max_length=2000)]] = Field([], max_length=100)


class RecordCall(_Body):
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
async def plan(body: PlanRoster, request: Request, actor: Signed) -> JSONResponse:
    command = commands.PlanRoster(body.first_day, body.last_day, body.leaders, body.officers, body.away)
    return await run_command(request, command, commands.plan_roster, actor, status=201)


@router.post("/rosters/{roster_id}/swaps", status_code=201, summary="换班申请 / ask to swap a day")
async def request_swap(roster_id: str, body: RequestSwap, request: Request, actor: Signed) -> JSONResponse:
    command = commands.RequestSwap(roster_id, body.day, body.substitute, body.reason)
    return await run_command(request, command, commands.take_step, actor, status=201)


@router.post("/rosters/{roster_id}/swaps/{number}/approve", summary="批准换班 / approve a swap (办公室主任)")
async def approve_swap(roster_id: str, number: int, request: Request, actor: Signed) -> JSONResponse:
    return await run_command(request, commands.ApproveSwap(roster_id, number), commands.take_step, actor)


@router.post("/rosters/{roster_id}/handovers", summary="交班 / hand over, listing the open items")
async def hand_over(roster_id: str, body: HandOver, request: Request, actor: Signed) -> JSONResponse:
    command = commands.HandOver(roster_id, body.day, body.open_items)
    return await run_command(request, command, commands.take_step, actor)


@router.post("/rosters/{roster_id}/handovers/{day}/acknowledge", summary="接班确认 / acknowledge a handover")
async def acknowledge(roster_id: str, day: OfficeDate, request: Request, actor: Signed) -> JSONResponse:
    return await run_command(request, commands.Acknowledge(roster_id, day), commands.take_step, actor)


@router.get("/rosters/{roster_id}", summary="值班表 / a roster, day by day")
async def roster(roster_id: str, request: Request, actor: Signed) -> RosterDetail:
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
async def record_call(body: RecordCall, request: Request, actor: Signed) -> JSONResponse:
    command = commands.RecordCall(body.at, body.caller, body.organisation, body.said, body.done, body.told)
    return await run_command(request, command, commands.record_call, actor, status=201)


@router.get("/duty-log/{entry_id}", summary="一条值班记录 / one duty log entry")
async def duty_log_entry(entry_id: str, request: Request, actor: Signed) -> DutyLogDetail:
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
