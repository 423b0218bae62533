"""The Helm chart (deploy/helm/shuniu) deploys the suite as `make stack` runs it, and its objects
are valid: `helm lint`, `helm template`, the Kubernetes schemas of one pinned version and the
Strimzi and CloudNativePG CRDs all pass with the default values and with an organisation's own
Kafka and PostgreSQL; a broken value makes them fail."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_shared.settings import SERVICE_PORTS

from tests.deploy.chart import (
    CHART,
    HelmFailed,
    Rendered,
    all_schema_errors,
    container,
    environment,
    lint,
    render,
    schema_errors,
    secret_references,
)

by_name = pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
OWNERS_OF_A_DATABASE = [service for service in SERVICES if service.owns_database]

# Set in production only, so SERVICES (which `make stack` and compose also read) leaves them out:
# reception's key-encryption key seals petitioners' personal data, and without it the service falls
# back to the public development key.
PRODUCTION_ONLY_VARIABLES = {"reception": {"SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"}}
# What `make stack` sets and a production pod must not: the demo people's sign-in.
DEVELOPMENT_ONLY_VARIABLES = {"gateway": {"SHUNIU_DEMO_SIGN_IN"}}
# Set only while an operator rotates reception's master key (docs/deploy.md), from a Secret the
# values name then and only then.
PREVIOUS_MASTER_KEY = "SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY"
WHILE_ROTATING: dict[str, Any] = {
    "secrets": {"receptionPreviousKeyEncryptionKey": {"existingSecret": "shuniu-reception-kek-2025"}}
}
ROTATION_JOB = "shuniu-reception-master-key-rotation"

# An organisation that brings its own Kafka and PostgreSQL, and names where they are.
OWN_KAFKA_AND_POSTGRES: dict[str, Any] = {
    "kafka": {
        "strimzi": {"enabled": False},
        "bootstrap": "kafka-0.bus.internal:9092,kafka-1.bus.internal:9092",
        "networkPolicyPeers": [{"ipBlock": {"cidr": "10.0.6.0/24"}}],
    },
    "postgres": {"cloudnativepg": {"enabled": False}},
    "services": {
        service.name: {
            "database": {
                "host": f"pg-{service.name}.db.internal",
                "existingSecret": f"{service.name}-db-login",
                "networkPolicyPeers": [{"ipBlock": {"cidr": f"10.0.5.{index}/32"}}],
            }
        }
        for index, service in enumerate(OWNERS_OF_A_DATABASE, start=10)
    },
    "objectStore": {"networkPolicyPeers": [{"ipBlock": {"cidr": "10.0.7.20/32"}}]},
}

BACKUPS_TO_OBJECT_STORAGE: dict[str, Any] = {
    "postgres": {
        "cloudnativepg": {
            "backup": {
                "enabled": True,
                "destinationPath": "s3://office-backups/postgres",
                "endpointURL": "https://s3.office.internal",
                "s3Credentials": {"existingSecret": "office-backup-keys"},
            }
        }
    }
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("helm")


@pytest.fixture(scope="module")
def by_default(workdir: Path) -> Rendered:
    return render(workdir)


@pytest.fixture(scope="module")
def with_own_kafka_and_postgres(workdir: Path) -> Rendered:
    return render(workdir, OWN_KAFKA_AND_POSTGRES)


def deployment_of(rendered: Rendered, service: ServiceProcess) -> dict[str, Any]:
    return rendered.named("Deployment", f"shuniu-{service.name}")


def pods_of(rendered: Rendered, service: ServiceProcess) -> dict[str, str]:
    return deployment_of(rendered, service)["spec"]["selector"]["matchLabels"]


def with_broken(values: dict[str, Any], path: str, broken: Any) -> dict[str, Any]:
    """`values` with the value at a dotted path replaced."""
    changed = copy.deepcopy(values)
    node = changed
    keys = path.split(".")
    while len(keys) > 1:
        node = node.setdefault(keys.pop(0), {})
    node[keys[0]] = broken
    return changed


# --- lint and template pass, and every object is valid ------------------------------------------------


def test_helm_lint_passes_with_the_default_values(workdir: Path) -> None:
    assert "1 chart(s) linted, 0 chart(s) failed" in lint(workdir)


def test_helm_lint_passes_when_the_organisation_brings_its_own_kafka_and_postgres(workdir: Path) -> None:
    assert "0 chart(s) failed" in lint(workdir, OWN_KAFKA_AND_POSTGRES)


def test_every_object_rendered_by_default_is_valid(by_default: Rendered) -> None:
    kinds = {obj["kind"] for obj in by_default.objects}
    assert {"Kafka", "KafkaNodePool", "Cluster"} <= kinds, "the CRD objects are among those checked"
    assert all_schema_errors(by_default) == []


def test_every_object_is_valid_with_the_organisations_own_kafka_and_postgres(
    with_own_kafka_and_postgres: Rendered,
) -> None:
    kinds = {obj["kind"] for obj in with_own_kafka_and_postgres.objects}
    assert not kinds & {"Kafka", "KafkaNodePool", "Cluster", "ScheduledBackup"}
    assert all_schema_errors(with_own_kafka_and_postgres) == []


def test_every_object_is_valid_with_backups_to_object_storage(workdir: Path) -> None:
    rendered = render(workdir, BACKUPS_TO_OBJECT_STORAGE)
    assert len(rendered.of_kind("ScheduledBackup")) == len(OWNERS_OF_A_DATABASE)
    for cluster in rendered.of_kind("Cluster"):
        store = cluster["spec"]["backup"]["barmanObjectStore"]
        assert store["destinationPath"] == "s3://office-backups/postgres"
        assert store["serverName"] == cluster["metadata"]["name"], "one folder per service's cluster"
    assert all_schema_errors(rendered) == []


# --- a broken value fails -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "named_in_the_error"),
    [
        ({"serviceDefaults": {"replicas": "two"}}, "/serviceDefaults/replicas"),
        ({"services": {"documents": {"port": 8001, "replicas": 0}}}, "/services/documents/replicas"),
        ({"secrets": {"jwt": {"existingSecret": ""}}}, "/secrets/jwt/existingSecret"),
        ({"secrets": {"receptionKeyEncryptionKey": {"existingSecret": None}}}, "existingSecret"),
        (
            {"secrets": {"receptionPreviousKeyEncryptionKey": {"key": ""}}},
            "receptionPreviousKeyEncryptionKey/key",
        ),
        ({"kafka": {"strimzi": {"replicas": 1}}}, "/kafka/strimzi/replicas"),
        ({"kafka": {"strimzi": {"config": {"min.insync.replicas": 1}}}}, "min.insync.replicas"),
        ({"services": {"archives": {"port": 8009}}}, "archives"),
    ],
    ids=[
        "replicas-two",
        "no-replicas",
        "no-jwt-secret",
        "no-kek-secret",
        "no-previous-kek-key",
        "one-broker",
        "min-isr-1",
        "unknown-service",
    ],
)
def test_a_broken_value_fails_lint_and_template_naming_it(
    workdir: Path, broken: dict[str, Any], named_in_the_error: str
) -> None:
    with pytest.raises(HelmFailed, match=re.escape(named_in_the_error)):
        lint(workdir, broken)
    with pytest.raises(HelmFailed, match=re.escape(named_in_the_error)):
        render(workdir, broken)


def test_own_kafka_without_its_address_fails_with_the_value_to_set(workdir: Path) -> None:
    values = with_broken(OWN_KAFKA_AND_POSTGRES, "kafka.bootstrap", "")
    with pytest.raises(HelmFailed, match=r"kafka\.bootstrap"):
        render(workdir, values)


def test_own_postgres_without_its_login_secret_fails_naming_the_service(workdir: Path) -> None:
    values = with_broken(OWN_KAFKA_AND_POSTGRES, "services.meetings.database", {"host": "pg.internal"})
    with pytest.raises(HelmFailed, match=r"services\.meetings\.database\.existingSecret"):
        render(workdir, values)


def test_a_misspelt_network_policy_rule_renders_but_fails_the_kubernetes_schema(workdir: Path) -> None:
    """The values' schema cannot know every Kubernetes field; the pinned Kubernetes schema does."""
    rendered = render(
        workdir, {"networkPolicy": {"extraEgress": [{"too": [{"ipBlock": {"cidr": "10.0.8.0/24"}}]}]}}
    )
    errors = all_schema_errors(rendered)
    assert errors and all(error.startswith("NetworkPolicy/") for error in errors)


