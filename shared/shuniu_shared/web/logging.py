"""One JSON object per line on stdout, whoever logs: our code (structlog) or a library (stdlib logging).

Each line carries the ISO timestamp in UTC, the level, the event, the logger, the `service`, and the
ids of the work in progress bound by `bound_context` (`request_id`, `correlation_id`, `trace_id`) and
by `current_principal` (`actor`), so that an operator can follow one user's command through every
service with a single query.

Credentials must never reach a log: fields named like a credential are masked, and anything that
looks like a JWT, a bearer credential or the password in a connection URL
(``postgresql://user:password@host``, which database errors like to quote) is masked wherever it
appears, including in tracebacks. Nor must personal data: the engines hide a statement's parameters
(`shuniu_shared.database.create_engine`), and the values PostgreSQL itself quotes in an error
(a duplicate key, a bad query argument) are masked here.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from shuniu_shared.settings import Settings

REDACTED = "[redacted]"

_CREDENTIAL_KEY = re.compile(r"authorization|token|secret|password|cookie", re.IGNORECASE)
# A JWT's header is base64url JSON, so it always starts with "eyJ" ('{"').
_CREDENTIAL_TEXT = re.compile(r"eyJ[\w-]+\.[\w-]*\.[\w-]*|(?i:bearer)\s+[\w.~+/=-]+")
_URL_PASSWORD = re.compile(r"(?<=://)([^:/@\s]+):[^@\s]+@")
# What PostgreSQL and asyncpg quote of a statement's values in their own messages, which the engine's
# `hide_parameters` does not reach: "Key (id_number)=(110101…) already exists", "invalid input for
# query argument $1: '110101…'". Values are personal data; the column or argument is enough.
_DATABASE_VALUE = re.compile(
    r"(?<=\)=\()[^\n]*?(?=\) already exists|\) is not present|\) conflicts)"  # Key (column)=(value) …
    r"|(?<=query argument \$)(\d+): [^\n]*"  # invalid input for query argument $1: value …
)

_LIBRARY_LEVELS = {
    "uvicorn": logging.NOTSET,  # NOTSET: the level configured for the service
    "uvicorn.error": logging.NOTSET,
    # Uvicorn's own access line would repeat `RequestContextMiddleware`'s, without the ids.
    "uvicorn.access": logging.WARNING,
    "aiokafka": logging.NOTSET,
    # SQLAlchemy logs statements with their parameters at INFO, and parameters hold personal data;
    # httpx logs every URL it calls at INFO, query string included.
    "sqlalchemy": logging.WARNING,
    "httpx": logging.WARNING,
}


def configure_logging(settings: Settings) -> None:
    """Route structlog and stdlib logging to stdout through one renderer. Safe to call again."""
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _AddService(settings.service),
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,
        _redact_credentials,
    ]
    renderer: Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False)  # Chinese stays readable in the log
        if settings.log_json
        else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,  # so that configuring again (a test, `make dev`) takes effect
    )

    handler = _StdoutHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    root = logging.getLogger()
    for previous in [h for h in root.handlers if isinstance(h, _StdoutHandler)]:
        root.removeHandler(previous)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())

    # Libraries that installed handlers of their own (uvicorn does) would print a second, unstructured
    # copy; hand their records to the root handler instead.
    for name, level in _LIBRARY_LEVELS.items():
        library_logger = logging.getLogger(name)
        library_logger.handlers.clear()
        library_logger.propagate = True
        library_logger.setLevel(level)


class _StdoutHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever `sys.stdout` is when a record arrives, not when the handler was made, so
    that a process which redirects stdout later (pytest's capture, a supervisor) still gets the lines."""

    def __init__(self) -> None:
        super().__init__(sys.stdout)

    @property
    def stream(self) -> TextIO:
        return sys.stdout

    @stream.setter
    def stream(self, _: TextIO) -> None:
        pass


class _AddService:
    def __init__(self, service: str) -> None:
        self.service = service

    def __call__(self, _: WrappedLogger, __: str, event: EventDict) -> EventDict:
        event.setdefault("service", self.service)
        return event


def _redact_credentials(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    return {key: _redact(key, value) for key, value in event.items()}


def _redact(key: str, value: Any) -> Any:
    if _CREDENTIAL_KEY.search(key) and value is not None:
        return REDACTED
    if isinstance(value, str):
        value = _DATABASE_VALUE.sub(lambda m: f"{m[1]}: {REDACTED}" if m[1] else REDACTED, value)
        return _URL_PASSWORD.sub(rf"\1:{REDACTED}@", _CREDENTIAL_TEXT.sub(REDACTED, value))
    if isinstance(value, Mapping):
        return {k: _redact(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact("", item) for item in value]
    return value
