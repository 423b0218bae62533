"""大事记 — the office's chronicle, compiled from the events that matter: documents signed, issued and
archived, leaders' instructions, meetings held and their resolutions, tasks closed, petitions answered.
One line per event, kept by civil date; exported as Markdown and as a Word document. A line is shown
to whoever may see its object now (its audience, kept on the object's row), not to whom it was once.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document
from shuniu_shared.clock import office_date
from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import chronicle
from shuniu_projection.app.intake import event_kind, object_of
from shuniu_projection.app.views import Reactions

chronicler = Reactions()

CATEGORIES = {
    "documents": "公文 documents",
    "meetings": "会议 meetings",
    "instructions": "批示 instructions",
    "supervision": "督办 supervision",
    "petitions": "信访 petitions",
}


async def _record(c: AsyncConnection, e: Envelope, category: str, text: str) -> None:
    await upsert(
        c,
        chronicle,
        {
            "event_id": e.id,
            "day": office_date(e.time).isoformat(),
            "time": e.time,
            "service": event_kind(e.type)[0],
            "stream_id": e.subject,
            "category": category,
            "text": text,
        },
    )


def _title(e: Envelope) -> str:
    return object_of(e).title


@chronicler.on("documents.incoming.instructed")
async def instruction(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    text = f"{{p:{d['leader']}}}对《{d['title']}》作出批示：{d['instruction']}（{{d:{d['lead_department']}}}主办）"
    await _record(c, e, "instructions", text)


@chronicler.on("documents.outgoing.signed")
async def signed(e: Envelope, c: AsyncConnection) -> None:
    await _record(c, e, "documents", f"{{p:{e.data['signer']}}}签发《{_title(e)}》")


@chronicler.on("documents.outgoing.issued")
async def issued(e: Envelope, c: AsyncConnection) -> None:
    await _record(c, e, "documents", f"印发《{e.data['title']}》（{e.data['number']}）")


@chronicler.on("documents.incoming.archived", "documents.outgoing.archived")
async def archived(e: Envelope, c: AsyncConnection) -> None:
    await _record(c, e, "documents", f"《{_title(e)}》归档，保管期限{e.data['retention']}")


@chronicler.on("meetings.meeting.held")
async def held(e: Envelope, c: AsyncConnection) -> None:
    await _record(c, e, "meetings", f"召开{_title(e)}")


@chronicler.on("meetings.meeting.resolution_adopted")
async def resolution(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    text = (
        f"{d['meeting_title']}议定：{d['title']}（{{d:{d['lead_department']}}}牵头，{d['deadline']}前完成）"
    )
    await _record(c, e, "meetings", text)


@chronicler.on("supervision.task.closed")
async def task_closed(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    timeliness = "按期" if d.get("on_time", d["closed_on"] <= d["deadline"]) else "逾期"
    await _record(
        c, e, "supervision", f"督办事项“{d['title']}”办结（{{d:{d['lead_department']}}}，{timeliness}）"
    )


@chronicler.on("reception.petition.replied")
async def petition_replied(e: Envelope, c: AsyncConnection) -> None:
    await _record(c, e, "petitions", f"信访件{_title(e)}已书面答复")


def as_markdown(title: str, entries: Sequence[dict[str, Any]]) -> str:
    lines = [f"# {title}", ""]
    day = None
    for entry in entries:
        if entry["day"] != day:
            day = entry["day"]
            lines += ["", f"## {day}", ""]
        lines.append(f"- {entry['text']}")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def as_word(title: str, entries: Sequence[dict[str, Any]]) -> bytes:
    document = Document()
    document.add_heading(title, level=0)
    day = None
    for entry in entries:
        if entry["day"] != day:
            day = entry["day"]
            document.add_heading(day, level=2)
        document.add_paragraph(entry["text"], style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
