"""Errors a user can be told about, in Chinese first and English second.

Domain code raises these; the web layer (`shuniu_shared.web.problems`) turns each into an RFC 9457
problem+json response with a stable machine `code`, so nothing here imports a web framework.
"""

from __future__ import annotations

from typing import Any


class ShuniuError(Exception):
    """A refusal with a stable code, an HTTP status and a message in both languages."""

    status = 400
    code = "bad_request"

    def __init__(
        self, zh: str, en: str, *, code: str | None = None, field: str | None = None, **details: Any
    ) -> None:
        """`details` are members a client can act on without parsing the message (the meeting that
        holds a room, the free cars); they go into the problem body as they are, so no personal data."""
        super().__init__(en)
        self.zh, self.en = zh, en
        self.field = field
        self.details = details
        if code:
            self.code = code

    def message(self, language: str) -> str:
        return self.en if language == "en" else self.zh


class InvalidInput(ShuniuError):
    """The request names something impossible (an unknown type, a malformed number)."""

    status, code = 422, "invalid_input"


class RuleBroken(ShuniuError):
    """The request is well formed but a rule of the office forbids it."""

    status, code = 422, "rule_broken"


class OutOfTurn(ShuniuError):
    """The step is right but the object is not at the stage where it can be taken."""

    status, code = 409, "out_of_turn"


class ConcurrencyError(ShuniuError):
    """Someone else changed the object first; the caller reloads and decides again."""

    status, code = 409, "concurrency_conflict"

    def __init__(self, stream_id: str, expected_version: int | None = None) -> None:
        if expected_version is None:  # changed while the caller decided (a deadline firing, say)
            super().__init__(
                f"对象 {stream_id} 正在被他人修改，请刷新后重试",
                f"{stream_id} is being changed by someone else; reload and retry",
            )
        else:
            super().__init__(
                f"对象 {stream_id} 已被他人修改（预期版本 {expected_version}），请刷新后重试",
                f"{stream_id} was changed by someone else (expected version {expected_version}); reload and retry",
            )
        self.stream_id, self.expected_version = stream_id, expected_version


class PreconditionFailed(ShuniuError):
    """The caller's If-Match names a version the object has moved past."""

    status, code = 412, "precondition_failed"


class NotFound(ShuniuError):
    """Also what an uninvolved user is told, so that an object's existence does not leak."""

    status, code = 404, "not_found"


class Unauthenticated(ShuniuError):
    status, code = 401, "unauthenticated"


class Forbidden(ShuniuError):
    status, code = 403, "forbidden"


class Unavailable(ShuniuError):
    """A dependency (database, broker, upstream service) cannot be reached right now."""

    status, code = 503, "unavailable"


def required(text: str, field: str, zh: str, en: str) -> str:
    """The text without its surrounding blanks; InvalidInput naming `field` when nothing is left (a
    reason, a report, a name the office needs written)."""
    if not text.strip():
        raise InvalidInput(zh, en, field=field)
    return text.strip()
