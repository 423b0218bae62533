"""Where everything stands, for the dashboards: documents at their steps, meetings and who came,
supervision tasks, petitions and their running clock, visitors, trips, incidents and their clocks."""

from __future__ import annotations

from datetime import datetime

from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.rows import update
from shuniu_projection.adapters.tables import (
    attendance,
    circulation_reads,
    document_steps,
    documents,
    incidents,
    meetings,
    petitions,
    tasks,
    trips,
    visits,
)
from shuniu_projection.app.intake import event_kind
from shuniu_projection.app.views import Reactions

boards = Reactions()
RECEIVING_OFFICE = (
    "office"  # 收文 is signed for and registered by 办公室 until a 批示 names a lead department
)

# A document's step is named by the event that took it there, as the documents contract names its
# events (docs/services/documents.md, "stages"; the schemas in the event catalogue): a 收文 last
# `instructed` is being handled by its lead department, one last `circulation_started` is out for
# reading. These are the events that move a document on; the others (read, urged,
# circulation_overdue, circulation_recalled, supervision_opened, supervision_closed, number_voided)
# leave its step as it was. The projection names no stage of its own, so it cannot drift from the documents service.
STEP_EVENTS = {
    "incoming": (
        "received",  # 签收
        "registered",  # 登记
        "accepted",  # 初审通过
        "returned",  # 初审退回 (final)
        "proposed",  # 拟办
        "instructed",  # 批示 → 承办
        "circulation_started",  # 传阅
        "replied",  # 答复
        "closed",  # 办结
        "archived",  # 归档
    ),
    "outgoing": (
        "drafted",  # 起草
        "revised",  # 修改
        "returned",  # 审核退回修改
        "reviewed",  # 审核
        "countersigned",  # 会签
        "signed",  # 签发
        "changed_after_signing",  # 复核发现实质性修改，退回签发人
        "rechecked",  # 复核
        "numbered",  # 登记发文字号
        "printed",  # 印制
        "dispatched",  # 核发中
        "issued",  # 核发
        "revoked",  # 撤销
        "abolished",  # 废止
        "archived",  # 归档
    ),
}
# After these a document waits on nobody: the final stages of the contract.
FINISHED = {
    "incoming": frozenset({"returned", "closed", "archived"}),
    "outgoing": frozenset({"issued", "revoked", "abolished", "archived"}),
}


def _key(e: Envelope) -> dict[str, str]:
    return {"stream_id": e.subject}


# ── 公文 ─────────────────────────────────────────────────────────────────────────────────────


@boards.on(
    *(f"documents.{direction}.{event}" for direction, events in STEP_EVENTS.items() for event in events)
)
async def document_step(e: Envelope, c: AsyncConnection) -> None:
    _, direction, stage = event_kind(e.type)  # the step is the event's own name (STEP_EVENTS)
    d = e.data
    if stage in ("received", "drafted"):
        await upsert(
            c,
            documents,
            {
                "stream_id": e.subject,
                "direction": direction,
                "doc_type": d.get("doc_type"),
                "title": d.get("title"),
                "stage": stage,
                "department": d.get("drafting_department", RECEIVING_OFFICE),
                "urgency": d.get("urgency"),
                "started_at": e.time,
            },
        )
    else:
        changes: dict[str, object] = {"stage": stage}
        if stage == "instructed":
            changes |= {"department": d["lead_department"], "deadline": d.get("deadline")}
        if stage == "revised":
            changes |= {"title": d.get("title"), "doc_type": d.get("doc_type")}
        await update(c, documents, _key(e), **changes)
    await upsert(
        c,
        document_steps,
        {
            "stream_id": e.subject,
            "version": e.sequence,
            "direction": direction,
            "stage": stage,
            "entered_at": e.time,
        },
    )


@boards.on("documents.incoming.circulation_started")
async def circulation_started(e: Envelope, c: AsyncConnection) -> None:
    for reader in e.data["readers"]:
        await upsert(
            c,
            circulation_reads,
            {"stream_id": e.subject, "round": e.data["round"], "reader": reader, "started_at": e.time},
        )


@boards.on("documents.incoming.read")
async def circulation_read(e: Envelope, c: AsyncConnection) -> None:
    key = {"stream_id": e.subject, "round": e.data["round"], "reader": e.data["reader"]}
    await update(c, circulation_reads, key, read_at=datetime.fromisoformat(e.data["read_at"]))


