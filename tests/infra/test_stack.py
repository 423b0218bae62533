"""What `make stack` hands each service, and the pieces of the launchers that need no server."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from shuniu_gateway.front_door import address_variable
from shuniu_infra.kafka import KAFKA_VERSION, ensure_kafka_jars, new_cluster_id
from shuniu_infra.maven import COMPLETE_MARKER
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_infra.stack import FRONT_DOOR_PORT, service_command, service_environment, stack_front_door

by_name = pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)


@by_name
def test_the_stack_gives_each_service_exactly_its_own_variables(
    service: ServiceProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A developer's own settings must not leak into a service that is not meant to have them.
    monkeypatch.setenv("SHUNIU_DATABASE_URL", "postgresql+asyncpg://someone@elsewhere/db")
    monkeypatch.setenv("SHUNIU_RELAY_BATCH_SIZE", "7")
    database_url = f"postgresql+asyncpg://postgres@127.0.0.1:55432/{service.name}"

    env = service_environment(service, database_url if service.owns_database else None, "127.0.0.1:59092")

    stack_names = {name for other in SERVICES for name in other.environment_names}
    assert sorted(name for name in env if name in stack_names) == service.environment_names
    assert env["SHUNIU_SERVICE"] == service.name
    assert env["SHUNIU_HTTP_HOST"] == "127.0.0.1"
    assert env["SHUNIU_HTTP_PORT"] == str(service.port)
    assert env["SHUNIU_KAFKA_BOOTSTRAP"] == "127.0.0.1:59092"
    assert env["SHUNIU_JWT_SECRET"]
    assert env.get("SHUNIU_DATABASE_URL") == (database_url if service.owns_database else None)
    assert env["SHUNIU_RELAY_BATCH_SIZE"] == "7", "settings the stack does not set are passed on"


@by_name
def test_the_stack_runs_each_service_with_its_own_interpreter(service: ServiceProcess) -> None:
    assert service_command(service) == [sys.executable, "-m", f"shuniu_{service.name}"]


def test_the_stacks_front_door_sends_each_service_its_own_port_and_haproxy_accepts_it(tmp_path: Path) -> None:
    front_door = stack_front_door(tmp_path)
    assert front_door.port == FRONT_DOOR_PORT
    for service in SERVICES:
        assert front_door.environment[address_variable(service.name)] == f"127.0.0.1:{service.port}"
    assert (
        service_environment(SERVICES[0], None, "")["SHUNIU_JWT_SECRET"]
        == front_door.environment["SHUNIU_JWT_SECRET"]
    ), "the front door checks tokens with the secret the services sign and verify them with"
    assert front_door.check().read_text(encoding="utf-8") == front_door.config  # HAProxy's own -c passed


def test_cluster_ids_look_like_what_kafka_storage_random_uuid_prints() -> None:
    for _ in range(500):
        cluster_id = new_cluster_id()
        assert re.fullmatch(r"[A-Za-z0-9_-]{22}", cluster_id)
        assert not cluster_id.startswith("-"), "StorageTool would read it as an option"


def test_kafka_jars_are_cached_with_a_completion_marker() -> None:
    libs = ensure_kafka_jars()
    assert (libs / COMPLETE_MARKER).is_file()
    assert (libs / f"kafka_2.13-{KAFKA_VERSION}.jar").is_file()
    assert ensure_kafka_jars() == libs
