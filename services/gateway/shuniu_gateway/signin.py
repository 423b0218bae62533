"""Backoff and lockout for password guessing at the development identity provider's sign-in.

Two counters of wrong passwords in a row: one per account (the name tried) and one per client
address. The first `free` wrong passwords cost nothing; from then on each further attempt locks the
key for a wait that doubles — 1 s, 2 s, 4 s … up to `longest` (15 minutes) — and an attempt while a
key is locked is refused at once with 429 and `Retry-After`, before any password is checked. A right
password clears its account's counter; the address's counter stays, so an attacker cannot wipe it
by signing in to an account of their own between guesses.

An attempt is counted *when it is admitted*, not when its password has been checked: the check takes
some 50 ms in a worker thread, and 400 guesses sent at once would otherwise all be admitted before
the first one failed. So of a burst, `free + 1` are checked and the rest wait.

The address is the one uvicorn reports, which follows `X-Forwarded-For` only from the proxies in
`SHUNIU_TRUSTED_PROXIES` (`shuniu_shared.runtime.server_config`): a caller cannot rotate it.

Each time a key becomes locked the gateway writes the audit line `sign_in_locked` (warning) and counts
`shuniu_gateway_sign_in_lockouts_total{key}`, for an operator's alert. The line names the account only
if it is a person of the directory: a name that is nobody is often a password typed into the wrong
field, and must not reach a log.

Counters live in the gateway process, like the rate buckets (ratelimit.py): with several replicas an
attacker gets `replicas × free` guesses before the first wait, and the doubling still bounds the rate.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Container
from dataclasses import dataclass

import structlog
from shuniu_shared.errors import ShuniuError

from shuniu_gateway.metrics import SIGN_IN_LOCKOUTS

log = structlog.get_logger(__name__)

_REMEMBERED_KEYS = 100_000  # counters kept at most (least recently touched go first): bounded memory


class TooManyAttempts(ShuniuError):
    status, code = 429, "sign_in_locked"


@dataclass
class _Counter:
    failures: int = 0
    locked_until: float = 0.0
    touched: float = 0.0


class SignInThrottle:
    def __init__(
        self,
        *,
        per_account: int,
        per_address: int,
        longest: float,
        known_accounts: Container[str],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._free = {"account": per_account, "address": per_address}
        self._longest = longest
        self._known = known_accounts
        self._monotonic = monotonic
        self._counters: OrderedDict[tuple[str, str], _Counter] = OrderedDict()

    def admit(self, account: str, address: str) -> None:
        """Count an attempt, or raise `TooManyAttempts` with the wait if either key is locked."""
        now = self._monotonic()
        keys = [("account", account), ("address", address)]
        counters = [self._counter(key, now) for key in keys]
        wait = max(counter.locked_until - now for counter in counters)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise TooManyAttempts(
                f"登录失败次数过多，请 {seconds} 秒后再试",
                f"too many failed sign-ins; try again in {seconds} s",
                retry_after_seconds=seconds,
            )
        for (kind, value), counter in zip(keys, counters, strict=True):
            counter.failures += 1  # until the password proves right (see the module's docstring)
            beyond = counter.failures - self._free[kind]
            if beyond > 0:
                counter.locked_until = now + min(self._longest, 2.0 ** (beyond - 1))
                self._audit(kind, value, account, address, counter)

    def succeeded(self, account: str) -> None:
        self._counters.pop(("account", account), None)

    def _counter(self, key: tuple[str, str], now: float) -> _Counter:
        counter = self._counters.get(key)
        # A counter idle for longer than the longest wait starts again: old failures are forgiven.
        if counter is None or now - counter.touched > self._longest:
            counter = self._counters[key] = _Counter()
        counter.touched = now
        self._counters.move_to_end(key)
        while len(self._counters) > _REMEMBERED_KEYS:
            self._counters.popitem(last=False)
        return counter

    def _audit(self, kind: str, value: str, account: str, address: str, counter: _Counter) -> None:
        SIGN_IN_LOCKOUTS.labels(kind).inc()
        log.warning(
            "sign_in_locked",
            locked=kind,
            account=account if account in self._known else "(not in the directory)",
            address=address,
            failures=counter.failures,
            seconds=round(counter.locked_until - counter.touched, 1),
        )