def test_a_kafka_object_the_strimzi_crd_refuses_is_reported(by_default: Rendered) -> None:
    kafka = copy.deepcopy(by_default.of_kind("Kafka")[0])
    del kafka["spec"]["kafka"]["listeners"][0]["tls"]
    kafka["spec"]["kafka"]["listners"] = kafka["spec"]["kafka"].pop("listeners")
    errors = schema_errors(kafka)
    assert any("listeners" in error and "required" in error for error in errors)
    assert any("listners" in error for error in errors)


def test_a_postgres_cluster_the_cloudnativepg_crd_refuses_is_reported(by_default: Rendered) -> None:
    cluster = copy.deepcopy(by_default.of_kind("Cluster")[0])
    cluster["spec"]["instances"] = "two"
    assert any("instances" in error for error in schema_errors(cluster))


# --- each service runs as `make stack` runs it -------------------------------------------------------


def test_the_chart_runs_exactly_the_services_the_stack_runs(by_default: Rendered) -> None:
    assert {d["metadata"]["name"] for d in by_default.of_kind("Deployment")} == {
        f"shuniu-{service.name}" for service in SERVICES
    }


@by_name
def test_every_service_runs_the_stacks_command_on_its_port(
    by_default: Rendered, service: ServiceProcess
) -> None:
    deployment = deployment_of(by_default, service)
    assert container(deployment)["command"] == service.command
    assert [port["containerPort"] for port in container(deployment)["ports"]] == [service.port]
    the_service = by_default.named("Service", f"shuniu-{service.name}")
    assert the_service["spec"]["selector"] == pods_of(by_default, service)
    assert [port["port"] for port in the_service["spec"]["ports"]] == [service.port]


