"""The chart's front door (frontDoor.enabled): HAProxy with the gateway's own configuration as a
ConfigMap, the ingress going to it, and the network letting it reach the gateway and the services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shuniu_gateway.front_door import address_variable, haproxy_config
from shuniu_infra.services import SERVICES
from shuniu_shared.settings import Settings

from tests.deploy.chart import CHART, Rendered, all_schema_errors, container, environment, lint, render

FRONT_DOOR: dict[str, Any] = {"frontDoor": {"enabled": True}}


@pytest.fixture(scope="module")
def with_front_door(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return render(tmp_path_factory.mktemp("helm"), FRONT_DOOR)


def test_lint_passes_and_every_object_is_valid_with_the_front_door(
    with_front_door: Rendered, tmp_path: Path
) -> None:
    assert "0 chart(s) failed" in lint(tmp_path, FRONT_DOOR)
    assert all_schema_errors(with_front_door) == []


def test_the_front_door_runs_the_configuration_the_gateway_writes(with_front_door: Rendered) -> None:
    config = with_front_door.named("ConfigMap", "shuniu-front-door")["data"]["haproxy.cfg"]
    assert config == (CHART / "files" / "haproxy.cfg").read_text(encoding="utf-8")
    assert config == haproxy_config(Settings(service="gateway"))


def test_the_front_door_reaches_each_service_by_its_kubernetes_service_and_takes_the_token_secret(
    with_front_door: Rendered,
) -> None:
    env = environment(with_front_door.named("Deployment", "shuniu-front-door"))
    for service in SERVICES:
        assert env[address_variable(service.name)]["value"] == f"shuniu-{service.name}:{service.port}"
    assert "secretKeyRef" in env["SHUNIU_JWT_SECRET"]["valueFrom"]
    assert container(with_front_door.named("Deployment", "shuniu-front-door"))["image"].startswith(
        "haproxy:2.6"
    )


def test_with_the_front_door_the_ingress_goes_to_it_and_it_alone_besides_the_gateway_reaches_the_services(
    with_front_door: Rendered,
) -> None:
    (ingress,) = with_front_door.of_kind("Ingress")
    backends = [p["backend"]["service"]["name"] for r in ingress["spec"]["rules"] for p in r["http"]["paths"]]
    assert backends == ["shuniu-front-door"]
    documents = with_front_door.named("NetworkPolicy", "shuniu-documents")
    allowed = [peer["podSelector"]["matchLabels"] for peer in documents["spec"]["ingress"][0]["from"]]
    assert [labels["app.kubernetes.io/name"] for labels in allowed] == ["gateway", "front-door"]
