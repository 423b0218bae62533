"""Forgetting that holds (issue 17, finding 2): after "forget this person" the destroyed key's bytes
are in no file of the database — not in SQLite's write-ahead log, not in a PostgreSQL table's
file — and after a master-key rotation the old master key can be destroyed, so that a backup taken
before the forget no longer opens the forgotten person's data, while everyone else still reads."""

from __future__ import annotations

import base64
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from shuniu_reception.adapters.tables import subject_keys
from shuniu_reception.app.personal_data import (
    KEK_VARIABLE,
    PREVIOUS_KEK_VARIABLE,
    MasterKeyMissing,
    PersonalData,
    master_key_id,
    personal_data,
    rotate_master_key,
)
from shuniu_reception.bootstrap import DEFINITION
from shuniu_reception.cli import main
from shuniu_shared.admin import cli
from shuniu_shared.database import WRITES
from sqlalchemy import select, text

from tests.reception.office import PETITIONER, ok, petition, register_petition
from tests.services import RunningService, running_service


def a_master_key() -> bytes:
    return os.urandom(32)


class MasterKeys:
    """The master-key settings of the running process, as an operator changes them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def given(self, current: bytes, previous: bytes | None = None) -> None:
        self.monkeypatch.setenv(KEK_VARIABLE, base64.b64encode(current).decode())
        if previous is None:
            self.monkeypatch.delenv(PREVIOUS_KEK_VARIABLE, raising=False)
        else:
            self.monkeypatch.setenv(PREVIOUS_KEK_VARIABLE, base64.b64encode(previous).decode())
        personal_data.cache_clear()


@pytest.fixture
def master_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[MasterKeys]:
    yield MasterKeys(monkeypatch)
    personal_data.cache_clear()  # the next test reads its own environment


async def a_petitioner(svc: RunningService, **details: str) -> tuple[str, str]:
    """登记 a petition; its id and the petitioner's person id."""
    petition_id = await register_petition(svc, **details)
    return petition_id, (await petition(svc, petition_id))["petitioner"]["person_id"]


async def the_wrapped_key_of(svc: RunningService, person_id: str) -> bytes:
    async with svc.runtime.store.engine.connect() as connection:
        wrapped = await connection.scalar(
            select(subject_keys.c.wrapped_key).where(subject_keys.c.key_id == person_id)
        )
    assert wrapped is not None
    return bytes(wrapped)


async def forgotten(svc: RunningService, person_id: str) -> None:
    ok(await svc.client.post(f"/people/{person_id}/forget", headers=svc.as_("wang")))


def every_sqlite_file(directory: Path) -> bytes:
    """The bytes of every database file there, the write-ahead logs and shared-memory files included."""
    return b"".join(path.read_bytes() for path in sorted(directory.rglob("*.sqlite3*")))


async def test_on_sqlite_the_forgotten_key_is_in_no_file_not_even_the_write_ahead_log(reception, tmp_path):
    _, person_id = await a_petitioner(reception)
    _, kept_id = await a_petitioner(reception, name="张卫东")
    wrapped = await the_wrapped_key_of(reception, person_id)
    assert wrapped in every_sqlite_file(tmp_path)  # before: in the log or the file

    await forgotten(reception, person_id)

    # (The log was truncated; the relay's next writes may have begun it again, without the key.)
    assert wrapped not in every_sqlite_file(tmp_path)
    assert await the_wrapped_key_of(reception, kept_id)  # the others' keys are untouched


async def test_on_postgresql_the_forgotten_key_is_gone_from_the_table_file_once_vacuumed(
    postgres, tmp_path, clock
):
    """What the server holds on disk, read by the server itself (pg_read_binary_file after a
    CHECKPOINT): the deleted tuple would stay in the page until a vacuum."""
    database = postgres.create_database(f"reception_scrub_{uuid.uuid4().hex[:8]}")
    async with running_service(DEFINITION, tmp_path, database_url=database, clock=clock) as svc:
        # Others on the same page, written before: a plain VACUUM compacts the page, and the last
        # tuple written (the lowest in the page) is left as it was in the freed space (seen: this
        # test fails with VACUUM instead of VACUUM FULL).
        _, before_id = await a_petitioner(svc, name="张卫东")
        _, after_id = await a_petitioner(svc, name="李秀英")
        _, person_id = await a_petitioner(svc)
        wrapped = await the_wrapped_key_of(svc, person_id)
        assert wrapped in await the_table_file(svc)

        await forgotten(svc, person_id)

        assert wrapped not in await the_table_file(svc)
        for kept in (before_id, after_id):
            assert ok(await svc.client.get(f"/people/{kept}", headers=svc.as_("wang")))["name"]


async def the_table_file(svc: RunningService) -> bytes:
    async with svc.runtime.store.engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("CHECKPOINT"))
        return bytes(
            await autocommit.scalar(text("SELECT pg_read_binary_file(pg_relation_filepath('subject_keys'))"))
        )


