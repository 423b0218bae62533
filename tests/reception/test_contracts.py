"""The events other services rely on keep the shape docs/contracts.md fixes, and every published
schema marks the sealed personal fields."""

from __future__ import annotations

from tests.reception.office import ok


async def test_petition_assigned_v1_has_exactly_the_contract_fields(reception):
    schemas = ok(await reception.client.get("/events/schemas"))
    assigned = schemas["shuniu.reception.petition.assigned.v1"]
    assert set(assigned["properties"]) == {
        "petition_id",
        "case_number",
        "summary",
        "department",
        "due_on",
        "assigned_by",
    }
    assert assigned["properties"]["due_on"]["format"] == "date"


async def test_every_personal_field_in_a_schema_is_declared_as_ciphertext(reception):
    schemas = ok(await reception.client.get("/events/schemas"))
    recorded = schemas["shuniu.reception.person.recorded.v1"]["properties"]
    assert "personal data sealed" in recorded["name"]["description"]
    registered = schemas["shuniu.reception.petition.registered.v1"]["properties"]
    assert "personal data sealed" in registered["content"]["description"]
    for ce_type, schema in schemas.items():
        for field in ("name", "id_number", "phone", "address"):
            if field in schema.get("properties", {}) and ce_type.startswith("shuniu.reception.person"):
                assert "sealed" in str(schema["properties"][field])
