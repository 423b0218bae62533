"""Recording a visitor or petitioner (sealed under a new key), and forgetting them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from shuniu_shared.commands import Actor, Command
from shuniu_shared.commands import UnitOfWork as CommandUnit
from shuniu_shared.errors import required
from shuniu_shared.eventstore import UnitOfWork, Written
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.tables import people
from shuniu_reception.app.personal_data import ERASED, HIDDEN, PersonalData, Sealer, personal_data
from shuniu_reception.domain.events import PersonRecorded
from shuniu_reception.domain.identity import validate_id_number
from shuniu_reception.domain.people import DataSubject


@dataclass(frozen=True)
class PersonDetails:
    """What a receptionist or petitions officer writes down about a person, in clear, once."""

    name: str
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None


async def record_person(
    uow: UnitOfWork,
    keys: PersonalData,
    kind: Literal["visitor", "petitioner"],
    details: PersonDetails,
    field_prefix: str,
) -> Sealer:
    """A new pseudonymous person whose details enter the event only as ciphertext; the sealer of
    their key (its `key_id` is their person id), for whatever else of theirs is recorded."""
    required(details.name, f"{field_prefix}.name", "请填写姓名", "a name is needed")
    id_number = (
        validate_id_number(details.id_number, field=f"{field_prefix}.id_number")
        if details.id_number
        else None
    )
    sealer = await keys.new_subject(uow.connection, uow.store.clock.now())
    person_id = sealer.key_id
    recorded = PersonRecorded(
        kind=kind,
        name=sealer.seal("name", details.name.strip()),
        id_number=sealer.seal_optional("id_number", id_number),
        phone=sealer.seal_optional("phone", details.phone),
        address=sealer.seal_optional("address", details.address),
    )
    await uow.save(DataSubject(person_id), DataSubject.record(recorded))
    await uow.connection.execute(
        insert(people).values(
            person_id=person_id,
            kind=kind,
            name=recorded.name,
            id_number=recorded.id_number,
            phone=recorded.phone,
            address=recorded.address,
        )
    )
    return sealer


@dataclass(frozen=True)
class ForgetPerson(Command):  # 删除个人信息（销毁密钥）
    person_id: str


async def forget_person(command: ForgetPerson, uow: CommandUnit, actor: Actor) -> Written:
    """忘记此人: the key goes, with it every copy of the person's data; the history stays."""
    subject = await uow.load_at(DataSubject, command.person_id, command.expected_version)
    now = uow.store.clock.now()
    written = await uow.save(subject, subject.forget(actor.person, now))
    await personal_data().destroy(uow.connection, command.person_id)
    await uow.connection.execute(
        update(people)
        .where(people.c.person_id == command.person_id)
        .values(name=None, id_number=None, phone=None, address=None, forgotten_at=now)
    )
    return written


PERSONAL_FIELDS = ("name", "id_number", "phone", "address")


async def describe_people(
    connection: AsyncConnection, keys: PersonalData, person_ids: list[str], *, reveal: Collection[str]
) -> dict[str, dict[str, Any]]:
    """Each person as a reader sees them: the fields in `reveal` opened (those the reader's work
    needs), "[已加密]" for the rest, "[已删除 / erased]" once forgotten."""
    if not person_ids:
        return {}
    rows = list(await connection.execute(select(people).where(people.c.person_id.in_(person_ids))))
    opener = await keys.opener(connection, [r.name for r in rows]) if reveal else None
    described = {}
    for row in rows:
        view: dict[str, Any] = {
            "person_id": row.person_id,
            "kind": row.kind,
            "forgotten": row.forgotten_at is not None,
        }
        for field in PERSONAL_FIELDS:
            token = getattr(row, field)
            if row.forgotten_at is not None:
                view[field] = ERASED
            elif token is None:
                view[field] = None
            else:
                view[field] = opener.show(field, token) if opener and field in reveal else HIDDEN
        described[row.person_id] = view
    return described