async def test_after_rotation_and_destroying_the_old_master_an_old_backup_no_longer_opens_the_forgotten(
    reception, tmp_path, master_keys
):
    old, new = a_master_key(), a_master_key()
    master_keys.given(old)
    _, forgotten_id = await a_petitioner(reception)
    _, kept_id = await a_petitioner(reception, name="张卫东")
    backup = tmp_path / "backup-before-the-forget.sqlite3"
    await backed_up(reception, backup)
    await forgotten(reception, forgotten_id)

    # The operator gives the new master key with the old one as previous; a person registered now
    # is wrapped by the new one at once, so the rotation re-wraps only the kept petitioner.
    master_keys.given(new, previous=old)
    _, newcomer_id = await a_petitioner(reception, name="李秀英")
    assert await rotate_master_key(reception.runtime.store.engine, personal_data()) == 1
    assert await rotate_master_key(reception.runtime.store.engine, personal_data()) == 0  # run again: nothing
    async with reception.runtime.store.engine.connect() as connection:
        masters = dict(
            (await connection.execute(select(subject_keys.c.key_id, subject_keys.c.wrapped_by))).all()
        )
    assert masters == {kept_id: master_key_id(new), newcomer_id: master_key_id(new)}

    # The old master key is destroyed: the live petitioners still read ...
    master_keys.given(new)
    for person_id, name in ((kept_id, "张卫东"), (newcomer_id, "李秀英")):
        assert (
            ok(await reception.client.get(f"/people/{person_id}", headers=reception.as_("wang")))["name"]
            == name
        )

    # ... and the backup's copy of the forgotten key opens with no master that still exists.
    wrapped_then, wrapped_by = the_key_row_in(backup, forgotten_id)
    assert wrapped_by == master_key_id(old)
    with pytest.raises(MasterKeyMissing):
        PersonalData(new)._unwrap(forgotten_id, wrapped_then, wrapped_by)
    with pytest.raises(InvalidTag):
        AESGCM(new).decrypt(wrapped_then[:12], wrapped_then[12:], forgotten_id.encode())
    # (Had the old master survived, the backup would have given the key back: the rotation is what
    # makes the destruction of the old master erase it.)
    assert PersonalData(old)._unwrap(forgotten_id, wrapped_then, wrapped_by)


async def test_a_rotation_interrupted_changes_nothing_and_running_it_again_completes_it(
    reception, master_keys
):
    old, new = a_master_key(), a_master_key()
    master_keys.given(old)
    _, first = await a_petitioner(reception)
    _, second = await a_petitioner(reception, name="张卫东")
    master_keys.given(new, previous=old)
    engine = reception.runtime.store.engine

    async with engine.connect() as connection:
        await connection.execution_options(**{WRITES: True})  # as the command takes the write lock
        transaction = await connection.begin()
        assert await personal_data().rotate(connection) == 2
        await transaction.rollback()  # the process died before the commit

    async with engine.connect() as connection:
        assert set((await connection.execute(select(subject_keys.c.wrapped_by))).scalars()) == {
            master_key_id(old)
        }
    for person_id in (first, second):  # still read, through the previous master
        assert ok(await reception.client.get(f"/people/{person_id}", headers=reception.as_("wang")))["name"]
    assert await rotate_master_key(engine, personal_data()) == 2


async def test_a_rotation_without_the_previous_master_key_refuses_and_changes_nothing(reception, master_keys):
    old = a_master_key()
    master_keys.given(old)
    _, person_id = await a_petitioner(reception)
    master_keys.given(a_master_key())  # the old one forgotten in the settings
    with pytest.raises(MasterKeyMissing):
        await rotate_master_key(reception.runtime.store.engine, personal_data())
    master_keys.given(old)
    assert (
        ok(await reception.client.get(f"/people/{person_id}", headers=reception.as_("wang")))["name"]
        == (PETITIONER["name"])
    )


def test_the_operator_rotates_with_shuniu_rotate_keys(tmp_path, monkeypatch, master_keys):
    """The command as ops run it, on a database the service wrote with the old master key (first under
    the name the Helm chart's Job runs, `python -m shuniu_reception rotate-master-key`)."""
    old, new = a_master_key(), a_master_key()
    database = tmp_path / "reception.sqlite3"
    connection = sqlite3.connect(database)
    connection.executescript("PRAGMA journal_mode=WAL;")
    connection.close()
    monkeypatch.setenv("SHUNIU_ENV", "development")
    monkeypatch.setenv("SHUNIU_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SHUNIU_DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    master_keys.given(old)
    first = CliRunner().invoke(main, ["rotate-master-key"])
    assert first.exit_code == 0, first.output
    assert "已重新封装 0 个密钥" in first.output  # a fresh database: migrated, nothing to re-wrap
    rows = sqlite3.connect(database)
    wrapped = PersonalData(old)
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    rows.execute(
        "INSERT INTO subject_keys (key_id, wrapped_key, wrapped_by, created_at) VALUES (?, ?, ?, ?)",
        ("person-ops", nonce + AESGCM(wrapped.kek).encrypt(nonce, key, b"person-ops"), None, "2026-03-09"),
    )
    rows.commit()
    rows.close()

    master_keys.given(new)
    refused = CliRunner().invoke(cli, ["rotate-keys"])
    assert refused.exit_code != 0 and PREVIOUS_KEK_VARIABLE in refused.output

    master_keys.given(new, previous=old)
    done = CliRunner().invoke(cli, ["rotate-keys"])
    assert done.exit_code == 0, done.output
    assert "已重新封装 1 个密钥" in done.output
    wrapped_key, wrapped_by = the_key_row_in(database, "person-ops")
    assert wrapped_by == master_key_id(new)
    assert PersonalData(new)._unwrap("person-ops", wrapped_key, wrapped_by) == key


async def backed_up(svc: RunningService, path: Path) -> None:
    """A backup as SQLite takes one (VACUUM INTO), outside any transaction."""
    async with svc.runtime.store.engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        await raw.execute(f"VACUUM INTO '{path}'")


def the_key_row_in(database: Path, person_id: str) -> tuple[bytes, str | None]:
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            "SELECT wrapped_key, wrapped_by FROM subject_keys WHERE key_id = ?", (person_id,)
        ).fetchone()
    finally:
        connection.close()
    assert row is not None
    return bytes(row[0]), row[1]
