"""`python -m shuniu_infra COMMAND`: the project's own PostgreSQL and Kafka, without Docker.

fetch-kafka  fetch Kafka's jars into the cache and make the broker's class archive (CI pre-warm)
fetch-helm   build the pinned helm from its Go module into the cache (silent once it is there)
fetch-jaeger build Jaeger (the tests' tracing backend) from its pinned Go module into the cache
fetch-seaweedfs  build SeaweedFS (the tests' S3 object store) from its pinned Go module into the cache
fetch-ofdrw  fetch ofdrw's jars (the tests' OFD reader and seal verifier) into the cache
stack        PostgreSQL, Kafka and every service until Ctrl-C (`make stack`); `--brokers 3` for a
             KRaft cluster (RF 3, min ISR 2), `--replicas 2` for two processes of each service
up / down    only PostgreSQL and Kafka, left running in the background / stopped again;
             `up` prints SHUNIU_DATABASE_URL=... and SHUNIU_KAFKA_BOOTSTRAP=... for tests or a shell
"""

from __future__ import annotations

import argparse
from pathlib import Path

from shuniu_infra.helm import ensure_helm
from shuniu_infra.jaeger import JAEGER
from shuniu_infra.kafka import ensure_class_archive, ensure_kafka_jars
from shuniu_infra.ofdrw import ensure_ofdrw_jars
from shuniu_infra.seaweedfs import SEAWEEDFS
from shuniu_infra.stack import bring_up, run_stack, take_down


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m shuniu_infra",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "command",
        choices=[
            "fetch-kafka",
            "fetch-helm",
            "fetch-jaeger",
            "fetch-seaweedfs",
            "fetch-ofdrw",
            "stack",
            "up",
            "down",
        ],
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        default=Path("var/stack"),
        help="where the stack's servers keep their data between runs (default: var/stack)",
    )
    parser.add_argument(
        "--brokers",
        type=_at_least_one,
        default=1,
        help="Kafka nodes (stack, up): 1, or a KRaft cluster of n with min(n, 3) replicas per topic",
    )
    parser.add_argument(
        "--replicas",
        type=_at_least_one,
        default=1,
        help="processes of each service (stack): replica k on its port + 100·k",
    )
    arguments = parser.parse_args()
    if arguments.command == "fetch-kafka":
        ensure_kafka_jars()
        print(ensure_class_archive())
    elif arguments.command == "fetch-helm":
        ensure_helm()
    elif arguments.command == "fetch-jaeger":
        JAEGER.ensure()  # silent: `make test` runs it every time, and once built it returns at once
    elif arguments.command == "fetch-seaweedfs":
        SEAWEEDFS.ensure()  # silent too, and as quick once built
    elif arguments.command == "fetch-ofdrw":
        ensure_ofdrw_jars()
    elif arguments.command == "stack":
        run_stack(arguments.state_dir, arguments.brokers, arguments.replicas)
    elif arguments.command == "up":
        bring_up(arguments.state_dir, arguments.brokers)
    else:
        take_down(arguments.state_dir)


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: at least 1")
    return value


if __name__ == "__main__":
    main()
