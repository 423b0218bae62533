"""Telling a dependency outage (database or broker unreachable) from a bug or a bad event.

An outage is nobody's fault and passes: HTTP answers 503 and the caller retries, a consumer waits
and retries without counting attempts, and nothing is dead-lettered because of it.
"""

from __future__ import annotations

from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, NodeNotReadyError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

# PostgreSQL's own words for "not now": shutting down, starting up, crashed, connection lost.
_UNAVAILABLE_SQLSTATES = frozenset({"57P01", "57P02", "57P03", "08000", "08003", "08006"})


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of a database error, whichever driver raised it (asyncpg keeps it on the cause)."""
    original = getattr(error, "orig", None)
    for candidate in (original, getattr(original, "__cause__", None)):
        code = getattr(candidate, "sqlstate", None) or getattr(candidate, "pgcode", None)
        if isinstance(code, str):
            return code
    return None


def is_outage(error: BaseException) -> bool:
    if isinstance(error, DBAPIError) and (
        error.connection_invalidated or sqlstate(error) in _UNAVAILABLE_SQLSTATES
    ):
        return True
    return isinstance(
        error,
        OperationalError
        | InterfaceError
        | ConnectionError
        | OSError
        | TimeoutError
        | KafkaConnectionError
        | KafkaTimeoutError
        | NodeNotReadyError,
    )
