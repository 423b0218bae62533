"""docker-compose.yml starts each service as `make stack` does.

Docker cannot run on the project's machines, so the compose file is never started here. What keeps
it honest is this comparison with the one table `make stack` reads (`shuniu_infra.services.SERVICES`):
same services, same commands, same ports, exactly the same SHUNIU_* variable names; the databases
the services are pointed at exist; and the image's healthcheck asks for the liveness endpoint.
"""

from __future__ import annotations

import json
import re
import shlex
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from shuniu_gateway.front_door import address_variable, haproxy_config
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_infra.stack import FRONT_DOOR_PORT, service_environment
from shuniu_reception.app.personal_data import PREVIOUS_KEK_VARIABLE
from shuniu_shared.settings import SERVICE_PORTS, Settings
from shuniu_shared.web.app import create_service_app

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
POSTGRES_INIT = ROOT / "deploy" / "postgres-init.sql"
FRONT_DOOR_CONFIG = ROOT / "deploy" / "helm" / "shuniu" / "files" / "haproxy.cfg"

LIVENESS_PATH = "/healthz"  # docs/gateway.md: /healthz liveness, /readyz database + broker

# Set only while an operator rotates a master key (docs/deploy.md), so `make stack`, which never
# rotates, leaves them out of SERVICES: compose passes them through when given, empty otherwise.
WHILE_ROTATING = {"reception": {PREVIOUS_KEK_VARIABLE}}


# --- reading the files -----------------------------------------------------------------------------


@cache
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


def compose_service(name: str) -> dict:
    services = compose()["services"]
    assert name in services, f"docker-compose.yml has no service {name!r}"
    return services[name]


def with_defaults(value: object) -> str:
    """The value Compose would use when no variable is set: `${X:-default}` becomes `default`."""
    return re.sub(r"\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}", lambda m: m.group(1) or "", str(value))


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # the `- NAME=value` form
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {name: with_defaults(value) for name, value in env.items()}


def container_port(entry: object) -> int:
    """The container side of an `expose` or `ports` entry: "8000", "8000:8000", "127.0.0.1:1:2/tcp"."""
    if isinstance(entry, dict):  # long syntax
        return int(entry["target"])
    return int(str(entry).split("/")[0].rsplit(":", 1)[-1])


def published(service: dict) -> list[str]:
    return [
        str(entry) if not isinstance(entry, dict) else json.dumps(entry)
        for entry in service.get("ports") or []
    ]


def depends_on(service: dict) -> dict[str, str]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):  # short form: started, not healthy
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def created_databases() -> set[str]:
    sql = "\n".join(line.split("--", 1)[0] for line in POSTGRES_INIT.read_text(encoding="utf-8").splitlines())
    return {name.lower() for name in re.findall(r'\bCREATE\s+DATABASE\s+"?(\w+)"?', sql, flags=re.I)}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with comments dropped and continuation lines joined."""
    logical: list[str] = []
    current = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        logical.append(current + stripped)
        current = ""
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def runtime_stage() -> list[tuple[str, str]]:
    """The instructions of the Dockerfile's last stage: the image that actually runs."""
    instructions = dockerfile_instructions()
    last_from = max(i for i, (op, _) in enumerate(instructions) if op == "FROM")
    return instructions[last_from:]


def kafka_listener(protocol_name: str) -> str:
    listeners = environment(compose_service("kafka"))["KAFKA_ADVERTISED_LISTENERS"].split(",")
    by_name = dict(listener.split("://", 1) for listener in listeners)
    return by_name[protocol_name]


by_name = pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)


# --- the services start as they do in the stack --------------------------------------------------


@by_name
def test_every_service_starts_in_compose_as_it_does_in_the_stack(service: ServiceProcess) -> None:
    in_compose = compose_service(service.name)
    assert in_compose["command"] == service.command
    assert in_compose.get("build"), "every Shuniu service is built from the project's Dockerfile"


@by_name
def test_every_service_gets_exactly_the_variables_the_stack_gives_it(service: ServiceProcess) -> None:
    env = environment(compose_service(service.name))
    assert sorted(env) == sorted({*service.environment_names, *WHILE_ROTATING.get(service.name, ())})
    assert env["SHUNIU_SERVICE"] == service.name


@by_name
def test_every_service_listens_on_its_stack_port_on_all_interfaces(service: ServiceProcess) -> None:
    in_compose = compose_service(service.name)
    env = environment(in_compose)
    assert int(env["SHUNIU_HTTP_PORT"]) == service.port
    assert env["SHUNIU_HTTP_HOST"] == "0.0.0.0", "on loopback no other container could reach it"
    opened = [*(in_compose.get("expose") or []), *(in_compose.get("ports") or [])]
    assert opened, f"{service.name} opens no port"
    assert {container_port(entry) for entry in opened} == {service.port}


