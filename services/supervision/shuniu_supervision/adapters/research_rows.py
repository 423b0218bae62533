"""A research topic's read-model row, written in the transaction that saves its events, and the list
that admits each row by the audience it keeps (the topic's own rule, as its GET applies it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

from shuniu_shared.commands import Actor
from shuniu_shared.database import admitted, upsert
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written
from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.adapters.tables import research_table
from shuniu_supervision.domain.research import ResearchTopic

t = research_table


async def write_research_row(connection: AsyncConnection, topic: ResearchTopic, written: Written) -> None:
    await upsert(
        connection,
        research_table,
        {
            "topic_id": topic.id,
            "title": topic.title,
            "assigned_by": topic.assigned_by,
            "lead_department": topic.team.lead_department if topic.team else None,
            "classification": topic.classification,
            "stage": topic.stage.value,
            "due_on": topic.due_on,
            "visits": sum(1 for v in topic.visits if not v.cancelled),
            "report_versions": len(topic.reports),
            "audience": topic.audience().as_dict(),
            "version": written.version,
            "position": written.position,
        },
    )


def visible_topics(
    connection: AsyncConnection, actor: Actor, directory: Directory, *, after: dict[str, Any] | None
) -> AsyncIterator[Any]:
    """The topics this person may see, soonest due first, from after `after` (a page's cursor)."""
    query = select(t).order_by(t.c.due_on, t.c.topic_id)
    if after is not None:
        due_on: date = after["due_on"]
        query = query.where(or_(t.c.due_on > due_on, and_(t.c.due_on == due_on, t.c.topic_id > after["id"])))
    return admitted(connection, query, actor, directory)
