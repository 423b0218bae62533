"""The 发文 screen offers the document as OFD (GB/T 33190) beside its PDF and Word file, Chinese first;
the link downloads the OFD the service writes (documents/api/outgoing.py)."""

from __future__ import annotations

from tests.console.test_files import fetched


def test_the_outgoing_screen_offers_the_document_as_ofd(sign_in):
    drafter = sign_in("chen")
    drafter.go("outgoing")
    id = drafter.page.evaluate(
        """async () => {
          const ui = await import("/console/ui.js");
          const made = await ui.api("POST", "/api/documents/outgoing", {
            title: "关于做好冬季安全生产工作的通知（OFD）", doc_type: "通知", direction: "下行文",
            main_recipients: ["education"], body: "请各单位认真落实。",
          });
          return made.id;
        }"""
    )
    drafter.go(f"outgoing/{id}")
    outputs = drafter.page.locator("section.card:has([data-typeset-preview])")
    link = outputs.locator("a[data-download=ofd]")
    link.wait_for()
    assert link.inner_text() == "下载 OFD 版式文件（GB/T 33190）"
    assert link.get_attribute("download") == "关于做好冬季安全生产工作的通知（OFD）.ofd"
    ofd = fetched(drafter, link.get_attribute("href"))
    assert (ofd["status"], ofd["type"]) == (200, "application/ofd")
    assert not drafter.requests.outside() and not drafter.errors
