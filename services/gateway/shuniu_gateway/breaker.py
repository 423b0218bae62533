"""A circuit breaker per service, so that a dead service does not tie up the gateway.

Without one, every request to a service that hangs or refuses waits out its timeout (and retries),
holding a connection slot and a client each time; with hundreds of users the gateway's pool fills
with requests that cannot succeed and the healthy services suffer too. The breaker counts
consecutive failures; after `failures` in a row it *opens* and the gateway answers 503 at once, with
`Retry-After`, without calling the service. After `reset_seconds` it lets one trial request through
(*half-open*): success closes it, failure opens it again for another period.

The clock is monotonic and injectable (tests move it by hand); it is operational time, not the
office's time, so it is not the event store's clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum


class BreakerState(Enum):
    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


class CircuitBreaker:
    def __init__(
        self, failures: int, reset_seconds: float, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._threshold = failures
        self._reset_seconds = reset_seconds
        self._monotonic = monotonic
        self._consecutive_failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if self._trial_in_flight or self._monotonic() - self._opened_at >= self._reset_seconds:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    def allow(self) -> bool:
        """Whether a request may go to the service now. In the half-open state only one may: the
        event loop runs one coroutine at a time, so checking and taking the trial cannot interleave."""
        match self.state:
            case BreakerState.CLOSED:
                return True
            case BreakerState.HALF_OPEN if not self._trial_in_flight:
                self._trial_in_flight = True
                return True
            case _:
                return False

    def retry_after_seconds(self) -> int:
        if self._opened_at is None:
            return 1
        remaining = self._reset_seconds - (self._monotonic() - self._opened_at)
        return max(1, math.ceil(remaining))

    def succeeded(self) -> None:
        self._consecutive_failures = 0
        self._opened_at = None
        self._trial_in_flight = False

    def abandoned(self) -> None:
        """The request ended without a verdict (the caller went away): let another be the trial."""
        self._trial_in_flight = False

    def failed(self) -> None:
        self._consecutive_failures += 1
        if self._trial_in_flight or self._consecutive_failures >= self._threshold:
            self._opened_at = self._monotonic()
        self._trial_in_flight = False
