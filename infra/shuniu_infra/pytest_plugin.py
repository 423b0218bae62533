"""pytest fixtures `postgres`, `kafka`, `jaeger` and `slapd`: real servers for the tests, started when a test
first uses one and stopped at the end of the session.

Load it from the rootdir conftest: `pytest_plugins = ["shuniu_infra.pytest_plugin"]`.

SHUNIU_DATABASE_URL (a server URL, e.g. postgresql+asyncpg://user:pw@host:5432/postgres) and
SHUNIU_KAFKA_BOOTSTRAP (host:port) point the fixtures at servers that run elsewhere instead; then
nothing is started, and tests that stop or restart a server cannot run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import pytest
from sqlalchemy.engine import make_url

from shuniu_infra.jaeger import JAEGER, Jaeger
from shuniu_infra.kafka import (
    KafkaBroker,
    class_archive_path,
    create_topic,
    ensure_class_archive,
    ensure_kafka_jars,
    kafka_jars_cached,
    kafka_libs_dir,
)
from shuniu_infra.postgres import PostgresServer, create_database
from shuniu_infra.seaweedfs import ACCESS_KEY, SEAWEEDFS, SECRET_KEY, SeaweedServer
from shuniu_infra.slapd import Slapd

_start_times_key = pytest.StashKey[list[str]]()
_fixtures_key = pytest.StashKey[list["_ServerFixture"]]()


class ExternalServerError(RuntimeError):
    """A test tried to stop or restart a server that the session does not own."""


class _Server(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


ServerT = TypeVar("ServerT", bound=_Server)


class _ServerFixture(ABC, Generic[ServerT]):
    """Starts its local server on first use, reports how long that took, and lets a test stop and
    start it again; or, given the address of an external server, starts nothing."""

    server_name: str
    external_variable: str

    def __init__(self, config: pytest.Config, base_dir: Path, external: str | None) -> None:
        self._config = config
        self._base_dir = base_dir
        self._external = external
        self._server: ServerT | None = None
        self._stopped_by_test = False
        config.stash[_fixtures_key].append(self)

    @property
    def is_external(self) -> bool:
        return self._external is not None

    def stop(self) -> None:
        self._local_server("stop").stop()
        self._stopped_by_test = True

    def start(self) -> None:
        server = self._local_server("start")
        if self._stopped_by_test:
            self._timed_start(f"{self.server_name} (started again)", server)

    def restart(self) -> None:
        self.stop()
        self.start()

    def revive(self) -> None:
        """Called after each test: a test that stopped the server and failed before starting it again
        must not leave every later test without one."""
        if self._server is not None and self._stopped_by_test:
            self._timed_start(f"{self.server_name} (left stopped by a test, started again)", self._server)

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()

    @abstractmethod
    def _new_server(self, base_dir: Path) -> ServerT: ...

    def _local_server(self, action: str | None = None) -> ServerT:
        if self._external is not None:
            raise ExternalServerError(
                f"cannot {action} {self.server_name}: {self.external_variable} points at a server this "
                "test session does not own; unset it to run this test against a local one"
            )
        if self._server is None:
            self._server = self._new_server(self._base_dir)
            self._timed_start(self.server_name, self._server)
        return self._server

    def _timed_start(self, what: str, server: ServerT) -> None:
        _timed(self._config, f"{what} came up", server.start)
        self._stopped_by_test = False


class PostgresFixture(_ServerFixture[PostgresServer]):
    """The `postgres` fixture: `url(database)`, `create_database(name)`, `restart()`, `stop()`, `start()`."""

    server_name = "PostgreSQL"
    external_variable = "SHUNIU_DATABASE_URL"

    def url(self, database: str = "postgres") -> str:
        if self._external is not None:
            external = make_url(self._external).set(drivername="postgresql+asyncpg", database=database)
            return external.render_as_string(hide_password=False)
        return self._local_server().url(database)

    def create_database(self, name: str) -> str:
        return create_database(self.url(), name)

    def _new_server(self, base_dir: Path) -> PostgresServer:
        return PostgresServer(base_dir / "postgres")


class KafkaFixture(_ServerFixture[KafkaBroker]):
    """The `kafka` fixture: `bootstrap`, `create_topic(name, partitions)`, `stop()`, `start()`."""

    server_name = "Kafka"
    external_variable = "SHUNIU_KAFKA_BOOTSTRAP"

    @property
    def bootstrap(self) -> str:
        if self._external is not None:
            return self._external
        return self._local_server().bootstrap

    def create_topic(self, name: str, partitions: int = 3) -> None:
        create_topic(self.bootstrap, name, partitions)

    def _new_server(self, base_dir: Path) -> KafkaBroker:
        # Both happen once per machine; timed apart so that the broker's own start-up time stays visible.
        if not kafka_jars_cached():
            _timed(self._config, "Kafka's jars fetched (once per machine)", ensure_kafka_jars)
        if not class_archive_path(kafka_libs_dir()).exists():
            _timed(self._config, "Kafka's class archive made (once per machine)", ensure_class_archive)
        return KafkaBroker(base_dir / "kafka")


class ObjectStoreFixture(_ServerFixture[SeaweedServer]):
    """The `object_store` fixture: an S3-compatible server (SeaweedFS) — `endpoint`, `access_key`,
    `secret_key`, `stop()`, `start()`."""

    server_name = "the S3 object store"
    external_variable = "SHUNIU_TEST_S3_ENDPOINT"
    access_key, secret_key = ACCESS_KEY, SECRET_KEY

    @property
    def endpoint(self) -> str:
        if self._external is not None:
            return self._external
        return self._local_server().endpoint

    def _new_server(self, base_dir: Path) -> SeaweedServer:
        if not SEAWEEDFS.path().exists():
            _timed(self._config, "SeaweedFS built from its Go module (once per machine)", SEAWEEDFS.ensure)
        return SeaweedServer(base_dir / "seaweedfs")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_start_times_key] = []
    config.stash[_fixtures_key] = []


@pytest.fixture(scope="session")
def shuniu_infra_dir() -> Iterator[Path]:
    """A directory for the session's servers, removed at the end. Short (under /tmp) because
    PostgreSQL's Unix socket lives in it and socket paths are limited to ~100 bytes."""
    base_dir = Path(tempfile.mkdtemp(prefix="shuniu-infra-"))
    base_dir.chmod(0o755)  # as root, PostgreSQL runs as `postgres` and must reach its data below
    yield base_dir
    shutil.rmtree(base_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres(pytestconfig: pytest.Config, shuniu_infra_dir: Path) -> Iterator[PostgresFixture]:
    fixture = PostgresFixture(pytestconfig, shuniu_infra_dir, os.environ.get("SHUNIU_DATABASE_URL"))
    yield fixture
    fixture.close()


@pytest.fixture(scope="session")
def kafka(pytestconfig: pytest.Config, shuniu_infra_dir: Path) -> Iterator[KafkaFixture]:
    fixture = KafkaFixture(pytestconfig, shuniu_infra_dir, os.environ.get("SHUNIU_KAFKA_BOOTSTRAP"))
    yield fixture
    fixture.close()


@pytest.fixture(scope="session")
def jaeger(pytestconfig: pytest.Config, shuniu_infra_dir: Path) -> Iterator[Jaeger]:
    """A Jaeger receiving OTLP at `otlp_endpoint` and answering `trace(id)` through its query API."""
    if not JAEGER.path().exists():
        _timed(pytestconfig, "Jaeger built (once per machine)", JAEGER.ensure)
    server = Jaeger(shuniu_infra_dir / "jaeger")
    _timed(pytestconfig, "Jaeger came up", server.start)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def slapd(pytestconfig: pytest.Config, shuniu_infra_dir: Path) -> Iterator[Slapd]:
    """An OpenLDAP server (Debian's slapd) at `url`, whose root `root_dn` / `password` writes under `suffix`."""
    server = Slapd(shuniu_infra_dir / "slapd")
    _timed(pytestconfig, "slapd came up", server.start)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def object_store(pytestconfig: pytest.Config, shuniu_infra_dir: Path) -> Iterator[ObjectStoreFixture]:
    fixture = ObjectStoreFixture(pytestconfig, shuniu_infra_dir, os.environ.get("SHUNIU_TEST_S3_ENDPOINT"))
    yield fixture
    fixture.close()


@pytest.fixture(autouse=True)
def _revive_servers_stopped_by_a_test(pytestconfig: pytest.Config) -> Iterator[None]:
    yield
    for fixture in pytestconfig.stash[_fixtures_key]:
        fixture.revive()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    start_times = config.stash.get(_start_times_key, [])
    if start_times:
        terminalreporter.section("shuniu infra start-up times")
        for line in start_times:
            terminalreporter.write_line(line)


def _timed(config: pytest.Config, what: str, action: Callable[[], object]) -> None:
    began = time.monotonic()
    action()
    _announce(config, f"{what} in {time.monotonic() - began:.2f} s")


def _announce(config: pytest.Config, message: str) -> None:
    """Shows a start-up time at once, past pytest's output capture, and keeps it for the summary."""
    config.stash[_start_times_key].append(message)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print(f"shuniu infra: {message}", file=sys.stderr)
        return
    with capture.global_and_fixture_disabled():
        reporter.write("\n")  # in -q mode the progress dots leave the cursor mid-line
        reporter.write_line(f"shuniu infra: {message}")
