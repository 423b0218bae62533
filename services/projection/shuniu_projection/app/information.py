"""政务信息 on the board (docs/rules.md §8), from the duty service's published events: the issues
published (《政务信息》第N期 …) with the pieces they adopted, the pieces the higher level adopted
(上级采用), the leaders' 批示 on them, and the departments' monthly and yearly ranking.

Every fact that scores is an event: `information.adopted` (本级采用, in one publication),
`information.adopted_above` (上级采用) and `information.instructed` (领导批示). A credit is that event,
kept under its id, so a redelivery counts it once; its points are the office's scoring rules applied
when the board is read, as the duty service's own ranking applies its rules (its
GET /information/ranking/departments, which this board agrees with: tests/projection/
test_duty_boards_roster_information.py). A fact shows, and counts, only for a reader the piece's
audience admits — the audience its owner named with the piece's newest event.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cache
from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from sqlalchemy import Row, and_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.rows import update
from shuniu_projection.adapters.tables import (
    information_credits,
    information_issues,
    information_pieces,
    objects,
)
from shuniu_projection.app.dashboards import Reader, visible
from shuniu_projection.app.intake import event_kind
from shuniu_projection.app.views import Reactions

information = Reactions()
CREDIT_NAMES = {"adopted": "本级采用", "adopted_above": "上级采用", "instructed": "领导批示"}


class ScoringRules(BaseSettings):
    """信息工作考核计分, the office's numbers: points per adoption in each publication (a publication
    not named earns `adopted_default`), per 上级采用 and per 领导批示. The duty service reads the same
    settings (its app/policy.py), so one ``SHUNIU_INFORMATION_ADOPTED='{"zhengwu": 1, "zhuanbao": 2}'``,
    ``SHUNIU_INFORMATION_ADOPTED_ABOVE``… gives both rankings the same points; the defaults are its."""

    model_config = SettingsConfigDict(env_prefix="SHUNIU_INFORMATION_", extra="ignore", frozen=True)

    adopted: dict[str, int] = {"zhengwu": 1, "zhuanbao": 2}
    adopted_default: int = 1
    adopted_above: int = 3
    instructed: int = 5

    def points(self, kind: str, publication: str | None) -> int:
        if kind == "adopted":
            return self.adopted.get(publication or "", self.adopted_default)
        return {"adopted_above": self.adopted_above, "instructed": self.instructed}[kind]


@cache
def scoring_rules() -> ScoringRules:
    """Read once from the environment, like every other setting of the service."""
    return ScoringRules()


# ── the reactions ──────────────────────────────────────────────────────────────────────────────


@information.on("duty.information.submitted", "duty.information.edited")
async def piece_written(e: Envelope, c: AsyncConnection) -> None:
    if event_kind(e.type)[2] == "submitted":
        row = {"stream_id": e.subject, "title": e.data["title"], "department": e.data["department"]}
        await upsert(c, information_pieces, row)
    else:  # the ranking names a piece by its current version's title, as the duty service does
        await update(c, information_pieces, {"stream_id": e.subject}, title=e.data["title"])


@information.on("duty.publication.issue_published")
async def issue_published(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        information_issues,
        {
            "stream_id": e.subject,
            "publication": d["publication"],
            "publication_name": d["publication_name"],
            "year": d["year"],
            "number": d["number"],
            "piece_ids": d["piece_ids"],
            "published_at": datetime.fromisoformat(d["published_at"]),
        },
    )


@information.on("duty.information.adopted", "duty.information.adopted_above", "duty.information.instructed")
async def credited(e: Envelope, c: AsyncConnection) -> None:
    d, kind = e.data, event_kind(e.type)[2]
    row: dict[str, Any] = {"event_id": e.id, "piece_id": e.subject, "kind": kind}
    if kind == "adopted":
        row |= {"publication": d["publication"], "issue_id": d["issue_id"], "detail": "", "note": ""}
        row["at"] = datetime.fromisoformat(d["adopted_at"])
    elif kind == "adopted_above":
        row |= {"detail": d["by_whom"], "note": d["where"], "at": datetime.fromisoformat(d["at"])}
    else:
        row |= {"detail": d["leader"], "note": d["instruction"], "at": datetime.fromisoformat(d["at"])}
    await upsert(c, information_credits, row)


# ── the board ──────────────────────────────────────────────────────────────────────────────────


async def information_board(c: AsyncConnection, reader: Reader, year: int, month: int) -> dict[str, Any]:
    """政务信息看板 for a year: its issues with the pieces the reader may see, what the higher level
    adopted, the 批示, and the ranking of `month` and of the whole year."""
    pieces = {row.stream_id: row for row in await visible(c, reader, information_pieces, "duty")}
    start, end = datetime(year, 1, 1, tzinfo=OFFICE_TZ), datetime(year + 1, 1, 1, tzinfo=OFFICE_TZ)
    issues = await visible(c, reader, information_issues, "duty", information_issues.c.year == year)
    credits = await _credits(c, reader, start, end)
    names = {row.stream_id: _issue_name(row) for row in issues}
    return {
        "year": year,
        "month": month,
        "issues": [
            {
                "id": row.stream_id,
                "publication": row.publication,
                "name": names[row.stream_id],
                "number": row.number,
                "published_at": row.published_at.isoformat(),
                "pieces": [_piece(pieces[p], reader) for p in row.piece_ids if p in pieces],
            }
            for row in sorted(issues, key=lambda row: (row.published_at, row.stream_id), reverse=True)
        ],
        "adopted_above": [
            _fact(row, reader, by_whom=row.detail, where=row.note)
            for row in credits
            if row.kind == "adopted_above"
        ],
        "instructions": [
            _fact(row, reader, leader=row.detail, instruction=row.note)
            for row in credits
            if row.kind == "instructed"
        ],
        "ranking": {
            "month": await ranking(c, reader, year, month),
            "year": ranking_of(credits, reader, f"{year}年"),
        },
    }


async def ranking(c: AsyncConnection, reader: Reader, year: int, month: int) -> dict[str, Any]:
    """A month's ranking: a civil month in Beijing, as the duty service's."""
    start = datetime(year, month, 1, tzinfo=OFFICE_TZ)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=OFFICE_TZ)
    return ranking_of(await _credits(c, reader, start, end), reader, f"{year}年{month}月")


def ranking_of(credits: list[Row[Any]], reader: Reader, period: str) -> dict[str, Any]:
    """Each credit scored by the office's rules and shown line by line, the departments by points
    (then by code); equal points share a rank (1, 1, 3)."""
    rules = scoring_rules()
    working: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in credits:
        working[row.department].append(
            {
                "piece_id": row.piece_id,
                "title": row.title,
                "kind": row.kind,
                "what": CREDIT_NAMES[row.kind],
                "detail": _credit_detail(row),
                "at": row.at.isoformat(),
                "points": rules.points(row.kind, row.publication),
            }
        )
    totals = sorted(
        ((sum(line["points"] for line in lines), d) for d, lines in working.items()),
        key=lambda t: (-t[0], t[1]),
    )
    ranked: list[dict[str, Any]] = []
    for i, (points, department) in enumerate(totals):
        rank = ranked[-1]["rank"] if ranked and ranked[-1]["points"] == points else i + 1
        ranked.append(
            {
                "rank": rank,
                "department": department,
                "name": reader.words(f"{{d:{department}}}"),
                "points": points,
                "working": working[department],
            }
        )
    return {"period": period, "rules": rules.model_dump(), "departments": ranked}


async def _credits(c: AsyncConnection, reader: Reader, start: datetime, end: datetime) -> list[Row[Any]]:
    """The credits earned in [start, end) on pieces the reader may open, oldest first; an adoption
    with the issue it was printed in, when that issue has arrived."""
    query = (
        select(
            information_credits,
            information_pieces.c.title,
            information_pieces.c.department,
            information_issues.c.publication_name,
            information_issues.c.year,
            information_issues.c.number,
            objects.c.audience,
        )
        .join(information_pieces, information_pieces.c.stream_id == information_credits.c.piece_id)
        .join(
            objects,
            and_(objects.c.service == "duty", objects.c.stream_id == information_credits.c.piece_id),
        )
        .outerjoin(information_issues, information_issues.c.stream_id == information_credits.c.issue_id)
        .where(information_credits.c.at >= start, information_credits.c.at < end)
        # as the duty service orders its credits: by time, then piece, kind and publication
        .order_by(
            information_credits.c.at,
            information_credits.c.piece_id,
            information_credits.c.kind,
            information_credits.c.publication,
            information_credits.c.event_id,
        )
    )
    return [row for row in (await c.execute(query)).all() if reader.sees(row.audience)]


def _issue_name(row: Row[Any]) -> str:
    return f"《{row.publication_name}》{row.year}年第{row.number}期"


def _credit_detail(row: Row[Any]) -> str:
    """What the working line says, as the duty service words it: the issue, who adopted it above,
    or the leader who wrote the 批示."""
    if row.kind != "adopted":
        return str(row.detail)
    if row.publication_name is None:  # its issue's event has not arrived yet
        return str(row.publication)
    return _issue_name(row)


def _piece(row: Row[Any], reader: Reader) -> dict[str, str]:
    return {
        "id": row.stream_id,
        "title": row.title,
        "department": row.department,
        "department_name": reader.words(f"{{d:{row.department}}}"),
    }


def _fact(row: Row[Any], reader: Reader, **what: str) -> dict[str, Any]:
    return {
        "piece_id": row.piece_id,
        "title": row.title,
        "department": row.department,
        "department_name": reader.words(f"{{d:{row.department}}}"),
        "at": row.at.isoformat(),
    } | what
