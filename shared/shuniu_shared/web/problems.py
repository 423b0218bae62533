"""Every error a service returns is an RFC 9457 problem, in the reader's language.

The body always has the same members, so a client (the console, the gateway, an analyst's script)
handles every failure with one piece of code:

* ``type`` — ``https://shuniu.dev/problems/<code>``, a URI per machine code rather than
  ``about:blank``, so that the type alone says what went wrong and each code can be documented at
  its URI;
* ``title`` — a short summary of the HTTP status, in the reader's language;
* ``status`` — the HTTP status, repeated for clients that only keep the body;
* ``detail`` — what went wrong this time, in the reader's language (``zh-CN`` unless
  ``Accept-Language`` prefers English);
* ``code`` — the stable machine code (``invalid_input``, ``not_found`` …) clients branch on;
* ``instance`` — the path the client called: behind the gateway, the service's path under the
  gateway's ``X-Forwarded-Prefix`` (``/api/documents/outgoing/…``, not ``/outgoing/…``);
* ``correlation_id`` — what a user quotes to the operators, who find the log lines with it;
* ``field`` (when one field is at fault) and ``errors`` (every failing field, on validation errors).

Bad input is never a 500: validation errors (including a malformed JSON body or a body sent with the
wrong content type) are 422 ``invalid_input``; only a bug is a 500, and its body says nothing about
the bug — the traceback goes to the log, under the same correlation id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any, Literal

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from shuniu_shared.context import request_context
from shuniu_shared.errors import ShuniuError
from shuniu_shared.outages import is_outage, sqlstate

Language = Literal["zh-CN", "en"]

PROBLEM_TYPE_BASE = "https://shuniu.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

log = structlog.get_logger(__name__)

_TITLES: dict[int, tuple[str, str]] = {
    400: ("请求有误", "Bad request"),
    401: ("未通过身份验证", "Unauthenticated"),
    403: ("无权操作", "Forbidden"),
    404: ("未找到", "Not found"),
    405: ("不支持该方法", "Method not allowed"),
    409: ("与当前状态冲突", "Conflict"),
    413: ("请求体过大", "Content too large"),
    415: ("不支持的内容类型", "Unsupported media type"),
    422: ("输入无效", "Invalid input"),
    429: ("请求过于频繁", "Too many requests"),
    500: ("内部错误", "Internal error"),
    502: ("上游答复有误", "Bad gateway"),
    503: ("暂不可用", "Unavailable"),
    504: ("上游未及时答复", "Gateway timeout"),
}

# Starlette raises HTTPException for requests no route answers; these are the ones worth a name.
_HTTP_EXCEPTION_PROBLEMS: dict[int, tuple[str, str, str]] = {
    404: ("not_found", "没有这个资源", "there is no such resource"),
    405: ("method_not_allowed", "该资源不支持此请求方法", "this resource does not support the method"),
}


def preferred_language(request: Request) -> Language:
    """English when `Accept-Language` ranks English above Chinese; Chinese otherwise (RFC 9110 §12.5.4)."""
    best: tuple[float, Language] = (0.0, "zh-CN")
    for item in request.headers.get("accept-language", "").split(","):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("zh", "en"):
            continue  # "*" and languages we do not speak leave the default alone
        quality = _quality(params)
        if quality > best[0]:  # strictly greater: on a tie the language listed first wins
            best = (quality, "en" if primary == "en" else "zh-CN")
    return best[1]


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def problem_response(
    request: Request,
    status: int,
    code: str,
    zh: str,
    en: str,
    field: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """A problem+json response; `extra` adds members to the body (e.g. `errors`, `checks`)."""
    language = preferred_language(request)
    english = language == "en"
    titles = problem_title(status)
    context = request_context()
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": titles[1] if english else titles[0],
        "status": status,
        "detail": en if english else zh,
        "code": code,
        "instance": called_path(request),
        "correlation_id": context.correlation_id if context else None,
    }
    if field is not None:
        body["field"] = field
    body.update(extra)
    response_headers = {"Content-Language": language, "Vary": "Accept-Language", **(headers or {})}
    if status == 401:
        # RFC 9110 §15.5.2: a 401 must say which scheme would be accepted.
        response_headers.setdefault("WWW-Authenticate", 'Bearer realm="shuniu"')
    return JSONResponse(body, status_code=status, headers=response_headers, media_type=PROBLEM_MEDIA_TYPE)


async def shuniu_error_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ShuniuError)
    # A refusal that says how long to wait (a locked sign-in) says it in the header clients read too.
    wait = exc.details.get("retry_after_seconds")
    headers = {"Retry-After": str(wait)} if wait is not None else None
    return problem_response(
        request, exc.status, exc.code, exc.zh, exc.en, exc.field, headers=headers, **exc.details
    )


async def validation_error_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(error) for error in exc.errors()]
    first = errors[0]
    more = len(errors) - 1
    zh = f"{first['field']}：{first['zh']}" + (f"（另有 {more} 处错误）" if more else "")
    en = f"{first['field']}: {first['en']}" + (f" (and {more} more)" if more else "")
    return problem_response(request, 422, "invalid_input", zh, en, first["field"], errors=errors)


async def http_error_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    code, zh, en = _HTTP_EXCEPTION_PROBLEMS.get(status) or (_code_for(status), *problem_title(status))
    return problem_response(request, status, code, zh, en, headers=exc.headers)  # keeps 405's `Allow`


UNSTORABLE_TEXT = frozenset({"22P05", "22021"})  # untranslatable character; not in the encoding's repertoire


async def internal_error_response(request: Request, exc: Exception) -> JSONResponse:
    """A bug. The log gets the traceback; the caller gets an apology and the correlation id.

    Unless the database or the broker is unreachable: that is an outage, not a bug, and the caller
    is told to retry (503) — nothing was written, since the transaction did not commit."""
    if is_outage(exc):
        log.warning("dependency_unavailable", method=request.method, path=request.url.path, error=repr(exc))
        return problem_response(
            request,
            503,
            "unavailable",
            "依赖的服务暂时不可用，请稍后重试",
            "a service this one depends on is unavailable; retry shortly",
            headers={"Retry-After": "1"},
        )
    if sqlstate(exc) in UNSTORABLE_TEXT:
        # PostgreSQL stores no U+0000 in text or jsonb; the request is refused whole, nothing written.
        return problem_response(
            request,
            422,
            "invalid_character",
            "请求中含有无法保存的字符（如 U+0000 空字符），请删除后重试",
            "the request contains a character that cannot be stored (such as U+0000); remove it and retry",
        )
    log.exception("unhandled_exception", method=request.method, path=request.url.path)
    return problem_response(
        request,
        500,
        "internal_error",
        "服务内部出错，请稍后重试；如仍有问题，请将关联编号告知管理员",
        "something went wrong on our side; retry later, and quote the correlation id if it persists",
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ShuniuError, shuniu_error_response)
    app.add_exception_handler(RequestValidationError, validation_error_response)
    app.add_exception_handler(HTTPException, http_error_response)
    # Starlette hands `Exception` to its outermost middleware, which answers and then re-raises so
    # the server logs it a second time. `RequestContextMiddleware` catches bugs first (and logs them
    # once); this handler is what an app without that middleware falls back on.
    app.add_exception_handler(Exception, internal_error_response)


def called_path(request: Request) -> str:
    """The path as the client called it. The gateway strips its prefix (``/api/documents``) before
    forwarding and names it in ``X-Forwarded-Prefix``; a prefix that is not a plain absolute path
    (a client talking to the service directly can send anything) is ignored rather than echoed."""
    prefix = request.headers.get("x-forwarded-prefix", "").rstrip("/")
    if not _PLAIN_PREFIX.fullmatch(prefix):
        prefix = ""
    return prefix + request.url.path


_PLAIN_PREFIX = re.compile(r"(/[A-Za-z0-9._~-]+)*")


def problem_title(status: int) -> tuple[str, str]:
    """(Chinese, English) title of a status; the front door's own refusals (front_door.py) use it too."""
    phrase = HTTPStatus(status).phrase
    return _TITLES.get(status, (phrase, phrase))