@by_name
def test_every_service_runs_its_own_image_at_the_charts_version(
    by_default: Rendered, service: ServiceProcess, workdir: Path
) -> None:
    """One image per service (the Dockerfile with SERVICE=<service>; tests/deploy/test_images.py)."""
    version = yaml.safe_load((CHART / "Chart.yaml").read_text(encoding="utf-8"))["appVersion"]
    assert container(deployment_of(by_default, service))["image"] == f"shuniu-{service.name}:{version}"
    pushed = render(workdir, {"image": {"repository": "registry.office.internal/shuniu", "tag": "0.2.0"}})
    assert container(deployment_of(pushed, service))["image"] == (
        f"registry.office.internal/shuniu-{service.name}:0.2.0"
    )


@by_name
def test_every_service_gets_the_stacks_variables_and_only_production_secrets_besides(
    by_default: Rendered, service: ServiceProcess
) -> None:
    env = environment(deployment_of(by_default, service))
    shuniu_names = {name for name in env if name.startswith("SHUNIU_")}
    expected = set(service.environment_names) - DEVELOPMENT_ONLY_VARIABLES.get(service.name, set())
    assert shuniu_names == expected | PRODUCTION_ONLY_VARIABLES.get(service.name, set())
    assert env["SHUNIU_ENV"]["value"] == "production"
    assert env["SHUNIU_SERVICE"]["value"] == service.name
    assert env["SHUNIU_HTTP_HOST"]["value"] == "0.0.0.0"
    assert int(env["SHUNIU_HTTP_PORT"]["value"]) == service.port


