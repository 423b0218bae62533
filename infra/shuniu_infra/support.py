"""Small helpers the PostgreSQL and Kafka launchers share."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Self, TypeVar

T = TypeVar("T")


def free_loopback_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on right now, all different.

    The sockets are held open together until every port is picked, so the kernel cannot hand out the
    same port twice; another process may still take one before the server binds it (rare, and the
    server then fails loudly)."""
    with ExitStack() as sockets:
        ports = []
        for _ in range(count):
            probe = sockets.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            probe.bind(("127.0.0.1", 0))
            ports.append(probe.getsockname()[1])
        return ports


def free_loopback_port() -> int:
    return free_loopback_ports(1)[0]


def tail(path: Path, lines: int = 40) -> str:
    """The last lines of a server's log, for error messages that explain why it did not start."""
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.splitlines()[-lines:])


def run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine to completion from synchronous code.

    It gets an event loop of its own in a worker thread, so this also works when called from inside
    a running loop, as the pytest-asyncio tests and fixtures do (asyncio.run would refuse there)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="shuniu-infra") as worker:
        return worker.submit(asyncio.run, coroutine).result()


def terminate(process: subprocess.Popen[bytes] | None, timeout: float) -> None:
    """Ask a server to shut down cleanly (SIGTERM) and kill it if it has not exited within `timeout`."""
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Server:
    """A server the tests run: `with` starts it and stops it however the block ends; `restart` stops
    and starts it on the same port with the same data, as a crash-and-recover test wants (clients see
    their connections drop)."""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