def test_compose_runs_no_shuniu_service_the_stack_does_not_know() -> None:
    built_here = {name for name, spec in compose()["services"].items() if spec.get("build")}
    assert built_here == {service.name for service in SERVICES}


def test_every_shuniu_service_runs_an_image_of_its_own_built_for_it() -> None:
    """One image per service (the Dockerfile with SERVICE=<service>), so a department's service is
    rebuilt and redeployed alone; tests/deploy/test_images.py checks what each one holds."""
    built = {name: spec for name, spec in compose()["services"].items() if spec.get("build")}
    for name, spec in built.items():
        assert spec["build"]["context"] == ".", f"{name} is built from the project's Dockerfile"
        assert spec["build"]["args"]["SERVICE"] == name
        assert spec["image"].split(":")[0] == f"shuniu-{name}"


# --- what is reachable, and in what order things start ---------------------------------------------


def test_only_the_gateway_and_the_front_door_are_published_to_the_network() -> None:
    ways_in = {"gateway": 8000, "front-door": FRONT_DOOR_PORT}
    for name, spec in compose()["services"].items():
        for entry in published(spec):
            if name in ways_in:
                assert container_port(entry) == ways_in[name]
            else:
                assert entry.startswith("127.0.0.1:"), f"{name} publishes {entry} beyond loopback"
    assert published(compose_service("gateway")), "the gateway is the way in: it must be published"


@by_name
def test_every_service_waits_for_healthy_infrastructure(service: ServiceProcess) -> None:
    needs = depends_on(compose_service(service.name))
    assert needs.get("kafka") == "service_healthy"
    if service.owns_database:
        assert needs.get("postgres") == "service_healthy"
    for dependency, condition in needs.items():
        if condition == "service_healthy" and "build" not in compose_service(dependency):
            assert compose_service(dependency).get("healthcheck"), f"{dependency} can never be healthy"


@by_name
def test_every_service_reaches_kafka_on_its_internal_listener(service: ServiceProcess) -> None:
    env = environment(compose_service(service.name))
    assert env["SHUNIU_KAFKA_BOOTSTRAP"] == kafka_listener("PLAINTEXT")


def test_kafka_keeps_events_forever_and_creates_topics_with_three_partitions() -> None:
    kafka = compose_service("kafka")
    env = environment(kafka)
    assert kafka["image"].startswith("apache/kafka:4.1.")
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_LOG_RETENTION_MS"] == "-1"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "true"
    assert env["KAFKA_NUM_PARTITIONS"] == "3"
    assert any(volume.endswith(":" + env["KAFKA_LOG_DIRS"]) for volume in kafka["volumes"]), (
        "the event log must outlive the container"
    )


# --- databases -------------------------------------------------------------------------------------


@by_name
def test_every_database_a_service_expects_is_created_by_the_init_script(service: ServiceProcess) -> None:
    env = environment(compose_service(service.name))
    if not service.owns_database:
        assert "SHUNIU_DATABASE_URL" not in env
        return
    url = env["SHUNIU_DATABASE_URL"]
    assert urlsplit(url).hostname == "postgres"
    assert database_name(url) in created_databases()


def test_no_two_services_share_a_database() -> None:
    names = [
        database_name(environment(compose_service(s.name))["SHUNIU_DATABASE_URL"])
        for s in SERVICES
        if s.owns_database
    ]
    assert len(names) == len(set(names))


def test_postgres_runs_the_init_script_on_first_start() -> None:
    mounts = compose_service("postgres")["volumes"]
    assert any(m.startswith("./deploy/postgres-init.sql:/docker-entrypoint-initdb.d/") for m in mounts)


# --- the image -------------------------------------------------------------------------------------


def test_the_image_healthcheck_asks_for_liveness() -> None:
    healthchecks = [args for op, args in runtime_stage() if op == "HEALTHCHECK"]
    assert len(healthchecks) == 1, "the runtime stage has one HEALTHCHECK"
    urls = re.findall(r"http://[^'\"\s]+", healthchecks[0])
    assert urls, "the healthcheck requests a URL"
    assert all(urlsplit(url).path == LIVENESS_PATH for url in urls)


def test_the_path_the_image_healthcheck_asks_for_is_served_by_every_service_app() -> None:
    """Every service's app comes from `create_service_app`, so that is where /healthz must exist."""
    healthcheck = next(args for op, args in runtime_stage() if op == "HEALTHCHECK")
    paths = {urlsplit(url).path for url in re.findall(r"http://[^'\"\s]+", healthcheck)}
    app = create_service_app(Settings(service="documents"), title="healthcheck probe")
    served = {getattr(route, "path", None) for route in app.routes}
    assert paths and paths <= served


