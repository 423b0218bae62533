"""The organisation directory: departments (code, name, parent) and people (id, name, department,
roles, clearance) — reference data every service reads the same way.

In development and demos it is a TOML file (the built-in demo county, or ``SHUNIU_DIRECTORY_FILE``);
in production that file is kept in step with the identity provider. Commands that name a department
or a person are checked against it, so a task cannot be assigned to a department that does not exist.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from shuniu_shared.classification import Classification
from shuniu_shared.errors import InvalidInput

DEMO = Path(__file__).parent / "demo" / "directory.toml"
ROLES = frozenset(
    {
        "leader",
        "principal_leader",
        "office_director",
        "clerk",
        "secretary",
        "supervisor",
        "staff",
        "department_head",
        "receptionist",
        "petitions_officer",
        "dispatcher",
        "seal_keeper",
        "auditor",
        "liaison",  # 联络员: a department's contact for the office's tasks and notices
    }
)

# How a refusal names a role to the person refused (Chinese, English): never the code.
ROLE_NAMES: dict[str, tuple[str, str]] = {
    "leader": ("县领导", "county leader"),
    "principal_leader": ("主要负责人", "principal leader"),
    "office_director": ("办公室主任", "office director"),
    "clerk": ("文秘（收发文）", "clerk"),
    "secretary": ("秘书", "secretary"),
    "supervisor": ("督查人员", "supervisor"),
    "staff": ("工作人员", "staff member"),
    "department_head": ("部门负责人", "department head"),
    "receptionist": ("接待人员", "receptionist"),
    "petitions_officer": ("信访工作人员", "petitions officer"),
    "dispatcher": ("车辆调度员", "car dispatcher"),
    "seal_keeper": ("印章管理员", "seal keeper"),
    "auditor": ("审计人员", "auditor"),
    "liaison": ("联络员", "liaison"),
}


@dataclass(frozen=True)
class Department:  # 部门
    code: str
    name: str
    parent: str | None = None


@dataclass(frozen=True)
class Person:  # 人员
    id: str
    name: str
    dept: str
    roles: frozenset[str]
    clearance: str

    def has_role(self, role: str) -> bool:
        return role in self.roles


class Directory:
    def __init__(self, departments: Iterable[Department], people: Iterable[Person]) -> None:
        self.departments = {d.code: d for d in departments}
        self.people = {p.id: p for p in people}
        for department in self.departments.values():
            if department.parent is not None and department.parent not in self.departments:
                raise ValueError(f"department {department.code}: unknown parent {department.parent}")
        for person in self.people.values():
            if person.dept not in self.departments:
                raise ValueError(f"person {person.id}: unknown department {person.dept}")
            if not Classification.is_level(person.clearance):
                raise ValueError(f"person {person.id}: unknown clearance {person.clearance}")
            if unknown := person.roles - ROLES:
                raise ValueError(f"person {person.id}: unknown roles {sorted(unknown)}")

    @classmethod
    def load(cls, path: Path = DEMO) -> Directory:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            (Department(d["code"], d["name"], d.get("parent")) for d in data.get("departments", [])),
            (
                Person(
                    p["id"], p["name"], p["dept"], frozenset(p.get("roles", [])), p.get("clearance", "none")
                )
                for p in data.get("people", [])
            ),
        )

    def department(self, code: str, *, field: str = "department") -> Department:
        """The department, or a clear input error naming the field that named it."""
        try:
            return self.departments[code]
        except KeyError:
            raise InvalidInput(
                f"没有编码为 {code} 的部门",
                f"there is no department with code {code}",
                code="unknown_department",
                field=field,
            ) from None

    def person(self, id: str, *, field: str = "person") -> Person:
        try:
            return self.people[id]
        except KeyError:
            raise InvalidInput(
                f"没有编号为 {id} 的人员",
                f"there is no person with id {id}",
                code="unknown_person",
                field=field,
            ) from None

    def ancestry(self, code: str) -> tuple[str, ...]:
        """The department and every one above it, nearest first (秘书科 → 办公室 → 县政府)."""
        chain: list[str] = []
        current: str | None = code
        while current is not None and current not in chain:
            chain.append(current)
            current = self.departments[current].parent if current in self.departments else None
        return tuple(chain)

    def is_within(self, code: str, ancestor: str) -> bool:
        """Whether `code` is `ancestor` or lies under it (秘书科 is within 办公室)."""
        return ancestor in self.ancestry(code)

    def members(self, code: str) -> list[Person]:
        """The people of a department and of the departments under it."""
        return [p for p in self.people.values() if self.is_within(p.dept, code)]
