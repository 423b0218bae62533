"""The aggregate base: state is the fold of the events, and a command returns new events.

Decisions live in command methods, which check the rules against the current state and return
the events that record the decision without changing anything. State changes only in ``when_*``
methods, one per event class (found by the type annotation of their argument), which is also
how the state is rebuilt from the stored history. So the same code path serves a live command and
a replay, and a reader can check each rule against one method.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Self, get_type_hints

from shuniu_shared.audience import Audience
from shuniu_shared.events import DomainEvent


class Aggregate:
    _appliers: ClassVar[dict[type[DomainEvent], Callable[[Any, Any], None]]]

    def __init__(self, id: str) -> None:
        self.id = id
        self.version = 0  # how many events have been applied; the next append expects this

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._appliers = {}
        for klass in reversed(cls.__mro__):
            for name, method in vars(klass).items():
                if name.startswith("when_") and callable(method):
                    hints = {k: v for k, v in get_type_hints(method).items() if k != "return"}
                    if len(hints) != 1:
                        raise TypeError(f"{cls.__name__}.{name} must take exactly one annotated event")
                    cls._appliers[next(iter(hints.values()))] = method

    @property
    def exists(self) -> bool:
        return self.version > 0

    def audience(self) -> Audience | None:
        """Who may see this object as it now stands (知悉范围, shuniu_shared.audience): every event
        saved carries the audience after it, so readers elsewhere show it to exactly these people.
        An aggregate whose events others read names one; None means nobody outside this service."""
        return None

    def apply(self, event: DomainEvent) -> None:
        applier = self._appliers.get(type(event))
        if applier is None:
            raise TypeError(f"{type(self).__name__} has no when_ method for {type(event).__name__}")
        applier(self, event)
        self.version += 1

    @classmethod
    def applies(cls, event: DomainEvent) -> bool:
        """Whether this kind of object is made of such events (a room's are not a meeting's)."""
        return type(event) in cls._appliers

    @classmethod
    def replay(cls, id: str, events: Iterable[DomainEvent]) -> Self:
        aggregate = cls(id)
        for event in events:
            aggregate.apply(event)
        return aggregate
