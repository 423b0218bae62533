"""`shuniu directory import ldap`: the people and departments of an organisation's own LDAP directory
(a real OpenLDAP the test starts), read with a read-only bind and written as the directory file."""

from __future__ import annotations

import ldap3
from shuniu_shared.directory import Directory

from tests.admin.support import shuniu_beside


def an_ldap_office(slapd, branch: str) -> tuple[str, str]:
    """Departments under ou=departments (a 科 under the 办公室), people anywhere in the organisation;
    the DNs of the departments and of the organisation (where the people are looked for)."""
    base = f"o={branch},{slapd.suffix}"
    departments, people = f"ou=departments,{base}", f"ou=people,{base}"
    with ldap3.Connection(slapd.url, slapd.root_dn, slapd.password, auto_bind=True) as ldap:
        if not ldap.search(slapd.suffix, "(objectClass=*)", ldap3.BASE):
            ldap.add(slapd.suffix, ["dcObject", "organization"], {"dc": "gcounty", "o": "G县"})
        entries = [
            (base, ["organization"], {"o": branch}),
            (departments, ["organizationalUnit"], {"ou": "departments"}),
            (people, ["organizationalUnit"], {"ou": "people"}),
            (
                f"ou=office,{departments}",
                ["organizationalUnit"],
                {"ou": "office", "description": "县政府办公室"},
            ),
            (
                f"ou=office.secretariat,ou=office,{departments}",
                ["organizationalUnit"],
                {"ou": "office.secretariat", "description": "秘书科"},
            ),
            (
                f"uid=tian,{people}",
                ["inetOrgPerson"],
                {
                    "uid": "tian",
                    "cn": "Tian Jing",
                    "sn": "田",
                    "displayName": "田静",
                    "departmentNumber": "office.secretariat",
                    "employeeType": ["secretary", "clerk", "vpn-user"],
                    "businessCategory": "秘密",
                },
            ),
            # Placed in the 办公室's unit, with no departmentNumber: the unit is the department.
            (
                f"uid=gao,ou=office,{departments}",
                ["inetOrgPerson"],
                {"uid": "gao", "cn": "高主任", "sn": "高", "employeeType": "office_director"},
            ),
        ]
        for dn, classes, attributes in entries:
            assert ldap.add(dn, classes, attributes), (dn, ldap.result)
    return departments, base


async def test_departments_and_people_from_ldap_are_in_the_directory_the_services_load(slapd, tmp_path):
    departments, people = an_ldap_office(slapd, "import-ok")
    password = tmp_path / "bind-password"
    password.write_text(slapd.password + "\n")
    target = tmp_path / "directory.toml"

    result = await shuniu_beside(
        "directory", "import", "ldap", slapd.url, "--bind-dn", slapd.root_dn, "--password-file", str(password),
        "--departments", departments, "--people", people, "--to", str(target),
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert "已导入 2 个部门、2 名人员" in result.stdout
    directory = Directory.load(target)
    assert directory.department("office.secretariat").parent == "office"
    assert directory.department("office").name == "县政府办公室"
    tian = directory.person("tian")
    assert (tian.name, tian.dept, tian.roles, tian.clearance) == (
        "田静",
        "office.secretariat",
        {"secretary", "clerk"},
        "秘密",
    )
    gao = directory.person("gao")
    assert (gao.name, gao.dept, gao.roles, gao.clearance) == ("高主任", "office", {"office_director"}, "none")


async def test_a_wrong_password_is_refused_and_nothing_is_written(slapd, tmp_path):
    departments, people = an_ldap_office(slapd, "import-refused")
    password = tmp_path / "bind-password"
    password.write_text("not-the-password")
    target = tmp_path / "directory.toml"

    result = await shuniu_beside(
        "directory", "import", "ldap", slapd.url, "--bind-dn", slapd.root_dn, "--password-file", str(password),
        "--departments", departments, "--people", people, "--to", str(target),
    )  # fmt: skip

    assert result.exit_code == 1
    assert f"无法读取 LDAP 目录 {slapd.url}" in result.stderr and "invalidCredentials" in result.stderr
    assert not target.exists()
