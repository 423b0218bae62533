"""What a service's OpenAPI document promises, made to match what it answers — decorated in this one
place for every route rather than declared route by route, so a new route gets it too.

FastAPI's own document describes the happy path of what a route declares, and a 422 shaped like its
`HTTPValidationError`. A Shuniu service answers otherwise:

* every error is an RFC 9457 problem (`problems.py`), as `application/problem+json` — 400, 401, 403,
  404, 409, 412, 422 (with `errors`, one per failing field), 429 (the gateway's rate limit) and 503;
* a command answers with the object's id, version and position (read-your-writes), whatever else it
  adds; its route returns the response `run_command` made, so FastAPI sees no model;
* a command honours `Idempotency-Key` (`commands.py`), and a command on an existing object accepts
  `If-Match` with the version the caller saw.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from shuniu_shared.web.problems import PROBLEM_MEDIA_TYPE

PROBLEM_STATUSES = (400, 401, 403, 404, 409, 412, 422, 429, 503)
_SCHEMAS = "#/components/schemas/"
_FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")


class FieldProblem(BaseModel):
    """One failing field of a 422, explained in both languages (the input is never echoed)."""

    field: str = Field(description="字段路径，如 body.title / the field's path")
    zh: str
    en: str


class Problem(BaseModel):
    """RFC 9457 problem details, with the members every Shuniu error carries."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    type: str = Field(description="https://shuniu.dev/problems/<code>")
    title: str = Field(description="HTTP 状态的简称 / the status's summary, in the reader's language")
    status: int
    detail: str = Field(
        description="本次错误的说明，随 Accept-Language / what went wrong, in the reader's language"
    )
    code: str = Field(description="稳定的机器代码 / the stable machine code clients branch on")
    instance: str = Field(description="请求路径 / the request path")
    correlation_id: str | None = Field(description="报告问题时请提供 / quote it to the operators")
    field: str | None = Field(None, description="出错的字段 / the field at fault, when there is one")
    errors: list[FieldProblem] | None = Field(None, description="422: 每个出错的字段 / every failing field")


class CommandResult(BaseModel):
    """What a command answers: enough to read one's own write (docs/platform.md, "Read your own writes")."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    id: str = Field(description="对象编号 / the object's id")
    version: int = Field(
        description="对象的新版本，下次 If-Match 用 / the object's new version, for If-Match"
    )
    position: int = Field(
        description="事件位置，读接口的 min_position 用 / the event's position, for min_position"
    )


IDEMPOTENCY_KEY: dict[str, Any] = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "重试时带同一个键：返回第一次的结果，不重复执行 / a retry with the same key gets the first "
    "result back and does nothing again; the same key with another body is a 422",
    "schema": {"type": "string", "pattern": "^[\\x21-\\x7e]{1,200}$"},
}
ETAG: dict[str, Any] = {
    "description": '对象的新版本，如 "4"，下次 If-Match 带上 / the new version, e.g. "4", for the next If-Match',
    "schema": {"type": "string"},
}
IF_MATCH: dict[str, Any] = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "description": '您看到的对象版本（上次响应的 ETag，如 "3"）；对象已更新则 412 / the version you saw (the '
    'last ETag, e.g. "3"); a version moved on is a 412',
    "schema": {"type": "string"},
}


def declare_contract(app: FastAPI) -> None:
    """Make `app.openapi()` return the decorated document (built once, as FastAPI's is)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = decorated(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def decorated(document: dict[str, Any]) -> dict[str, Any]:
    """`document` (FastAPI's), changed in place to say what the service really answers."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in _FASTAPI_VALIDATION_SCHEMAS:
        schemas.pop(name, None)
    for model in (Problem, CommandResult):
        definition = model.model_json_schema(ref_template=_SCHEMAS + "{model}")
        schemas.update(definition.pop("$defs", {}))
        schemas[model.__name__] = definition
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            _decorate(path, method, operation)
    return document


def _decorate(path: str, method: str, operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    if method == "post":
        success = next((s for s in ("201", "200") if s in responses), None)
        content = responses.get(success, {}).get("content", {}).get("application/json")
        if content is not None and content.get("schema") == {}:  # the response run_command made
            content["schema"] = {"$ref": _SCHEMAS + CommandResult.__name__}
            responses[success].setdefault("headers", {})["ETag"] = dict(ETAG)
            parameters = operation.setdefault("parameters", [])
            parameters.append(dict(IDEMPOTENCY_KEY))
            if "{" in path and success == "200":
                parameters.append(dict(IF_MATCH))
    for status in PROBLEM_STATUSES:
        responses[str(status)] = {
            "description": HTTPStatus(status).phrase,
            "content": {
                PROBLEM_MEDIA_TYPE: {
                    # The body repeats the status (clients that keep only the body still know it).
                    "schema": {
                        "allOf": [
                            {"$ref": _SCHEMAS + Problem.__name__},
                            {"type": "object", "properties": {"status": {"const": status}}},
                        ]
                    }
                }
            },
        }
