"""The events other services rely on keep the shape docs/contracts.md fixes, and every published
schema marks the sealed personal fields."""

from __future__ import annotations

from tests.reception.office import ok


async def test_petition_assigned_keeps_exactly_the_contract_fields_and_v2_seals_the_summary(reception):
    schemas = ok(await reception.client.get("/events/schemas"))
    for version in ("v1", "v2"):
        assigned = schemas[f"shuniu.reception.petition.assigned.{version}"]
        assert set(assigned["properties"]) == {
            "petition_id",
            "case_number",
            "summary",
            "department",
            "due_on",
            "assigned_by",
        }
        assert assigned["properties"]["due_on"]["format"] == "date"
    assert "sealed with the petitioner's key" in str(schemas["shuniu.reception.petition.assigned.v2"])


async def test_every_free_text_of_a_case_is_declared_sealed_in_its_newest_version(reception):
    schemas = ok(await reception.client.get("/events/schemas"))
    for ce_type, field in (
        ("petition.accepted.v2", "notice"),
        ("petition.objected.v2", "reason"),
        ("petition.extension_requested.v2", "reason"),
        ("petition.extended.v3", "reason"),
        ("petition.extension_refused.v2", "opinion"),
        ("petition.review_decided.v2", "opinion"),
    ):
        described = schemas[f"shuniu.reception.{ce_type}"]["properties"][field]["description"]
        assert "sealed with the petitioner's key" in described


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
