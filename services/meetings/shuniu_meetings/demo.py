"""Demo data for `make dev` (filled in below)."""

from shuniu_shared.runtime import ServiceRuntime


async def load_demo(runtime: ServiceRuntime) -> None:
    return None
