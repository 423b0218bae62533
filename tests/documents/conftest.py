"""A documents service per test, on SQLite and the in-process bus, with the test clock at a Monday 09:00;
its deadlines fire only when a test says so (`Office.later`) — or, as `real`, on PostgreSQL, Kafka and
a bucket of its own on the S3-compatible object store."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from shuniu_documents.adapters import content
from shuniu_documents.bootstrap import DEFINITION
from shuniu_shared.content import S3Backend

from tests.documents.office import Office
from tests.services import SCHEDULER_OFF, running_service


@pytest.fixture
async def office(tmp_path) -> AsyncIterator[Office]:
    async with running_service(DEFINITION, tmp_path, **SCHEDULER_OFF) as service:
        yield Office(service)


@dataclass
class RealOffice:
    office: Office
    bucket: S3Backend  # the service's bucket, read with a client of the test's own

    async def objects(self) -> list[str]:
        """The hashes of the objects in the bucket itself, as its listing shows them."""
        later = datetime.now(UTC) + timedelta(hours=1)
        keys = await self.bucket.keys_older_than(content.PREFIX, later)
        return sorted(key.removeprefix(f"{content.PREFIX}/") for key in keys)


@pytest.fixture
async def real(postgres, kafka, object_store, tmp_path, monkeypatch) -> AsyncIterator[RealOffice]:
    """The documents service on PostgreSQL and Kafka, its files in a bucket of its own on SeaweedFS."""
    bucket = S3Backend(
        object_store.endpoint,
        f"documents-{uuid.uuid4().hex[:8]}",
        object_store.access_key,
        object_store.secret_key,
    )
    # the bucket is not made here: the service makes it with the first file it stores
    for variable, value in {
        "SHUNIU_DOCUMENTS_S3_ENDPOINT": object_store.endpoint,
        "SHUNIU_DOCUMENTS_S3_BUCKET": bucket.bucket,
        "SHUNIU_DOCUMENTS_S3_ACCESS_KEY": object_store.access_key,
        "SHUNIU_DOCUMENTS_S3_SECRET_KEY": object_store.secret_key,
    }.items():
        monkeypatch.setenv(variable, value)
    async with running_service(
        DEFINITION,
        tmp_path,
        database_url=postgres.create_database(f"documents_files_{uuid.uuid4().hex[:8]}"),
        kafka_bootstrap=kafka.bootstrap,
        **SCHEDULER_OFF,
    ) as service:
        yield RealOffice(Office(service), bucket)
    await bucket.aclose()  # the client it keeps for the test's loop
