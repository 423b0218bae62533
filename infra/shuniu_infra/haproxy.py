"""HAProxy (Debian's 2.6) as the front door of the stack and of the tests, started like the other
servers: one process in the foreground on a loopback port, its configuration and log under a
directory, stopped at the end.

The configuration is the gateway's (`shuniu_gateway.front_door`, the same text compose and Helm use);
this module gives it the addresses and the secret it reads from its environment.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from shuniu_infra.support import tail, terminate

START_TIMEOUT_SECONDS = 10.0
STOP_TIMEOUT_SECONDS = 5.0


class HAProxyError(RuntimeError):
    pass


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if found is None:
        raise HAProxyError("HAProxy is missing: `make prerequisites` (apt-get install haproxy) installs it")
    return found


class HAProxyServer:
    """`haproxy -db -f <config>` under `base_dir`, listening on 127.0.0.1:`port`, with `environment`
    (the `${…}` variables of the configuration) added to this process's own."""

    def __init__(self, base_dir: Path, port: int, config: str, environment: Mapping[str, str]) -> None:
        self.base_dir = Path(base_dir).resolve()
        self.port = port
        self.config = config
        self.environment = dict(environment)
        self.log_path = self.base_dir / "haproxy.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self._process is not None, "HAProxy is not running"
        return self._process.pid

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        if self.is_running():
            return
        config_path = self.check()
        environment = os.environ | self.environment
        self._output = self.log_path.open("ab")
        # -db: in the foreground, not daemonised, so it is this process's child and stops with it.
        self._process = subprocess.Popen(
            [haproxy_binary(), "-db", "-f", str(config_path)],
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=self._output,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while not _accepts(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise HAProxyError(f"HAProxy did not start on port {self.port}:\n{tail(self.log_path)}")
            time.sleep(0.05)

    def check(self) -> Path:
        """Writes the configuration under `base_dir` and has HAProxy check it; its path if it passes."""
        self.base_dir.mkdir(parents=True, exist_ok=True)
        config_path = self.base_dir / "haproxy.cfg"
        config_path.write_text(self.config, encoding="utf-8")
        checked = subprocess.run(
            [haproxy_binary(), "-c", "-q", "-f", str(config_path)],
            env=os.environ | self.environment,
            capture_output=True,
        )
        if checked.returncode != 0:
            raise HAProxyError(
                f"HAProxy refused its configuration:\n{checked.stderr.decode(errors='replace')}"
            )
        return config_path

    def stop(self) -> None:
        terminate(self._process, STOP_TIMEOUT_SECONDS)
        self._process = None
        if self._output is not None:
            self._output.close()
            self._output = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def _accepts(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0
