"""The events other services rely on keep the shape docs/contracts.md fixes, and every published
schema marks the sealed personal fields."""

from __future__ import annotations

from shuniu_reception.domain import events

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
        ("petition.accepted.v3", "notice"),
        ("petition.objected.v2", "reason"),
        ("petition.extension_requested.v2", "reason"),
        ("petition.extended.v4", "reason"),
        ("petition.extension_refused.v2", "opinion"),
        ("petition.review_decided.v3", "opinion"),
    ):
        described = schemas[f"shuniu.reception.{ce_type}"]["properties"][field]["description"]
        assert "sealed with the petitioner's key" in described


async def test_every_personal_field_in_a_schema_is_declared_as_ciphertext(reception):
    schemas = ok(await reception.client.get("/events/schemas"))
    recorded = schemas["shuniu.reception.person.recorded.v1"]["properties"]
    assert "personal data sealed" in recorded["name"]["description"]
    for version in ("v1", "v2"):
        registered = schemas[f"shuniu.reception.petition.registered.{version}"]["properties"]
        assert "personal data sealed" in registered["content"]["description"]
    for ce_type, schema in schemas.items():
        for field in ("name", "id_number", "phone", "address"):
            if field in schema.get("properties", {}) and ce_type.startswith("shuniu.reception.person"):
                assert "sealed" in str(schema["properties"][field])


def test_a_step_recorded_before_its_event_named_its_clock_reads_with_the_clock_it_started():
    """The records of a petition's steps from before their events named a clock (accepted and
    review_decided: v1 and v2; extended: v1 to v3; the others v1) read as the current version, with
    the statutory period the petition waits on named as the step's event now names it."""
    older = [
        (events.registered_v1_to_v2, {"routing_due_on": "2026-03-24"}, ("routing", "2026-03-24")),
        (
            events.routed_v1_to_v2,
            {"acceptance_due_on": "2026-04-08", "objection_due_on": "2026-03-31"},
            ("acceptance", "2026-04-08"),
        ),
        (events.accepted_v2_to_v3, {"handling_due_on": "2026-06-07"}, ("handling", "2026-06-07")),
        (events.extended_v3_to_v4, {"handling_due_on": "2026-07-07"}, ("handling", "2026-07-07")),
        (events.replied_v1_to_v2, {"review_request_due_on": "2026-07-01"}, ("review_request", "2026-07-01")),
        (
            events.review_requested_v1_to_v2,
            {"level": "复核", "decision_due_on": "2026-08-01"},
            ("second_review_decision", "2026-08-01"),
        ),
        (
            events.hearing_held_v1_to_v2,
            {"level": "复查", "decision_due_on": "2026-08-05"},
            ("review_decision", "2026-08-05"),
        ),
        (
            events.review_decided_v2_to_v3,
            {"level": "复查", "next_request_due_on": "2026-09-01"},
            ("second_review_request", "2026-09-01"),
        ),
    ]
    for upcast, dates, (clock, due_on) in older:
        assert upcast(dict(dates))["running_clock"] == {"clock": clock, "due_on": due_on}, upcast.__name__
    after_a_second_review = {"level": "复核", "next_request_due_on": None}
    assert events.review_decided_v2_to_v3(after_a_second_review)["running_clock"] is None  # nothing follows
