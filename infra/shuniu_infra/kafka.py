"""Apache Kafka 4.1 on loopback (KRaft, broker and controller in one JVM per node): a single node for
the tests and the default stack, or a cluster of several (`KafkaCluster`, `make stack BROKERS=3`).

Kafka's jars come from Maven Central through the small pom in `infra/kafka/`, fetched once into a
cache; the broker runs straight from them with `java -cp`, with no Kafka distribution installed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, NoReturn

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError as ClientError
from aiokafka.errors import TopicAlreadyExistsError, for_code
from shuniu_shared.kafka import TOPIC_PARTITIONS

from shuniu_infra.maven import MavenFetchError, ensure_maven_jars, maven_jars_cached
from shuniu_infra.support import Server, free_loopback_ports, run_blocking, tail, terminate

KAFKA_VERSION = "4.1.1"
KAFKA_POM = Path(__file__).resolve().parents[1] / "kafka" / "pom.xml"
START_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 30.0
STARTED_LOG_LINE = "Kafka Server started"
# One node's heap: the usual size alone, smaller in a cluster, which runs several JVMs on one machine
# (2 cores, shared) where each node holds a fraction of a developer's data.
SINGLE_NODE_HEAP = ("-Xms256M", "-Xmx512M")
CLUSTER_NODE_HEAP = ("-Xms128M", "-Xmx256M")


class KafkaError(RuntimeError):
    pass


def kafka_libs_dir() -> Path:
    if configured := os.environ.get("SHUNIU_KAFKA_LIBS"):
        return Path(configured).expanduser().resolve()
    return Path.home() / ".cache" / "shuniu" / f"kafka-{KAFKA_VERSION}" / "libs"


def class_archive_path(libs: Path) -> Path:
    """Where the broker's class-data-sharing archive for this `java` is kept: beside the jars (so a
    new fetch drops it with them) and named after the java binary (an archive only fits the JVM and
    jars that wrote it; any other JVM ignores it, warning "Unable to use shared archive", and starts
    slowly again)."""
    java = Path(_java()).resolve()
    identity = f"{java}:{java.stat().st_size}:{java.stat().st_mtime_ns}"
    return libs / f"broker-{hashlib.sha256(identity.encode()).hexdigest()[:12]}.jsa"


def ensure_class_archive() -> Path:
    """Makes the class-data-sharing archive once per machine, by starting and stopping a throwaway
    broker that dumps the classes it loaded at exit (Java 17: -XX:ArchiveClassesAtExit). Every
    broker, and the storage formatting, then maps those classes instead of loading and verifying
    them from the jars: they come up about twice as fast (see docs/infrastructure.md)."""
    archive = class_archive_path(ensure_kafka_jars())
    if archive.exists():
        return archive
    # Dumped under a name of its own and renamed: a broker starting meanwhile never maps half a file.
    partial = archive.with_name(f".{archive.name}.{os.getpid()}.partial")
    try:
        with tempfile.TemporaryDirectory(prefix="shuniu-kafka-cds-") as scratch:
            trainer = KafkaBroker(Path(scratch), jvm_options=[f"-XX:ArchiveClassesAtExit={partial}"])
            with trainer:
                pass
            if not partial.exists():
                raise KafkaError(f"the JVM wrote no class archive:\n{tail(trainer.output_path)}")
        os.replace(partial, archive)
    finally:
        partial.unlink(missing_ok=True)
    return archive


def kafka_jars_cached() -> bool:
    return maven_jars_cached(KAFKA_POM, kafka_libs_dir())


def ensure_kafka_jars() -> Path:
    """The directory holding Kafka's jars, fetched with Maven first if the cache lacks them."""
    try:
        return ensure_maven_jars(KAFKA_POM, kafka_libs_dir())
    except MavenFetchError as failure:
        raise KafkaError(f"Kafka's jars: {failure}") from failure


