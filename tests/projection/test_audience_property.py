"""No dashboard shows anyone more than the owning service would (issue 17, deliver 2; docs/contracts.md,
"Who may see the object"): in `make dev`'s demo county, for every person of the directory and every object
of the domain services, whatever any endpoint of the projection reveals about the object — its id or
title in the answer, its share of a count — the owner's own GET allows that person (200, not 404).

And the dashboards are not simply empty: every object a person may open at its owner is shown to them
in its history, and the counts are exactly those of the objects they may open.

The endpoints are read from the projection's own OpenAPI document, so a new one is either asked here
or fails this test: one without path parameters is asked as it is; the history and the lineage of
every object are asked for each person; the chronicle for every month the demo has entries in, as JSON,
Markdown and Word.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from docx import Document
from shuniu_projection.adapters.tables import (
    attendance,
    chronicle,
    circulation_reads,
    documents,
    incidents,
    meetings,
    objects,
    petitions,
    tasks,
    timeline,
)
from shuniu_projection.app.boards import FINISHED
from shuniu_projection.app.intake import SEALED_TITLE
from shuniu_shared.clock import TestClock
from shuniu_shared.directory import Person
from shuniu_shared.eventstore import events_table
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from shuniu_suite.embedded import SERVICES, build_embedded_app
from sqlalchemy import func, select

from tests.services import MONDAY_MORNING, running_service

DOMAIN_SERVICES = ("documents", "meetings", "supervision", "reception", "duty")
# How each owner answers "may this person see this object": its GET of the one object …
OWNER_GET = {
    ("documents", "incoming"): "/incoming/{id}",
    ("documents", "outgoing"): "/outgoing/{id}",
    ("meetings", "meeting"): "/meetings/{id}",
    ("meetings", "activity"): "/activities/{id}",
    ("supervision", "task"): "/tasks/{id}",
    ("supervision", "research"): "/research/{id}",
    ("reception", "petition"): "/petitions/{id}",
    ("reception", "visit"): "/visits/{id}",
    ("reception", "trip"): "/trips/{id}",
    ("reception", "person"): "/people/{id}",
    ("duty", "incident"): "/incidents/{id}",
    ("duty", "roster"): "/rosters/{id}",
    ("duty", "duty_log"): "/duty-log/{id}",
    ("duty", "information"): "/information/{id}",
    ("duty", "publication"): "/information/issues/{id}",
    ("reception", "hospitality"): "/hospitality/{id}",
    ("reception", "requisition"): "/requisitions/{id}",
    ("reception", "asset"): "/assets/{id}",
    ("reception", "asset_count"): "/asset-counts/{id}",
    ("supervision", "bulletin"): "/bulletins/{id}",
}
# … or, for kinds it has no such GET for, the list of those the caller may see.
OWNER_LIST = {
    ("meetings", "room"): "/rooms",
    ("reception", "seal"): "/seals",
    ("reception", "seal_request"): "/seal-requests",
    ("reception", "vehicle"): "/vehicles",
    ("reception", "supply"): "/supplies",
}
PER_OBJECT = ("/history/{service}/{stream_id}", "/lineage/{service}/{stream_id}")
# The event catalogue every service serves: it names kinds of events and their schemas, never an object.
# And the live pushes, a stream that does not end, which name an object only to the consoles its
# event's audience admits (tests/projection/test_live.py).
NAMES_NO_OBJECT = ("/events/catalogue", "/events/catalogue/{ce_type}", "/live")
SHORTEST_TITLE = 4  # a title shorter than this could be any word of any answer


@dataclass(frozen=True)
class Thing:
    """An object of the demo, as its owner recorded it."""

    service: str
    aggregate: str
    id: str
    title: str | None


@dataclass
class Answers:
    """What one person was told: each endpoint's body as text, by what was asked."""

    bodies: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] = field(default_factory=dict)


def token_for(settings: Settings, person: Person) -> dict[str, str]:
    token = issue_dev_token(settings, person.id, person.name, person.dept, person.roles, person.clearance)
    return {"Authorization": f"Bearer {token}"}


async def every_object(runtimes: dict[str, ServiceRuntime]) -> list[Thing]:
    """Every object of the domain services, from their own event stores, with the title the projection
    shows for it (what it would reveal it by)."""
    things = []
    async with runtimes["projection"].engine.connect() as projection:
        shown = {(r.service, r.stream_id): r.title for r in (await projection.execute(select(objects))).all()}
    for service in DOMAIN_SERVICES:
        async with runtimes[service].engine.connect() as connection:
            rows = (
                await connection.execute(
                    select(events_table.c.stream_id, func.min(events_table.c.type)).group_by(
                        events_table.c.stream_id
                    )
                )
            ).all()
        for stream_id, ce_type in rows:
            aggregate = ce_type.split(".")[2]
            things.append(Thing(service, aggregate, stream_id, shown.get((service, stream_id))))
    return things


