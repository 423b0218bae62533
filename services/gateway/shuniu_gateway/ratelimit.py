"""Per-user rate limits: a token bucket for each signed-in person (or each address, unsigned).

Each bucket holds up to `burst` tokens and refills at `per_second`; a request takes one token, and a
request that finds the bucket empty is refused with 429 and the seconds until a token is back
(`Retry-After`). A bucket is filled lazily from the time since it was last used, so idle users cost
nothing; buckets full again are dropped now and then, so the table stays as small as the set of
recently active callers.

The buckets live in the gateway process. Several gateway replicas each enforce the limit on the
requests they see, so a user's effective limit is at most `replicas × per_second`: enough to stop a
runaway script or a password-guessing loop, which is what the limit is for.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

_PRUNE_EVERY = 1024  # requests between sweeps of idle buckets


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    def __init__(
        self, per_second: float, burst: int, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = per_second
        self._burst = float(burst)
        self._monotonic = monotonic
        self._buckets: dict[str, _Bucket] = {}
        self._since_prune = 0

    def take(self, key: str) -> float | None:
        """None if `key` may go ahead (and a token is taken); otherwise the seconds to wait."""
        now = self._monotonic()
        self._maybe_prune(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self._burst, now)
        bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.updated) * self._rate)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return None
        return (1 - bucket.tokens) / self._rate

    @staticmethod
    def retry_after_header(seconds: float) -> str:
        return str(max(1, math.ceil(seconds)))

    def _maybe_prune(self, now: float) -> None:
        self._since_prune += 1
        if self._since_prune < _PRUNE_EVERY:
            return
        self._since_prune = 0
        refill_seconds = self._burst / self._rate
        idle = [key for key, bucket in self._buckets.items() if now - bucket.updated >= refill_seconds]
        for key in idle:
            del self._buckets[key]