class KafkaBroker(Server):
    """One combined broker+controller under `base_dir`: `data/` (formatted once), the config files,
    `kafka.log` (log4j, WARN and up plus the start-up line) and `kafka.out` (the JVM's own output).

    Ports and data survive stop()/start(), so a test can take the broker away and bring it back."""

    def __init__(
        self,
        base_dir: Path,
        port: int | None = None,
        controller_port: int | None = None,
        *,
        jvm_options: Sequence[str] = (),
        settings: Mapping[str, str] | None = None,
        node_id: int = 1,
        voters: Mapping[int, int] | None = None,
        cluster_id: str | None = None,
    ) -> None:
        self.base_dir = Path(base_dir).resolve()
        if port is None or controller_port is None:
            port, controller_port = free_loopback_ports(2)
        self.port = port
        self.controller_port = controller_port
        self.node_id = node_id
        # A cluster's controllers by node id → controller port (a static quorum); None: this node alone.
        self.voters = dict(voters) if voters is not None else None
        self.cluster_id = cluster_id
        self.data_dir = self.base_dir / "data"
        self.config_path = self.base_dir / "server.properties"
        self.log_config_path = self.base_dir / "log4j2.properties"
        self.log_path = self.base_dir / "kafka.log"
        self.output_path = self.base_dir / "kafka.out"
        self.jvm_options = list(jvm_options)
        self.extra_settings = dict(settings or {})  # server.properties beyond (or instead of) the usual
        self._process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self.is_running() else None

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Starts the broker (formatting its storage on first use) and returns once it answers a
        metadata request; raises with the log's tail if it does not within `timeout` seconds."""
        if self.is_running():
            return
        libs = ensure_kafka_jars()
        self.write_config()
        self._format_storage_once(libs)
        # The log is appended to across restarts: only what this start writes may count as "started".
        log_start = self.log_path.stat().st_size if self.log_path.exists() else 0
        self._output = self.output_path.open("ab")
        deadline = time.monotonic() + timeout
        self._process = subprocess.Popen(
            _java_command(
                libs,
                *(SINGLE_NODE_HEAP if self.voters is None else CLUSTER_NODE_HEAP),
                "-XX:+UseG1GC",
                *self.jvm_options,
                f"-Dlog4j2.configurationFile={self.log_config_path}",
                "kafka.Kafka",
                str(self.config_path),
            ),
            stdin=subprocess.DEVNULL,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            cwd=self.base_dir,
            # Its own session: Ctrl-C in a terminal reaches only our process, which then stops the
            # broker in its turn (after the services that use it).
            start_new_session=True,
        )
        try:
            self._wait_until_started(log_start, deadline)
        except BaseException:
            self.stop()
            raise

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        """Shuts the broker down cleanly (SIGTERM), killing it if it has not exited within `timeout`."""
        terminate(self._process, timeout)
        self._process = None
        if self._output is not None:
            self._output.close()
            self._output = None

    def kill(self) -> None:
        """SIGKILL, as a crash or the OOM killer would: no clean shutdown, no flush of its log."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait()
        self.stop()

    def create_topic(self, name: str, partitions: int = TOPIC_PARTITIONS) -> None:
        create_topic(self.bootstrap, name, partitions)

    def write_config(self) -> None:
        """server.properties and the log4j2 file, as the next start() uses them."""
        self.base_dir.mkdir(parents=True, exist_ok=True)
        settings = (
            broker_settings(self.node_id, self.port, self.controller_port, self.data_dir, self.voters)
            | self.extra_settings
        )
        self.config_path.write_text("".join(f"{key}={value}\n" for key, value in settings.items()))
        self.log_config_path.write_text(_LOG4J2_PROPERTIES.format(log_path=self.log_path))

    def _format_storage_once(self, libs: Path) -> None:
        if (self.data_dir / "meta.properties").exists():
            return  # formatting again would fail ("already formatted") and must not wipe data anyway
        formatted = subprocess.run(
            _java_command(
                libs,
                "kafka.tools.StorageTool",
                "format",
                # A cluster's quorum is the static controller.quorum.voters of its config, which
                # StorageTool refuses alongside --standalone.
                *(["--standalone"] if self.voters is None else []),
                f"--cluster-id={self.cluster_id or new_cluster_id()}",
                "--config",
                str(self.config_path),
            ),
            capture_output=True,
            text=True,
            cwd=self.base_dir,
            check=False,
        )
        if formatted.returncode != 0:
            raise KafkaError(f"formatting {self.data_dir} failed:\n{formatted.stdout}{formatted.stderr}")

    def _wait_until_started(self, log_start: int, deadline: float) -> None:
        while STARTED_LOG_LINE not in self._log_since(log_start):
            if not self.is_running():
                assert self._process is not None
                self._fail(f"the broker exited with code {self._process.returncode}", log_start)
            if time.monotonic() > deadline:
                self._fail("the broker did not log that it started in time", log_start)
            time.sleep(0.1)
        try:
            run_blocking(_wait_for_metadata(self.bootstrap, deadline))
        except (ClientError, TimeoutError) as error:
            self._fail(f"the broker started but answers no metadata request: {error!r}", log_start)

    def _log_since(self, log_start: int) -> str:
        if not self.log_path.exists():
            return ""
        with self.log_path.open("rb") as log:
            log.seek(log_start)
            return log.read().decode(errors="replace")

    def _fail(self, reason: str, log_start: int) -> NoReturn:
        # Java stack frames bury the one line that says what went wrong ("Caused by: ...").
        messages = [
            line
            for line in self._log_since(log_start).splitlines()
            if not line.startswith("\tat ") and not line.startswith("\t... ")
        ]
        raise KafkaError(
            f"Kafka on {self.bootstrap}: {reason}\n"
            f"--- {self.log_path} (this start, without stack frames) ---\n" + "\n".join(messages[-40:]) + "\n"
            f"--- {self.output_path} ---\n{tail(self.output_path)}"
        )


def broker_settings(
    node_id: int, port: int, controller_port: int, data_dir: Path, voters: Mapping[int, int] | None
) -> dict[str, str]:
    """One node's server.properties: alone (`voters` None) it is its own quorum and every internal
    topic has one replica; in a cluster of n nodes the quorum is the static list of all n
    controllers and every topic gets min(n, 3) replicas, of which min(n, 3) - 1 must have a write
    before the producer's acks=all is answered, so one node can die without losing an acknowledged
    record and without stopping writes."""
    listeners = f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}"
    replicas = 1 if voters is None else min(len(voters), 3)
    in_sync = max(1, replicas - 1)
    quorum = (
        {"controller.quorum.bootstrap.servers": f"127.0.0.1:{controller_port}"}
        if voters is None
        else {
            "controller.quorum.voters": ",".join(
                f"{node}@127.0.0.1:{voter_port}" for node, voter_port in sorted(voters.items())
            )
        }
    )
    return {
        "process.roles": "broker,controller",
        "node.id": str(node_id),
        "listeners": listeners,
        "advertised.listeners": listeners,
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        **quorum,
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data_dir),
        "default.replication.factor": str(replicas),
        "min.insync.replicas": str(in_sync),
        "offsets.topic.replication.factor": str(replicas),
        "transaction.state.log.replication.factor": str(replicas),
        "transaction.state.log.min.isr": str(in_sync),
        "share.coordinator.state.topic.replication.factor": str(replicas),
        "share.coordinator.state.topic.min.isr": str(in_sync),
        # The 3 s default delays every consumer group's first join, i.e. every test.
        "group.initial.rebalance.delay.ms": "0",
        "num.partitions": str(TOPIC_PARTITIONS),
        "auto.create.topics.enable": "true",
        # Event topics are history: never delete old segments.
        "log.retention.ms": "-1",
    }


class KafkaCluster:
    """`size` combined broker+controller nodes under `base_dir/node-<id>/`, one cluster id (kept in
    `base_dir/cluster-id`, so a node formatted later joins the same cluster), a static quorum.

    Nodes are started together: each waits for the quorum, which needs a majority of them up."""

    def __init__(self, base_dir: Path, ports: Sequence[tuple[int, int]]) -> None:
        self.base_dir = Path(base_dir).resolve()
        id_file = self.base_dir / "cluster-id"
        self.base_dir.mkdir(parents=True, exist_ok=True)
        if not id_file.exists():
            id_file.write_text(new_cluster_id())
        cluster_id = id_file.read_text().strip()
        voters = {node: controller for node, (_, controller) in enumerate(ports, start=1)}
        self.brokers = [
            KafkaBroker(
                self.base_dir / f"node-{node}",
                port,
                controller,
                node_id=node,
                voters=voters,
                cluster_id=cluster_id,
            )
            for node, (port, controller) in enumerate(ports, start=1)
        ]

    @property
    def bootstrap(self) -> str:
        return ",".join(broker.bootstrap for broker in self.brokers)

    @property
    def pids(self) -> list[int]:
        return [pid for broker in self.brokers if (pid := broker.pid) is not None]

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        failures = [error for error in _on_every(self.brokers, "start", timeout) if error is not None]
        if failures:
            self.stop()
            raise failures[0]

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        # Together too: the last nodes of a cluster stopped one by one would wait for a quorum that
        # the first ones took away.
        _on_every(self.brokers, "stop", timeout)


def _on_every(brokers: Sequence[KafkaBroker], method: str, *arguments: float) -> list[BaseException | None]:
    async def together() -> list[BaseException | None]:
        outcomes = await asyncio.gather(
            *(asyncio.to_thread(getattr(broker, method), *arguments) for broker in brokers),
            return_exceptions=True,
        )
        return [outcome if isinstance(outcome, BaseException) else None for outcome in outcomes]

    return run_blocking(together())


def create_topic(bootstrap: str, name: str, partitions: int = TOPIC_PARTITIONS) -> None:
    """Creates a topic with one replica; one that exists already is left as it is."""
    run_blocking(_create_topic(bootstrap, name, partitions))


def new_cluster_id() -> str:
    """What `kafka-storage random-uuid` prints: 16 random bytes in URL-safe base64 without padding.
    Never starting with '-', which StorageTool's argument parser would take for an option."""
    while True:
        cluster_id = base64.urlsafe_b64encode(secrets.token_bytes(16)).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


