"""The hand-made requests of issue 17's finding 3, each a 500 before: a valid-looking cursor the
list never issued, a date at the edge of what Python and PostgreSQL hold, a JSON body nested
deeper than anyone writes. Each is now a 4xx problem that names what to fix.

On PostgreSQL, where the 500s were (its integer and date limits are narrower than Python's)."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from urllib.parse import quote

import pytest
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_notifications.bootstrap import DEFINITION as NOTIFICATIONS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

from tests.gateway.support import echo_behind_gateway
from tests.services import RunningService, running_service

pytestmark = [pytest.mark.postgres, pytest.mark.chaos]

DEFINITIONS = {d.name: d for d in (DOCUMENTS, MEETINGS, SUPERVISION, RECEPTION, PROJECTION, NOTIFICATIONS)}
# Who asks: someone who may read the service's lists.
READERS = {
    "documents": "shen",
    "meetings": "feng",
    "supervision": "zhou",
    "reception": "feng",
    "projection": "feng",
    "notifications": "feng",  # 办公室主任: overseer of every delivery's state besides their own inbox
}


@pytest.fixture(scope="module")
async def office(postgres, tmp_path_factory) -> AsyncIterator[dict[str, RunningService]]:
    """Every domain service on its own PostgreSQL database, sharing one bus."""
    tmp_path = tmp_path_factory.mktemp("crafted")
    running: dict[str, RunningService] = {}
    stack = []
    try:
        for name, definition in DEFINITIONS.items():
            context = running_service(
                definition, tmp_path, database_url=postgres.create_database(f"crafted_{name}")
            )
            running[name] = await context.__aenter__()
            stack.append(context)
        yield running
    finally:
        for context in reversed(stack):
            await context.__aexit__(None, None, None)


def hand_made_cursor(position: object) -> str:
    """What a curious caller builds: `printf '{"before":"abc"}' | base64`."""
    return base64.b64encode(json.dumps(position).encode()).decode()


CURSOR_LISTS = [
    ("documents", "/incoming"),
    ("documents", "/outgoing"),
    ("meetings", "/meetings"),
    ("supervision", "/tasks"),
    ("supervision", "/tasks/overdue"),
    ("reception", "/visits"),
    ("reception", "/petitions"),
    ("reception", "/trips"),
    ("reception", "/seal-requests"),
    ("reception", "/seal-uses"),
    ("supervision", "/bulletins"),
]
# Shapes a caller might guess: another list's fields, each list's own fields with the wrong types or
# at the edges of what PostgreSQL and Python hold. One of them may be a well-formed cursor of some
# list (an empty page then); none may be a 500.
GUESSED_POSITIONS = [
    {"before": 2**70},
    {"before": -1},
    {"before": None},
    {"o": "abc", "k": "abc"},
    {"o": 1, "k": [1]},
    {"o": "9999-12-31T23:59:59-01:00", "k": 1},
    {"deadline": "abc", "id": 1},
    {"deadline": "9999-12-31", "id": "x"},
    {"starts_at": "abc", "id": "x"},
    {"starts_at": "0001-01-01T00:00:00+08:00", "id": "x"},
    {"starts_at": "2026-03-09T09:00:00", "id": "x\u0000"},
    {"year": 2**70, "number": "1"},
    {},
    [],
]


@pytest.mark.parametrize(("service", "path"), CURSOR_LISTS, ids=[f"{s}{p}" for s, p in CURSOR_LISTS])
async def test_a_cursor_the_list_never_issued_is_refused_naming_the_cursor(office, service, path):
    running = office[service]
    headers = running.as_(READERS[service], **{"Accept-Language": "en"})

    answer = await running.client.get(
        path, params={"cursor": hand_made_cursor({"before": "abc"})}, headers=headers
    )

    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["field"] == "cursor"
    assert "cursor" in answer.json()["detail"]
    for position in GUESSED_POSITIONS:
        answer = await running.client.get(
            path, params={"cursor": hand_made_cursor(position)}, headers=headers
        )
        assert answer.status_code in (200, 422), (position, answer.status_code, answer.text)
        if answer.status_code == 422:
            assert answer.json()["field"] == "cursor", (position, answer.text)


# (service, path, parameter, value): a date, an instant or a month at the edge of Python's range.
EXTREME_DATES = [
    ("meetings", "/rooms/{room}/schedule", "day", "9999-12-31"),
    ("meetings", "/rooms/{room}/schedule", "week", "9999-12-31"),
    ("meetings", "/rooms/{room}/schedule", "day", "0001-01-01"),
    ("meetings", "/meetings", "from", "0001-01-01T00:00:00+08:00"),
    ("meetings", "/meetings", "to", "9999-12-31T23:59:59-01:00"),
    ("reception", "/visits", "on", "9999-12-31"),
    ("reception", "/vehicles", "free_from", "0001-01-01T00:00:00+08:00"),
    ("projection", "/chronicle", "month", "0000-01"),
    ("projection", "/chronicle", "month", "9999-12"),
    ("projection", "/chronicle", "day", "9999-12-31"),
    ("projection", "/history/documents/{document}", "at", "0001-01-01T00:00:00"),
    ("supervision", "/views/completion-rates", "month", "0000-01"),
]


@pytest.mark.parametrize(
    ("service", "path", "parameter", "value"),
    EXTREME_DATES,
    ids=[f"{s}{p}?{n}={v}" for s, p, n, v in EXTREME_DATES],
)
async def test_a_date_outside_the_office_years_is_refused_naming_the_parameter(
    office, service, path, parameter, value
):
    running = office[service]
    params = {parameter: value}
    if parameter == "free_from":
        params["free_until"] = "2026-03-09T10:00:00+08:00"
    answer = await running.client.get(
        path.format(room="第一会议室", document="incoming-1"),
        params=params,
        headers=running.as_(READERS[service], **{"Accept-Language": "en"}),
    )

    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert problem["field"] == f"query.{parameter}", problem
    assert "1900" in problem["detail"] and "2999" in problem["detail"], problem


def deeply_nested_json(depth: int = 5000) -> str:
    return '{"username": ' + "[" * depth + "]" * depth + ', "password": "x"}'


async def test_deeply_nested_json_on_the_token_endpoint_is_refused_before_anyone_signs_in():
    async with echo_behind_gateway() as (gateway, _):
        answer = await gateway.client.post(
            "/auth/token", content=deeply_nested_json(), headers={"Content-Type": "application/json"}
        )
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "json_too_deep"


COMMANDS = [
    ("documents", "/incoming"),
    ("meetings", "/meetings"),
    ("supervision", "/tasks"),
    ("reception", "/petitions"),
    ("notifications", "/preferences"),
]


@pytest.mark.parametrize(("service", "path"), COMMANDS, ids=[f"{s}{p}" for s, p in COMMANDS])
async def test_deeply_nested_json_on_a_command_is_refused_before_parsing(office, service, path):
    running = office[service]
    answer = await running.client.post(
        path,
        content=deeply_nested_json(),
        headers=running.as_(READERS[service], **{"Content-Type": "application/json"}),
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "json_too_deep"


async def test_a_meeting_at_the_dawn_of_the_calendar_is_refused_naming_the_field(office):
    # 0001-01-01 01:00 in Beijing is in year 0 in UTC, where Python's datetime ends: it was a 500.
    meetings = office["meetings"]
    plan = {
        "title": "县政府办公会",
        "kind": "办公会",
        "organiser_department": "office",
        "chair": "luo",
        "starts_at": "0001-01-01T01:00:00+08:00",
        "ends_at": "0001-01-01T02:00:00+08:00",
        "room_id": None,
        "classification": "none",
    }
    answer = await meetings.client.post("/meetings", json=plan, headers=meetings.as_("shen"))

    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "body.starts_at"


# (path, parameter, value): a page size past what PostgreSQL's LIMIT (a bigint) and Python's page
# take, on every list of the notifications service.
EXTREME_LIMITS = [
    ("/notices", "limit", str(2**70)),
    ("/notices", "limit", "-1"),
    ("/deliveries", "limit", str(2**63)),
    ("/deliveries", "status", "sent\u0000"),
]


@pytest.mark.parametrize(
    ("path", "parameter", "value"), EXTREME_LIMITS, ids=[f"{p}?{n}={v[:12]}" for p, n, v in EXTREME_LIMITS]
)
async def test_a_notices_list_asked_for_an_impossible_page_is_refused_naming_the_parameter(
    office, path, parameter, value
):
    notifications = office["notifications"]
    answer = await notifications.client.get(
        path, params={parameter: value}, headers=notifications.as_(READERS["notifications"])
    )

    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["field"] == f"query.{parameter}", answer.text


@pytest.mark.parametrize(
    "notice_id",
    ["notice-\u0000", "通" * 5000, "../../preferences", "' OR 1=1 --"],
    ids=["nul", "five-thousand-characters", "a-path", "sql"],
)
async def test_marking_a_notice_nobody_was_sent_read_answers_not_found(office, notice_id):
    notifications = office["notifications"]
    answer = await notifications.client.post(
        f"/notices/{quote(notice_id, safe='')}/read", headers=notifications.as_(READERS["notifications"])
    )

    assert answer.status_code in (404, 422), answer.text
    assert answer.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "quiet_hours",
    [["24:00:00", "07:00:00"], ["23:59:60", "07:00:00"], ["22:00:00"], [[["22:00"]], "07:00"]],
    ids=["hour-24", "leap-second", "one-end", "nested"],
)
async def test_quiet_hours_outside_the_clock_are_refused_naming_the_field(office, quiet_hours):
    notifications = office["notifications"]
    answer = await notifications.client.post(
        "/preferences",
        json={"channels": ["console"], "quiet_hours": quiet_hours},
        headers=notifications.as_(READERS["notifications"]),
    )

    assert answer.status_code == 422, answer.text
    assert answer.json()["field"].startswith("body.quiet_hours"), answer.text