async def settled(runtimes: dict[str, ServiceRuntime]) -> int:
    """Wait until the projection has every event the domain services stored, and no service stores
    more: one service's event can make another store its own a moment later (a 批示 on an incident
    opens a supervision task), so the counts must agree twice, a second apart, on the same figure."""
    agreed_on = None
    async with asyncio.timeout(180):
        while True:
            stored = 0
            for service in DOMAIN_SERVICES:
                async with runtimes[service].engine.connect() as connection:
                    stored += await connection.scalar(select(func.count()).select_from(events_table)) or 0
            async with runtimes["projection"].engine.connect() as connection:
                seen = await connection.scalar(select(func.count()).select_from(timeline))
            if seen == stored and seen == agreed_on:
                return seen
            agreed_on = seen if seen == stored else None
            await asyncio.sleep(1.0 if agreed_on is not None else 0.1)


async def owner_allows(
    clients: dict[str, httpx.AsyncClient], headers: dict[str, str], things: list[Thing]
) -> set[Thing]:
    """The objects the owners let this person see."""
    allowed = set()
    listed: dict[tuple[str, str], set[str]] = {}
    for kind, path in OWNER_LIST.items():
        listed[kind] = set()
        cursor = None
        while True:
            params = {"limit": 100} | ({"cursor": cursor} if cursor else {})
            page = await clients[kind[0]].get(path, params=params, headers=headers)
            assert page.status_code == 200, (path, page.text)
            body = page.json()
            listed[kind] |= {item["id"] for item in body["items"]}
            cursor = body.get("next_cursor")
            if not cursor:
                break
    for service in DOMAIN_SERVICES:
        got = [t for t in things if t.service == service and (t.service, t.aggregate) in OWNER_GET]
        urls = [OWNER_GET[(t.service, t.aggregate)].format(id=t.id) for t in got]
        for thing, answer in zip(got, await asked(clients[service], urls, headers), strict=True):
            assert answer.status_code in (200, 403, 404), (thing, answer.status_code, answer.text)
            if answer.status_code == 200:
                allowed.add(thing)
    return allowed | {
        thing for thing in things if thing.id in listed.get((thing.service, thing.aggregate), ())
    }


def dashboard_paths(runtime: ServiceRuntime) -> list[str]:
    spec = runtime.app().openapi()
    return sorted(path for path, operations in spec["paths"].items() if "get" in operations)


def text_of(response: httpx.Response) -> str:
    if response.headers["content-type"].startswith("application/vnd.openxmlformats"):
        return "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    return response.text


async def months_with_entries(runtime: ServiceRuntime) -> list[str]:
    async with runtime.engine.connect() as connection:
        days = (await connection.execute(select(chronicle.c.day).distinct())).scalars().all()
    return sorted({day[:7] for day in days})


async def ask_everything(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    paths: list[str],
    things: list[Thing],
    months: list[str],
) -> tuple[Answers, dict[Thing, int]]:
    """Every dashboard answer for one person, and the status of each object's history for them."""
    answers = Answers()
    history_status: dict[Thing, int] = {}
    for path in paths:
        if path in PER_OBJECT:
            urls = [path.format(service=thing.service, stream_id=thing.id) for thing in things]
            for thing, url, response in zip(things, urls, await asked(client, urls, headers), strict=True):
                assert response.status_code in (200, 404), (url, response.text)
                if path.startswith("/history"):
                    history_status[thing] = response.status_code
                if response.status_code == 200:
                    answers.bodies[url] = response.text
            continue
        assert "{" not in path, f"{path}: a new endpoint with parameters — say here how to ask it"
        queries: list[dict[str, str]] = [{}]
        if path == "/chronicle":
            queries += [{"month": m, "format": f} for m in months for f in ("json", "markdown", "docx")]
        for query in queries:
            response = await client.get(path, params=query, headers=headers)
            assert response.status_code == 200, (path, query, response.text)
            answers.bodies[f"{path}?{json.dumps(query, sort_keys=True)}"] = text_of(response)
            if not query and response.headers["content-type"].startswith("application/json"):
                answers.json[path] = response.json()
    return answers, history_status


