"""修改痕迹: what changed between two versions of a 正文, element by element and paragraph by paragraph.

Each element (标题, 附件说明, 发文机关署名, 成文日期, 附注) and each paragraph is unchanged, inserted,
deleted or changed; a changed text carries its inline difference, character by character — Chinese
has no spaces to split words at, and a reviewer's edit is often one character (3月底 → 3月20日).

Paragraphs are matched by their text and level, not by their 层次序数: the numbers follow from the
order (domain/body.py), so a heading inserted above renumbers the rest without their showing as
changed. Where a run of old paragraphs was replaced by a run of new ones, they are paired in order
as changed (an edit of a paragraph) and what is left over is deleted or inserted.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from shuniu_documents.domain.body import DocumentBody, Paragraph


class Mark(StrEnum):
    UNCHANGED = "unchanged"
    INSERTED = "inserted"
    DELETED = "deleted"
    CHANGED = "changed"


def inline(old: str, new: str) -> list[dict[str, str]]:
    """The runs of `new` against `old`: equal, deleted (in old only) and inserted (in new only)."""
    runs: list[dict[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append({"op": "equal", "text": old[i1:i2]})
            continue
        if op in ("delete", "replace"):
            runs.append({"op": "delete", "text": old[i1:i2]})
        if op in ("insert", "replace"):
            runs.append({"op": "insert", "text": new[j1:j2]})
    return runs


def redline(old: DocumentBody, new: DocumentBody) -> dict[str, Any]:
    """The changes from `old` to `new`: the elements, then the paragraphs in the new order (a
    deleted paragraph where it stood)."""
    return {
        "elements": _elements(old, new),
        "paragraphs": _paragraphs(old, new),
    }


def _elements(old: DocumentBody, new: DocumentBody) -> list[dict[str, Any]]:
    def text(body: DocumentBody, name: str) -> str | None:
        value = getattr(body, name)
        if name == "written_on":
            return value.isoformat() if value else None
        return value or None

    marks = []
    for name in ("title", "signatory", "written_on", "note"):
        marks.append(_mark(name, text(old, name), text(new, name)))
    matcher = SequenceMatcher(None, old.attachments, new.attachments, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old.attachments[i1:i2], new.attachments[j1:j2]
        if op == "equal":
            marks += [_mark(f"attachments[{j1 + k}]", a, a) for k, a in enumerate(news)]
            continue
        paired = min(len(olds), len(news)) if op == "replace" else 0
        marks += [_mark(f"attachments[{j1 + k}]", olds[k], news[k]) for k in range(paired)]
        marks += [_mark(f"attachments[{i1 + k}]", a, None) for k, a in enumerate(olds[paired:], paired)]
        marks += [_mark(f"attachments[{j1 + k}]", None, a) for k, a in enumerate(news[paired:], paired)]
    return marks


def _mark(element: str, old: str | None, new: str | None) -> dict[str, Any]:
    if old == new:
        return {"element": element, "mark": Mark.UNCHANGED.value, "text": new}
    if old is None:
        return {"element": element, "mark": Mark.INSERTED.value, "text": new}
    if new is None:
        return {"element": element, "mark": Mark.DELETED.value, "text": old}
    return {
        "element": element,
        "mark": Mark.CHANGED.value,
        "from": old,
        "to": new,
        "inline": inline(old, new),
    }


def _paragraphs(old: DocumentBody, new: DocumentBody) -> list[dict[str, Any]]:
    def entry(mark: Mark, i: int | None, j: int | None) -> dict[str, Any]:
        was: Paragraph | None = old.paragraphs[i] if i is not None else None
        now: Paragraph | None = new.paragraphs[j] if j is not None else None
        out: dict[str, Any] = {"mark": mark.value, "from": i, "to": j}
        if was is not None and i is not None:
            out["old"] = {"number": old.numbers[i], "text": was.text, "level": int(was.level)}
        if now is not None and j is not None:
            out["new"] = {"number": new.numbers[j], "text": now.text, "level": int(now.level)}
        if mark is Mark.CHANGED and was is not None and now is not None:
            out["inline"] = inline(was.text, now.text)
        return out

    marks: list[dict[str, Any]] = []
    matcher = SequenceMatcher(None, old.paragraphs, new.paragraphs, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            marks += [entry(Mark.UNCHANGED, i1 + k, j1 + k) for k in range(i2 - i1)]
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        marks += [entry(Mark.CHANGED, i1 + k, j1 + k) for k in range(paired)]
        marks += [entry(Mark.DELETED, i, None) for i in range(i1 + paired, i2)]
        marks += [entry(Mark.INSERTED, None, j) for j in range(j1 + paired, j2)]
    return marks
