"""An extension of a petition's handling on the desks (《信访工作条例》§34): the request waits on the
county's leaders, who approve it themselves; the approval then waits on the petitions office to tell
the petitioner; a refusal tells nobody anything new."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from shuniu_projection.bootstrap import DEFINITION
from shuniu_shared.audience import Audience
from shuniu_shared.envelope import Envelope

from tests.projection.test_timeline import deliver
from tests.services import MONDAY_MORNING, RunningService, read_caught_up, running_service

PETITION = "petition-7"
# As the reception service names it: the petitions office, the county's leaders, the handling bureau.
PETITIONS_AUDIENCE = Audience.of(
    classification="秘密", roles=["petitions_officer", "leader"], departments=["education"]
)


def reception_event(sequence: int, event: str, data: dict[str, Any], version: int = 1) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.reception.petition.{event}.v{version}",
        source="/shuniu/reception",
        subject=PETITION,
        time=MONDAY_MORNING + timedelta(minutes=sequence),
        sequence=sequence,
        actor="wang",
        data=data,
        audience=PETITIONS_AUDIENCE,
    )


ACCEPTED = [
    reception_event(
        1,
        "registered",
        {
            "case_number": "信访〔2026〕7号",
            "person_id": "person-1",
            "channel": "letter",
            "content": "enc:v1:k:x",
            "received_on": "2026-03-02",
            "registered_by": "wang",
            "routing_due_on": "2026-03-17",
        },
    ),
    reception_event(
        2,
        "routed",
        {
            "to_department": "education",
            "routed_on": "2026-03-03",
            "routed_by": "wang",
            "acceptance_due_on": "2026-03-18",
            "objection_due_on": "2026-03-10",
        },
    ),
    reception_event(
        3, "accepted", {"accepted_on": "2026-03-04", "notice": "受理告知书", "handling_due_on": "2026-05-03"}
    ),
    reception_event(
        4,
        "extension_requested",
        {"days": 20, "reason": "案情复杂", "requested_on": "2026-03-09", "requested_by": "wang"},
    ),
]
APPROVED = reception_event(
    5,
    "extended",
    {
        "days": 20,
        "reason": "案情复杂",
        "approved_by": "fang",
        "approved_on": "2026-03-09",
        "handling_due_on": "2026-05-23",
    },
    version=2,
)


async def desk_kinds(projection: RunningService, person: str) -> list[tuple[str, str]]:
    response = await projection.client.get("/my-desk", headers=projection.as_(person))
    return [(item["id"], item["kind"]) for item in response.json()["items"]]


async def caught_up(projection: RunningService, version: int) -> None:
    await read_caught_up(projection, f"/history/reception/{PETITION}", f"{PETITION}:{version}", "wang")


async def test_an_extension_request_waits_on_the_leaders_and_the_approval_on_the_petitions_office(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, ACCEPTED)
        await caught_up(projection, 4)
        assert await desk_kinds(projection, "fang") == [(PETITION, "approve_extension")]  # 方副县长
        assert await desk_kinds(projection, "feng") == []  # the office director does not approve it

        await deliver(tmp_path, [APPROVED])
        await caught_up(projection, 5)
        assert await desk_kinds(projection, "fang") == []
        assert await desk_kinds(projection, "wang") == [(PETITION, "tell_extension")]

        told = reception_event(6, "extension_told", {"told_on": "2026-03-10", "told_by": "wang"})
        await deliver(tmp_path, [told])
        await caught_up(projection, 6)
        assert await desk_kinds(projection, "wang") == []


async def test_a_refused_extension_leaves_nothing_to_tell(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        refused = reception_event(
            5, "extension_refused", {"refused_by": "luo", "refused_on": "2026-03-10", "opinion": "可按期办结"}
        )
        await deliver(tmp_path, [*ACCEPTED, refused])
        await caught_up(projection, 5)
        assert await desk_kinds(projection, "luo") == []
        assert await desk_kinds(projection, "wang") == []
