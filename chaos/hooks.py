"""Schemathesis hooks that make the inputs its generators never make (issue 17, finding 3): a
cursor that looks like one of ours (base64 of a JSON object), a date at the edge of what Python and
PostgreSQL hold, a JSON body nested far deeper than any the office sends, and on `/auth/*` session
and refresh cookies that look like our tokens (three base64url parts) but are not.

Loaded with ``SCHEMATHESIS_HOOKS=chaos.hooks`` by `chaos/fuzz.py` (the long form) and
`tests/chaos/test_bad_input.py` (the short form). Every generated case gets one of the crafted
changes in turn, or none, so the run keeps its ordinary cases too; the turn is a counter, not a
random draw, so a deterministic run stays deterministic.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from typing import Any

import schemathesis
from shuniu_gateway.identity import REFRESH_COOKIE, SESSION_COOKIE

HAND_MADE_POSITIONS: list[object] = [
    {"before": "abc"},
    {"before": 2**70},
    {"o": "abc", "k": "abc"},
    {"o": "9999-12-31T23:59:59-01:00", "k": 1},
    {"deadline": "9999-12-31", "id": "x"},
    {"starts_at": "0001-01-01T00:00:00+08:00", "id": "x"},
    {"id": "x\u0000"},
    {},
    [1],
]
BOUNDARY_DATES = ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01", "2999-12-31", "1900-01-01"]
BOUNDARY_INSTANTS = [
    "0001-01-01T00:00:00+08:00",
    "9999-12-31T23:59:59-01:00",
    "9999-12-31T23:59:59+00:00",
    "1899-12-31T23:59:59+08:00",
    "0001-01-01T00:00:00",
]
BOUNDARY_MONTHS = ["0000-01", "9999-12", "0001-01", "1899-12", "3000-01"]
DEEP = [40, 300, 600]  # past the limit, up to what the client's own encoder can write


def _segment(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def hand_made_token(header: object, claims: object, signature: str = "c2lnbmF0dXJl") -> str:
    """A JWT's shape with a signature nobody made: what a caller builds to get past the gateway."""
    return f"{_segment(header)}.{_segment(claims)}.{signature}"


HAND_MADE_TOKENS = [
    hand_made_token({"alg": "none", "typ": "JWT"}, {"sub": "luo", "sid": "s", "exp": 4102444800}, ""),
    hand_made_token({"alg": "HS256", "typ": "JWT"}, {"sub": "luo", "sid": "s", "exp": 4102444800}),
    hand_made_token({"alg": "HS256"}, {"sub": "luo", "exp": 2**70, "iat": -(2**70)}),
    hand_made_token({"alg": "RS256", "kid": "../../etc/passwd"}, {"sub": "nobody"}),
    hand_made_token({"alg": "HS256"}, {"sub": [[[["luo"]]]], "sid": {"id": None}}),
    # claims nested deeper than anyone writes, as a token's middle part
    f"{_segment({'alg': 'HS256'})}.{base64.urlsafe_b64encode(b'[' * 600 + b']' * 600).decode()}.c2ln",
    "a.b.c",
    "",
]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_turns = itertools.count()


def hand_made_cursor(position: object) -> str:
    return base64.b64encode(json.dumps(position).encode()).decode()


def _boundary(value: Any, name: str, turn: int) -> Any:
    """A boundary value of the same kind as `value` (a date, an instant, a month), else `value`."""
    if not isinstance(value, str):
        return value
    if _DATE.match(value):
        return BOUNDARY_DATES[turn % len(BOUNDARY_DATES)]
    if _INSTANT.match(value):
        return BOUNDARY_INSTANTS[turn % len(BOUNDARY_INSTANTS)]
    if name == "month":
        return BOUNDARY_MONTHS[turn % len(BOUNDARY_MONTHS)]
    return value


def _with_boundaries(body: Any, turn: int) -> Any:
    if isinstance(body, dict):
        return {key: _with_boundaries(_boundary(value, key, turn), turn) for key, value in body.items()}
    if isinstance(body, list):
        return [_with_boundaries(item, turn) for item in body]
    return body


def _nested(depth: int) -> Any:
    value: Any = "深"
    for _ in range(depth):
        value = [value]
    return value


def _query_parameters(case: Any) -> set[str]:
    return {parameter.name for parameter in case.operation.query}


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    turn = next(_turns)
    change = turn % 4  # 0: as generated; 1: a hand-made cursor; 2: boundary dates; 3: deep JSON
    names = _query_parameters(case)
    if change == 1 and case.operation.path.startswith("/auth/"):
        crafted = HAND_MADE_TOKENS[turn % len(HAND_MADE_TOKENS)]
        case.cookies = {**(case.cookies or {}), SESSION_COOKIE: crafted, REFRESH_COOKIE: crafted}
    elif change == 1 and "cursor" in names:
        case.query = {**(case.query or {}), "cursor": hand_made_cursor(HAND_MADE_POSITIONS[turn % 9])}
    elif change == 2:
        dated = {name for name in names if name in ("day", "week", "on", "month", "from", "to", "at")}
        dated |= {name for name in names if name.startswith("free_")}
        query = dict(case.query or {})
        for name in dated:
            sample = {"month": "2026-03", "at": "2026-03-09T09:00:00"}.get(name)
            if name in ("day", "week", "on"):
                sample = "2026-03-09"
            elif name in ("from", "to") or name.startswith("free_"):
                sample = "2026-03-09T09:00:00+08:00"
            query[name] = _boundary(sample, name, turn)
        if dated:
            case.query = query
        if isinstance(case.body, dict | list):
            case.body = _with_boundaries(case.body, turn)
    elif change == 3 and case.media_type and "json" in case.media_type:
        depth = DEEP[turn % len(DEEP)]
        case.body = {**(case.body if isinstance(case.body, dict) else {}), "deep": _nested(depth)}
    return case