# ── 会议 ─────────────────────────────────────────────────────────────────────────────────────


@boards.on("meetings.meeting.scheduled")
async def meeting_scheduled(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        meetings,
        {
            "stream_id": e.subject,
            "title": d["title"],
            "kind": d["kind"],
            "organiser_department": d["organiser_department"],
            "chair": d["chair"],
            "starts_at": datetime.fromisoformat(d["starts_at"]),
            "ends_at": datetime.fromisoformat(d["ends_at"]),
            "status": "scheduled",
        },
    )


@boards.on("meetings.meeting.room_booked")
async def room_booked(e: Envelope, c: AsyncConnection) -> None:
    await update(c, meetings, _key(e), room_id=e.data["room_id"], room_name=e.data["room_name"])


@boards.on("meetings.meeting.room_released")
async def room_released(e: Envelope, c: AsyncConnection) -> None:
    await update(c, meetings, _key(e), room_id=None, room_name=None)


@boards.on("meetings.meeting.rescheduled")
async def meeting_rescheduled(e: Envelope, c: AsyncConnection) -> None:
    await update(
        c,
        meetings,
        _key(e),
        starts_at=datetime.fromisoformat(e.data["starts_at"]),
        ends_at=datetime.fromisoformat(e.data["ends_at"]),
    )


@boards.on("meetings.meeting.cancelled", "meetings.meeting.held")
async def meeting_ended(e: Envelope, c: AsyncConnection) -> None:
    await update(c, meetings, _key(e), status=event_kind(e.type)[2])


@boards.on("meetings.meeting.person_invited")
async def person_invited(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        attendance,
        {
            "stream_id": e.subject,
            "person": d["person"],
            "department": d["department"],
            "capacity": d["capacity"],
        },
    )


