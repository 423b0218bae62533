"""政务信息's read-model rows, written in the transaction that saves the events they follow."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from shuniu_shared.commands import Actor
from shuniu_shared.database import admitted, upsert
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_duty.adapters.tables import information_credits_table, information_pieces_table
from shuniu_duty.domain.information import Piece

pieces, credits = information_pieces_table, information_credits_table


async def write_piece_row(connection: AsyncConnection, piece: Piece, written: Written) -> None:
    audience = piece.audience()
    assert audience is not None  # a submitted piece always names one
    await upsert(
        connection,
        pieces,
        {
            "piece_id": piece.id,
            "title": piece.current.title,
            "department": piece.department,
            "classification": piece.classification,
            "stage": piece.stage,
            "versions": len(piece.versions),
            "audience": audience.as_dict(),
            "submitted_at": piece.submitted_at,
            "version": written.version,
            "position": written.position,
        },
    )


async def write_credit(
    connection: AsyncConnection, piece: Piece, kind: str, publication: str | None, detail: str, at: datetime
) -> None:
    """One fact that earns the piece's department points; its id makes a replay write it once."""
    number = len(piece.instructions) if kind == "instructed" else 0
    credit_id = f"{piece.id}:{kind}:{publication or ''}:{number}"
    await upsert(
        connection,
        credits,
        {
            "credit_id": credit_id,
            "piece_id": piece.id,
            "department": piece.department,
            "kind": kind,
            "publication": publication,
            "detail": detail,
            "at": at,
        },
    )


def visible_pieces(connection: AsyncConnection, actor: Actor, directory: Directory) -> AsyncIterator[Any]:
    """The pieces this person may see, newest first, each admitted by the piece's own audience."""
    query = select(pieces).order_by(pieces.c.submitted_at.desc(), pieces.c.piece_id.desc())
    return admitted(connection, query, actor, directory)


async def visible_credits(
    connection: AsyncConnection, actor: Actor, directory: Directory, start: datetime, end: datetime
) -> list[Any]:
    """The credits earned in [start, end) on pieces this person may open: a ranking counts nothing
    its reader could not see (the audience contract)."""
    query = (
        select(credits, pieces.c.title, pieces.c.audience)
        .join(pieces, pieces.c.piece_id == credits.c.piece_id)
        .where(credits.c.at >= start, credits.c.at < end)
        .order_by(credits.c.at, credits.c.credit_id)
    )
    return [row async for row in admitted(connection, query, actor, directory)]
