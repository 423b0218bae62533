"""Personal data that can be forgotten: crypto-shredding with a key per person.

Why: events are immutable and a topic's retention is unlimited, so personal data written into an
event in clear could never be erased — not from the event store, not from Kafka, not from every
consumer's copy. Instead each person (visitor or petitioner) gets a random 256-bit key, and every
personal field (name, ID number, phone, address, what a petitioner wrote) is encrypted with it
*before* it enters an event. Destroying the key erases the data everywhere at once, while the
events themselves — and so the history and every replay — stay intact.

How:
- A person is a random pseudonym (`person-<uuid>`), never the ID number, so the stream id and every
  reference to the person say nothing about who they are.
- `subject_keys` (this service's own database) holds one row per person: the key, wrapped with
  AES-256-GCM under the key-encryption key (KEK) from `SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY`
  (base64 of 32 bytes). A copy of the database alone therefore does not open anything.
- A sealed field is the token ``enc:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>``: AES-256-GCM
  with a fresh 96-bit nonce, the key id and field name as associated data (a token cannot be moved
  to another person or field without failing authentication). Aggregates keep tokens as opaque
  strings; projections store tokens too, so no table holds clear text.
- Reading: only the API opens tokens, for callers whose role needs the data; everybody else, and
  every event consumer (which only ever receives tokens), sees ciphertext.
- Forgetting deletes the key row in the same transaction as the `person.forgotten` event and the
  clearing of the read model's personal columns. After the commit every token of that person is
  undecryptable in the event store, on every topic, in every backup of the events and in every
  consumer's copy; the API shows "[已删除 / erased]". Then the deleted row's bytes are scrubbed from
  the database files (`scrub_freed_pages`).

Deliberately no key cache: a cached key would outlive its deletion in a running process. A key is
read from the database in the transaction that uses it.

What ops must protect: the KEK (a secret, like the JWT secret; losing it loses all personal data)
and backups of `subject_keys` — a backup taken before a "forget" still holds that person's key,
wrapped under the master key of the day; rotating the master key (`rotate`, the
`rotate-master-key` command) and destroying the old one makes every such copy unreadable (see
docs/services/reception.md).
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import structlog
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from shuniu_shared.database import WRITES, is_postgres
from shuniu_shared.settings import Settings, UnsafeSettings
from sqlalchemy import bindparam, delete, insert, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from shuniu_reception.adapters.tables import subject_keys

log = structlog.get_logger(__name__)

TOKEN_PREFIX = "enc:v1:"
ERASED = "[已删除 / erased]"
HIDDEN = "[已加密]"
KEK_VARIABLE = "SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"
# The master key being rotated away from: it opens the keys it still wraps, and wraps nothing new.
PREVIOUS_KEK_VARIABLE = "SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY"
# Development only: a well-known KEK so that `make dev` and the tests need no secret. Production sets
# the variable: outside SHUNIU_ENV=development the service refuses to start on this one
# (`refuse_development_key`), and in development it logs a warning.
_DEVELOPMENT_KEK = hashlib.sha256(b"shuniu reception development key-encryption key").digest()


class Unreadable(Exception):
    """The token's key is gone (the person was forgotten) or the token was tampered with."""


class MasterKeyMissing(RuntimeError):
    """A person's key is wrapped by a master key this process was not given: a rotation was left
    half done (the previous key dropped before `rotate-master-key` ran). Not an erasure: the data is
    there, the setting is missing."""


def master_key_id(kek: bytes) -> str:
    """The name recorded with each key a master key wraps: it tells which master opens the row, and
    says nothing about the master itself (a truncated SHA-256 of 32 random bytes)."""
    return hashlib.sha256(b"shuniu reception master key|" + kek).hexdigest()[:16]


