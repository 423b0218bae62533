"""我的待办 — what waits on whom, across every service: an item opens when a flow reaches someone
(a person, a department, or whoever holds a role) and closes when they have acted. Texts name
people and departments as ``{p:id}`` and ``{d:code}``, put into words when read (app/wording.py).

An item's key names the object, the step and who it waits on, so the event that opens it twice opens
it once, and a step that comes round again (a task reopened, a draft returned) reopens the same item.
An item is shown only to whom its object's audience admits, as it stands when the desk is read.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from shuniu_shared.events import split_ce_type
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import meetings, timeline, work_items
from shuniu_projection.app.intake import event_kind, object_of
from shuniu_projection.app.views import Reactions

desk = Reactions()


async def _earlier(c: AsyncConnection, e: Envelope, event: str) -> dict[str, Any]:
    """The data of this stream's latest earlier event of a kind (its stream is delivered in order)."""
    service, aggregate, _ = event_kind(e.type)
    prefix = f"shuniu.{service}.{aggregate}.{event}.v"
    row = (
        await c.execute(
            select(timeline.c.data)
            .where(
                timeline.c.service == service,  # with the stream, the timeline's index (a scan without)
                timeline.c.stream_id == e.subject,
                timeline.c.type.startswith(prefix),
                timeline.c.version < e.sequence,  # a later event of the same batch is there already
            )
            .order_by(timeline.c.version.desc())
            .limit(1)
        )
    ).first()
    return dict(row.data) if row else {}


