"""`python -m chaos.serve SERVICE`: a domain service as `python -m shuniu_<service>` runs it, except that
its runtime is built inside the running event loop.

Why: at this commit `python -m shuniu_<service>` (and so `make stack`) dies at start-up for every
service with a Kafka subscription — `serve_service` builds the `ServiceRuntime` before any loop runs,
and `KafkaSource.__init__` creates an `AIOKafkaConsumer`, which aiokafka refuses outside a running
loop ("The object should be created within an async function or provide loop directly"). The fix
belongs in shuniu_shared (create the consumer in `start()`, or build the runtime in the loop); until
then the fault suite starts the services this way. Same app, same settings, same uvicorn options.
"""

from __future__ import annotations

import importlib
import sys

import uvicorn
import uvloop
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings


async def _serve(name: str) -> None:
    definition = importlib.import_module(f"shuniu_{name}.bootstrap").DEFINITION
    settings = Settings(service=definition.name)
    app = ServiceRuntime(definition, settings, bus=None).app()
    config = uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.port(),
        loop="none",
        http="httptools",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )
    await uvicorn.Server(config).serve()


if __name__ == "__main__":
    uvloop.run(_serve(sys.argv[1]))