async def asked(client: httpx.AsyncClient, urls: list[str], headers: dict[str, str]) -> list[httpx.Response]:
    """The answers to many questions, asked a few at a time (the databases answer while Python waits)."""
    answers: list[httpx.Response] = []
    for start in range(0, len(urls), 8):
        answers += await asyncio.gather(
            *(client.get(url, headers=headers) for url in urls[start : start + 8])
        )
    return answers


async def public_answers(client: httpx.AsyncClient, paths: list[str]) -> Answers:
    """What endpoints without parameters tell anyone who is not even signed in (the catalogue, the
    probes): the same to everybody, so asked once, and it may name no object at all."""
    answers = Answers()
    for path in paths:
        if "{" not in path:
            response = await client.get(path)
            if response.status_code == 200:
                answers.bodies[path] = text_of(response)
    return answers


def revealed(answers: Answers, hidden: list[Thing], known: str) -> list[tuple[str, str, str]]:
    """(endpoint, object, what gave it away) for each hidden object an answer names — by its id, or by
    its title — unless that text is the person's to know from an object they may see. The title of
    an object named by a sealed field (「（已加密）」, every such person's) names none of them."""
    leaks = []
    for endpoint, body in answers.bodies.items():
        for thing in hidden:
            if re.search(rf"(?<![\w-]){re.escape(thing.id)}(?![\w-])", body) and thing.id not in known:
                leaks.append((endpoint, thing.id, "id"))
            title = thing.title
            if title == SEALED_TITLE:
                continue
            if title and len(title) >= SHORTEST_TITLE and title in body and title not in known:
                leaks.append((endpoint, thing.id, f"title {title}"))
    return leaks


async def rows_of(runtime: ServiceRuntime, table: Any) -> list[Any]:
    async with runtime.engine.connect() as connection:
        return list((await connection.execute(select(table))).all())


async def what_they_may_know(runtimes: dict[str, ServiceRuntime], allowed: set[Thing]) -> str:
    """Every text in the events of the objects the person may open: what the owners tell them."""
    texts = []
    for service in DOMAIN_SERVICES:
        ids = [thing.id for thing in allowed if thing.service == service]
        async with runtimes[service].engine.connect() as connection:
            rows = await connection.execute(
                select(events_table.c.data).where(events_table.c.stream_id.in_(ids))
            )
            texts += [json.dumps(row.data, ensure_ascii=False) for row in rows]
    return "\n".join(texts)


def counts_shown(
    overview: dict[str, Any],
    board_docs: dict[str, Any],
    board_meetings: dict[str, Any],
    board_duty: dict[str, Any],
) -> dict:
    return {
        "documents_waiting": Counter(
            {(w["direction"], w["stage"], w["department"]): w["count"] for w in overview["documents_waiting"]}
        ),
        "open_tasks": sum(overview["tasks_by_light"].values()),
        "running_petitions": sum(overview["petitions_by_days_left"].values()),
        "documents": sum(v["count"] for v in board_docs["volume"]),
        "circulation_readers": board_docs["circulation"]["readers"],
        "meetings_held": board_meetings["held"],
        "invited": board_meetings["invited"],
        "open_incidents": len(board_duty["open"]),
        "incidents": sum(row["count"] for row in board_duty["by_level_and_month"]),
    }


def counts_of(allowed: set[Thing], tables: dict[str, list[Any]]) -> dict:
    """The same figures counted over the objects the owners let the person open, and nothing else."""
    ids = {(thing.service, thing.id) for thing in allowed}
    docs = [r for r in tables["documents"] if ("documents", r.stream_id) in ids]
    held = {
        r.stream_id
        for r in tables["meetings"]
        if ("meetings", r.stream_id) in ids and r.status == "held" and r.room_id is not None
    }
    return {
        "documents_waiting": Counter(
            (r.direction, r.stage, r.department or "") for r in docs if r.stage not in FINISHED[r.direction]
        ),
        "open_tasks": sum(
            1
            for r in tables["tasks"]
            if ("supervision", r.stream_id) in ids and r.status not in ("closed", "withdrawn")
        ),
        "running_petitions": sum(
            1 for r in tables["petitions"] if ("reception", r.stream_id) in ids and r.due_on is not None
        ),
        "documents": len(docs),
        "circulation_readers": sum(
            1 for r in tables["circulation_reads"] if ("documents", r.stream_id) in ids
        ),
        "meetings_held": len(held),
        "invited": sum(1 for r in tables["attendance"] if r.stream_id in held and r.capacity is not None),
        "open_incidents": sum(
            1 for r in tables["incidents"] if ("duty", r.stream_id) in ids and r.stage == "open"
        ),
        "incidents": sum(1 for r in tables["incidents"] if ("duty", r.stream_id) in ids),
    }