def _due(value: Any) -> datetime | None:
    """A due date (end of that day in Beijing) or instant, as an instant."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(23, 59), tzinfo=OFFICE_TZ)
    return datetime.fromisoformat(value)


async def open_item(
    c: AsyncConnection,
    e: Envelope,
    kind: str,
    *,
    person: str | None = None,
    department: str | None = None,
    role: str | None = None,
    detail: str | None = None,
    due: Any = None,
    stands_for: str | None = None,
) -> None:
    service = event_kind(e.type)[0]
    await upsert(
        c,
        work_items,
        {
            "key": f"{service}:{e.subject}:{kind}:{person or department or role}",
            "service": service,
            "stream_id": e.subject,
            "kind": kind,
            "person": person,
            "department": department,
            "role": role,
            "title": object_of(e).title,
            "detail": detail,
            "due": _due(due),
            "opened_at": e.time,
            "done_at": None,
            "stands_for": stands_for,
        },
    )


async def close_items(c: AsyncConnection, e: Envelope, *kinds: str, **whom: str) -> None:
    """Mark done the open items of this object of these kinds (all kinds if none are named)."""
    service = event_kind(e.type)[0]
    condition = [
        work_items.c.service == service,
        work_items.c.stream_id == e.subject,
        work_items.c.done_at.is_(None),
    ]
    if kinds:
        condition.append(work_items.c.kind.in_(kinds))
    condition += [work_items.c[column] == value for column, value in whom.items()]
    await c.execute(work_items.update().where(*condition).values(done_at=e.time))


def done(*events: str, closing: tuple[str, ...] = ()) -> None:
    """Events that only mark done what waited on the object: its open items of the `closing` kinds,
    or every open item it has when none are named."""

    @desk.on(*events)
    async def close(e: Envelope, c: AsyncConnection) -> None:
        await close_items(c, e, *closing)


# ── 收文 ─────────────────────────────────────────────────────────────────────────────────────


@desk.on("documents.incoming.registered")
async def to_review(e: Envelope, c: AsyncConnection) -> None:
    await open_item(c, e, "review", role="clerk", detail="初审 preliminary review")


@desk.on("documents.incoming.accepted", "documents.incoming.returned")
async def reviewed(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "review")
    if e.data.get("handling") == "批办件":
        await open_item(c, e, "propose", role="office_director", detail="拟办意见 proposed handling")


@desk.on("documents.incoming.proposed")
async def proposed(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "propose")
    await open_item(c, e, "instruct", role="leader", detail=f"拟办意见：{e.data['opinion']}")


@desk.on("documents.incoming.instructed")
async def instructed(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "instruct")
    d = e.data
    await open_item(
        c, e, "handle", department=d["lead_department"], detail=f"批示：{d['instruction']}", due=d["deadline"]
    )


@desk.on("documents.incoming.circulation_started")
async def circulate(e: Envelope, c: AsyncConnection) -> None:
    for reader in e.data["readers"]:
        await open_item(c, e, "read", person=reader, detail="传阅 please read", due=e.data["due_at"])


@desk.on("documents.incoming.read")
async def read(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "read", person=e.data["reader"])


done("documents.incoming.circulation_recalled", closing=("read",))
done("documents.incoming.replied", "documents.incoming.closed", closing=("handle", "read"))

# ── 发文 ─────────────────────────────────────────────────────────────────────────────────────


@desk.on("documents.outgoing.drafted", "documents.outgoing.revised")
async def to_office_review(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "revise")
    await open_item(c, e, "review", role="office_director", detail="审核 review the draft")


@desk.on("documents.outgoing.returned")
async def back_to_drafter(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "review")
    drafted = await _earlier(c, e, "drafted")
    department = drafted.get("drafting_department")
    await open_item(c, e, "revise", department=department, detail=f"审核意见：{e.data['comments']}")


@desk.on("documents.outgoing.reviewed")
async def to_sign(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "review")
    latest = await _earlier(c, e, "revised") or await _earlier(c, e, "drafted")
    for department in latest.get("co_issuers", []):
        await open_item(c, e, "countersign", department=department, detail="会签 countersign")
    await open_item(c, e, "sign", role="leader", detail="签发 sign")


@desk.on("documents.outgoing.countersigned")
async def countersigned(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "countersign", department=e.data["department"])


@desk.on("documents.outgoing.signed")
async def signed(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "sign", "resign")
    await open_item(c, e, "register", role="clerk", detail="复核、登记发文字号 recheck and number")


@desk.on("documents.outgoing.changed_after_signing", "documents.outgoing.signature_voided")
async def back_to_signer(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "register")
    await open_item(c, e, "resign", person=e.data["signer"], detail=f"签发后实质性修改：{e.data['change']}")


@desk.on("documents.outgoing.numbered")
async def to_dispatch(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "register")
    await open_item(
        c, e, "dispatch", role="clerk", detail=f"{e.data['number']} 印制、核发 print and dispatch"
    )


done("documents.outgoing.issued", "documents.outgoing.revoked", "documents.outgoing.abolished")

# ── 会议 ─────────────────────────────────────────────────────────────────────────────────────


async def _starts_at(c: AsyncConnection, e: Envelope) -> datetime | None:
    return await c.scalar(select(meetings.c.starts_at).where(meetings.c.stream_id == e.subject))


@desk.on("meetings.meeting.person_invited")
async def invited(e: Envelope, c: AsyncConnection) -> None:
    await open_item(
        c,
        e,
        "reply",
        person=e.data["person"],
        detail=f"会议通知（{e.data['capacity']}）",
        due=await _starts_at(c, e),
    )


@desk.on("meetings.meeting.department_invited")
async def department_invited(e: Envelope, c: AsyncConnection) -> None:
    await open_item(
        c,
        e,
        "reply",
        department=e.data["department"],
        detail="会议通知：请派员参加",
        due=await _starts_at(c, e),
    )


@desk.on("meetings.meeting.replied", "meetings.meeting.leave_requested")
async def replied(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "reply", person=e.data["person"])
    await close_items(c, e, "reply", department=e.data["department"])


@desk.on("meetings.meeting.leave_requested")
async def leave_requested(e: Envelope, c: AsyncConnection) -> None:
    """The seed's union secretary: a leave request reaches the organiser and the chair at once."""
    d = e.data
    substitute = f"，代会人 {{p:{d['substitute']}}}" if d.get("substitute") else ""
    detail = f"{{p:{d['person']}}} 请假：{d['reason']}{substitute}"
    for person in {d["organiser"], d["chair"]}:
        await open_item(c, e, f"leave-{d['person']}", person=person, detail=detail, due=d["starts_at"])


done("meetings.meeting.held", "meetings.meeting.cancelled")

# ── 督办 ─────────────────────────────────────────────────────────────────────────────────────


