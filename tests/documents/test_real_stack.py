"""The whole 收文 and 发文 flows on the real stack: PostgreSQL and a Kafka broker."""

from __future__ import annotations

import asyncio

from shuniu_documents.bootstrap import DEFINITION
from shuniu_shared.envelope import Envelope

from tests.documents.office import Office
from tests.documents.test_supervision_and_events import task_event
from tests.platform.kafka_support import publish, read_topic, read_until
from tests.services import running_service


async def test_incoming_and_outgoing_flows_on_postgresql_and_kafka(postgres, kafka, tmp_path):
    async with running_service(
        DEFINITION,
        tmp_path,
        database_url=postgres.create_database("documents_stack"),
        kafka_bootstrap=kafka.bootstrap,
    ) as service:
        office = Office(service)
        # 收文: 签收 → 登记 → 初审 → 拟办 → 批示 → 督办 (from Kafka) → 答复 → 办结 → 归档
        incoming = await office.instructed(lead="finance", deadline="2026-03-20", urgency="加急")
        await publish(kafka.bootstrap, "shuniu.supervision.events", [task_event("opened", incoming)])
        for _ in range(500):
            if (await office.incoming(incoming))["supervision"]["under_supervision"]:
                break
            await asyncio.sleep(0.05)
        await office.post(f"/incoming/{incoming}/reply", "chen", {"reply": "资金已拨付"})
        await publish(
            kafka.bootstrap,
            "shuniu.supervision.events",
            [task_event("closed", incoming, result="核实办结", closed_on="2026-03-12")],
        )
        for _ in range(500):
            if (await office.incoming(incoming))["supervision"]["result"]:
                break
            await asyncio.sleep(0.05)
        await office.post(f"/incoming/{incoming}/close", "shen", {})
        await office.post(f"/incoming/{incoming}/archive", "shen", {"retention": "永久"})
        # 发文: 起草 → 审核 → 会签 → 签发 → 复核 → 登记 → 印制 → 核发 → 归档
        outgoing = await office.reviewed(co_issuers=["office"], classification="秘密", secrecy_period="1年")
        await office.post(f"/outgoing/{outgoing}/countersign", "feng", {"opinion": "同意"})
        await office.post(f"/outgoing/{outgoing}/sign", "luo", {"opinion": "同意"})
        await office.post(f"/outgoing/{outgoing}/recheck", "shen", {})
        await office.post(f"/outgoing/{outgoing}/register", "shen", {"code": "县府办发", "copies": 4})
        await office.post(f"/outgoing/{outgoing}/print", "shen")
        await office.post(f"/outgoing/{outgoing}/dispatch", "shen", {})
        await office.post(f"/outgoing/{outgoing}/archive", "shen", {"retention": "定期30年"})

        ours = (incoming, outgoing)
        envelopes = await read_until(
            kafka.bootstrap,
            "shuniu.documents.events",
            lambda found: sum(e.subject in ours for e in found) >= 22,
        )
        by_document = {
            id: [e.type.split(".")[3] for e in envelopes if e.subject == id] for id in (incoming, outgoing)
        }
        assert by_document[incoming] == [
            "received",
            "registered",
            "accepted",
            "proposed",
            "instructed",
            "supervision_opened",
            "replied",
            "supervision_closed",
            "closed",
            "archived",
        ]
        assert by_document[outgoing] == [
            "drafted",
            "reviewed",
            "countersigned",
            "signed",
            "rechecked",
            "numbered",
            "printed",
            "dispatched",
            "dispatched",
            "dispatched",
            "issued",
            "archived",
        ]
        issued = next(e for e in envelopes if e.type == "shuniu.documents.outgoing.issued.v1")
        assert issued.data["number"] == "县府办发〔2026〕1号"
        records = await read_topic(kafka.bootstrap, "shuniu.documents.events", at_least=10**9, timeout=1.5)
        keyed = [(r.key, Envelope.from_kafka(r.headers, r.value).subject) for r in records]
        assert all(key == subject.encode() for key, subject in keyed if subject in ours)  # keyed by document
        printed = (await office.outgoing(outgoing))["copy_numbers"]
        assert printed == ["000001", "000002", "000003", "000004"]
