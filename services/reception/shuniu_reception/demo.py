"""The demo county's reception data for `make dev` (filled in below)."""

from __future__ import annotations

from shuniu_shared.runtime import ServiceRuntime


async def load_demo(runtime: ServiceRuntime) -> None:
    return None
