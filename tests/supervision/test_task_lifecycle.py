"""督办事项的流转：立项交办 → 签收 → 进展 → 办结报告 → 核实办结，或退回重办；延期由交办人批。"""

from __future__ import annotations

from datetime import timedelta

import pytest
from shuniu_shared.errors import RuleBroken
from shuniu_supervision.domain.events import Source
from shuniu_supervision.domain.task import Actor, SupervisionTask

from tests.supervision.office import TODAY, office


async def test_the_office_opens_a_task_and_the_lead_department_follows_it_to_a_verified_close(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(title="落实全县秋粮收购资金", lead_department="finance")
        assert (await o.task(task))["stage"] == "assigned"
        await o.step(task, "acknowledge", by="chen")  # 签收
        await o.step(task, "progress", by="chen", text="已拨付六成", percent=60)
        await o.step(task, "completion", by="chen", text="资金已全部拨付到位")
        closed = await o.step(task, "close", by="zhou")
        assert closed.json()["stage"] == "closed"
        detail = await o.task(task)
        assert (detail["result"], detail["on_time"], detail["light"]) == ("资金已全部拨付到位", True, "green")
        assert await o.history(task) == [
            "opened",
            "acknowledged",
            "progress_reported",
            "completion_reported",
            "closed",
        ]


async def test_a_task_cannot_be_closed_before_the_lead_department_has_signed_for_it(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        refused = await o.step(task, "close", by="zhou", expect=409)
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "completion_not_reported"


async def test_progress_is_reported_only_after_signing_for_the_task(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        refused = await o.step(task, "progress", by="chen", text="已开始", percent=10, expect=409)
        assert refused.json()["code"] == "not_acknowledged"


async def test_nobody_reports_on_a_closed_task(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        await o.reported_done(task)
        await o.step(task, "close", by="zhou")
        assert (await o.step(task, "progress", by="chen", text="补充", percent=100, expect=409)).json()[
            "code"
        ] == ("task_over")
        await o.step(task, "completion", by="chen", text="再报一次", expect=409)
        await o.step(task, "urge", by="zhou", message="请抓紧", expect=409)


async def test_a_completion_report_that_does_not_hold_up_is_sent_back_with_a_reason(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        await o.reported_done(task)
        await o.step(task, "reopen", by="zhou", reason="缺少拨付凭证")
        assert (await o.task(task))["stage"] == "in_progress"
        await o.step(task, "close", by="zhou", expect=409)
        await o.step(task, "reopen", by="zhou", reason="再退一次", expect=409)


async def test_progress_cannot_go_backwards(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        await o.step(task, "progress", by="chen", text="过半", percent=60)
        refused = await o.step(task, "progress", by="chen", text="回落", percent=40, expect=422)
        assert refused.json()["code"] == "progress_goes_back"


async def test_an_extension_is_granted_by_whoever_assigned_the_task_and_moves_the_deadline(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(by="feng", deadline="2026-03-20")
        await o.acknowledged(task)
        await o.step(task, "extension", by="chen", deadline="2026-04-10", reason="资金下达滞后")
        assert (await o.task(task))["pending_extension"]["deadline"] == "2026-04-10"
        await o.step(task, "extension", by="chen", deadline="2026-04-15", reason="再申请", expect=409)
        await o.step(task, "extension/grant", by="chen", expect=403)  # not the lead department's call
        await o.step(task, "extension/grant", by="yang")  # ad hoc: the office assigned it
        detail = await o.task(task)
        assert (detail["deadline"], detail["pending_extension"]) == ("2026-04-10", None)


async def test_granting_an_extension_nobody_asked_for_is_out_of_turn(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        assert (await o.step(task, "extension/grant", by="zhou", expect=409)).json()["code"] == (
            "no_extension_requested"
        )
        await o.step(task, "extension/refuse", by="zhou", reason="无", expect=409)


async def test_a_refused_extension_leaves_the_deadline_and_allows_a_new_request(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline="2026-03-20")
        await o.acknowledged(task)
        await o.step(task, "extension", by="chen", deadline="2026-04-10", reason="资金下达滞后")
        await o.step(task, "extension/refuse", by="zhou", reason="时限不能再拖")
        assert (await o.task(task))["deadline"] == "2026-03-20"
        await o.step(task, "extension", by="chen", deadline="2026-03-27", reason="只需一周")


async def test_the_requested_deadline_must_be_later_than_the_current_one(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline="2026-03-20")
        await o.acknowledged(task)
        refused = await o.step(task, "extension", by="chen", deadline="2026-03-19", reason="提前", expect=422)
        assert refused.json()["field"] == "deadline"


async def test_an_infeasible_decision_goes_back_to_the_leader_who_decides_to_revise_it(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(by="zhou")
        await o.acknowledged(task)
        await o.step(task, "infeasibility", by="chen", reason="上级资金未到位，无法按期拨付")
        assert (await o.task(task))["stage"] == "infeasible"
        await o.step(task, "progress", by="chen", text="等待", percent=10, expect=409)
        await o.step(task, "revise", by="chen", deadline="2026-04-30", expect=403)
        await o.step(task, "revise", by="feng", title="分两批拨付秋粮收购资金", deadline="2026-04-30")
        detail = await o.task(task)
        assert (detail["stage"], detail["title"], detail["deadline"]) == (
            "in_progress",
            "分两批拨付秋粮收购资金",
            "2026-04-30",
        )


async def test_an_infeasible_task_can_be_reassigned_and_the_new_lead_department_signs_for_it(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(lead_department="union", co_departments=[])
        await o.step(task, "infeasibility", by="sun", reason="不属本单位职责")
        await o.step(task, "reassign", by="zhou", lead_department="education", deadline="2026-04-30")
        assert (await o.task(task))["stage"] == "assigned"
        await o.step(task, "acknowledge", by="sun", expect=404)  # the union no longer takes part
        await o.step(task, "acknowledge", by="zhao")


async def test_only_the_leader_who_decided_withdraws_an_infeasible_task_and_says_why(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        await o.step(task, "withdraw", by="zhou", reason="不再需要", expect=409)  # not reported infeasible
        await o.step(task, "infeasibility", by="chen", reason="政策已调整")
        await o.step(task, "withdraw", by="chen", reason="自行撤销", expect=403)
        await o.step(task, "withdraw", by="feng", reason="政策调整，事项撤销")
        assert (await o.task(task))["stage"] == "withdrawn"
        await o.step(task, "acknowledge", by="chen", expect=409)


async def test_the_office_urges_a_task_and_the_urging_is_on_the_record(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.step(task, "urge", by="zhou", message="请于本周内签收")
        await o.step(task, "urge", by="chen", message="自己催自己", expect=403)
        assert await o.history(task) == ["opened", "urged"]


async def test_only_the_offices_supervisors_open_ad_hoc_tasks(tmp_path):
    async with office(tmp_path) as o:
        await o.open(by="chen", expect=403)
        await o.open(by="shen", expect=403)  # in the office, but a secretary
        await o.open(by="yang")


def test_the_clearance_rule_is_the_tasks_own_not_the_routes():
    """The rule stands in the domain: the demo and every caller of the handler meet it too."""
    cleared_for_secret = Actor("zhou", frozenset({"office"}), frozenset({"supervisor"}), True, "秘密")
    with pytest.raises(RuleBroken):
        SupervisionTask.open(
            "adhoc:1",
            source=Source(kind="ad_hoc"),
            title="涉密事项",
            description="",
            lead_department="finance",
            co_departments=[],
            deadline=TODAY + timedelta(days=14),
            priority="normal",
            reporting_cycle="none",
            classification="绝密",
            assigned_by="zhou",
            opened_by="zhou",
            on=TODAY,
            opener=cleared_for_secret,
        )


async def test_a_task_must_name_departments_that_exist(tmp_path):
    async with office(tmp_path) as o:
        refused = await o.svc.client.post(
            "/tasks",
            json={"title": "某事", "lead_department": "nowhere", "deadline": "2026-03-20"},
            headers=o.svc.as_("zhou"),
        )
        assert (refused.status_code, refused.json()["field"]) == (422, "lead_department")
        await o.open(lead_department="finance", co_departments=["finance"], expect=422)
        await o.open(deadline="2026-03-01", expect=422)
        malformed = await o.svc.client.post("/tasks", json={"title": 1}, headers=o.svc.as_("zhou"))
        assert malformed.status_code == 422


async def test_only_the_lead_department_signs_for_a_task(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(lead_department="finance", co_departments=["agriculture"])
        await o.step(task, "acknowledge", by="zhou", expect=403)  # the office sees it, but does not lead it
        await o.step(task, "acknowledge", by="chen")
        await o.step(task, "acknowledge", by="chen", expect=409)


async def test_a_stale_version_is_refused_and_a_retried_open_creates_nothing(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        before = await o.history(task)
        stale = await o.svc.client.post(
            f"/tasks/{task}/urge", json={}, headers=o.svc.as_("zhou", **{"If-Match": '"1"'})
        )
        assert stale.status_code == 412
        assert stale.headers["content-type"].startswith("application/problem+json")
        assert await o.history(task) == before  # nothing was written
        body = {"title": "重复提交", "lead_department": "finance", "deadline": "2026-03-20"}
        headers = o.svc.as_("zhou", **{"Idempotency-Key": "open-1"})
        first = await o.svc.client.post("/tasks", json=body, headers=headers)
        again = await o.svc.client.post("/tasks", json=body, headers=headers)
        assert first.json()["id"] == again.json()["id"]
        assert again.headers["Idempotent-Replayed"] == "true"
        assert len(await o.listed(department="finance")) == 2


async def test_refusals_are_problems_in_the_readers_language_and_strangers_are_not_let_in(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        refused = await o.svc.client.post(
            f"/tasks/{task}/close", json={}, headers=o.svc.as_("zhou", **{"Accept-Language": "en"})
        )
        assert refused.json()["detail"].startswith("a task is closed only after")
        chinese = await o.step(task, "close", by="zhou", expect=409)
        assert chinese.json()["detail"].startswith("须主办部门签收")
        anonymous = await o.svc.client.post(f"/tasks/{task}/acknowledge", json={})
        assert anonymous.status_code == 401
        await o.step("adhoc:no-such-task", "acknowledge", by="chen", expect=404)


async def test_nobody_opens_a_task_classified_above_their_own_clearance(tmp_path):
    async with office(tmp_path) as o:
        await o.open(by="zhou", classification="机密", expect=422)  # 秘密 clearance
        task = await o.open(by="feng", classification="机密", lead_department="office")  # 冯主任 heads it
        await o.task(task, as_="feng")
        await o.task(task, as_="zhou", expect=404)


async def test_a_task_goes_only_to_a_lead_department_where_someone_can_sign_for_it(tmp_path):
    """Issue 15: only the lead department signs for a task or reports it infeasible, so a task nobody
    there may open would wait 待签收 for ever."""
    async with office(tmp_path) as o:
        for lead, classification in (("agriculture", "none"), ("education", "秘密"), ("finance", "机密")):
            response = await o.svc.client.post(  # nobody at 农业农村局; 赵老师 none; 陈局长 秘密
                "/tasks",
                json={
                    "title": "落实全县秋粮收购资金",
                    "lead_department": lead,
                    "deadline": (TODAY + timedelta(days=14)).isoformat(),
                    "classification": classification,
                },
                headers=o.svc.as_("feng"),
            )
            assert response.status_code == 422, response.text
            problem = response.json()
            assert (problem["code"], problem["field"]) == ("lead_department_cannot_act", "lead_department")
            assert problem["required_clearance"] == classification
        task = await o.open(classification="秘密")
        await o.step(task, "infeasibility", by="chen", reason="资金渠道已调整")
        deadline = (TODAY + timedelta(days=30)).isoformat()
        refused = await o.step(
            task, "reassign", by="zhou", expect=422, lead_department="education", deadline=deadline
        )
        assert refused.json()["code"] == "lead_department_cannot_act"
        await o.step(task, "reassign", by="zhou", lead_department="office", deadline=deadline)
