"""A read model is a set of reactions, one per event kind it cares about: `Reactions.on("documents.
incoming.received")` registers a function of the envelope and the projection's connection.

Reactions only ever set a row from the event's own data (or move it forward): applied twice, they
leave what they left once, which is what makes a rebuild equal the live read model.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from shuniu_shared.envelope import Envelope
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.app.intake import event_kind

Reaction = Callable[[Envelope, AsyncConnection], Awaitable[None]]


class Reactions:
    def __init__(self) -> None:
        self._by_kind: dict[str, list[Reaction]] = {}

    def on(self, *kinds: str) -> Callable[[Reaction], Reaction]:
        """Register for ``<service>.<aggregate>.<event>`` kinds (any version: the data of a new
        version must still carry what the reaction reads, or the catalogue check would have failed)."""

        def register(reaction: Reaction) -> Reaction:
            for kind in kinds:
                self._by_kind.setdefault(kind, []).append(reaction)
            return reaction

        return register

    async def __call__(self, envelope: Envelope, connection: AsyncConnection) -> None:
        for reaction in self._by_kind.get(".".join(event_kind(envelope.type)), ()):
            await reaction(envelope, connection)
