"""Read models store people and departments by id (``{p:luo}``, ``{d:finance}``) and put them into
words when read, with the directory as it is then: a renamed department reads right everywhere."""

from __future__ import annotations

import re

from shuniu_shared.directory import Directory

_REFERENCE = re.compile(r"\{([pd]):([^{}]+)\}")


def in_words(text: str, directory: Directory) -> str:
    def name(match: re.Match[str]) -> str:
        kind, key = match.groups()
        found = directory.people.get(key) if kind == "p" else directory.departments.get(key)
        return found.name if found is not None else key

    return _REFERENCE.sub(name, text)
