"""A 收文's files at the console: the clerk drops the scan onto the document, watches it go up to 100%,
finds it in the list and reads it inline in the browser's PDF viewer; an attachment image chosen with
the file picker is shown as an image; each file downloads as its own bytes. All in Chinese first."""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import zlib

from tests.content.test_content_store import PDF

SCAN = PDF + os.urandom(3 << 20)  # a 3 MB scan: large enough for the upload to report progress


def png(width: int = 4, height: int = 3) -> bytes:
    """A real (tiny, grey) PNG the browser can decode."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def drop(desk, name: str, data: bytes, media_type: str) -> None:
    """What the browser does when a file from the desktop is dropped on the drop zone."""
    transfer = desk.page.evaluate_handle(
        """([b64, name, type]) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type }));
            return transfer;
        }""",
        [base64.b64encode(data).decode(), name, media_type],
    )
    desk.page.dispatch_event("[data-dropzone]", "drop", {"dataTransfer": transfer})


def fetched(desk, url: str) -> dict:
    return desk.page.evaluate(
        """async (url) => {
            const response = await fetch(url, { credentials: "same-origin" });
            const bytes = new Uint8Array(await response.arrayBuffer());
            const digest = await crypto.subtle.digest("SHA-256", bytes);
            return {
                status: response.status,
                type: response.headers.get("content-type"),
                sha256: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join(""),
            };
        }""",
        url,
    )


def test_the_clerk_drops_the_scan_sees_it_go_up_and_reads_it_inline_with_an_image_attachment(sign_in):
    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.act(
        "sign-for",
        title="关于做好冬春季森林防火工作的通知（文件测试）",
        sender="市应急管理局",
        sender_number="市应急发〔2026〕8号",
        copies="1",
    )
    clerk.page.wait_for_selector("[data-screen=incoming] form[data-form=register]")
    files = clerk.page.locator("section.card:has([data-files])")
    assert files.locator("h2").inner_text() == "文件"

    scan_name = "市应急发〔2026〕8号 原件扫描.pdf"
    drop(clerk, scan_name, SCAN, "application/pdf")
    upload = clerk.page.locator(f"[data-upload='{scan_name}']")
    upload.locator(".ok:has-text('已上传')").wait_for()
    assert upload.locator("[data-percent]").inner_text() == "100%"
    assert upload.locator("progress").evaluate("bar => bar.value") == 100
    row = clerk.page.locator(
        "[data-files] tr", has=clerk.page.locator(f"[data-file-name]:text-is('{scan_name}')")
    )
    assert "原件扫描" in row.inner_text() and "application/pdf" in row.inner_text()

    scan_sha = hashlib.sha256(SCAN).hexdigest()
    with clerk.page.expect_response(lambda r: r.url.endswith(f"/files/{scan_sha}")) as shown:
        clerk.page.click(f"[data-preview-of='{scan_sha}']")
    assert shown.value.status == 200
    assert shown.value.headers["content-type"] == "application/pdf"
    viewer = clerk.page.locator("[data-file-preview] iframe[data-viewer=pdf]")
    assert viewer.get_attribute("title") == scan_name
    frame = viewer.element_handle().content_frame()
    assert frame is not None and frame.url.endswith(f"/files/{scan_sha}"), (
        "the frame shows the scan, not a refusal"
    )

    image = png()
    clerk.page.select_option("[data-files] ~ * select[name=role], select[name=role]", "附件1")
    clerk.page.set_input_files(
        "[data-dropzone] input[type=file]",
        files=[{"name": "附件一 火险等级图.png", "mimeType": "image/png", "buffer": image}],
    )
    clerk.page.locator("[data-upload='附件一 火险等级图.png'] .ok").wait_for()
    image_sha = hashlib.sha256(image).hexdigest()
    clerk.page.click(f"[data-preview-of='{image_sha}']")
    shown_image = clerk.page.locator("[data-file-preview] img[data-viewer=image]")
    clerk.page.wait_for_function(
        "img => img.complete && img.naturalWidth === 4", arg=shown_image.element_handle()
    )
    clerk.shot("30-files-uploaded-and-previewed")

    links = clerk.page.locator("[data-files] a[data-download]")
    assert links.count() == 2
    for sha, media_type in ((scan_sha, "application/pdf"), (image_sha, "image/png")):
        link = clerk.page.locator(f"[data-files] a[data-download='{sha}']")
        assert fetched(clerk, link.get_attribute("href")) == {
            "status": 200,
            "type": media_type,
            "sha256": sha,
        }
    assert link.get_attribute("download") == "附件一 火险等级图.png"
    assert not clerk.requests.outside() and not clerk.errors


def test_a_drafter_attaches_to_an_outgoing_document_and_finds_its_pdf_and_word_file(sign_in):
    """A 发文's screen: its 附件 as files (no 原件扫描 to choose), the typeset PDF shown in the browser's
    viewer and the Word file, and "尚未用印" until the seal keeper uses the seal."""
    drafter = sign_in("chen")
    drafter.go("outgoing")
    id = drafter.page.evaluate(
        """async () => {
          const ui = await import("/console/ui.js");
          const made = await ui.api("POST", "/api/documents/outgoing", {
            title: "关于做好冬季安全生产工作的通知（附件测试）", doc_type: "通知", direction: "下行文",
            main_recipients: ["education"], body: "请各单位认真落实。",
          });
          return made.id;
        }"""
    )
    drafter.go(f"outgoing/{id}")
    attachments = drafter.page.locator("section.card:has([data-files])")
    attachments.locator("h2:text-is('附件')").wait_for()
    roles = attachments.locator("select[name=role] option").all_inner_texts()
    assert roles == ["附件1"], "a 发文 has no paper original to scan"
    drop(drafter, "附件1 检查表.pdf", PDF, "application/pdf")
    drafter.page.locator("[data-upload='附件1 检查表.pdf'] .ok:has-text('已上传')").wait_for()
    row = drafter.page.locator(
        "[data-files] tr", has=drafter.page.locator("[data-file-name]:text-is('附件1 检查表.pdf')")
    )
    assert "附件 1" in row.inner_text()

    outputs = drafter.page.locator("section.card:has([data-typeset-preview])")
    assert "尚未用印" in outputs.inner_text()
    with drafter.page.expect_response(lambda r: r.url.endswith(f"/outgoing/{id}/pdf")) as shown:
        drafter.page.click("[data-show=pdf]")
    assert shown.value.status == 200 and shown.value.headers["content-type"] == "application/pdf"
    drafter.page.locator("[data-typeset-preview] iframe[data-viewer=pdf]").wait_for()
    word = fetched(drafter, outputs.locator("a[data-download=docx]").get_attribute("href"))
    assert word["status"] == 200 and word["type"].startswith("application/vnd.openxmlformats")
    drafter.shot("31-outgoing-attachments-and-outputs")
    assert not drafter.requests.outside() and not drafter.errors