def _code_for(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")


def _field_name(location: Iterable[Any]) -> str:
    return ".".join(str(part) for part in location)


def _field_error(error: Mapping[str, Any]) -> dict[str, str]:
    """One failing field, explained in both languages. Never echoes the input: it may be personal data."""
    kind = error["type"]
    location = error["loc"]
    if kind == "json_invalid":
        location = location[:1]  # FastAPI appends the character offset, which is not a field
    elif kind == "model_attributes_type" and isinstance(error.get("input"), bytes):
        kind = "body_not_json"  # FastAPI hands over the raw bytes of a body not sent as JSON
    field = _field_name(location)
    template = _MESSAGES.get(kind)
    if template is not None:
        try:
            zh, en = (text.format(**error.get("ctx", {})) for text in template)
            return {"field": field, "zh": zh, "en": en}
        except KeyError:  # pydantic left out a detail the template names: fall back on its own words
            pass
    return {"field": field, "zh": "取值无效", "en": error.get("msg", "invalid value")}


# Pydantic's messages are English only; these are the ones a form or an API client commonly meets.
_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("缺少必填项", "this field is required"),
    "json_invalid": ("不是有效的 JSON", "not valid JSON ({error})"),
    "body_not_json": (
        "请求体应为 JSON 对象，且 Content-Type 为 application/json",
        "the body should be a JSON object sent as application/json",
    ),
    "model_attributes_type": ("应为 JSON 对象", "should be a JSON object"),
    "dict_type": ("应为 JSON 对象", "should be a JSON object"),
    "list_type": ("应为数组", "should be an array"),
    "string_type": ("应为字符串", "should be a string"),
    "int_type": ("应为整数", "should be an integer"),
    "int_parsing": ("应为整数", "should be an integer"),
    "float_type": ("应为数字", "should be a number"),
    "float_parsing": ("应为数字", "should be a number"),
    "bool_type": ("应为布尔值", "should be true or false"),
    "bool_parsing": ("应为布尔值", "should be true or false"),
    "string_too_short": ("至少 {min_length} 个字符", "should have at least {min_length} characters"),
    "string_too_long": ("至多 {max_length} 个字符", "should have at most {max_length} characters"),
    "too_short": ("至少 {min_length} 项", "should have at least {min_length} items"),
    "too_long": ("至多 {max_length} 项", "should have at most {max_length} items"),
    "string_pattern_mismatch": ("格式不符", "does not have the expected format"),
    "greater_than": ("应大于 {gt}", "should be greater than {gt}"),
    "greater_than_equal": ("应不小于 {ge}", "should be at least {ge}"),
    "less_than": ("应小于 {lt}", "should be less than {lt}"),
    "less_than_equal": ("应不大于 {le}", "should be at most {le}"),
    "enum": ("应为以下之一：{expected}", "should be one of {expected}"),
    "literal_error": ("应为以下之一：{expected}", "should be one of {expected}"),
    "date_parsing": ("应为日期（YYYY-MM-DD）", "should be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": ("应为日期（YYYY-MM-DD）", "should be a date (YYYY-MM-DD)"),
    "datetime_parsing": ("应为 RFC 3339 时间", "should be an RFC 3339 instant"),
    "datetime_from_date_parsing": ("应为 RFC 3339 时间", "should be an RFC 3339 instant"),
    "timezone_aware": ("时间须带时区", "should include a time zone"),
    "office_year": ("年份应在 {first} 至 {last} 之间", "the year should be between {first} and {last}"),
    "uuid_parsing": ("应为 UUID", "should be a UUID"),
    "uuid_type": ("应为 UUID", "should be a UUID"),
    "extra_forbidden": ("不允许此字段", "is not an accepted field"),
}
