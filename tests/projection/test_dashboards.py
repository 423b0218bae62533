"""What the dashboards make of a 批示 and its supervision task: the lead department's desk, the
supervision board's on-time rate, and the chronicle with its Markdown and Word exports."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from shuniu_projection.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from tests.platform.test_calendar import NOTICE_2027
from tests.projection.test_timeline import DOCUMENT, TASK, deliver, instruction_and_its_task, settled
from tests.services import read_caught_up, running_service

DECEMBER_2026 = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # 9 a.m. in Beijing


async def test_a_leaders_instruction_waits_on_the_lead_departments_desk_until_the_document_is_closed(
    tmp_path,
):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)

        finance = (await projection.client.get("/my-desk", headers=projection.as_("chen"))).json()["items"]
        education = (await projection.client.get("/my-desk", headers=projection.as_("zhao"))).json()["items"]

        assert [(item["id"], item["kind"]) for item in finance] == [(DOCUMENT, "handle")]
        assert finance[0]["detail"].startswith("批示：请财政局牵头办理")
        assert education == []


async def test_one_instruction_is_one_entry_on_the_lead_departments_desk_while_its_task_is_open(tmp_path):
    """The task supervision opens from the 批示 is the department's work on the document: one entry,
    whichever service's event the projection hears first."""
    instructed, opened, _ = instruction_and_its_task()
    for order in ([instructed, opened], [opened, instructed]):
        place = tmp_path / order[0].source.rsplit("/", 1)[-1]
        place.mkdir()
        async with running_service(DEFINITION, place) as projection:
            await deliver(place, order)
            await read_caught_up(projection, f"/history/documents/{DOCUMENT}", f"{DOCUMENT}:5", "feng")
            await read_caught_up(projection, f"/history/supervision/{TASK}", f"{TASK}:1", "feng")

            finance = (await projection.client.get("/my-desk", headers=projection.as_("chen"))).json()

            assert [(i["service"], i["kind"]) for i in finance["items"]] == [("supervision", "acknowledge")]


async def test_the_supervision_board_counts_a_task_closed_before_its_deadline_as_on_time(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)

        board = (await projection.client.get("/supervision", headers=projection.as_("zhou"))).json()

        assert board["on_time_rate"] == [
            {
                "department": "finance",
                "department_name": "县财政局",
                "month": "2026-03",
                "closed": 1,
                "on_time": 1,
                "rate": 1.0,
            }
        ]
        assert board["overdue"] == [] and board["escalations"] == []


async def test_the_chronicle_records_the_instruction_and_the_closure_and_exports_them(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)
        office = projection.as_("feng")

        month = (
            await projection.client.get("/chronicle", params={"month": "2026-03"}, headers=office)
        ).json()
        markdown = await projection.client.get(
            "/chronicle", params={"month": "2026-03", "format": "markdown"}, headers=office
        )
        word = await projection.client.get(
            "/chronicle", params={"month": "2026-03", "format": "docx"}, headers=office
        )

        texts = [entry["text"] for entry in month["entries"]]
        assert texts == [
            "罗县长对《关于下达2026年农田水利资金的通知》作出批示：请财政局牵头办理，教育局配合。（县财政局主办）",
            "督办事项“落实农田水利资金”办结（县财政局，按期）",
        ]
        assert markdown.text.startswith("# 大事记（2026年3月）") and "## 2026-03-17" in markdown.text
        paragraphs = [p.text for p in Document(io.BytesIO(word.content)).paragraphs]
        assert paragraphs[0] == "大事记（2026年3月）" and texts[1] in paragraphs
        bad = await projection.client.get("/chronicle", params={"month": "2026-13"}, headers=office)
        assert bad.status_code == 422 and bad.json()["field"] == "query.month"


async def test_the_overview_warns_in_december_2026_that_2027_has_no_holiday_notice_yet(tmp_path):
    async with running_service(DEFINITION, tmp_path, clock=TestClock(DECEMBER_2026)) as projection:
        overview = (await projection.client.get("/overview", headers=projection.as_("zhou"))).json()

    assert overview["calendar_warnings"] == [
        {
            "year": 2027,
            "zh": "2027 年的放假安排通知尚未安装，该年按法定假日推算（无调休），其中的期限可能变动。",
            "en": "2027 has no holiday notice installed: its days off are the statutory ones (no 调休), "
            "so deadlines in it may move.",
        }
    ]


async def test_once_the_2027_notice_is_installed_the_overview_warns_no_more(tmp_path):
    installed = tmp_path / "calendars"
    installed.mkdir()
    (installed / "cn-2027.toml").write_text(NOTICE_2027, encoding="utf-8")
    async with running_service(
        DEFINITION, tmp_path, clock=TestClock(DECEMBER_2026), calendar_dir=installed
    ) as projection:
        overview = (await projection.client.get("/overview", headers=projection.as_("zhou"))).json()

    assert overview["calendar_warnings"] == []
