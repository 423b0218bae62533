"""Who may see what the projection shows: exactly the audience (知悉范围) the object's owner named
with its newest event, decided by `Principal.sees` — the rule the owner's own GET decides with
(shuniu_shared.audience). The projection has no rule of its own and widens nothing: an object whose
owner named no audience is shown to nobody, and so is one whose stored audience cannot be read."""

from __future__ import annotations

from functools import lru_cache

from shuniu_shared.audience import Audience
from shuniu_shared.directory import Directory
from shuniu_shared.web.auth import Principal


def may_see(principal: Principal, directory: Directory, audience: str | None) -> bool:
    """Whether the object whose stored audience (objects.audience) this is may be shown to them."""
    named = _read(audience)
    return named is not None and principal.sees(named, directory)


_read = lru_cache(maxsize=4096)(Audience.stored)  # a few distinct audiences serve every row of a dashboard
