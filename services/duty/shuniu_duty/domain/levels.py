"""事件等级 (《突发事件应对法》): four levels, ordered, so that a rule can say "较大 and above"."""

from __future__ import annotations

from enum import StrEnum


class IncidentLevel(StrEnum):  # 事件等级, lowest first
    GENERAL = "一般"
    LARGER = "较大"
    MAJOR = "重大"
    ESPECIALLY_MAJOR = "特别重大"

    @property
    def rank(self) -> int:
        return list(IncidentLevel).index(self)

    # Compared by rank, not as strings: "重大" < "较大" in code points would put them upside down.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, IncidentLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, IncidentLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, IncidentLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, IncidentLevel):
            return NotImplemented
        return self.rank >= other.rank
