"""A visitor's or petitioner's personal data: read (by those whose work needs it) and forgotten."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.web.auth import Principal, requires
from shuniu_shared.web.commands import run_command

from shuniu_reception.api.common import (
    PETITION_STAFF,
    READS_VISITOR_DATA,
    keys,
    may_read_personal_data,
    result,
    runtime_of,
)
from shuniu_reception.app.people import describe_people, forget_person

router = APIRouter(tags=["people 个人信息"])


@router.get("/people/{person_id}", summary="查看个人信息 / a person's data, decrypted for those entitled")
async def get_person(
    person_id: str, request: Request, principal: Annotated[Principal, Depends(requires(*READS_VISITOR_DATA))]
) -> dict[str, Any]:
    store = runtime_of(request).store
    async with store.engine.connect() as connection:
        kind_probe = await describe_people(connection, keys(), [person_id], reveal=False)
        if person_id not in kind_probe:
            raise NotFound(f"未找到 {person_id}", f"{person_id} was not found")
        reveal = may_read_personal_data(principal, kind_probe[person_id]["kind"])
        if not reveal and kind_probe[person_id]["kind"] == "petitioner":
            raise NotFound(f"未找到 {person_id}", f"{person_id} was not found")
        return (await describe_people(connection, keys(), [person_id], reveal=reveal))[person_id]


@router.post(
    "/people/{person_id}/forget",
    summary="删除此人的个人信息（销毁密钥）/ forget this person: destroy their key",
)
async def forget(
    person_id: str, request: Request, principal: Annotated[Principal, Depends(requires(*PETITION_STAFF))]
) -> JSONResponse:
    async def command(uow: UnitOfWork) -> tuple[int, dict[str, Any]]:
        return 200, result(await forget_person(uow, keys(), person_id, principal.sub))

    return await run_command(request, runtime_of(request).store, command, actor=principal.sub)
