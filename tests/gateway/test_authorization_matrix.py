"""The authorization matrix: who may call what, through the gateway and at each service directly.

Each row says: this person (or nobody) calling this endpoint gets this status. Authorization is
enforced by every service, not only at the gateway, so each service row is checked twice: through
the gateway at `/api/<service>/…`, and at the service itself with the gateway bypassed.

Rows are written per service as its routes land: a person inside the object's department and one
outside it, each role that may and one that may not act, each clearance below and at the object's
密级 (someone uninvolved, or not cleared, gets 404 rather than 403, so that existence does not
leak). Beside the rows, every route a service declares as needing a token is found in its OpenAPI
and must refuse a caller without one — so a new route that forgets its dependency fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from shuniu_gateway.embedded import SERVICES

from tests.gateway.support import DIRECTORY, bearer, untrustworthy_tokens

GATEWAY = "gateway"
Suite = tuple[httpx.AsyncClient, FastAPI]


@dataclass(frozen=True)
class Cell:
    service: str  # a service behind the gateway, or "gateway" for the gateway's own routes
    method: str
    path: str  # below /api/<service> for a service; the gateway's own path otherwise
    person: str | None  # a person of the demo directory; None: no token at all
    expected: int
    body: dict[str, Any] | None = None

    def __str__(self) -> str:
        return f"{self.service} {self.method} {self.path} as {self.person or 'nobody'} → {self.expected}"


SERVICE_NAMES = [definition.name for definition in SERVICES]
PEOPLE = sorted(DIRECTORY.people)

MATRIX: list[Cell] = [
    # Probes and published schemas are for anyone (load balancers, other teams' consumers).
    *(Cell(service, "GET", "/healthz", None, 200) for service in SERVICE_NAMES),
    *(Cell(service, "GET", "/events/schemas", None, 200) for service in SERVICE_NAMES),
    *(
        Cell(service, "GET", "/events/schemas", person, 200)
        for service in SERVICE_NAMES
        for person in ("zhao", "luo")
    ),
    # Unknown routes are a 404 problem for anyone, signed in or not.
    *(
        Cell(service, "GET", "/no-such-route", person, 404)
        for service in SERVICE_NAMES
        for person in (None, "shen")
    ),
    # An object nobody created is a 404 for whoever asks — the same answer an uninvolved person gets
    # for an object that exists, so a 404 never tells which of the two it was.
    Cell("documents", "GET", "/incoming/no-such-document", "shen", 404),
    Cell("meetings", "GET", "/meetings/no-such-meeting", "feng", 404),
    Cell("supervision", "GET", "/tasks/no-such-task", "zhou", 404),
    Cell("reception", "GET", "/petitions/no-such-petition", "wang", 404),
    Cell("reception", "GET", "/visits/no-such-visit", "zheng", 404),
    # The wrong role is a 403 before anything else is looked at; no token is a 401.
    Cell("supervision", "POST", "/tasks", "zhao", 403, body={}),
    Cell("supervision", "POST", "/tasks", None, 401, body={}),
    Cell("reception", "POST", "/trips/any-trip/approve", "zhao", 403, body={}),
    Cell("reception", "POST", "/seal-requests/any-request/approve", "zheng", 403, body={}),
    # The gateway's own: who am I — only for someone signed in; every person of the directory is.
    Cell(GATEWAY, "GET", "/auth/me", None, 401),
    *(Cell(GATEWAY, "GET", "/auth/me", person, 200) for person in PEOPLE),
]


async def call(client: httpx.AsyncClient, cell: Cell, path: str) -> httpx.Response:
    headers = bearer(cell.person) if cell.person else {}
    return await client.request(cell.method, path, headers=headers, json=cell.body)


@pytest.mark.parametrize("cell", MATRIX, ids=str)
async def test_each_cell_through_the_gateway(embedded: Suite, cell: Cell):
    client, _ = embedded
    path = cell.path if cell.service == GATEWAY else f"/api/{cell.service}{cell.path}"
    response = await call(client, cell, path)
    assert response.status_code == cell.expected, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("cell", [c for c in MATRIX if c.service != GATEWAY], ids=str)
async def test_each_service_cell_at_the_service_called_directly(embedded: Suite, cell: Cell):
    _, app = embedded
    direct = app.state.upstreams[cell.service].client  # the service's own app, no gateway in between
    response = await call(direct, cell, cell.path)
    assert response.status_code == cell.expected, response.text


def secured_operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path with placeholders filled) of every operation that declares a bearer token."""
    operations = []
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("security"):
                operations.append((method.upper(), re.sub(r"\{[^}]+\}", "x", path)))
    return operations


@pytest.mark.parametrize("service", SERVICE_NAMES)
async def test_every_route_a_service_secures_refuses_a_caller_without_a_token_or_with_a_bad_one(
    embedded: Suite, service: str
):
    client, app = embedded
    direct = app.state.upstreams[service].client
    spec = (await direct.get("/openapi.json")).json()
    bad_tokens = [token for _, token in untrustworthy_tokens()]
    wrong = []
    for method, path in secured_operations(spec):
        places = [(direct, path), (client, f"/api/{service}{path}")]
        attempts = [(where, target, token) for token in (None, *bad_tokens) for where, target in places]
        for where, target, token in attempts:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await where.request(method, target, headers=headers)
            if response.status_code != 401:
                wrong.append(
                    f"{method} {target} {'bad token' if token else 'no token'}: {response.status_code}"
                )
    assert not wrong, "\n".join(wrong)
