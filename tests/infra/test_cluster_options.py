"""`make stack BROKERS=3 REPLICAS=2`: what each Kafka node is configured with and where each replica
of a service listens and forwards, checked without starting a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from shuniu_infra.kafka import KafkaCluster, broker_settings
from shuniu_infra.services import SERVICES
from shuniu_infra.stack import kafka_node_ports, replica_port, replicas_of, service_environment, stack_kafka
from shuniu_shared.settings import SERVICE_PORTS


def _properties(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if line)


def test_a_single_node_is_its_own_quorum_with_one_replica_of_everything(tmp_path: Path) -> None:
    settings = broker_settings(1, 59092, 59093, tmp_path, None)

    assert settings["controller.quorum.bootstrap.servers"] == "127.0.0.1:59093"
    assert "controller.quorum.voters" not in settings
    assert settings["default.replication.factor"] == "1"
    assert settings["min.insync.replicas"] == "1"
    assert settings["offsets.topic.replication.factor"] == "1"


def test_each_node_of_three_knows_the_whole_quorum_and_keeps_three_copies_two_in_sync(tmp_path: Path) -> None:
    cluster = KafkaCluster(tmp_path, kafka_node_ports(3))
    for broker in cluster.brokers:
        broker.write_config()  # what start() writes before it formats and launches the node

    configs = [_properties(broker.config_path) for broker in cluster.brokers]
    assert [c["node.id"] for c in configs] == ["1", "2", "3"]
    assert {c["controller.quorum.voters"] for c in configs} == {
        "1@127.0.0.1:59093,2@127.0.0.1:59103,3@127.0.0.1:59113"
    }
    assert all("controller.quorum.bootstrap.servers" not in c for c in configs), "StorageTool refuses both"
    assert [c["listeners"] for c in configs] == [
        f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{port + 1}" for port in (59092, 59102, 59112)
    ]
    for c in configs:
        assert c["default.replication.factor"] == "3"
        assert c["min.insync.replicas"] == "2"
        assert c["offsets.topic.replication.factor"] == "3"
        assert c["transaction.state.log.replication.factor"] == "3"
        assert c["transaction.state.log.min.isr"] == "2"
    assert len({str(broker.data_dir) for broker in cluster.brokers}) == 3
    assert len({broker.cluster_id for broker in cluster.brokers}) == 1, "one cluster, not three"
    assert cluster.bootstrap == "127.0.0.1:59092,127.0.0.1:59102,127.0.0.1:59112"


def test_a_cluster_keeps_its_id_between_runs_so_a_node_formatted_later_joins_it(tmp_path: Path) -> None:
    first = KafkaCluster(tmp_path, kafka_node_ports(3)).brokers[0].cluster_id
    assert KafkaCluster(tmp_path, kafka_node_ports(3)).brokers[2].cluster_id == first


def test_a_cluster_never_reuses_the_single_brokers_data(tmp_path: Path) -> None:
    single, cluster = stack_kafka(tmp_path, 1), stack_kafka(tmp_path, 3)
    assert isinstance(cluster, KafkaCluster)
    assert all(single.base_dir not in broker.base_dir.parents for broker in cluster.brokers)
    assert all(broker.base_dir != single.base_dir for broker in cluster.brokers)


def test_two_replicas_of_every_service_each_on_its_own_port() -> None:
    replicas = replicas_of(2)

    assert len(replicas) == 2 * len(SERVICES)
    assert len({r.port for r in replicas}) == len(replicas)
    assert {r.name for r in replicas if r.service.name == "documents"} == {"documents.1", "documents.2"}
    assert replica_port("documents", 1) == SERVICE_PORTS["documents"] + 100
    assert [r.name for r in replicas_of(1)] == [s.name for s in SERVICES], "one replica keeps its plain name"


def test_gateway_two_forwards_to_replica_two_of_every_service() -> None:
    gateway = next(s for s in SERVICES if s.name == "gateway")

    env = service_environment(gateway, None, "127.0.0.1:59092,127.0.0.1:59102", replica=1)

    assert env["SHUNIU_HTTP_PORT"] == str(SERVICE_PORTS["gateway"] + 100)
    for upstream in gateway.routes_to:
        assert env[gateway.upstream_variable(upstream)] == f"http://127.0.0.1:{SERVICE_PORTS[upstream] + 100}"
    assert env["SHUNIU_KAFKA_BOOTSTRAP"] == "127.0.0.1:59092,127.0.0.1:59102"


@pytest.mark.parametrize("count", [0, -1])
def test_no_stack_without_a_broker_or_a_replica(count: int) -> None:
    with pytest.raises(ValueError):
        kafka_node_ports(count)
    with pytest.raises(ValueError):
        replicas_of(count)
