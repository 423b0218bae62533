"""套红模板 routes: /letterheads/{organ}/{format} — set by the office, seen by the whole office, and
previewed as the real PDF a document in that format would print."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.commands import acting, run_command, runtime_of

from shuniu_documents.adapters.typesetting import typeset
from shuniu_documents.api.reads import Acting, office_of
from shuniu_documents.app import letterheads
from shuniu_documents.domain.letterhead import (
    ATTENDANCE,
    EVERYONE_IN_THE_OFFICE,
    RED,
    DoubleRule,
    Format,
    Letterhead,
    letterhead_id,
)

router = APIRouter(prefix="/letterheads", tags=["套红模板 letterheads"])

# The office's stationery is the office's to set: its director and the clerks who print (§7.2).
OfficeStaff = Annotated[Actor, Depends(acting("office_director", "clerk"))]
Organ = Annotated[str, Path(pattern=r"^[a-z0-9_-]{1,50}$", description="发文机关的部门编码，如 gov")]
FormatName = Annotated[str, Path(max_length=20, description="document、letter、order、minutes")]
PDF = "application/pdf"


class DoubleRuleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    thick: float = DoubleRule.thick
    thin: float = DoubleRule.thin
    gap: float = DoubleRule.gap


class LetterheadBody(BaseModel):
    """The whole template; its rules (the suffix each format allows, the colours, the sizes) are
    checked by the domain, naming the field."""

    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(max_length=200, description="发文机关全称或规范化简称，如 F县人民政府")]
    suffix: Annotated[
        str | None, Field(max_length=10, description="文件、令、命令、纪要或空；缺省取惯例")
    ] = None
    mark_color: Annotated[str, Field(max_length=7)] = RED
    rule_color: Annotated[str, Field(max_length=7)] = RED
    mark_size: float | None = Field(
        None, description="发文机关标志字号（磅）；缺省 48 磅，名称过长时自动缩小"
    )
    double_rule: DoubleRuleBody = DoubleRuleBody()
    attendance: Annotated[list[Annotated[str, Field(max_length=10)]], Field(max_length=3)] = list(ATTENDANCE)

    def letterhead(self, format: Format) -> Letterhead:
        default = Letterhead.default(format, self.name)
        return Letterhead(
            format,
            self.name,
            default.suffix if self.suffix is None else self.suffix,
            self.mark_color,
            self.rule_color,
            self.mark_size,
            DoubleRule(**self.double_rule.model_dump()),
            tuple(self.attendance),
        )


@router.put("/{organ}/{format}", summary="设定某机关某格式的套红模板 / set an organ's letterhead in a format")
async def set_letterhead(
    organ: Organ, format: FormatName, body: LetterheadBody, request: Request, actor: OfficeStaff
) -> JSONResponse:
    command = letterheads.SetLetterhead(organ, body.letterhead(Format.parse(format)))
    return await run_command(request, command, letterheads.set_letterhead, actor)


async def _letterheads(request: Request, actor: Actor, organ: str, formats: list[Format]) -> list[Letterhead]:
    runtime = runtime_of(request)
    if not actor.sees(EVERYONE_IN_THE_OFFICE, runtime.directory):
        raise NotFound(f"没有机关 {organ} 的套红模板", f"there is no letterhead of {organ}")
    async with runtime.store.reading() as reading:
        return [await letterheads.letterhead_of(reading, runtime.directory, organ, f) for f in formats]


async def _letterhead(request: Request, actor: Actor, organ: str, format: str) -> Letterhead:
    (letterhead,) = await _letterheads(request, actor, organ, [Format.parse(format)])
    return letterhead


def _shown(organ: str, letterhead: Letterhead) -> dict[str, Any]:
    return {"id": letterhead_id(organ, letterhead.format), "organ": organ, **letterhead.as_dict()}


@router.get("/{organ}", summary="某机关四种格式的套红模板 / an organ's letterheads in the four formats")
async def list_letterheads(organ: Organ, request: Request, actor: Acting) -> dict[str, Any]:
    return {"items": [_shown(organ, h) for h in await _letterheads(request, actor, organ, list(Format))]}


@router.get("/{organ}/{format}", summary="某机关某格式的套红模板 / an organ's letterhead in a format")
async def get_letterhead(organ: Organ, format: FormatName, request: Request, actor: Acting) -> dict[str, Any]:
    """As the office set it, or the standard's default (the organ's name, 文件, 令 or 纪要, red)."""
    return _shown(organ, await _letterhead(request, actor, organ, format))


@router.get(
    "/{organ}/{format}/preview.pdf",
    summary="套红模板预览：以示例正文排出的真实 PDF / the letterhead previewed as the real PDF",
    response_class=Response,
    responses={200: {"content": {PDF: {}}, "description": "PDF"}},
)
async def preview(organ: Organ, format: FormatName, request: Request, actor: Acting) -> Response:
    letterhead = await _letterhead(request, actor, organ, format)
    body, imprint = letterheads.sample(letterhead, organ, office_of(request).today())
    # CPU work of a fraction of a second: off the event loop, as the document's own PDF is.
    return Response(await asyncio.to_thread(typeset, body, imprint), media_type=PDF)