async def _wait_for_metadata(bootstrap: str, deadline: float) -> None:
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
        try:
            await admin.start()
            await admin.describe_cluster()
            return
        except ClientError:
            if time.monotonic() > deadline:
                raise
        finally:
            await admin.close()
        await asyncio.sleep(0.2)


async def _create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        await admin.start()
        response = await admin.create_topics([NewTopic(name, partitions, replication_factor=1)])
    finally:
        await admin.close()
    for topic, error_code, message in response.topic_errors:
        error = for_code(error_code)
        if error_code and error is not TopicAlreadyExistsError:
            raise error(f"could not create topic {topic}: {message}")


def _java_command(libs: Path, *arguments: str) -> list[str]:
    """`java` on Kafka's jars, mapping the class archive when there is one."""
    archive = class_archive_path(libs)
    sharing = [f"-XX:SharedArchiveFile={archive}"] if archive.exists() else []
    return [_java(), *sharing, "-cp", f"{libs}/*", *arguments]


def _java() -> str:
    if java_home := os.environ.get("JAVA_HOME"):
        return str(Path(java_home) / "bin" / "java")
    if java := shutil.which("java"):
        return java
    raise KafkaError("Java 17+ is needed to run Kafka: set JAVA_HOME or put `java` on PATH")


_LOG4J2_PROPERTIES = """\
# Written by shuniu_infra.kafka. Kafka's poms carry no log4j2 configuration: without one the broker
# prints only errors. WARN keeps the file small; KafkaRaftServer at INFO logs "Kafka Server started",
# which the launcher waits for.
status = warn
# Kafka stops on its own shutdown hook; log4j's would race it and print "Unable to register Log4j
# shutdown hook because JVM is shutting down" at every stop.
shutdownHook = disable
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = {log_path}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.file.ref = FILE
logger.started.name = kafka.server.KafkaRaftServer
logger.started.level = INFO
"""
