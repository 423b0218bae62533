"""The demo county's documents for `make dev`: filled in later."""

from shuniu_shared.runtime import ServiceRuntime


async def load_demo(runtime: ServiceRuntime) -> None:
    return None
