"""Read-your-writes (docs/platform.md): a command answers with its object's id and new version; a read
that passes them back as ``?min_version=<id>:<version>`` waits, briefly, until the projection has
applied that version. Per-object versions are exact whatever the partitions and interleaving, where
one position across a whole topic would not be.
"""

from __future__ import annotations

import asyncio

from shuniu_shared.errors import InvalidInput
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_projection.adapters.tables import objects

WAIT_SECONDS = 2.0
POLL_SECONDS = 0.02


def parse_min_version(value: str) -> tuple[str, int]:
    stream_id, _, version = value.rpartition(":")
    if not stream_id or not version.isdigit():
        raise InvalidInput(
            "min_version 须为 <对象编号>:<版本号>，即命令响应中的 id 与 version",
            "min_version must be <id>:<version>, as a command's response gives them",
            field="min_version",
        )
    return stream_id, int(version)


async def caught_up(engine: AsyncEngine, min_version: str | None, *, wait: float = WAIT_SECONDS) -> bool:
    """Whether the projection has reached the version (waiting up to `wait` seconds for it)."""
    if min_version is None:
        return True
    stream_id, version = parse_min_version(min_version)
    query = select(func.max(objects.c.version)).where(objects.c.stream_id == stream_id)
    loop = asyncio.get_running_loop()
    give_up = loop.time() + wait
    while True:
        async with engine.connect() as connection:
            seen = await connection.scalar(query)
        if seen is not None and seen >= version:
            return True
        if loop.time() >= give_up:
            return False
        await asyncio.sleep(POLL_SECONDS)
