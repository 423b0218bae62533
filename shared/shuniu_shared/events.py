"""Typed domain events, their registry, and upcasters.

An event class is a frozen pydantic model registered under a CloudEvents type
``shuniu.<service>.<aggregate>.<event>`` and a version. The registry is what a service publishes
about itself: the event catalogue's JSON Schemas are generated from it, and a stored event of an
old version is turned into the current class through the chain of upcasters when it is read, so
old versions stay readable forever while the code only knows the newest shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from shuniu_shared.errors import InvalidInput

Data = dict[str, Any]
Upcaster = Callable[[Data], Data]
E = TypeVar("E", bound="DomainEvent")


class EventValue(BaseModel):
    """A value an event carries (a guest, a bill, a plan's line): as unchangeable as the event, and as
    strict about fields it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DomainEvent(EventValue):
    """Something that happened, in the past tense, with only what a reader of the history needs."""

    event_type: ClassVar[str]  # shuniu.documents.incoming.registered
    event_version: ClassVar[int]

    @classmethod
    def ce_type(cls) -> str:
        return f"{cls.event_type}.v{cls.event_version}"

    def data(self) -> Data:
        return self.model_dump(mode="json")


class UnknownEventType(InvalidInput):
    def __init__(self, ce_type: str) -> None:
        super().__init__(
            f"未知的事件类型 {ce_type}", f"unknown event type {ce_type}", code="unknown_event_type"
        )


def split_ce_type(ce_type: str) -> tuple[str, int]:
    """``shuniu.documents.incoming.registered.v2`` → (``shuniu.documents.incoming.registered``, 2)."""
    name, _, version = ce_type.rpartition(".v")
    if not name or not version.isdigit():
        raise UnknownEventType(ce_type)
    return name, int(version)


class EventRegistry:
    """Every event type and version a service emits, plus how to read its older versions."""

    def __init__(self, service: str) -> None:
        self.service = service
        self._versions: dict[str, dict[int, type[DomainEvent]]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}

    def event(self, name: str, version: int = 1) -> Callable[[type[E]], type[E]]:
        """Register a class as ``shuniu.<service>.<name>.v<version>``; name is ``<aggregate>.<event>``."""

        def register(cls: type[E]) -> type[E]:
            event_type = f"shuniu.{self.service}.{name}"
            versions = self._versions.setdefault(event_type, {})
            if version in versions:
                raise ValueError(f"{event_type}.v{version} is registered twice")
            cls.event_type, cls.event_version = event_type, version
            versions[version] = cls
            return cls

        return register

    def upcaster(self, name: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Register the function that turns version N's data into version N+1's."""

        def register(fn: Upcaster) -> Upcaster:
            self._upcasters[(f"shuniu.{self.service}.{name}", from_version)] = fn
            return fn

        return register

    def current(self, event_type: str) -> type[DomainEvent]:
        versions = self._versions.get(event_type)
        if not versions:
            raise UnknownEventType(event_type)
        return versions[max(versions)]

    def decode(self, ce_type: str, data: Data) -> DomainEvent:
        """Read a stored or received event as the current version of its class."""
        event_type, version = split_ce_type(ce_type)
        cls = self.current(event_type)
        if version > cls.event_version:
            raise UnknownEventType(ce_type)
        while version < cls.event_version:
            upcast = self._upcasters.get((event_type, version))
            if upcast is None:
                raise LookupError(f"no upcaster from {event_type}.v{version} to v{version + 1}")
            data, version = upcast(dict(data)), version + 1
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            raise InvalidInput(
                f"事件 {ce_type} 的数据不符合其结构：{error.error_count()} 处错误",
                f"event {ce_type} does not match its schema: {error.error_count()} error(s)",
                code="malformed_event",
            ) from error

    def types(self) -> list[type[DomainEvent]]:
        """Every registered class, old versions included (the catalogue lists them all)."""
        return [cls for versions in self._versions.values() for cls in versions.values()]

    def json_schemas(self) -> dict[str, Data]:
        return {cls.ce_type(): cls.model_json_schema() for cls in self.types()}
