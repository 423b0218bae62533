"""The files a document holds — a 收文's scan and attachments, a 发文's attachments — stored once by
their hash in the content store (shuniu_shared.content) and named on the document by events. The
rules both kinds of document keep: the same bytes attached again change nothing, one role holds one
file, and every download of a classified document's file is recorded (who, when, which file)."""

from __future__ import annotations

import re
from datetime import datetime

from shuniu_shared.classification import Classification
from shuniu_shared.errors import InvalidInput, RuleBroken

from shuniu_documents.domain.events import FileAttached, FileDownloaded

SCAN = "原件扫描"  # the role of the scan of the paper original; attachments are 附件 1, 附件 2, …
_ATTACHMENT = re.compile(r"^附件 ?([1-9][0-9]{0,2})$")


def attached(
    files: list[FileAttached],
    event: type[FileAttached],
    *,
    sha256: str,
    size: int,
    media_type: str,
    name: str,
    role: str,
    by: str,
    at: datetime,
) -> list[FileAttached]:
    """The event recording a file in `role` (checked already by the document), or none if these bytes
    are on it already."""
    if any(f.sha256 == sha256 for f in files):
        return []
    if any(f.role == role for f in files):
        raise RuleBroken(
            f"「{role}」已有文件", f"{role} has its file already", code="role_taken", field="role"
        )
    return [
        event(
            sha256=sha256,
            size=size,
            media_type=media_type,
            name=name,
            role=role,
            attached_by=by,
            attached_at=at,
        )
    ]


def downloaded(
    files: list[FileAttached],
    event: type[FileDownloaded],
    classification: str,
    *,
    sha256: str,
    by: str,
    at: datetime,
) -> list[FileDownloaded]:
    """The audit of a classified document's file downloaded; nothing for an unclassified one."""
    file = next((f for f in files if f.sha256 == sha256), None)
    if file is None or Classification.parse(classification) == Classification.NONE:
        return []
    return [
        event(
            sha256=sha256, name=file.name, classification=classification, downloaded_by=by, downloaded_at=at
        )
    ]


def normalise_role(role: str, *, scan: bool = True) -> str:
    """原件扫描 (a 收文's only), or 附件 N (N from 1, written with or without the space)."""
    role = role.strip()
    if scan and role == SCAN:
        return SCAN
    match = _ATTACHMENT.match(role)
    if match is None:
        raise InvalidInput(
            "文件用途须为「原件扫描」或「附件 N」" if scan else "文件用途须为「附件 N」",
            "the role is 原件扫描 or 附件 N" if scan else "the role is 附件 N",
            code="invalid_role",
            field="role",
        )
    return f"附件 {int(match.group(1))}"