@dataclass(frozen=True)
class PersonalData:
    """The key store: a key per person, wrapped under the master key (KEK). `previous` are the master
    keys of a rotation under way (`SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY`): they still open the
    rows not yet re-wrapped, and wrap nothing new."""

    kek: bytes
    previous: tuple[bytes, ...] = ()

    @classmethod
    def from_environment(cls) -> PersonalData:
        configured = os.environ.get(KEK_VARIABLE)
        previous = os.environ.get(PREVIOUS_KEK_VARIABLE)
        if not configured:
            log.warning("reception_development_kek", hint=f"set {KEK_VARIABLE} in production")
            kek = _DEVELOPMENT_KEK
        else:
            kek = _master_key(configured, KEK_VARIABLE)
        return cls(kek, (_master_key(previous, PREVIOUS_KEK_VARIABLE),) if previous else ())

    @property
    def is_development_key(self) -> bool:
        return self.kek == _DEVELOPMENT_KEK

    async def new_subject(self, connection: AsyncConnection, now: datetime) -> Sealer:
        """A new pseudonymous person with a key of their own, ready to seal their data; its `key_id`
        is the person id."""
        person_id = f"person-{uuid.uuid4().hex}"
        key = AESGCM.generate_key(bit_length=256)
        await connection.execute(
            insert(subject_keys).values(
                key_id=person_id,
                wrapped_key=_wrap(self.kek, person_id, key),
                wrapped_by=master_key_id(self.kek),
                created_at=now,
            )
        )
        return Sealer(person_id, key)

    async def sealer(self, connection: AsyncConnection, person_id: str) -> Sealer:
        keys = await self._keys(connection, [person_id])
        if person_id not in keys:
            raise Unreadable(person_id)
        return Sealer(person_id, keys[person_id])

    async def opener(self, connection: AsyncConnection, tokens: Iterable[str | None]) -> Opener:
        """Opens the given tokens (and others of the same people), with the keys that still exist."""
        key_ids = {key_id_of(t) for t in tokens if t}
        return Opener(await self._keys(connection, [k for k in key_ids if k]))

    async def destroy(self, connection: AsyncConnection, person_id: str) -> None:
        """Deletes the key row. Its bytes stay on disk until `scrub_freed_pages` runs after the commit."""
        await connection.execute(delete(subject_keys).where(subject_keys.c.key_id == person_id))

    async def rotate(self, connection: AsyncConnection) -> int:
        """Re-wraps under the current master key every live key another master wraps; how many.

        Run in one transaction: interrupted, it leaves every row as it was (each still names the
        master that wraps it, which `previous` still holds); run again, it skips the rows already
        re-wrapped, so a second run after a complete one changes nothing. A person forgotten while it
        runs is simply not there to re-wrap (the delete and the update lock the same row)."""
        current = master_key_id(self.kek)
        rows = await connection.execute(
            select(subject_keys).where(
                or_(subject_keys.c.wrapped_by.is_(None), subject_keys.c.wrapped_by != current)
            )
        )
        rewrapped = [
            {
                "person": row.key_id,
                "rewrapped": _wrap(
                    self.kek, row.key_id, self._unwrap(row.key_id, row.wrapped_key, row.wrapped_by)
                ),
            }
            for row in rows
        ]
        if rewrapped:  # one statement for them all (executemany): row by row took 43 s for 100,000
            await connection.execute(
                update(subject_keys)
                .where(subject_keys.c.key_id == bindparam("person"))
                .values(wrapped_key=bindparam("rewrapped"), wrapped_by=current),
                rewrapped,
            )
        return len(rewrapped)

    async def _keys(self, connection: AsyncConnection, key_ids: list[str]) -> dict[str, bytes]:
        if not key_ids:
            return {}
        rows = await connection.execute(select(subject_keys).where(subject_keys.c.key_id.in_(key_ids)))
        return {row.key_id: self._unwrap(row.key_id, row.wrapped_key, row.wrapped_by) for row in rows}

    def _unwrap(self, key_id: str, wrapped: bytes, wrapped_by: str | None) -> bytes:
        masters = (self.kek, *self.previous)
        # A row from before keys recorded their master (wrapped_by NULL) is opened by whichever of
        # the known masters authenticates it.
        candidates = [m for m in masters if wrapped_by is None or master_key_id(m) == wrapped_by]
        for master in candidates:
            try:
                return AESGCM(master).decrypt(wrapped[:12], wrapped[12:], key_id.encode())
            except InvalidTag:
                continue
        raise MasterKeyMissing(
            f"the key of {key_id} is wrapped by master key {wrapped_by or '(unrecorded)'}, which is neither "
            f"{KEK_VARIABLE} nor {PREVIOUS_KEK_VARIABLE}: give the previous master key until "
            "`python -m shuniu_reception rotate-master-key` has run"
        )


def _master_key(configured: str, variable: str) -> bytes:
    kek = base64.b64decode(configured)
    if len(kek) != 32:
        raise ValueError(f"{variable} must be the base64 of 32 bytes")
    return kek


