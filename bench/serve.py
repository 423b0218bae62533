"""`python -m bench.serve <service>`: a service process as `python -m shuniu_<service>` runs it, except
that its runtime is built inside the server's event loop.

Why: at this commit `serve_service` builds the runtime before uvicorn starts its loop, and with Kafka
configured the runtime's `KafkaSource` creates an `AIOKafkaConsumer`, which refuses to be created
outside a running loop — so `python -m shuniu_<service>` (and `make stack`) exits at start-up. Until
the platform fixes that, the bench starts each service through an app factory, which uvicorn calls
inside its loop; everything else (settings from the environment, uvloop, httptools, no access log)
is the same as `shuniu_shared.runtime.serve`.
"""

from __future__ import annotations

import importlib
import sys

import uvicorn
from fastapi import FastAPI
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings


def main() -> None:
    name = sys.argv[1]
    definition = importlib.import_module(f"shuniu_{name}.bootstrap").DEFINITION
    settings = Settings(service=name)

    def app() -> FastAPI:
        return ServiceRuntime(definition, settings).app()

    uvicorn.run(
        app,
        factory=True,
        host=settings.http_host,
        port=settings.port(),
        loop="uvloop",
        http="httptools",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main()
