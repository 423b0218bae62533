"""待办: what the caller must look at, e.g. leave requests for the meetings they chair or organise."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from shuniu_shared.errors import NotFound
from shuniu_shared.web.commands import runtime_of

from shuniu_meetings.adapters import read_model
from shuniu_meetings.api.common import CurrentViewer

router = APIRouter(tags=["to-do"])


@router.get("/my/todo", summary="我的待办 / my to-do list")
async def my_todo(request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    async with runtime_of(request).store.engine.connect() as connection:
        rows = await read_model.open_todos(connection, viewer.id)
    return {
        "items": [
            {
                "id": row.id,
                "kind": row.kind,
                "meeting_id": row.meeting_id,
                "meeting_title": row.meeting_title,
                "starts_at": row.starts_at.isoformat(),
                "person": row.about,
                "reason": row.reason,
                "substitute": row.substitute,
                "created_at": row.created_at.isoformat(),
            }
            for row in rows
        ]
    }


@router.post("/my/todo/{todo_id}/done", summary="待办已阅 / mark a to-do item done")
async def mark_done(
    request: Request,
    # The row id is a PostgreSQL integer: a larger one was a 500, not the 404/422 it deserves.
    todo_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    viewer: CurrentViewer,
) -> dict[str, Any]:
    rt = runtime_of(request)
    async with rt.store.engine.begin() as connection:
        if not await read_model.mark_todo_done(connection, viewer.id, todo_id, rt.store.clock.now()):
            raise NotFound(f"没有待办 {todo_id}", f"there is no open to-do item {todo_id}")
    return {"id": todo_id, "done": True}
