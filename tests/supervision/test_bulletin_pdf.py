"""The 督办情况通报 issued as a paper of the office (docs/rules.md §11): 第N期 in a 简报's red 版头,
each lead department's lights at the period's end, the overdue items with their reasons and the
evaluation's working — and the classified task counted but never named, as in the JSON."""

from __future__ import annotations

from shuniu_shared.clock import TestClock

from tests.supervision.office import office
from tests.supervision.test_bulletins import NOVEMBER, NOVEMBER_2, a_november_of_work, issue, read
from tests.typeset_papers import assert_on_the_office_page, rows_of, text_of


async def test_the_november_bulletin_is_printed_with_its_number_lights_overdue_reasons_and_working(tmp_path):
    async with office(tmp_path, clock=TestClock(NOVEMBER_2)) as o:
        await a_november_of_work(o)
        written = await issue(o, NOVEMBER)
        answer = await o.svc.client.get(f"/bulletins/{written['id']}/pdf", headers=o.svc.as_("zhao"))
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
        pdf = answer.content

        assert_on_the_office_page(pdf, mark="督办工作情况通报", title="2026年11月督办事项办理情况")
        text = text_of(pdf)
        assert "2026年第1期" in text and "县政府办公室" in text
        rows = rows_of(pdf)
        bulletin = await read(o, written["id"], as_="zhou")
        education, finance = bulletin["departments"]
        assert ["县教育局", "1", "0", "0", "0"] in rows
        assert ["县财政局", "1", "0", "2", f"{finance['score']:g}"] in rows
        assert education["score"] == 0
        # overdue on 30 November, with the reason the department gave
        assert [
            "县财政局",
            "拨付农村公路养护资金",
            "2026年11月25日",
            "申请延期：省级配套资金尚未到位",
        ] in rows
        assert ["县财政局", "落实全县秋粮收购资金", "交办人质量评价5分", "+10"] in rows
        assert ["县财政局", "涉密事项", "期末逾期未办结", "-5"] in rows
        assert "涉密事项1项只计数、不列名" in text
        assert "核查涉密专项资金" not in text


async def test_a_bulletin_not_circulated_to_the_caller_or_missing_is_a_problem_not_a_paper(tmp_path):
    async with office(tmp_path, clock=TestClock(NOVEMBER_2)) as o:
        missing = await o.svc.client.get("/bulletins/bulletin:2026-9/pdf", headers=o.svc.as_("zhao"))
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
