"""The gateway's `/auth/*` routes as the generated-input run needs to see them (issue 17, deliver 4).

The gateway's own OpenAPI document lists `/auth/token`, `/auth/login`, `/auth/refresh` and
`/auth/logout`, but not what they read: the credentials are parsed by hand from a form or JSON
(`shuniu_gateway.identity.read_credentials`, to do without python-multipart), and the refresh and
session tokens come in cookies. From that document alone schemathesis sends each of them the same
empty request, so the routes most exposed to the outside got a handful of cases where every other
operation got hundreds. This adds to the document what those routes really read, taken from the
gateway's own `Credentials` model and cookie names, so the generator builds bodies (as JSON and as
the OAuth2 form) and cookies for them; `chaos.hooks` then crafts tokens that look like ours.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
from shuniu_gateway.identity import REFRESH_COOKIE, SESSION_COOKIE, Credentials

SIGN_IN_PATHS = ("/auth/token", "/auth/login")
SESSION_PATHS = ("/auth/refresh", "/auth/logout", "/auth/me")


def with_sign_in_inputs(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with the credentials' body on the sign-in routes and the session cookies on the
    routes that read them; a route the document does not have is left out."""
    changed = copy.deepcopy(document)
    credentials = Credentials.model_json_schema()
    credentials.pop("title", None)
    form = {**credentials, "properties": {**credentials["properties"], "grant_type": {"type": "string"}}}
    for path in SIGN_IN_PATHS:
        operation = changed["paths"].get(path, {}).get("post")
        if operation is not None:
            operation["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": credentials},
                    "application/x-www-form-urlencoded": {"schema": form},
                },
            }
    for path in SESSION_PATHS:
        for operation in changed["paths"].get(path, {}).values():
            known = {(parameter["name"], parameter["in"]) for parameter in operation.get("parameters", [])}
            operation["parameters"] = [
                *operation.get("parameters", []),
                *(
                    {"name": cookie, "in": "cookie", "required": False, "schema": {"type": "string"}}
                    for cookie in (SESSION_COOKIE, REFRESH_COOKIE)
                    if (cookie, "cookie") not in known
                ),
            ]
    return changed


def gateway_document_with_sign_in_inputs(base_url: str, into: Path) -> Path:
    """The gateway's document at `base_url`, with the sign-in inputs, written to a file in `into`
    (schemathesis then runs it with `--url base_url`)."""
    document = httpx.get(f"{base_url}/openapi.json", timeout=30).raise_for_status().json()
    path = into / "gateway-openapi-with-sign-in-inputs.json"
    path.write_text(json.dumps(with_sign_in_inputs(document), ensure_ascii=False), encoding="utf-8")
    return path
