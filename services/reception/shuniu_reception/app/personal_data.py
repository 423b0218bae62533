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
  consumer's copy; the API shows "[已删除 / erased]".

Deliberately no key cache: a cached key would outlive its deletion in a running process. A key is
read from the database in the transaction that uses it.

What ops must protect: the KEK (a secret, like the JWT secret; losing it loses all personal data)
and backups of `subject_keys` — a backup taken before a "forget" still holds that person's key, so
those backups must expire within the erasure period (see docs/services/reception.md).
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
from shuniu_shared.settings import Settings, UnsafeSettings
from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.tables import subject_keys

log = structlog.get_logger(__name__)

TOKEN_PREFIX = "enc:v1:"
ERASED = "[已删除 / erased]"
HIDDEN = "[已加密]"
KEK_VARIABLE = "SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"
# Development only: a well-known KEK so that `make dev` and the tests need no secret. Production sets
# the variable: outside SHUNIU_ENV=development the service refuses to start on this one
# (`refuse_development_key`), and in development it logs a warning.
_DEVELOPMENT_KEK = hashlib.sha256(b"shuniu reception development key-encryption key").digest()


class Unreadable(Exception):
    """The token's key is gone (the person was forgotten) or the token was tampered with."""


@dataclass(frozen=True)
class PersonalData:
    kek: bytes

    @classmethod
    def from_environment(cls) -> PersonalData:
        configured = os.environ.get(KEK_VARIABLE)
        if not configured:
            log.warning("reception_development_kek", hint=f"set {KEK_VARIABLE} in production")
            return cls(_DEVELOPMENT_KEK)
        kek = base64.b64decode(configured)
        if len(kek) != 32:
            raise ValueError(f"{KEK_VARIABLE} must be the base64 of 32 bytes")
        return cls(kek)

    @property
    def is_development_key(self) -> bool:
        return self.kek == _DEVELOPMENT_KEK

    async def new_subject(self, connection: AsyncConnection, now: datetime) -> Sealer:
        """A new pseudonymous person with a key of their own, ready to seal their data; its `key_id`
        is the person id."""
        person_id = f"person-{uuid.uuid4().hex}"
        key = AESGCM.generate_key(bit_length=256)
        nonce = secrets.token_bytes(12)
        wrapped = nonce + AESGCM(self.kek).encrypt(nonce, key, person_id.encode())
        await connection.execute(
            insert(subject_keys).values(key_id=person_id, wrapped_key=wrapped, created_at=now)
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
        await connection.execute(delete(subject_keys).where(subject_keys.c.key_id == person_id))

    async def _keys(self, connection: AsyncConnection, key_ids: list[str]) -> dict[str, bytes]:
        if not key_ids:
            return {}
        rows = await connection.execute(select(subject_keys).where(subject_keys.c.key_id.in_(key_ids)))
        kek = AESGCM(self.kek)
        return {
            row.key_id: kek.decrypt(row.wrapped_key[:12], row.wrapped_key[12:], row.key_id.encode())
            for row in rows
        }


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