def test_with_an_identity_providers_keys_no_token_secret_is_needed(workdir: Path) -> None:
    jwks = "https://sso.office.gov.cn/realms/office/protocol/openid-connect/certs"
    rendered = render(workdir, {"auth": {"jwksUrl": jwks}})
    for service in SERVICES:
        env = environment(deployment_of(rendered, service))
        assert env["SHUNIU_JWT_JWKS_URL"]["value"] == jwks
        assert "SHUNIU_JWT_SECRET" not in env


@by_name
def test_every_service_keeps_two_replicas_through_drains_and_scales_on_cpu(
    by_default: Rendered, service: ServiceProcess
) -> None:
    name = f"shuniu-{service.name}"
    autoscaler = by_default.named("HorizontalPodAutoscaler", name)
    assert autoscaler["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": name,
    }
    assert autoscaler["spec"]["minReplicas"] >= 2
    assert "replicas" not in deployment_of(by_default, service)["spec"], "the autoscaler owns the count"
    budget = by_default.named("PodDisruptionBudget", name)
    assert budget["spec"]["selector"]["matchLabels"] == pods_of(by_default, service)
    assert budget["spec"]["maxUnavailable"] == 1


def test_without_the_autoscaler_each_deployment_asks_for_two_replicas(workdir: Path) -> None:
    rendered = render(workdir, {"serviceDefaults": {"autoscaling": {"enabled": False}}})
    assert not rendered.of_kind("HorizontalPodAutoscaler")
    assert {d["spec"]["replicas"] for d in rendered.of_kind("Deployment")} == {2}


@by_name
def test_every_service_is_probed_on_healthz_and_readyz_and_has_resources(
    by_default: Rendered, service: ServiceProcess
) -> None:
    the_container = container(deployment_of(by_default, service))
    assert the_container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert the_container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert the_container["resources"]["requests"]["cpu"] and the_container["resources"]["limits"]["memory"]


def test_the_gateway_forwards_to_each_services_kubernetes_service(by_default: Rendered) -> None:
    gateway = next(service for service in SERVICES if service.name == "gateway")
    env = environment(deployment_of(by_default, gateway))
    for upstream in gateway.routes_to:
        target = urlsplit(env[ServiceProcess.upstream_variable(upstream)]["value"])
        assert (target.hostname, target.port) == (f"shuniu-{upstream}", SERVICE_PORTS[upstream])
        by_default.named("Service", f"shuniu-{upstream}")


def test_the_gateway_alone_is_behind_the_ingress(by_default: Rendered) -> None:
    (ingress,) = by_default.of_kind("Ingress")
    backends = [
        path["backend"]["service"] for rule in ingress["spec"]["rules"] for path in rule["http"]["paths"]
    ]
    assert backends == [{"name": "shuniu-gateway", "port": {"name": "http"}}]
    assert by_default.named("Service", "shuniu-gateway")["spec"]["type"] == "ClusterIP"


# --- secrets by reference only ------------------------------------------------------------------------


def test_the_chart_holds_no_secret_only_references_to_existing_ones(by_default: Rendered) -> None:
    assert not by_default.of_kind("Secret")
    referenced = {ref["name"] for obj in by_default.objects for ref in secret_references(obj)}
    cloudnativepg_logins = {f"shuniu-{service.name}-db-app" for service in OWNERS_OF_A_DATABASE}
    assert referenced == {"shuniu-jwt", "shuniu-reception-kek", "shuniu-metrics"} | cloudnativepg_logins
    for deployment in by_default.of_kind("Deployment"):
        for name, entry in environment(deployment).items():
            if any(word in name for word in ("SECRET", "KEY", "PASSWORD", "TOKEN")):
                assert "value" not in entry, f"{name} is written into the chart instead of referenced"


# --- rotating reception's master key ------------------------------------------------------------------


def test_outside_a_rotation_no_previous_key_is_given_and_no_rotation_job_runs(by_default: Rendered) -> None:
    assert not by_default.of_kind("Job")
    for service in SERVICES:
        assert PREVIOUS_MASTER_KEY not in environment(deployment_of(by_default, service))


