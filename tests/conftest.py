import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from shuniu_infra.kafka import KafkaBroker

# The tests run as `make dev` does: development secrets and the demo sign-in allowed. A test of
# production sets SHUNIU_ENV=production on its own settings or process.
os.environ.setdefault("SHUNIU_ENV", "development")
os.environ.setdefault("SHUNIU_DEMO_SIGN_IN", "true")

pytest_plugins = ["shuniu_infra.pytest_plugin"]


# A test that reads a whole office off the topics gets a Kafka broker of its own: the session's shared
# broker carries the other tests' 批示 and resolutions on the same topics, which would land on this
# office's dashboards too.
@pytest.fixture
def office_kafka(kafka, tmp_path: Path) -> Iterator[str]:
    """A fresh broker's bootstrap address (the shared `kafka` fixture first makes sure the jars exist);
    with an external broker configured, that one."""
    if kafka.is_external:
        yield kafka.bootstrap
        return
    broker = KafkaBroker(tmp_path / "kafka")
    broker.start()
    try:
        yield broker.bootstrap
    finally:
        broker.stop()
