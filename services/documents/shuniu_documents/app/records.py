"""The handling record (处理单, 流转记录) rebuilt from a document's events, and its archive package."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import StoredEvent
from shuniu_shared.ofd import OFD_MEDIA_TYPE, write_ofd

from shuniu_documents.adapters.archive_zip import Made, Stored, as_json
from shuniu_documents.adapters.extraction import DOCX, PDF
from shuniu_documents.adapters.typesetting import Imprint, typeset
from shuniu_documents.adapters.word_file import word_file
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument
from shuniu_documents.domain.redline import redline

# What each event is called in the record a person reads.
ACTIONS = {
    "incoming.received": "签收",
    "incoming.registered": "登记",
    "incoming.accepted": "初审通过",
    "incoming.returned": "退回",
    "incoming.proposed": "拟办",
    "incoming.instructed": "批示",
    "incoming.circulation_started": "传阅",
    "incoming.read": "阅毕",
    "incoming.circulation_recalled": "收回传阅",
    "incoming.circulation_overdue": "传阅超时",
    "incoming.urged": "催办",
    "incoming.supervision_opened": "督办立项",
    "incoming.supervision_closed": "督办办结",
    "incoming.replied": "答复",
    "incoming.closed": "办结",
    "incoming.archived": "归档",
    "incoming.file_attached": "上传文件",
    "incoming.file_downloaded": "下载涉密文件",
    "outgoing.drafted": "起草",
    "outgoing.revised": "修改",
    "outgoing.reviewed": "审核通过",
    "outgoing.returned": "审核退回",
    "outgoing.countersigned": "会签",
    "outgoing.signed": "签发",
    "outgoing.rechecked": "复核",
    "outgoing.changed_after_signing": "复核发现实质性修改，退回签发人",
    "outgoing.body_edited": "修改正文",
    "outgoing.signature_voided": "签发后修改正文，签发失效，退回签发人",
    "outgoing.numbered": "登记编号",
    "outgoing.number_voided": "文号作废",
    "outgoing.printed": "印制",
    "outgoing.sealed": "用印（盖章并数字签名）",
    "outgoing.dispatched": "核发",
    "outgoing.issued": "发出",
    "outgoing.revoked": "撤销",
    "outgoing.abolished": "废止",
    "outgoing.archived": "归档",
}
# What each stage is called on the record, Chinese first (the archive is read by people, not programs).
STAGES = {
    "received": "已签收",
    "registered": "已登记",
    "returned": "已退回",
    "accepted": "初审通过，待承办",
    "distributed": "已分发传阅",
    "proposed": "已拟办，待批示",
    "instructed": "已批示，承办中",
    "replied": "已答复",
    "closed": "已办结",
    "drafted": "已起草，待审核",
    "countersigning": "会签中",
    "awaiting_signature": "待签发",
    "signed": "已签发，待复核",
    "rechecked": "已复核，待登记",
    "printed": "已印制，待核发",
    "issued": "已核发",
    "revoked": "已撤销",
    "abolished": "已废止",
    "archived": "已归档",
}
_OPINION_FIELDS = ("opinion", "instruction", "reason", "comments", "reply", "note", "change", "result")


def history(events: list[StoredEvent], directory: Directory) -> list[dict[str, Any]]:
    """Who did what, when, with which opinion — one entry per event, oldest first."""
    entries = []
    for event in events:
        name = event.type.removeprefix("shuniu.documents.").rpartition(".v")[0]
        actor = event.context.get("actor")
        person = directory.people.get(actor) if actor else None
        opinion = next((event.data[f] for f in _OPINION_FIELDS if event.data.get(f)), None)
        entries.append(
            {
                "version": event.version,
                "position": event.position,
                "type": event.type,
                "action": ACTIONS.get(name, name),
                "at": event.time.isoformat(),
                "actor": actor,
                "actor_name": person.name if person else None,
                "opinion": opinion,
                "data": event.data,
            }
        )
    return entries


def archive_package(state: dict[str, Any], record: list[dict[str, Any]]) -> dict[str, Any]:
    return {"metadata": state, "handling_record": record}


def archive_markdown(kind: str, state: dict[str, Any], record: list[dict[str, Any]]) -> str:
    """The same package as a readable Markdown document (文书处理单)."""
    title = "收文处理单" if kind == "incoming" else "发文稿纸及处理记录"
    number = state.get("receipt_number") or state.get("number") or "（无编号）"
    lines = [
        f"# {title}：{state['title']}",
        "",
        f"- 编号：{number}",
        f"- 文种：{state['doc_type']}",
        f"- 密级：{state['classification'] if state['classification'] != 'none' else '无'}"
        + (f"★{state['secrecy_period']}" if state.get("secrecy_period") else ""),
        f"- 紧急程度：{state.get('urgency') or '无'}",
        f"- 保管期限：{state.get('retention') or '未归档'}",
        f"- 当前阶段：{STAGES.get(state['stage'], state['stage'])}",
        "",
        "## 办理记录",
        "",
        "| 时间（北京时间） | 环节 | 办理人 | 意见 |",
        "|---|---|---|---|",
    ]
    for entry in record:
        who = entry["actor_name"] or entry["actor"] or "系统"
        opinion = str(entry["opinion"] or "").replace("|", "｜").replace("\n", " ")
        when = datetime.fromisoformat(entry["at"]).astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M")
        lines.append(f"| {when} | {entry['action']} | {who} | {opinion} |")
    if state.get("files"):
        lines += [
            "",
            "## 文件",
            "",
            "| 用途 | 文件名 | 类型 | 大小（字节） | SHA-256 |",
            "|---|---|---|---|---|",
        ]
        for file in state["files"]:
            name = " ".join(file["name"].split()).replace("|", "｜")  # shown as given, on one table row
            lines.append(
                f"| {file['role']} | {name} | {file['media_type']} | {file['size']} | {file['sha256']} |"
            )
    return "\n".join(lines) + "\n"


def package_entries(
    document: IncomingDocument | OutgoingDocument,
    kind: str,
    state: dict[str, Any],
    record: list[dict[str, Any]],
    imprint: Imprint | None,
) -> list[Made | Stored]:
    """What the ZIP of an archived document holds (adapters/archive_zip.py): the record, its files as
    attached, and for a 发文 its final 正文 typeset and as Word, and each version of its 正文 with the
    redline from the one before."""
    entries: list[Made | Stored] = [
        Made(
            "处理单.md", "处理单（可读文本）", "text/markdown", archive_markdown(kind, state, record).encode()
        ),
        Made("处理单.json", "元数据和处理单", "application/json", as_json(archive_package(state, record))),
    ]
    for i, file in enumerate(state["files"], start=1):
        path = f"文件/{i:02d}-{file['role']}-{_safe(file['name'])}"
        entries.append(
            Stored(path, file["role"], file["media_type"], file["sha256"], file["size"], file["name"])
        )
    if isinstance(document, IncomingDocument):
        return entries
    assert imprint is not None  # a 发文's: what its PDF and Word file print around the 正文
    final = document.versions[-1]
    pdf = typeset(final.body, imprint)
    ofd = write_ofd(pdf, title=final.body.title, created=final.body.written_on)
    entries += [
        Made("正文.pdf", "版式文件（按 GB/T 9704-2012 排版，未用印）", PDF, pdf),
        Made("正文.ofd", "版式文件（OFD，GB/T 33190，与 PDF 同一版式，未用印）", OFD_MEDIA_TYPE, ofd),
        Made("正文.docx", "正文（Word 文件）", DOCX, word_file(final.body, imprint)),
    ]
    if document.sealed is not None:  # as the seal keeper's 用印 left it: sealed and signed (PAdES)
        sealed = document.sealed
        entries.append(
            Stored(
                "正文（已用印）.pdf",
                "版式文件（已用印、数字签名）",
                PDF,
                sealed.sha256,
                sealed.size,
                "正文（已用印）.pdf",
            )
        )
        if sealed.ofd_sha256 is not None and sealed.ofd_size is not None:  # and its OFD, under the SM2 seal
            name = "正文（已用印）.ofd"
            entries.append(
                Stored(name, "版式文件（OFD，国密电子印章，GB/T 38540）", OFD_MEDIA_TYPE, sealed.ofd_sha256,
                       sealed.ofd_size, name)
            )  # fmt: skip
    for before, version in zip([None, *document.versions], document.versions, strict=False):
        number = version.number
        entries.append(
            Made(f"正文各版/第{number}版.json", f"正文第{number}版", "application/json",
                 as_json(version.summary() | {"body": version.body.as_dict()}))
        )  # fmt: skip
        if before is not None:
            entries.append(
                Made(f"正文各版/第{before.number}版至第{number}版修改痕迹.json", "修改痕迹", "application/json",
                     as_json(redline(before.body, version.body)))
            )  # fmt: skip
    return entries


def _safe(name: str) -> str:
    """A file's name as a path inside the ZIP: no separators, no control characters, no leading dots,
    a length any file system takes. The name as given stays in the manifest."""
    cleaned = "".join("_" if c in "/\\" or ord(c) < 0x20 else c for c in name).lstrip(".").strip()
    return cleaned[:100] or "file"
