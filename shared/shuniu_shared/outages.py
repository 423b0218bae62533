"""Telling a dependency outage (database or broker unreachable) from a bug or a bad event.

An outage is nobody's fault and passes: HTTP answers 503 and the caller retries, a consumer waits
and retries without counting attempts, and nothing is dead-lettered because of it.
"""

from __future__ import annotations

from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, NodeNotReadyError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError


def is_outage(error: BaseException) -> bool:
    if isinstance(error, DBAPIError) and error.connection_invalidated:
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