@boards.on("meetings.meeting.replied", "meetings.meeting.leave_requested")
async def meeting_reply(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    reply = d.get("response", "leave")
    await upsert(
        c,
        attendance,
        {"stream_id": e.subject, "person": d["person"], "department": d["department"], "reply": reply},
    )


@boards.on("meetings.meeting.signed_in")
async def signed_in(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        attendance,
        {"stream_id": e.subject, "person": d["person"], "department": d["department"], "signed_in": "yes"},
    )


@boards.on("meetings.meeting.marked_late", "meetings.meeting.marked_absent")
async def marked(e: Envelope, c: AsyncConnection) -> None:
    column = "late" if event_kind(e.type)[2] == "marked_late" else "absent"
    await update(c, attendance, {"stream_id": e.subject, "person": e.data["person"]}, **{column: "yes"})


# ── 督办 ─────────────────────────────────────────────────────────────────────────────────────


# A supervision task stands at the status named by the event that took it there, as the supervision
# contract names its events (docs/services/supervision.md; the event catalogue): one last `reopened`
# is being handled again, one last `infeasibility_reported` waits on the leader. The others
# (progress_reported, extension_requested/granted/refused, urged, revised, deadline_approaching,
# overdue, report_due) leave its status as it was.
TASK_STEP_EVENTS = (
    "opened",  # 立项
    "acknowledged",  # 签收
    "completion_reported",  # 报办结
    "reopened",  # 退回重办
    "infeasibility_reported",  # 报无法办理
    "reassigned",  # 改派
    "withdrawn",  # 撤销 (final)
    "closed",  # 核实办结 (final)
)
TASK_FINISHED = frozenset({"closed", "withdrawn"})


@boards.on("supervision.task.opened")
async def task_opened(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        tasks,
        {
            "stream_id": e.subject,
            "title": d["title"],
            "source_kind": d["source"]["kind"],
            "lead_department": d["lead_department"],
            "deadline": d["deadline"],
            "status": "opened",
            "opened_on": d.get("opened_on") or e.time.date().isoformat(),
            "escalations": 0,
        },
    )


@boards.on(*(f"supervision.task.{event}" for event in TASK_STEP_EVENTS if event != "opened"))
async def task_moved(e: Envelope, c: AsyncConnection) -> None:
    event = event_kind(e.type)[2]  # the status is the event's own name (TASK_STEP_EVENTS)
    changes: dict[str, object] = {"status": event}
    if event == "reassigned":
        changes |= {"lead_department": e.data["lead_department"], "deadline": e.data["deadline"]}
    if event == "closed":
        d = e.data
        on_time = d.get("on_time", d["closed_on"] <= d["deadline"])
        changes |= {"closed_on": d["closed_on"], "on_time": "yes" if on_time else "no"}
    await update(c, tasks, _key(e), **changes)
    if event == "infeasibility_reported":
        await task_escalated(e, c)


@boards.on("supervision.task.overdue")
async def task_escalated(e: Envelope, c: AsyncConnection) -> None:
    escalations = await c.scalar(select(tasks.c.escalations).where(tasks.c.stream_id == e.subject))
    await update(c, tasks, _key(e), escalations=(escalations or 0) + 1)


@boards.on("supervision.task.extension_granted", "supervision.task.revised")
async def task_deadline_moved(e: Envelope, c: AsyncConnection) -> None:
    changes = {"deadline": e.data["deadline"]}
    if "title" in e.data:
        changes["title"] = e.data["title"]
    await update(c, tasks, _key(e), **changes)


# ── 信访 ─────────────────────────────────────────────────────────────────────────────────────

# A petition stands at the step named by the event that took it there, as the reception contract
# names its events (docs/services/reception.md; the event catalogue), and its clock is the one that
# event declares it now waits on (`running_clock`: which statutory period, due when; none after an
# objection or a 复核's decision). The other petition events (assigned, extension_requested/refused/
# told, supervision_opened/closed, clock_approaching/overdue) leave its step and clock as they were.
PETITION_STEP_EVENTS = (
    "registered",  # 登记
    "routed",  # 转送
    "accepted",  # 受理
    "objected",  # 异议
    "extended",  # 批准延期
    "replied",  # 答复
    "review_requested",  # 申请复查/复核
    "hearing_held",  # 听证
    "review_decided",  # 复查/复核意见
)

# The versions published before the step events named `running_clock` are frozen contracts: each
# dates the period it started in a field its published schema names (docs/events/schemas/<type>.json),
# and that schema never changes. So such a record is read by its exact type, with version: the field
# that holds the deadline, and the clock it is — for a review's decision, by the record's `level`
# (复查, 复核). No current version is read here; a record whose field is null names no clock.
CLOCK_IN_FROZEN_VERSIONS: dict[str, tuple[str, str | dict[str, str]]] = {
    "shuniu.reception.petition.registered.v1": ("routing_due_on", "routing"),
    "shuniu.reception.petition.routed.v1": ("acceptance_due_on", "acceptance"),
    "shuniu.reception.petition.accepted.v1": ("handling_due_on", "handling"),
    "shuniu.reception.petition.accepted.v2": ("handling_due_on", "handling"),
    "shuniu.reception.petition.extended.v1": ("handling_due_on", "handling"),
    "shuniu.reception.petition.extended.v2": ("handling_due_on", "handling"),
    "shuniu.reception.petition.extended.v3": ("handling_due_on", "handling"),
    "shuniu.reception.petition.replied.v1": ("review_request_due_on", "review_request"),
    "shuniu.reception.petition.review_requested.v1": (
        "decision_due_on",
        {"复查": "review_decision", "复核": "second_review_decision"},
    ),
    "shuniu.reception.petition.hearing_held.v1": (
        "decision_due_on",
        {"复查": "review_decision", "复核": "second_review_decision"},
    ),
    "shuniu.reception.petition.review_decided.v1": ("next_request_due_on", "second_review_request"),
    "shuniu.reception.petition.review_decided.v2": ("next_request_due_on", "second_review_request"),
}


def running_clock(e: Envelope) -> dict[str, object]:
    """The clock a petition's step event leaves running, as its contract names it: `running_clock`,
    or in a frozen older version the deadline field its schema documents; {} when none runs."""
    if e.type not in CLOCK_IN_FROZEN_VERSIONS:
        return e.data.get("running_clock") or {}
    due_field, clock = CLOCK_IN_FROZEN_VERSIONS[e.type]
    due = e.data.get(due_field)
    if due is None:
        return {}
    return {"clock": clock if isinstance(clock, str) else clock[e.data["level"]], "due_on": due}


@boards.on(*(f"reception.petition.{event}" for event in PETITION_STEP_EVENTS))
async def petition_step(e: Envelope, c: AsyncConnection) -> None:
    event = event_kind(e.type)[2]  # the step is the event's own name (PETITION_STEP_EVENTS)
    running = running_clock(e)
    changes: dict[str, object] = {
        "stage": event,
        "clock": running.get("clock"),
        "due_on": running.get("due_on"),
    }
    if event == "registered":
        await upsert(
            c,
            petitions,
            {
                "stream_id": e.subject,
                "case_number": e.data["case_number"],
                "received_on": e.data["received_on"],
                **changes,
            },
        )
        return
    if event == "routed":
        changes["department"] = e.data["to_department"]
    await update(c, petitions, _key(e), **changes)


@boards.on("reception.petition.assigned")
async def petition_assigned(e: Envelope, c: AsyncConnection) -> None:
    await update(c, petitions, _key(e), department=e.data["department"])


# ── 来访 and 车辆 ────────────────────────────────────────────────────────────────────────────


@boards.on("reception.visit.appointed")
async def visit_appointed(e: Envelope, c: AsyncConnection) -> None:
    await upsert(
        c,
        visits,
        {
            "stream_id": e.subject,
            "host_department": e.data["host_department"],
            "expected_at": datetime.fromisoformat(e.data["expected_at"]),
        },
    )


@boards.on("reception.visit.arrived")
async def visitor_arrived(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        visits,
        {
            "stream_id": e.subject,
            "host_department": d["host_department"],
            "badge": d["badge"],
            "arrived_at": datetime.fromisoformat(d["arrived_at"]),
        },
    )


@boards.on("reception.visit.left")
async def visitor_left(e: Envelope, c: AsyncConnection) -> None:
    await update(c, visits, _key(e), left_at=datetime.fromisoformat(e.data["left_at"]))


@boards.on("reception.trip.requested")
async def trip_requested(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        trips,
        {
            "stream_id": e.subject,
            "destination": d["destination"],
            "rider": d["rider"],
            "status": "requested",
            "starts_at": datetime.fromisoformat(d["starts_at"]),
            "ends_at": datetime.fromisoformat(d["ends_at"]),
        },
    )


@boards.on("reception.trip.approved")
async def trip_approved(e: Envelope, c: AsyncConnection) -> None:
    await update(c, trips, _key(e), status="approved")


@boards.on("reception.trip.dispatched")
async def trip_dispatched(e: Envelope, c: AsyncConnection) -> None:
    await update(c, trips, _key(e), status="dispatched", vehicle_id=e.data["vehicle_id"])


@boards.on("reception.trip.reassigned")
async def trip_lost_its_car(e: Envelope, c: AsyncConnection) -> None:
    await update(c, trips, _key(e), status="approved", vehicle_id=None)


@boards.on("reception.trip.returned")
async def trip_returned(e: Envelope, c: AsyncConnection) -> None:
    await update(c, trips, _key(e), status="returned")


# ── 突发事件 ──────────────────────────────────────────────────────────────────────────────────
# An incident's clocks are the due times the duty service recorded when it was reported (its
# contract: `incident.reported`), stopped by the report of that kind going up (`report_submitted`);
# its light is computed when read, from the clock. 续报 and 终报 run no clock.


@boards.on("duty.incident.reported")
async def incident_reported(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        incidents,
        {
            "stream_id": e.subject,
            "title": d["title"],
            "level": d["level"],
            "stage": "open",
            "learned_at": datetime.fromisoformat(d["learned_at"]),
            "phone_due": datetime.fromisoformat(d["phone_due"]) if d.get("phone_due") else None,
            "written_due": datetime.fromisoformat(d["written_due"]),
            "late_reports": 0,
        },
    )


@boards.on("duty.incident.report_submitted")
async def incident_report_went_up(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    changes: dict[str, object] = {}
    if d["kind"] in ("phone", "written"):
        changes[f"{d['kind']}_up_at"] = datetime.fromisoformat(d["at"])
    if d.get("minutes_late") is not None:
        late = await c.scalar(select(incidents.c.late_reports).where(incidents.c.stream_id == e.subject))
        changes["late_reports"] = (late or 0) + 1
    if changes:
        await update(c, incidents, _key(e), **changes)


@boards.on("duty.incident.closed")
async def incident_closed(e: Envelope, c: AsyncConnection) -> None:
    await update(c, incidents, _key(e), stage="closed", closed_at=datetime.fromisoformat(e.data["at"]))
