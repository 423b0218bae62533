"""Search: GET /search?q=…&limit=…, over the titles, 正文 and files' text of the documents the caller
may see (adapters/search.py), each with where the words were found."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from shuniu_shared.web.commands import Acting, runtime_of

from shuniu_documents.adapters.search import LONGEST_QUERY, MAX_LIMIT, check_query, search
from shuniu_documents.api.reads import office_of

router = APIRouter(prefix="/search", tags=["检索 search"])


@router.get("", summary="全文检索：标题、正文、附件文字 / full-text search")
async def find(
    request: Request,
    actor: Acting,
    # Checked by `check_query` (a 422 naming q); bounded here too, so the schema says so.
    q: Annotated[str, Query(max_length=LONGEST_QUERY * 2, description="检索词，两个字以上为宜 / the words")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
) -> dict[str, Any]:
    """Newest first; only documents the caller could open (their GET would answer 200). Each hit
    says where (title, body, file — with the file's name and hash), a snippet of at most 120
    characters and the offsets of the words within it."""
    query = check_query(q)
    viewer = office_of(request).viewer(actor)
    async with runtime_of(request).store.engine.connect() as connection:
        return await search(connection, viewer, query, limit)
