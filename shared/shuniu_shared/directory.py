"""The organisation directory: departments (code, name, parent) and people (id, name, department,
roles, clearance) — reference data every service reads the same way.

In development and demos it is a TOML file (the built-in demo county, or ``SHUNIU_DIRECTORY_FILE``);
in production that file is kept in step with the identity provider. Commands that name a department
or a person are checked against it, so a task cannot be assigned to a department that does not exist.

`shuniu directory import` writes that file from what an organisation has: CSV sheets (`from_csv`),
its identity provider's export (`from_keycloak`, a Keycloak realm export) or its LDAP directory
(`from_ldap`, entries the command searched for); the result is checked as the services check it when
they load it, so a file that would stop them is never written.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
        "duty_leader",  # 带班领导: approves every incident report before it goes up
        "duty_officer",  # 值班员: takes the calls, drafts and sends the reports
        "information_editor",  # 信息科: edits the departments' 信息稿 into the office's publications
        "affairs_officer",  # 事务管理员: keeps the office's supplies and fixed assets (docs/rules.md §10)
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
    "duty_leader": ("带班领导", "leader on call"),
    "duty_officer": ("值班员", "duty officer"),
    "information_editor": ("信息编辑", "information editor"),
    "affairs_officer": ("事务管理员", "general affairs officer"),
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

    def name_of(self, code: str) -> str:
        """The department's name to print; its code for one the directory no longer has, since a
        record of the past (a bulletin, a reception) still names it."""
        found = self.departments.get(code)
        return found.name if found else code

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

    def to_toml(self) -> str:
        """The directory as the file `load` reads (SHUNIU_DIRECTORY_FILE)."""
        lines = ["# The organisation directory, written by `shuniu directory import`.", ""]
        for d in self.departments.values():
            lines += ["[[departments]]", f"code = {_quoted(d.code)}", f"name = {_quoted(d.name)}"]
            lines += [f"parent = {_quoted(d.parent)}"] if d.parent else []
            lines.append("")
        for p in self.people.values():
            lines += [
                "[[people]]",
                f"id = {_quoted(p.id)}",
                f"name = {_quoted(p.name)}",
                f"dept = {_quoted(p.dept)}",
            ]
            lines += [
                f"roles = [{', '.join(_quoted(r) for r in sorted(p.roles))}]",
                f"clearance = {_quoted(p.clearance)}",
            ]
            lines.append("")
        return "\n".join(lines)

    @classmethod
    def from_csv(cls, departments: str, people: str) -> Directory:
        """Two sheets with a header row: departments (code, name, parent) and people (id, name, dept,
        roles — several separated by spaces or ";" — and clearance, "none" when empty)."""
        return cls(
            (Department(row["code"], row["name"], row.get("parent") or None) for row in _rows(departments)),
            (
                Person(
                    row["id"],
                    row["name"],
                    row["dept"],
                    frozenset((row.get("roles") or "").replace(";", " ").split()),
                    row.get("clearance") or "none",
                )
                for row in _rows(people)
            ),
        )

    @classmethod
    def from_keycloak(cls, export: str) -> Directory:
        """A Keycloak realm export (``kc.sh export --realm …``): its groups are the departments (the
        group attribute ``code``, else its name; subgroups lie under their parent), its users the
        people — the user attribute ``dept`` or else their deepest group, the realm roles that are
        Shuniu's (others, such as ``offline_access``, are Keycloak's own), the attribute ``clearance``,
        and as name the attribute ``name`` or else 姓 then 名 (lastName, firstName)."""
        realm = json.loads(export)
        departments: list[Department] = []
        by_path: dict[str, str] = {}

        def walk(groups: list[Mapping[str, Any]], parent: str | None, path: str) -> None:
            for group in groups:
                code = _attribute(group, "code") or group["name"]
                departments.append(Department(code, group["name"], parent))
                by_path[f"{path}/{group['name']}"] = code
                walk(group.get("subGroups", []), code, f"{path}/{group['name']}")

        walk(realm.get("groups", []), None, "")
        people = []
        for user in realm.get("users", []):
            groups = sorted(user.get("groups", []), key=lambda path: path.count("/"))
            dept = _attribute(user, "dept") or (by_path.get(groups[-1]) if groups else None)
            if dept is None:
                raise ValueError(f"person {user['username']}: no department (attribute dept or a group)")
            name = _attribute(user, "name") or f"{user.get('lastName', '')}{user.get('firstName', '')}"
            people.append(
                Person(
                    user["username"],
                    name or user["username"],
                    dept,
                    frozenset(user.get("realmRoles", [])) & ROLES,
                    _attribute(user, "clearance") or "none",
                )
            )
        return cls(departments, people)

    @classmethod
    def from_ldap(cls, departments: Iterable[LdapEntry], people: Iterable[LdapEntry]) -> Directory:
        """LDAP entries: the organizationalUnits below the departments' base are the departments
        (``ou`` the code, ``description`` the name, the unit above the parent); the inetOrgPersons
        the people — ``uid``, ``displayName`` or else ``cn``, ``departmentNumber`` or else the unit
        they sit in, the roles of Shuniu's among ``employeeType``, the clearance in ``businessCategory``."""
        units = {dn.lower(): attributes for dn, attributes in departments}
        codes = {dn: _first(attributes, "ou") for dn, attributes in units.items()}

        def unit_above(dn: str) -> str | None:
            return codes.get(dn.lower().partition(",")[2])

        found = [
            Department(codes[dn], _first(attributes, "description") or codes[dn], unit_above(dn))
            for dn, attributes in units.items()
        ]
        members = []
        for dn, attributes in people:
            uid = _first(attributes, "uid")
            dept = _first(attributes, "departmentNumber") or unit_above(dn)
            if dept is None:
                raise ValueError(f"person {uid}: no department (departmentNumber or a unit above)")
            members.append(
                Person(
                    uid,
                    _first(attributes, "displayName") or _first(attributes, "cn"),
                    dept,
                    frozenset(attributes.get("employeeType", [])) & ROLES,
                    _first(attributes, "businessCategory") or "none",
                )
            )
        return cls(found, members)


LdapEntry = tuple[str, Mapping[str, list[str]]]  # a DN and its attributes, each a list of values


def _first(attributes: Mapping[str, list[str]], name: str) -> str:
    values = attributes.get(name) or [""]
    return str(values[0])


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def _rows(sheet: str) -> Iterator[dict[str, str]]:
    for row in csv.DictReader(sheet.lstrip("\ufeff").splitlines()):  # Excel writes a BOM
        yield {key.strip(): (value or "").strip() for key, value in row.items() if key}


def _attribute(entry: Mapping[str, Any], name: str) -> str | None:
    values = entry.get("attributes", {}).get(name) or []
    return values[0] if values else None