def test_while_rotating_reception_alone_gets_the_previous_key_from_its_secret(workdir: Path) -> None:
    rendered = render(workdir, WHILE_ROTATING)
    assert all_schema_errors(rendered) == []
    assert "0 chart(s) failed" in lint(workdir, WHILE_ROTATING)
    for service in SERVICES:
        env = environment(deployment_of(rendered, service))
        if service.name == "reception":
            assert env[PREVIOUS_MASTER_KEY]["valueFrom"]["secretKeyRef"] == {
                "name": "shuniu-reception-kek-2025",
                "key": "key-encryption-key",
            }
            assert env["SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"]["valueFrom"]["secretKeyRef"]["name"] == (
                "shuniu-reception-kek"
            ), "the current key stays where it was"
        else:
            assert PREVIOUS_MASTER_KEY not in env


def test_while_rotating_a_job_rewraps_the_keys_after_each_upgrade_with_receptions_own_settings(
    workdir: Path,
) -> None:
    rendered = render(workdir, WHILE_ROTATING)
    job = rendered.named("Job", ROTATION_JOB)
    hooks = set(job["metadata"]["annotations"]["helm.sh/hook"].split(","))
    assert hooks == {"post-install", "post-upgrade"}, "after the pods hold both keys, not before"
    pod = job["spec"]["template"]["spec"]
    assert pod["restartPolicy"] == "Never"
    (rotation,) = pod["containers"]
    reception = container(rendered.named("Deployment", "shuniu-reception"))
    assert rotation["command"] == [*reception["command"], "rotate-master-key"]
    assert rotation["image"] == reception["image"]
    assert rotation["env"] == reception["env"], "the same database, keys and settings as the service"


def test_the_rotation_job_reaches_what_reception_reaches_and_nothing_reaches_it(workdir: Path) -> None:
    for values in (WHILE_ROTATING, {**OWN_KAFKA_AND_POSTGRES, **WHILE_ROTATING}):
        rendered = render(workdir, values)
        job_pods = rendered.named("Job", ROTATION_JOB)["spec"]["template"]["metadata"]["labels"]
        policy = rendered.named("NetworkPolicy", ROTATION_JOB)
        assert policy["spec"]["podSelector"]["matchLabels"].items() <= job_pods.items()
        assert policy["spec"]["ingress"] == []
        reception = rendered.named("NetworkPolicy", "shuniu-reception")
        assert policy["spec"]["egress"] == reception["spec"]["egress"]
        reception_pods = rendered.named("Deployment", "shuniu-reception")["spec"]["selector"]["matchLabels"]
        assert not reception_pods.items() <= job_pods.items(), "the Job is no endpoint of reception's Service"


@pytest.mark.parametrize("service", OWNERS_OF_A_DATABASE, ids=lambda s: s.name)
def test_the_database_url_takes_its_login_from_the_secret_not_from_the_chart(
    by_default: Rendered, with_own_kafka_and_postgres: Rendered, service: ServiceProcess
) -> None:
    for rendered, host, secret in [
        (by_default, f"shuniu-{service.name}-db-rw", f"shuniu-{service.name}-db-app"),
        (with_own_kafka_and_postgres, f"pg-{service.name}.db.internal", f"{service.name}-db-login"),
    ]:
        env = environment(deployment_of(rendered, service))
        url = urlsplit(env["SHUNIU_DATABASE_URL"]["value"])
        assert url.scheme == "postgresql+asyncpg"
        assert (url.username, url.password) == ("$(DATABASE_USERNAME)", "$(DATABASE_PASSWORD)")
        assert (url.hostname, url.port, url.path) == (host, 5432, f"/{service.name}")
        names = [entry["name"] for entry in container(deployment_of(rendered, service))["env"]]
        assert names.index("DATABASE_PASSWORD") < names.index("SHUNIU_DATABASE_URL"), (
            "Kubernetes expands $(VAR) only from variables defined before it"
        )
        assert env["DATABASE_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"] == secret


# --- each service reaches only its own database, Kafka and the object store ---------------------------


