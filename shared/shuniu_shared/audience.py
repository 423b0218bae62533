"""Who may see an object (知悉范围), as its owning service decides it and every event about it says.

The owning service is the only one that knows why a person may open a petition or a meeting; every
other reader (the projection's dashboards, notifications, an analytics consumer) must show exactly
what the owner would show and nothing wider. So the owner does not publish its rule as code but its
outcome as data: after each event, the aggregate names its audience, the event store keeps it with
the event, and the envelope carries it (the ``ce_audience`` header on Kafka). A reader then needs the
directory and this one function, `Audience.admits`, which the owner's own GET uses too — the two
cannot drift apart.

A person is admitted when they are cleared for the 密级 and at least one grant names them: their id
(``people``), one of their roles (``roles``: who see every object of the kind, e.g. petition staff),
their department exactly (``members_of``), or a department they belong to or lie under
(``departments``: 秘书科 is within 办公室). The last two differ because the top of the directory
means its own members only: naming 县政府 as a meeting chair's department does not invite every bureau
under it. ``personal_data`` lists the categories of personal data the object carries (name,
id_number, phone, address, …), so a consumer knows what it holds before it stores anything.

An object whose events name no audience is seen by nobody outside its owner: readers fail closed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from shuniu_shared.classification import Classification
from shuniu_shared.directory import Directory

HEADER = "ce_audience"  # the CloudEvents extension attribute that carries it on Kafka

_GRANTS = ("people", "roles", "members_of", "departments")
_FIELDS = ("classification", *_GRANTS, "personal_data")


class MalformedAudience(ValueError):
    """An audience that is not one: its event is treated as naming none (nobody sees the object)."""


@dataclass(frozen=True)
class Audience:  # 知悉范围
    classification: str = "none"  # 密级: "none" (非密), "秘密", "机密", "绝密"
    people: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[str] = field(default_factory=frozenset)
    members_of: frozenset[str] = field(default_factory=frozenset)
    departments: frozenset[str] = field(default_factory=frozenset)
    personal_data: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not Classification.is_level(self.classification):
            raise MalformedAudience(
                f"classification must be one of {', '.join(Classification)}, not {self.classification!r}"
            )

    @classmethod
    def of(
        cls,
        *,
        classification: str = "none",
        people: Iterable[str | None] = (),
        roles: Iterable[str] = (),
        members_of: Iterable[str | None] = (),
        departments: Iterable[str | None] = (),
        personal_data: Iterable[str] = (),
    ) -> Audience:
        """An audience from whatever the aggregate holds (a missing person or department is no grant)."""
        return cls(
            classification,
            frozenset(p for p in people if p),
            frozenset(roles),
            frozenset(d for d in members_of if d),
            frozenset(d for d in departments if d),
            frozenset(personal_data),
        )

    def admits(
        self, *, person: str, department: str, roles: Iterable[str], clearance: str, directory: Directory
    ) -> bool:
        """Whether this person may see the object — the owner's rule and every reader's."""
        if not Classification.parse(clearance).reaches(self.classification):
            return False
        return (
            person in self.people
            or not self.roles.isdisjoint(roles)
            or department in self.members_of
            or any(directory.is_within(department, named) for named in self.departments)
        )

    def as_dict(self) -> dict[str, Any]:
        """Its JSON form, lists sorted so the same audience is always the same bytes."""
        return {"classification": self.classification} | {
            name: sorted(getattr(self, name)) for name in (*_GRANTS, "personal_data")
        }

    @classmethod
    def from_dict(cls, value: Any) -> Audience:
        if not isinstance(value, Mapping) or set(value) - set(_FIELDS):
            raise MalformedAudience(f"an audience is an object of {_FIELDS}, not {value!r}")
        lists = {}
        for name in (*_GRANTS, "personal_data"):
            items = value.get(name, [])
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise MalformedAudience(f"audience.{name} must be a list of strings")
            lists[name] = frozenset(items)
        classification = value.get("classification", "none")
        if not isinstance(classification, str):
            raise MalformedAudience("audience.classification must be a string")
        return cls(classification, **lists)

    def header(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_header(cls, raw: str) -> Audience:
        try:
            return cls.from_dict(json.loads(raw))
        except json.JSONDecodeError as error:
            raise MalformedAudience(str(error)) from error

    @classmethod
    def stored(cls, value: str | Mapping[str, Any] | None) -> Audience | None:
        """An audience as a record's header (text) or a row (JSON) keeps it. None, or one that does
        not read as an audience, is none at all: readers then show the object to nobody rather than
        guess (the event itself still counts: the owner's history is whole)."""
        try:
            if value is None:
                return None
            return cls.from_header(value) if isinstance(value, str) else cls.from_dict(value)
        except MalformedAudience:
            return None


SCHEMA: dict[str, Any] = {
    "title": "Audience (知悉范围)",
    "description": (
        "Who may see the object, as its owning service decides it: someone cleared for the "
        "classification whom at least one grant names (their id, a role, their department exactly, "
        "or a department they lie within). Readers show nothing wider; absent, nobody outside the owner."
    ),
    "type": "object",
    "additionalProperties": False,
    "required": list(_FIELDS),
    "properties": {
        "classification": {"enum": [level.value for level in Classification]},
        **{name: {"type": "array", "items": {"type": "string"}, "uniqueItems": True} for name in _FIELDS[1:]},
    },
}


class Viewer(Protocol):
    """Whoever asks to see an object: a command's `Actor`, a request's `Principal`, or another reader
    that decides as they do whether an audience admits them."""

    def sees(self, audience: Audience, directory: Directory) -> bool: ...