def _wrap(kek: bytes, key_id: str, key: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(kek).encrypt(nonce, key, key_id.encode())


async def rotate_master_key(engine: AsyncEngine, keys: PersonalData) -> int:
    """`rotate-master-key`: every live key re-wrapped under `keys.kek` in one transaction (the write
    lock taken first on SQLite), then the old wrappings scrubbed from the files; how many."""
    async with engine.connect() as connection:
        await connection.execution_options(**{WRITES: True})
        async with connection.begin():
            rewrapped = await keys.rotate(connection)
    await scrub_freed_pages(engine)
    return rewrapped


async def scrub_freed_pages(engine: AsyncEngine) -> None:
    """After a forget (or a rotation) has committed: make the deleted key's bytes physically go.

    A deleted row is not erased by the delete. On SQLite the row's old page still sits in the
    write-ahead log (`reception.sqlite3-wal`) until a checkpoint, and in the freed space of the
    database file unless `secure_delete` is on (it is, for every connection: `shuniu_shared.database`);
    so the log is checkpointed into the file and truncated to nothing. On PostgreSQL the deleted
    tuple stays in the table's file until a vacuum; a plain VACUUM compacts the page but leaves the
    last-written tuple's bytes in the freed space (tests/reception/test_forgetting_holds.py saw it),
    so VACUUM FULL rewrites the table — one small row per person — into a new file and drops the
    old one (an exclusive lock for the moment it takes: registrations wait, readers of other tables
    do not). VACUUM cannot run inside a transaction, hence the autocommit connection. What this does
    not reach — PostgreSQL's own WAL and archives, backups — is what master-key rotation is for
    (docs/services/reception.md)."""
    async with engine.connect() as connection:
        if is_postgres(engine):
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text(f"VACUUM FULL {subject_keys.name}"))
            return
        # Under the driver, not SQLAlchemy, which would begin a transaction first: inside one the
        # checkpoint fails ("database table is locked").
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        cursor = await raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy, _, _ = await cursor.fetchone()
        await cursor.close()
        if busy:
            # A reader older than the forget held the log (the busy timeout passed): the next forget's
            # checkpoint, or SQLite's own at the next restart, truncates it.
            log.warning("reception_wal_not_truncated", hint="a long read held the write-ahead log")


@dataclass(frozen=True)
class Sealer:
    key_id: str
    key: bytes

    def seal(self, field: str, value: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self.key).encrypt(nonce, value.encode(), _associated(self.key_id, field))
        return f"{TOKEN_PREFIX}{self.key_id}:{base64.b64encode(nonce + sealed).decode()}"

    def seal_optional(self, field: str, value: str | None) -> str | None:
        return None if value is None else self.seal(field, value)


@dataclass(frozen=True)
class Opener:
    keys: dict[str, bytes]

    def open(self, field: str, token: str) -> str:
        key_id = key_id_of(token)
        key = self.keys.get(key_id or "")
        if key_id is None or key is None:
            raise Unreadable(field)
        raw = base64.b64decode(token.rsplit(":", 1)[1])
        try:
            return AESGCM(key).decrypt(raw[:12], raw[12:], _associated(key_id, field)).decode()
        except InvalidTag as error:
            raise Unreadable(field) from error

    def show(self, field: str, token: str | None) -> str | None:
        """What a reader entitled to the data sees: the clear text, or that it was erased."""
        if token is None:
            return None
        try:
            return self.open(field, token)
        except Unreadable:
            return ERASED

    def text(self, field: str, value: str | None) -> str | None:
        """A free text of a person's case as its reader sees it: a token opened (or erased), and text
        from the records made before it was sealed as it was written."""
        if value is None or key_id_of(value) is None:
            return value
        return self.show(field, value)


def key_id_of(token: str) -> str | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    return token[len(TOKEN_PREFIX) :].rsplit(":", 1)[0]


def _associated(key_id: str, field: str) -> bytes:
    return f"{key_id}|{field}".encode()


def refuse_development_key(settings: Settings) -> None:
    """The reception's preflight in production: its published development KEK opens every sealed
    field of every backup and event for anyone who has read this file."""
    if personal_data().is_development_key:
        raise UnsafeSettings(
            f"refusing to start in production (SHUNIU_ENV is not `development`): {KEK_VARIABLE} is unset "
            "or the development key, which is published in the repository. Give the base64 of 32 random "
            "bytes (`openssl rand -base64 32`), kept as secret as the database's backups are kept."
        )


@cache
def personal_data() -> PersonalData:
    """The process's PersonalData, from the environment once."""
    return PersonalData.from_environment()