# One piece of work, one entry: a task opened from a 批示 is the lead department's work on that
# document, so while the task waits on the department it stands for the document's 办理 item, which
# the desk then leaves out (dashboards.my_desk). Once the task is closed, the document's item shows
# again until the document itself is answered or closed. Marking, not closing, keeps this right
# whichever of the two services' events reaches the projection first.
def _stands_for(opened: dict[str, Any]) -> str | None:
    source = opened.get("source") or {}
    if source.get("kind") != "document_instruction":
        return None
    return f"{source['service']}:{source['id']}"


@desk.on("supervision.task.opened", "supervision.task.reassigned")
async def to_acknowledge(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e)
    d = e.data
    opened = d if "source" in d else await _earlier(c, e, "opened")
    await open_item(
        c,
        e,
        "acknowledge",
        department=d["lead_department"],
        detail="签收督办事项",
        due=d["deadline"],
        stands_for=_stands_for(opened),
    )


@desk.on("supervision.task.acknowledged", "supervision.task.reopened")
async def to_report(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "acknowledge", "verify")
    latest = await _earlier(c, e, "reassigned") or await _earlier(c, e, "opened")
    await open_item(
        c,
        e,
        "report",
        department=latest["lead_department"],
        detail="报送进展与办结报告",
        due=latest["deadline"],
        stands_for=_stands_for(await _earlier(c, e, "opened")),
    )


@desk.on("supervision.task.completion_reported")
async def to_verify(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "report")
    await open_item(c, e, "verify", role="supervisor", detail=f"核实办结：{e.data['text']}")


@desk.on("supervision.task.extension_requested", "supervision.task.infeasibility_reported")
async def to_the_assigner(e: Envelope, c: AsyncConnection) -> None:
    opened = await _earlier(c, e, "opened")
    kind = "extension" if event_kind(e.type)[2] == "extension_requested" else "infeasible"
    detail = (
        f"申请延期至 {e.data['requested_deadline']}：{e.data['reason']}"
        if kind == "extension"
        else (f"报告无法落实：{e.data['reason']}")
    )
    whom = {"person": opened["assigned_by"]} if opened.get("assigned_by") else {"role": "supervisor"}
    await open_item(c, e, kind, detail=detail, **whom)


done("supervision.task.extension_granted", "supervision.task.extension_refused", closing=("extension",))
done("supervision.task.revised", closing=("infeasible",))
done("supervision.task.closed", "supervision.task.withdrawn")

# ── 接待与事务 ───────────────────────────────────────────────────────────────────────────────