def egress_peers(policy: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    return [
        (port["port"], peer)
        for rule in policy["spec"]["egress"]
        for port in rule["ports"]
        for peer in rule["to"]
    ]


@by_name
def test_every_egress_rule_names_both_port_and_destination(
    by_default: Rendered, with_own_kafka_and_postgres: Rendered, service: ServiceProcess
) -> None:
    for rendered in (by_default, with_own_kafka_and_postgres):
        policy = rendered.named("NetworkPolicy", f"shuniu-{service.name}")
        assert policy["spec"]["podSelector"]["matchLabels"] == pods_of(rendered, service)
        assert set(policy["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        for rule in policy["spec"]["egress"]:
            assert rule.get("ports") and rule.get("to"), f"an open egress rule: {rule}"


@pytest.mark.parametrize("service", OWNERS_OF_A_DATABASE, ids=lambda s: s.name)
def test_a_service_reaches_its_own_database_and_no_other(
    by_default: Rendered, service: ServiceProcess
) -> None:
    reached = [
        peer["podSelector"]["matchLabels"]["cnpg.io/cluster"]
        for port, peer in egress_peers(by_default.named("NetworkPolicy", f"shuniu-{service.name}"))
        if "cnpg.io/cluster" in peer.get("podSelector", {}).get("matchLabels", {})
    ]
    assert reached == [f"shuniu-{service.name}-db"]
    by_default.named("Cluster", reached[0])


@by_name
def test_a_service_reaches_the_kafka_brokers(by_default: Rendered, service: ServiceProcess) -> None:
    kafka = by_default.of_kind("Kafka")[0]["metadata"]["name"]
    assert (
        9092,
        {"podSelector": {"matchLabels": {"strimzi.io/cluster": kafka, "strimzi.io/broker-role": "true"}}},
    ) in (egress_peers(by_default.named("NetworkPolicy", f"shuniu-{service.name}")))


@by_name
def test_with_its_own_infrastructure_a_service_reaches_exactly_the_addresses_named(
    with_own_kafka_and_postgres: Rendered, service: ServiceProcess
) -> None:
    peers = egress_peers(with_own_kafka_and_postgres.named("NetworkPolicy", f"shuniu-{service.name}"))
    addresses = {(port, peer["ipBlock"]["cidr"]) for port, peer in peers if "ipBlock" in peer}
    expected = {(9092, "10.0.6.0/24")}
    if service.owns_database:
        database = OWN_KAFKA_AND_POSTGRES["services"][service.name]["database"]
        expected |= {(5432, database["networkPolicyPeers"][0]["ipBlock"]["cidr"]), (443, "10.0.7.20/32")}
    assert addresses == expected


def test_only_the_gateway_reaches_the_services_and_only_the_ingress_reaches_the_gateway(
    by_default: Rendered,
) -> None:
    gateway = next(service for service in SERVICES if service.name == "gateway")
    gateway_pods = pods_of(by_default, gateway)
    for service in SERVICES:
        (rule,) = by_default.named("NetworkPolicy", f"shuniu-{service.name}")["spec"]["ingress"]
        assert rule["ports"] == [{"port": service.port}]
        if service is gateway:
            assert rule["from"] == [
                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}
            ]
        else:
            assert rule["from"] == [{"podSelector": {"matchLabels": gateway_pods}}]
    reached_by_gateway = {
        (port, tuple(sorted(peer["podSelector"]["matchLabels"].items())))
        for port, peer in egress_peers(by_default.named("NetworkPolicy", "shuniu-gateway"))
        if "app.kubernetes.io/name" in peer.get("podSelector", {}).get("matchLabels", {})
    }
    assert reached_by_gateway == {
        (service.port, tuple(sorted(pods_of(by_default, service).items())))
        for service in OWNERS_OF_A_DATABASE
    }


# --- Kafka by Strimzi, PostgreSQL by CloudNativePG ----------------------------------------------------


def test_kafka_is_three_kraft_nodes_with_writes_on_two_of_three_replicas(by_default: Rendered) -> None:
    (kafka,) = by_default.of_kind("Kafka")
    (pool,) = by_default.of_kind("KafkaNodePool")
    assert pool["metadata"]["labels"]["strimzi.io/cluster"] == kafka["metadata"]["name"]
    assert pool["spec"]["replicas"] == 3
    assert set(pool["spec"]["roles"]) == {"controller", "broker"}, "KRaft: no ZooKeeper"
    config = kafka["spec"]["kafka"]["config"]
    assert config["default.replication.factor"] == 3
    assert config["min.insync.replicas"] == 2
    assert config["offsets.topic.replication.factor"] == 3
    assert config["log.retention.ms"] == -1, "the event topics are history"
    assert all(volume["deleteClaim"] is False for volume in pool["spec"]["storage"]["volumes"])


def test_every_service_uses_the_strimzi_bootstrap(by_default: Rendered) -> None:
    kafka = by_default.of_kind("Kafka")[0]
    (listener,) = kafka["spec"]["kafka"]["listeners"]
    for service in SERVICES:
        bootstrap = environment(deployment_of(by_default, service))["SHUNIU_KAFKA_BOOTSTRAP"]["value"]
        assert bootstrap == f"{kafka['metadata']['name']}-kafka-bootstrap:{listener['port']}"


def test_each_database_owner_gets_its_own_postgres_cluster_with_its_database(by_default: Rendered) -> None:
    clusters = {cluster["metadata"]["name"]: cluster for cluster in by_default.of_kind("Cluster")}
    assert set(clusters) == {f"shuniu-{service.name}-db" for service in OWNERS_OF_A_DATABASE}
    for service in OWNERS_OF_A_DATABASE:
        spec = clusters[f"shuniu-{service.name}-db"]["spec"]
        assert spec["bootstrap"]["initdb"] == {"database": service.name, "owner": service.name}
        assert spec["instances"] >= 2
        assert spec["enableSuperuserAccess"] is False


# --- restoring a service's database from its backups --------------------------------------------------


def restore_of(service: str, from_server_name: str, archive_as: str | None) -> dict[str, Any]:
    values = copy.deepcopy(BACKUPS_TO_OBJECT_STORAGE)
    cloudnativepg = values["postgres"]["cloudnativepg"]
    cloudnativepg["restore"] = {
        service: {"fromServerName": from_server_name, "targetTime": "2026-12-01T08:00:00Z"}
    }
    if archive_as:
        cloudnativepg["backup"]["serverNames"] = {service: archive_as}
    return values


def test_a_restored_cluster_replays_the_old_archive_to_the_moment_and_archives_anew(workdir: Path) -> None:
    rendered = render(workdir, restore_of("documents", "shuniu-documents-db", "shuniu-documents-db-2"))
    assert all_schema_errors(rendered) == []
    restored = rendered.named("Cluster", "shuniu-documents-db")["spec"]
    assert restored["bootstrap"] == {
        "recovery": {
            "source": "backup",
            "database": "documents",
            "owner": "documents",
            "recoveryTarget": {"targetTime": "2026-12-01T08:00:00Z"},
        }
    }
    (source,) = restored["externalClusters"]
    assert source["name"] == "backup"
    assert source["barmanObjectStore"]["serverName"] == "shuniu-documents-db"
    assert restored["backup"]["barmanObjectStore"]["serverName"] == "shuniu-documents-db-2"
    untouched = rendered.named("Cluster", "shuniu-meetings-db")["spec"]
    assert "initdb" in untouched["bootstrap"] and "externalClusters" not in untouched


def test_a_restored_cluster_may_not_archive_over_the_history_it_came_from(workdir: Path) -> None:
    with pytest.raises(HelmFailed, match=r"backup\.serverNames\.documents"):
        render(workdir, restore_of("documents", "shuniu-documents-db", archive_as=None))


def test_the_gateway_has_no_database_to_restore(workdir: Path) -> None:
    with pytest.raises(HelmFailed, match="gateway"):
        render(workdir, restore_of("gateway", "shuniu-gateway-db", "shuniu-gateway-db-2"))
