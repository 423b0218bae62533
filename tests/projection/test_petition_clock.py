"""A petition's clock on the overview (信访件剩余天数) is the one its newest step event declares: a
current version names it in `running_clock`; a version published before that is read by its own
frozen contract, the deadline field its published schema documents — so a petition whose newest
record is such an old version still counts in the right days-left bucket (docs/services/projection.md)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from shuniu_projection.bootstrap import DEFINITION
from shuniu_shared.envelope import Envelope

from tests.projection.test_petition_extension_desk import PETITIONS_AUDIENCE
from tests.projection.test_timeline import deliver
from tests.services import MONDAY_MORNING, read_caught_up, running_service

# Today, on the service's clock, is Monday 9 March 2026.


def step(petition: str, sequence: int, ce_type: str, data: dict[str, Any]) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.reception.petition.{ce_type}",
        source="/shuniu/reception",
        subject=petition,
        time=MONDAY_MORNING + timedelta(minutes=sequence),
        sequence=sequence,
        actor="wang",
        data=data,
        audience=PETITIONS_AUDIENCE,
    )


def registered(petition: str) -> Envelope:
    return step(
        petition,
        1,
        "registered.v1",
        {
            "case_number": f"信访〔2026〕{petition}号",
            "person_id": "person-1",
            "channel": "letter",
            "content": "enc:v1:k:x",
            "received_on": "2026-02-20",
            "registered_by": "wang",
            "routing_due_on": "2026-03-06",  # overdue, were it still the newest step
        },
    )


def routed(petition: str) -> Envelope:
    return step(
        petition,
        2,
        "routed.v1",
        {
            "to_department": "education",
            "routed_on": "2026-02-24",
            "routed_by": "wang",
            "acceptance_due_on": "2026-03-10",
            "objection_due_on": "2026-03-03",
        },
    )


PETITIONS = {
    # accepted before the events named their clock, with the notice sealed (v2): handling, 3 days left
    "p-1": [
        registered("p-1"),
        routed("p-1"),
        step(
            "p-1",
            3,
            "accepted.v2",
            {"accepted_on": "2026-01-12", "notice": "enc:v1:k:y", "handling_due_on": "2026-03-12"},
        ),
    ],
    # a 复核 asked for in a v1 record: its decision's period, by the record's level, 7 days left
    "p-2": [
        registered("p-2"),
        routed("p-2"),
        step(
            "p-2",
            3,
            "review_requested.v1",
            {
                "level": "复核",
                "requested_on": "2026-02-13",
                "grounds": "enc:v1:k:z",
                "decision_due_on": "2026-03-16",
            },
        ),
    ],
    # routed in a v1 record, nothing since: the acceptance period, due tomorrow
    "p-3": [registered("p-3"), routed("p-3")],
    # a 复核 decided (v2): nothing may follow it, so no clock runs
    "p-4": [
        registered("p-4"),
        step(
            "p-4",
            2,
            "review_decided.v2",
            {
                "level": "复核",
                "decided_on": "2026-03-02",
                "outcome": "upheld",
                "opinion": "enc:v1:k:w",
                "next_request_due_on": None,
            },
        ),
    ],
    # today's version names its clock itself: handling, 12 days left
    "p-5": [
        registered("p-5"),
        step(
            "p-5",
            2,
            "accepted.v3",
            {
                "accepted_on": "2026-01-20",
                "notice": "enc:v1:k:v",
                "handling_due_on": "2026-03-21",
                "running_clock": {"clock": "handling", "due_on": "2026-03-21"},
            },
        ),
    ],
}


async def test_a_petition_whose_newest_step_is_an_old_version_still_counts_in_its_days_left_bucket(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [e for steps in PETITIONS.values() for e in steps])
        for petition, steps in PETITIONS.items():
            await read_caught_up(
                projection, f"/history/reception/{petition}", f"{petition}:{len(steps)}", "wang"
            )
        overview = (await projection.client.get("/overview", headers=projection.as_("wang"))).json()

    assert overview["petitions_by_days_left"] == {"overdue": 0, "0-3": 2, "4-7": 1, "8-15": 1, "16+": 0}