@desk.on("reception.seal_request.requested")
async def seal_requested(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await open_item(
        c, e, "approve", role="office_director", detail=f"用印审批：{d['document']}（{d['reason']}）"
    )


@desk.on("reception.seal_request.approved")
async def seal_approved(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "approve")
    await open_item(c, e, "use_seal", role="seal_keeper", detail="用印 apply the seal")


done("reception.seal_request.used")


@desk.on("reception.trip.requested")
async def trip_requested(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await open_item(
        c, e, "approve", role="office_director", detail=f"用车审批：{d['purpose']}", due=d["starts_at"]
    )


@desk.on("reception.trip.approved")
async def trip_approved(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "approve")
    requested = await _earlier(c, e, "requested")
    await open_item(
        c, e, "dispatch", role="dispatcher", detail="派车 dispatch a car", due=requested.get("starts_at")
    )


@desk.on("reception.trip.reassigned")
async def car_taken_away(e: Envelope, c: AsyncConnection) -> None:
    """The county-car story: whoever the car was promised to hears it first, with the alternatives."""
    requested = await _earlier(c, e, "requested")
    alternatives = "、".join(e.data.get("alternatives", [])) or "暂无"
    detail = f"原派车辆已改派：{e.data['reason']}；可选车辆：{alternatives}"
    await open_item(
        c, e, "car_reassigned", person=requested["rider"], detail=detail, due=requested["starts_at"]
    )
    await open_item(
        c,
        e,
        "dispatch",
        role="dispatcher",
        detail="重新派车 dispatch another car",
        due=requested["starts_at"],
    )


done("reception.trip.dispatched", closing=("dispatch",))
done("reception.trip.returned")


@desk.on("reception.hospitality.planned")
async def reception_to_approve(e: Envelope, c: AsyncConnection) -> None:
    """A reception plan (公务接待) waits on the office director, before the guests arrive."""
    d = e.data
    detail = (
        f"{d['letter']['sending_body']}来宾 {len(d['guests'])} 人：接待方案审批 approve the reception plan"
    )
    await open_item(c, e, "approve", role="office_director", detail=detail, due=d["arrives_at"])


done("reception.hospitality.approved", closing=("approve",))


@desk.on("reception.hospitality.booking_requested")
async def booking_to_make(e: Envelope, c: AsyncConnection) -> None:
    """Tickets and rooms are booked as a task of the person given them, one item per booking."""
    d = e.data
    what = "订票 book the tickets" if d["kind"] == "ticket" else "订房 book the rooms"
    await open_item(c, e, f"book:{d['booking_id']}", person=d["assignee"], detail=f"{d['details']}：{what}")


@desk.on("reception.hospitality.booking_confirmed")
async def booking_made(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, f"book:{e.data['booking_id']}")


done("reception.hospitality.settled")


# 办公用品与固定资产: a requisition waits on the affairs officer to approve, then to issue; a purchase
# request on the affairs officer until the supplies are received; a transfer or disposal on the director.
@desk.on("reception.requisition.made")
async def requisition_to_approve(e: Envelope, c: AsyncConnection) -> None:
    detail = f"申领 {e.data['quantity']}：{e.data['purpose']}（审批 approve）"
    await open_item(c, e, "approve", role="affairs_officer", detail=detail)


@desk.on("reception.requisition.approved")
async def requisition_to_issue(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "approve")
    await open_item(c, e, "issue", role="affairs_officer", detail="出库 issue the supplies")


done("reception.requisition.issued")


@desk.on("reception.supply.purchase_requested")
async def purchase_to_make(e: Envelope, c: AsyncConnection) -> None:
    detail = f"库存 {e.data['stock']} 低于阈值 {e.data['threshold']}：采购 purchase and receive"
    await open_item(c, e, "purchase", role="affairs_officer", detail=detail)


done("reception.supply.received", closing=("purchase",))


@desk.on("reception.asset.transfer_proposed", "reception.asset.disposal_proposed")
async def asset_move_to_approve(e: Envelope, c: AsyncConnection) -> None:
    transfer = event_kind(e.type)[2] == "transfer_proposed"
    what = "调拨审批 approve the transfer" if transfer else "报废审批 approve the disposal"
    await open_item(c, e, "approve", role="office_director", detail=f"{e.data['reason']}：{what}")


done("reception.asset.transferred", "reception.asset.disposed", closing=("approve",))


@desk.on("reception.petition.routed")
async def petition_to_accept(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await open_item(
        c,
        e,
        "accept",
        department=d["to_department"],
        detail="信访事项：告知是否受理",
        due=d["acceptance_due_on"],
    )


done("reception.petition.accepted", "reception.petition.objected", closing=("accept",))


@desk.on("reception.petition.extension_requested")
async def petition_extension_to_decide(e: Envelope, c: AsyncConnection) -> None:
    """The extension waits on a responsible official of the body (§34: 本机关负责人) — the county's
    leaders, as the reception service decides; the reason stays in the petition, not on the desk."""
    await open_item(
        c,
        e,
        "approve_extension",
        role="leader",
        detail=f"信访事项申请延长办理期限 {e.data['days']} 日，请审批",
    )


@desk.on("reception.petition.extended", "reception.petition.extension_refused")
async def petition_extension_decided(e: Envelope, c: AsyncConnection) -> None:
    await close_items(c, e, "approve_extension")
    # A v1 record was entered with the petitioner already told; an approval (v2) is told afterwards.
    if event_kind(e.type)[2] == "extended" and split_ce_type(e.type)[1] >= 2:
        await open_item(
            c,
            e,
            "tell_extension",
            role="petitions_officer",
            detail="延期已批准：告知信访人延期及理由",
        )


done("reception.petition.extension_told", closing=("tell_extension",))


done("reception.petition.replied")
