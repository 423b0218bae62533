"""Commands are checked against the organisation directory: departments, people, roles, clearance."""

from __future__ import annotations

import pytest
from shuniu_shared.directory import Department, Directory, Person
from shuniu_shared.errors import InvalidInput


@pytest.fixture(scope="module")
def county() -> Directory:
    return Directory.load()


def test_the_demo_county_has_the_seed_s_people(county):
    assert county.person("luo").has_role("principal_leader")
    assert county.person("fang").name == "方副县长"
    assert county.department(county.person("zhang").dept).name == "县总工会"


def test_an_unknown_department_is_a_clear_input_error_naming_the_field(county):
    with pytest.raises(InvalidInput) as refused:
        county.department("no-such", field="lead_department")
    assert refused.value.code == "unknown_department" and refused.value.field == "lead_department"
    assert "no-such" in refused.value.zh and "no-such" in refused.value.en


def test_an_unknown_person_is_refused(county):
    with pytest.raises(InvalidInput):
        county.person("nobody")


def test_the_secretariat_is_within_the_office_and_the_office_within_the_government(county):
    assert county.is_within("office.secretariat", "office")
    assert county.is_within("office", "gov")
    assert not county.is_within("finance", "office")
    assert {p.id for p in county.members("office")} >= {"feng", "yang", "shen", "li", "zhou", "wu", "zheng"}


def test_a_directory_that_names_what_does_not_exist_is_refused_at_load():
    office = Department("office", "办公室")
    with pytest.raises(ValueError, match="unknown department"):
        Directory([office], [Person("x", "某人", "nowhere", frozenset(), "none")])
    with pytest.raises(ValueError, match="unknown clearance"):
        Directory([office], [Person("x", "某人", "office", frozenset(), "内部")])
    with pytest.raises(ValueError, match="unknown roles"):
        Directory([office], [Person("x", "某人", "office", frozenset({"emperor"}), "none")])
    with pytest.raises(ValueError, match="unknown parent"):
        Directory([Department("a", "甲", parent="ghost")], [])
