"""`shuniu directory import`: the office's people and departments from a spreadsheet or from the
identity provider's export, written as the directory file every service reads — and a file that
would stop the services (a person in a department nobody listed) is refused, not written."""

from __future__ import annotations

import json

from shuniu_shared.directory import Directory

from tests.admin.support import shuniu

DEPARTMENTS = """\ufeffcode,name,parent
gov,G县人民政府,
office,县政府办公室,gov
office.secretariat,秘书科,office
petitions,县信访局,gov
"""
PEOPLE = """id,name,dept,roles,clearance
liu,刘主任,office,office_director;staff,机密
xu,许秘书,office.secretariat,secretary clerk,秘密
he,何科员,petitions,petitions_officer,
"""


def test_people_and_departments_from_two_sheets_are_in_the_directory_the_services_load(tmp_path):
    (tmp_path / "departments.csv").write_text(DEPARTMENTS, encoding="utf-8")
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    target = tmp_path / "directory.toml"

    result = shuniu(
        "directory",
        "import",
        "csv",
        str(tmp_path / "departments.csv"),
        str(tmp_path / "people.csv"),
        env={"SHUNIU_DIRECTORY_FILE": str(target)},
    )

    assert result.exit_code == 0, result.output
    assert "已导入 4 个部门、3 名人员" in result.stdout
    directory = Directory.load(target)
    assert directory.department("office.secretariat").parent == "office"
    assert directory.person("xu").roles == {"secretary", "clerk"}
    assert directory.person("liu").clearance == "机密"
    assert directory.person("he").clearance == "none"
    assert [p.id for p in directory.members("office")] == ["liu", "xu"]


def test_a_sheet_naming_a_department_nobody_listed_is_refused_and_nothing_is_written(tmp_path):
    (tmp_path / "departments.csv").write_text(DEPARTMENTS, encoding="utf-8")
    (tmp_path / "people.csv").write_text(PEOPLE + "zhao,赵科员,finance,staff,\n", encoding="utf-8")
    target = tmp_path / "directory.toml"
    target.write_text("# the directory as it was\n", encoding="utf-8")

    result = shuniu(
        "directory",
        "import",
        "csv",
        str(tmp_path / "departments.csv"),
        str(tmp_path / "people.csv"),
        "--to",
        str(target),
    )

    assert result.exit_code == 1
    assert "目录无效，未写入" in result.stderr and "person zhao: unknown department finance" in result.stderr
    assert target.read_text(encoding="utf-8") == "# the directory as it was\n"


REALM = {
    "realm": "gcounty",
    "groups": [
        {
            "name": "县政府办公室",
            "attributes": {"code": ["office"]},
            "subGroups": [
                {"name": "督查室", "attributes": {"code": ["office.supervision"]}, "subGroups": []}
            ],
        },
        {"name": "县公安局", "attributes": {"code": ["police"]}, "subGroups": []},
    ],
    "users": [
        {
            "username": "tang",
            "firstName": "晓明",
            "lastName": "唐",
            "realmRoles": ["supervisor", "offline_access", "default-roles-gcounty"],
            "groups": ["/县政府办公室", "/县政府办公室/督查室"],
            "attributes": {"clearance": ["秘密"]},
        },
        {
            "username": "police-liaison",
            "attributes": {"name": ["公安局联络员小周"], "dept": ["police"]},
            "realmRoles": ["liaison"],
            "groups": [],
        },
    ],
}


def test_a_keycloak_realm_export_gives_its_groups_as_departments_and_its_users_as_people(tmp_path):
    export = tmp_path / "realm-export.json"
    export.write_text(json.dumps(REALM, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "directory.toml"

    result = shuniu("directory", "import", "keycloak", str(export), "--to", str(target))

    assert result.exit_code == 0, result.output
    assert "已导入 3 个部门、2 名人员" in result.stdout
    directory = Directory.load(target)
    assert directory.department("office.supervision").name == "督查室"
    assert directory.department("office.supervision").parent == "office"
    tang = directory.person("tang")
    assert (tang.name, tang.dept, tang.roles, tang.clearance) == (
        "唐晓明",
        "office.supervision",
        {"supervisor"},
        "秘密",
    )
    liaison = directory.person("police-liaison")
    assert (liaison.name, liaison.dept, liaison.roles) == ("公安局联络员小周", "police", {"liaison"})


def test_import_without_a_target_says_where_the_directory_file_is_set(tmp_path):
    export = tmp_path / "realm-export.json"
    export.write_text(json.dumps(REALM), encoding="utf-8")
    result = shuniu("directory", "import", "keycloak", str(export), env={"SHUNIU_DIRECTORY_FILE": None})
    assert result.exit_code == 2
    assert "--to" in result.stderr
