"""How a process starts: its settings from the environment, its database and broker reachable — or
one line on stderr that names what is wrong and the variable that set it, and exit status 2.

An operator who mistypes a variable or points at the wrong host should read the answer, not find it
at the bottom of a 150-line traceback from asyncpg or aiokafka.
"""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Set

from sqlalchemy.engine import make_url

from shuniu_shared.settings import ConfigurationError, Settings, UnsafeSettings


def configured(
    service: str,
    own_variables: Mapping[str, Set[str]],
    preflights: Iterable[Callable[[Settings], None] | None] = (),
) -> Settings:
    """The process's settings, once they are safe for where it runs (no development secret outside
    development: the shared check and each service's own `preflights`) and its database and broker
    answer; otherwise exit with one line."""
    try:
        settings = Settings.from_environment(service, own_variables)
        if not settings.development:
            settings.refuse_development_secrets()
            for preflight in filter(None, preflights):
                preflight(settings)
        # A server that does not answer at once may still be starting (compose and Kubernetes
        # start everything together); past the wait the process says so and stops.
        wait_until_reachable(settings, settings.startup_wait_seconds)
    except (ConfigurationError, UnsafeSettings) as exc:
        print(f"shuniu-{service}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return settings


def wait_until_reachable(settings: Settings, seconds: float) -> None:
    """Every server the settings name accepts a TCP connection (of the Kafka bootstrap servers, one
    is enough) within `seconds`, or a `ConfigurationError` naming host, port and variable."""
    deadline = time.monotonic() + seconds
    for variable, what, addresses in _servers(settings):
        while not any(_accepts(host, port) for host, port in addresses):
            if time.monotonic() >= deadline:
                where = ", ".join(f"{host}:{port}" for host, port in addresses)
                raise ConfigurationError(
                    f"cannot reach the {what[1]} at {where} (set by {variable}) / "
                    f"无法连接{what[0]} {where}（由 {variable} 设置）"
                )
            time.sleep(0.5)


def _servers(settings: Settings) -> list[tuple[str, tuple[str, str], list[tuple[str, int]]]]:
    servers = []
    if settings.database_url:
        url = make_url(settings.database_url)
        if url.host:
            servers.append(("SHUNIU_DATABASE_URL", ("数据库", "database"), [(url.host, url.port or 5432)]))
    if settings.kafka_bootstrap:
        brokers = []
        for server in settings.kafka_bootstrap.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ConfigurationError(
                    f"SHUNIU_KAFKA_BOOTSTRAP: {server.strip()!r} is not host:port / "
                    f"SHUNIU_KAFKA_BOOTSTRAP 中的 {server.strip()!r} 不是 主机:端口"
                )
            brokers.append((host.strip("[]"), int(port)))
        servers.append(("SHUNIU_KAFKA_BOOTSTRAP", ("Kafka", "Kafka broker"), brokers))
    return servers


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False