async def test_no_dashboard_shows_a_person_an_object_its_owner_hides_from_them(tmp_path):
    app = build_embedded_app(
        Settings(service="gateway", var_dir=tmp_path), clock=TestClock(MONDAY_MORNING), demo=True
    )
    async with app.router.lifespan_context(app):
        await no_dashboard_shows_more_than_the_owners(
            {runtime.definition.name: runtime for runtime in app.state.runtimes}
        )


@pytest.mark.postgres
@pytest.mark.kafka
async def test_on_postgresql_and_kafka_no_dashboard_shows_more_than_the_owners(
    postgres, office_kafka, tmp_path
):
    """The same office on the production parts: each service on its own PostgreSQL database, the
    events crossing a real broker (the projection reads them off the topics, not the in-process bus).

    The deadline schedulers run meanwhile, firing the demo's long-past deadlines as its history loads
    — which is how a command and the scheduler were first seen waiting for each other on a deadline
    (shuniu_shared/deadlines.py, and its tests)."""
    run = uuid.uuid4().hex[:8]
    clock = TestClock(MONDAY_MORNING)
    async with contextlib.AsyncExitStack() as stack:
        services = {}
        for definition in SERVICES:
            (tmp_path / definition.name).mkdir()
            services[definition.name] = await stack.enter_async_context(
                running_service(
                    definition,
                    tmp_path / definition.name,
                    clock=clock,
                    database_url=postgres.create_database(f"{definition.name}_audience_{run}"),
                    kafka_bootstrap=office_kafka,
                )
            )
        for service in services.values():  # after every service started, as make dev seeds it
            await service.runtime.seed_demo()
        await no_dashboard_shows_more_than_the_owners({name: s.runtime for name, s in services.items()})


async def no_dashboard_shows_more_than_the_owners(runtimes: dict[str, ServiceRuntime]) -> None:
    async with contextlib.AsyncExitStack() as open_clients:
        # Each service asked directly, as the gateway would forward (whose rate limit would refuse
        # a test asking a few thousand questions in a minute).
        clients = {
            name: await open_clients.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=runtime.app()), base_url=f"http://{name}")
            )
            for name, runtime in runtimes.items()
        }
        projection = runtimes["projection"]
        assert await settled(runtimes) > 300
        things = await every_object(runtimes)
        kinds = {(thing.service, thing.aggregate) for thing in things}
        assert kinds <= set(OWNER_GET) | set(OWNER_LIST), "a new kind of object: say how its owner shows it"
        paths = [path for path in dashboard_paths(projection) if path not in NAMES_NO_OBJECT]
        assert set(PER_OBJECT) <= set(paths)
        public = await public_answers(clients["projection"], paths)
        leaks = [("anyone", *leak) for leak in revealed(public, things, known="")]
        paths = [path for path in paths if path not in public.bodies]
        months = await months_with_entries(projection)
        tables = {
            table.name: await rows_of(projection, table)
            for table in (documents, tasks, petitions, meetings, circulation_reads, attendance, incidents)
        }
        people = sorted(projection.directory.people.values(), key=lambda person: person.id)

        unshown: list[tuple[str, str]] = []
        wrong_counts: dict[str, tuple[dict, dict]] = {}
        pairs = Counter[str]()
        for person in people:
            headers = token_for(projection.settings, person)
            allowed = await owner_allows(clients, headers, things)
            hidden = [thing for thing in things if thing not in allowed]
            pairs.update(allowed=len(allowed), hidden=len(hidden))
            answers, history_status = await ask_everything(
                clients["projection"], headers, paths, things, months
            )

            known = await what_they_may_know(runtimes, allowed)
            leaks += [(person.id, *leak) for leak in revealed(answers, hidden, known)]
            unshown += [(person.id, thing.id) for thing in allowed if history_status[thing] != 200]
            shown = counts_shown(
                answers.json["/overview"],
                answers.json["/documents/statistics"],
                answers.json["/meetings/statistics"],
                answers.json["/duty"],
            )
            if shown != (expected := counts_of(allowed, tables)):
                wrong_counts[person.id] = (shown, expected)

    assert leaks == [], f"{len(leaks)} things shown that their owner hides, e.g. {leaks[:10]}"
    assert wrong_counts == {}, (
        "a count that includes what the reader could not open (or omits what they could)"
    )
    # Not vacuous: the owners do hide things from some and show things to others …
    assert pairs["hidden"] > 0 and pairs["allowed"] > 0, pairs
    # … and the dashboards show each person everything of what they may open.
    assert unshown == [], (
        f"{len(unshown)} objects the owner shows but the dashboards do not, e.g. {unshown[:10]}"
    )