@by_name
def test_the_image_on_its_own_runs_the_service_it_was_built_for(service: ServiceProcess) -> None:
    """`docker run` of a service's image without a command starts what compose starts explicitly."""
    environment = " ".join(args for op, args in runtime_stage() if op == "ENV").split()
    assert "SHUNIU_SERVICE=${SERVICE}" in environment, "the image runs the service it was built for"
    cmd = json.loads(next(args for op, args in reversed(runtime_stage()) if op == "CMD"))
    assert cmd[:2] == ["sh", "-c"]
    argv = shlex.split(cmd[2].replace("${SHUNIU_SERVICE}", service.name))
    assert argv[0] == "exec" and argv[1:] == service.command


def test_the_image_does_not_run_as_root() -> None:
    users = [args.split(":")[0] for op, args in runtime_stage() if op == "USER"]
    assert users and users[-1] not in {"root", "0"}


# --- the gateway reaches every service ---------------------------------------------------------------


def test_the_gateway_forwards_to_each_service_at_its_container_and_port() -> None:
    gateway = next(service for service in SERVICES if service.name == "gateway")
    env = environment(compose_service("gateway"))
    assert set(gateway.routes_to) == {service.name for service in SERVICES if service.owns_database}
    for upstream in gateway.routes_to:
        target = urlsplit(env[ServiceProcess.upstream_variable(upstream)])
        assert (target.hostname, target.port) == (upstream, SERVICE_PORTS[upstream])


def test_the_front_door_runs_the_gateways_configuration_and_reaches_each_service_at_its_container() -> None:
    front_door = compose_service("front-door")
    assert front_door["image"].startswith("haproxy:2.6")
    mounted = {volume.split(":")[0] for volume in front_door["volumes"]}
    assert "./" + FRONT_DOOR_CONFIG.relative_to(ROOT).as_posix() in mounted
    # The file mounted is the one the gateway's tables write today (front_door.py).
    assert FRONT_DOOR_CONFIG.read_text(encoding="utf-8") == haproxy_config(Settings(service="gateway"))
    env = environment(front_door)
    assert env[address_variable("gateway")] == f"gateway:{SERVICE_PORTS['gateway']}"
    for service in SERVICES:
        if service.owns_database:
            assert env[address_variable(service.name)] == f"{service.name}:{service.port}"
    assert REQUIRED.match(front_door["environment"]["SHUNIU_JWT_SECRET"]), (
        "the secret is required, not shipped"
    )


def test_the_stack_points_the_gateway_at_each_service_on_loopback() -> None:
    gateway = next(service for service in SERVICES if service.name == "gateway")
    env = service_environment(gateway, None, "127.0.0.1:59092")
    for upstream in gateway.routes_to:
        assert (
            env[ServiceProcess.upstream_variable(upstream)] == f"http://127.0.0.1:{SERVICE_PORTS[upstream]}"
        )


# --- nothing secret ships, and production is the default (issue 17, finding 7) -----------------------

REQUIRED = re.compile(r"^\$\{(?P<name>[A-Z_]+):\?(?P<message>[^}]+)\}$")


@by_name
def test_compose_requires_the_secrets_instead_of_shipping_a_default(service: ServiceProcess) -> None:
    raw = compose_service(service.name)["environment"]
    secrets = ["SHUNIU_JWT_SECRET"] + (
        ["SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"] if service.name == "reception" else []
    )
    for name in secrets:
        required = REQUIRED.match(str(raw[name]))
        assert required, f"{service.name}: {name} must be required from the environment, not defaulted"
        assert required["name"] == name and name in required["message"], "the message names what to set"


def test_the_previous_master_key_is_passed_through_only_when_given_and_never_defaulted() -> None:
    """Rotating reception's master key (docs/deploy.md): `docker compose up` without the old key
    gives the service none (an empty value is no previous key), with it gives exactly that."""
    raw = str(compose_service("reception")["environment"][PREVIOUS_KEK_VARIABLE])
    assert raw == f"${{{PREVIOUS_KEK_VARIABLE}:-}}", "from the environment alone, empty when unset"
    assert with_defaults(raw) == ""
    for service in SERVICES:
        if service.name != "reception":
            assert PREVIOUS_KEK_VARIABLE not in environment(compose_service(service.name))


@by_name
def test_compose_runs_in_production_with_the_demo_sign_in_off(service: ServiceProcess) -> None:
    env = environment(compose_service(service.name))
    assert env["SHUNIU_ENV"] == "production"
    assert Settings(env=env["SHUNIU_ENV"]).development is False
    if service.name == "gateway":
        assert env["SHUNIU_DEMO_SIGN_IN"] == "false"


def test_make_dev_and_the_stack_run_in_development_with_the_demo_sign_in() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    dev_recipe = makefile.split("\ndev:", 1)[1].split("\n\n", 1)[0]
    assert "SHUNIU_ENV=development" in dev_recipe and "SHUNIU_DEMO_SIGN_IN=true" in dev_recipe
    gateway = next(service for service in SERVICES if service.name == "gateway")
    stack = service_environment(gateway, None, "127.0.0.1:59092")
    assert (stack["SHUNIU_ENV"], stack["SHUNIU_DEMO_SIGN_IN"]) == ("development", "true")
