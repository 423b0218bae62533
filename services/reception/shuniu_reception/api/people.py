"""A visitor's or petitioner's personal data: read (by those whose work needs it) and forgotten."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import Principal, requires
from shuniu_shared.web.commands import acting, run_command, runtime_of

from shuniu_reception.api.common import PETITION_STAFF, load_seen
from shuniu_reception.app.people import PERSONAL_FIELDS, ForgetPerson, describe_people, forget_person
from shuniu_reception.app.personal_data import personal_data, scrub_freed_pages
from shuniu_reception.domain.people import READS_VISITOR_DATA, DataSubject

router = APIRouter(tags=["people 个人信息"])


@router.get("/people/{person_id}", summary="查看个人信息 / a person's data, decrypted for those entitled")
async def get_person(
    person_id: str, request: Request, principal: Annotated[Principal, Depends(requires(*READS_VISITOR_DATA))]
) -> dict[str, Any]:
    """A receptionist reads visitors; petitioners only the petitions office (docs/rules.md §2: not to anyone
    without need). A person the caller may not read is, for them, not there."""
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        missing = NotFound(f"未找到 {person_id}", f"{person_id} was not found")
        await load_seen(reading, DataSubject, person_id, principal, runtime.directory, missing)
        described = await describe_people(
            reading.connection, personal_data(), [person_id], reveal=PERSONAL_FIELDS
        )
        return described[person_id]


@router.post(
    "/people/{person_id}/forget",
    summary="删除此人的个人信息（销毁密钥）/ forget this person: destroy their key",
)
async def forget(
    person_id: str, request: Request, actor: Annotated[Actor, Depends(acting(*PETITION_STAFF))]
) -> JSONResponse:
    answer = await run_command(request, ForgetPerson(person_id), forget_person, actor)
    await scrub_freed_pages(runtime_of(request).store.engine)  # once committed: the key's bytes go too
    return answer
