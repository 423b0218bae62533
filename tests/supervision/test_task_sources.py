"""来源事件立项：领导批示、会议决议、信访交办各开一项督办，且只开一项；办结后告知来源服务。"""

from __future__ import annotations

from shuniu_shared.consumer import Consumer
from shuniu_shared.eventstore import events_table
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.app.sources import SOURCE_TOPICS, task_sources
from sqlalchemy import func, select

from tests.supervision.office import Office, instructed, office, petition_assigned, resolution_adopted, until

DOCUMENTS, MEETINGS, RECEPTION = (
    "shuniu.documents.events",
    "shuniu.meetings.events",
    "shuniu.reception.events",
)
OPENED, CLOSED = "shuniu.supervision.task.opened.v1", "shuniu.supervision.task.closed.v1"


async def opened(o: Office, task_id: str, *, as_: str = "zhou") -> dict:
    async def there() -> bool:
        response = await o.svc.client.get(f"/tasks/{task_id}", headers=o.svc.as_(as_))
        return response.status_code == 200

    await until(there)
    return await o.task(task_id, as_=as_)


async def events_stored(o: Office) -> int:
    async with o.svc.runtime.store.engine.connect() as connection:
        return await connection.scalar(select(func.count()).select_from(events_table)) or 0


async def test_a_leaders_instruction_opens_a_task_linked_to_the_document(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(DOCUMENTS, instructed("in-2026-0042"))
        task = await opened(o, "instruction:in-2026-0042:2026-03-09:finance")
        assert task["source"] == {
            "kind": "document_instruction",
            "service": "documents",
            "id": "in-2026-0042",
            "item": None,
        }
        assert (task["assigned_by"], task["deadline"], task["priority"]) == ("fang", "2026-03-20", "high")
        assert (task["lead_department"], task["co_departments"], task["stage"]) == (
            "finance",
            ["agriculture"],
            "assigned",
        )


async def test_an_instruction_without_a_deadline_gets_the_default_ten_working_days(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(DOCUMENTS, instructed("in-2026-0043", deadline=None))
        task = await opened(o, "instruction:in-2026-0043:2026-03-09:finance")
        assert task["deadline"] == "2026-03-23"


async def test_a_meeting_resolution_opens_a_task_whose_extension_only_the_chair_grants(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(MEETINGS, resolution_adopted("mtg-7", "r2"))
        task_id = "resolution:mtg-7:r2"
        task = await opened(o, task_id)
        assert task["source"] == {
            "kind": "meeting_resolution",
            "service": "meetings",
            "id": "mtg-7",
            "item": "r2",
        }
        await o.acknowledged(task_id, by="zhao")
        await o.step(task_id, "extension", by="zhao", deadline="2026-04-15", reason="校舍数量多")
        # the task says who answers, so that the console offers the answer to the chair alone
        deciders = {who: (await o.task(task_id, as_=who))["may_decide"] for who in ("luo", "zhou", "zhao")}
        assert deciders == {"luo": True, "zhou": False, "zhao": False}
        await o.step(task_id, "extension/grant", by="zhou", expect=403)
        await o.step(task_id, "extension/grant", by="fang", expect=403)
        await o.step(task_id, "extension/grant", by="luo")


async def test_a_petition_assignment_opens_a_task_for_the_assigned_department(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(RECEPTION, petition_assigned("pet-15"))
        task = await opened(o, "petition:pet-15:agriculture")
        assert (task["deadline"], task["assigned_by"]) == ("2026-05-08", "wang")
        assert task["title"].startswith("信访件 F信〔2026〕15号")


async def test_a_petition_task_is_titled_by_its_case_number_and_never_holds_the_summary(tmp_path):
    """The 交办 summary is the petitioner's (sealed under their key): the task names the case and
    says where the summary is read; a v1 assignment, from before sealing, gives its clear text no home."""
    async with office(tmp_path) as o:
        await o.arrives(RECEPTION, petition_assigned("pet-16"))
        await o.arrives(RECEPTION, petition_assigned("pet-17", version=1))
        for petition_id in ("pet-16", "pet-17"):
            task = await opened(o, f"petition:{petition_id}:agriculture")
            assert task["title"] == "信访件 F信〔2026〕15号"
            assert task["description"].startswith("交办摘要已加密，见信访件 F信〔2026〕15号")
            assert "enc:v1:" not in str(task) and "灌溉补贴" not in str(task)


async def test_the_same_source_event_delivered_twice_opens_one_task(tmp_path):
    async with office(tmp_path) as o:
        event = instructed("in-2026-0050")
        await o.arrives(DOCUMENTS, event)
        await opened(o, "instruction:in-2026-0050:2026-03-09:finance")
        await o.arrives(DOCUMENTS, event)
        await o.arrives(DOCUMENTS, instructed("in-2026-0051"))  # a later event: once it is in, so is the copy
        await opened(o, "instruction:in-2026-0051:2026-03-09:finance")
        assert await o.history("instruction:in-2026-0050:2026-03-09:finance") == ["opened"]
        assert len(await o.listed()) == 2


async def test_the_same_instruction_republished_under_a_new_event_id_opens_no_second_task(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(DOCUMENTS, instructed("in-2026-0060"))
        await o.arrives(DOCUMENTS, instructed("in-2026-0060"))  # new ce_id, same 批示
        await o.arrives(MEETINGS, resolution_adopted("mtg-8", "r1"))
        await o.arrives(MEETINGS, resolution_adopted("mtg-8", "r1", title="重复发布"))
        await o.arrives(RECEPTION, petition_assigned("pet-20"))
        await o.arrives(RECEPTION, petition_assigned("pet-20"))
        await o.arrives(RECEPTION, petition_assigned("pet-20", department="education"))  # a new assignment
        await opened(o, "petition:pet-20:education")
        assert sorted(t["id"] for t in await o.listed()) == [
            "instruction:in-2026-0060:2026-03-09:finance",
            "petition:pet-20:agriculture",
            "petition:pet-20:education",
            "resolution:mtg-8:r1",
        ]


async def test_replaying_the_topics_from_the_beginning_into_a_fresh_group_creates_nothing(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(DOCUMENTS, instructed("in-2026-0070"))
        await o.arrives(MEETINGS, resolution_adopted("mtg-9", "r1"))
        await opened(o, "instruction:in-2026-0070:2026-03-09:finance")
        await opened(o, "resolution:mtg-9:r1")
        before = await events_stored(o)
        bus, runtime = o.svc.runtime.bus, o.svc.runtime
        assert bus is not None
        replay = Consumer(
            group="supervision.task-sources.replay",
            store=runtime.store,
            handler=task_sources(policy_of(runtime)),
            source=bus.source("supervision.task-sources.replay", SOURCE_TOPICS),
            dead_letters=bus.publisher(),
        )
        for topic in (DOCUMENTS, MEETINGS):
            await replay.process(await bus.topic_records(topic))
        assert replay.applied == 2 and replay.dead_lettered == 0
        assert await events_stored(o) == before


async def test_events_the_service_does_not_act_on_are_ignored(tmp_path):
    async with office(tmp_path) as o:
        registered = instructed("in-2026-0080")
        other = type(registered)(**(vars(registered) | {"type": "shuniu.documents.incoming.registered.v1"}))
        await o.arrives(DOCUMENTS, other)
        await o.arrives(DOCUMENTS, instructed("in-2026-0081"))
        await opened(o, "instruction:in-2026-0081:2026-03-09:finance")
        assert len(await o.listed()) == 1


async def test_opening_and_closing_are_published_with_the_contracts_fields(tmp_path):
    async with office(tmp_path) as o:
        source = instructed("in-2026-0090")
        await o.arrives(DOCUMENTS, source)
        task_id = "instruction:in-2026-0090:2026-03-09:finance"
        await opened(o, task_id)
        [opening] = await o.published(OPENED)
        assert opening.subject == task_id and opening.causation_id == source.id
        assert opening.correlation_id == source.correlation_id
        contract = {"task_id", "source", "title", "lead_department", "co_departments", "deadline"}
        assert contract <= set(opening.data)
        assert opening.data["source"] == {
            "kind": "document_instruction",
            "service": "documents",
            "id": "in-2026-0090",
            "item": None,
        }
        await o.acknowledged(task_id)
        await o.step(task_id, "completion", by="chen", text="已按批示拨付")
        await o.step(task_id, "close", by="zhou")
        [closing] = await o.published(CLOSED)
        assert contract | {"result", "closed_on"} <= set(closing.data)
        assert (closing.data["result"], closing.data["closed_on"], closing.data["deadline"]) == (
            "已按批示拨付",
            "2026-03-09",
            "2026-03-20",
        )


async def test_a_classified_instruction_is_seen_only_by_those_cleared_for_it(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(DOCUMENTS, instructed("in-2026-0100", classification="机密"))
        task_id = "instruction:in-2026-0100:2026-03-09:finance"
        await opened(o, task_id, as_="feng")  # 机密 clearance
        await o.task(task_id, as_="zhou", expect=404)  # 秘密 only: the task does not exist for him
        await o.task(task_id, as_="chen", expect=404)
        assert await o.listed(as_="zhou") == []


async def test_a_source_event_that_breaks_the_contract_or_names_an_unknown_department_is_dead_lettered(
    tmp_path,
):
    async with office(tmp_path) as o:
        broken = instructed("in-2026-0110")
        broken = type(broken)(**(vars(broken) | {"data": {"document_id": "in-2026-0110"}}))
        nowhere = instructed("in-2026-0112", lead_department="no-such-department")
        await o.arrives(DOCUMENTS, broken)
        await o.arrives(DOCUMENTS, nowhere)
        await o.arrives(DOCUMENTS, instructed("in-2026-0111"))
        await opened(o, "instruction:in-2026-0111:2026-03-09:finance")
        assert o.svc.runtime.bus is not None
        dead = await o.svc.runtime.bus.topic_records("shuniu.supervision.task-sources.dlq")
        assert [dict(d.headers)["ce_id"].decode() for d in dead] == [broken.id, nowhere.id]
        assert len(await o.listed()) == 1


async def test_the_published_event_schemas_carry_the_contracts_source_object(tmp_path):
    async with office(tmp_path) as o:
        schemas = (await o.svc.client.get("/events/schemas")).json()
        assert {"shuniu.supervision.task.opened.v1", "shuniu.supervision.task.closed.v1"} <= set(schemas)
        closed = schemas["shuniu.supervision.task.closed.v1"]
        assert {
            "task_id",
            "source",
            "title",
            "lead_department",
            "co_departments",
            "deadline",
            "result",
            "closed_on",
        } <= set(closed["properties"])


async def test_an_instruction_whose_deadline_has_already_passed_is_still_followed_and_shows_red(tmp_path):
    async with office(tmp_path) as o:
        await o.arrives(
            DOCUMENTS, instructed("in-2026-0120", instructed_on="2026-03-09", deadline="2026-03-06")
        )
        task = await opened(o, "instruction:in-2026-0120:2026-03-09:finance")
        assert (task["stage"], task["light"]) == ("assigned", "red")
