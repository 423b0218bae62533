"""`GET /live`: the console's server-sent-events stream of changed objects (app/live.py).

Each message is ``event: changed`` with the object's service, kind, id, version and event type as
JSON, or ``event: resync`` when the console fell behind and should re-read what it shows. A comment
line every `HEARTBEAT_SECONDS` keeps proxies from closing a quiet stream. The stream ends by itself
after `STREAM_SECONDS` and the browser's EventSource opens it again, `retry` ms later: so a stream
never outlives the access token it was opened with by long, and a signed-out session (checked at
every heartbeat) stops receiving at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.auth import Principal, SignedIn
from shuniu_shared.web.commands import runtime_of

from shuniu_projection.app.live import RESYNC, feed_of

router = APIRouter(tags=["dashboards 看板"])

HEARTBEAT_SECONDS = 15.0
STREAM_SECONDS = 120.0
RECONNECT_MILLISECONDS = 1000
FOLLOWING_WITHIN_SECONDS = 5.0


@router.get(
    "/live",
    summary="实时推送：可见对象的变化（服务器推送事件）/ live pushes: changes to objects you may see (SSE)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}}}},
)
async def live(request: Request, principal: SignedIn) -> StreamingResponse:
    runtime = runtime_of(request)
    return StreamingResponse(
        _messages(request, runtime, principal),
        media_type="text/event-stream",
        # Not stored, and not buffered by a proxy in front (nginx reads X-Accel-Buffering).
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _messages(request: Request, runtime: ServiceRuntime, principal: Principal) -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    ends = loop.time() + STREAM_SECONDS
    feed = feed_of(runtime)
    async with feed.open(principal) as console:
        # The first console of a replica starts the reading; "connected" is sent once it has begun,
        # so a change made after the console saw "connected" is one it will be told of.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(feed.following.wait(), FOLLOWING_WITHIN_SECONDS)
        yield f"retry: {RECONNECT_MILLISECONDS}\n: 已连接 / connected\n\n"
        while (left := ends - loop.time()) > 0:
            try:
                change = await asyncio.wait_for(console.queue.get(), min(HEARTBEAT_SECONDS, left))
            except TimeoutError:
                if await request.is_disconnected():
                    return
                if principal.session is not None and runtime.revocations.is_revoked(principal.session):
                    return
                yield ": 保持连接 / keep-alive\n\n"
                continue
            kind = "resync" if change is RESYNC else "changed"
            yield f"event: {kind}\ndata: {json.dumps(change.as_dict(), ensure_ascii=False)}\n\n"
