"""Given–when–then helpers: the office's people taking the steps of 收文 and 发文 over HTTP.

Who does what follows the demo county: 沈秘书 (shen) and 李文书 (li) are clerks of 秘书科 cleared
for 秘密, 唐机要 (tang) its 机要 clerk cleared for 机密, who works the classified documents, 冯主任
(feng) and 杨副主任 (yang) office directors, 罗县长 (luo) the principal leader, 方副县长 (fang) a
leader, 陈局长 (chen) heads 财政局, 赵老师 (zhao) works at 教育局, 孙主席 (sun) heads 总工会.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.services import RunningService


class Office:
    def __init__(self, service: RunningService) -> None:
        self.service = service
        self.client = service.client
        self.clock = service.clock

    # ── plumbing ─────────────────────────────────────────────────────────────────────────

    async def post(
        self, path: str, who: str, body: dict[str, Any] | None = None, *, status: int = 200, **headers: str
    ) -> dict[str, Any]:
        response = await self.client.post(
            path, json=body if body is not None else {}, headers=self.service.as_(who, **headers)
        )
        assert response.status_code == status, response.text
        return response.json()

    async def refused(
        self, path: str, who: str, body: dict[str, Any] | None = None, *, status: int, code: str | None = None
    ) -> dict[str, Any]:
        problem = await self.post(path, who, body, status=status)
        if code is not None:
            assert problem["code"] == code, problem
        return problem

    async def get(self, path: str, who: str, *, status: int = 200, **params: Any) -> Any:
        response = await self.client.get(path, params=params, headers=self.service.as_(who))
        assert response.status_code == status, response.text
        return response.json()

    async def later(self, **delta: float) -> int:
        """Move the clock and fire everything due by then; how many deadlines fired (the service's
        own scheduler is off in these tests, so none fires behind the test's back)."""
        self.clock.advance(timedelta(**delta))
        scheduler = self.service.runtime.scheduler
        assert scheduler is not None
        return await scheduler.fire_due()

    async def count(self, id: str, ce_type: str) -> int:
        return sum(type == ce_type for type, _ in await self.events(id))

    # ── 收文 ─────────────────────────────────────────────────────────────────────────────

    async def received(self, by: str = "shen", **items: Any) -> str:
        body = {
            "sender": "市人民政府办公室",
            "sender_number": "市政办发〔2026〕12号",
            "title": "关于做好春季农业生产工作的通知",
            "doc_type": "通知",
            "copies": 2,
        } | items
        return (await self.post("/incoming", by, body, status=201))["id"]

    async def registered(self, **items: Any) -> str:
        id = await self.received(**items)
        await self.post(f"/incoming/{id}/register", "shen")
        return id

    async def accepted(self, handling: str = "批办件", **items: Any) -> str:
        id = await self.registered(**items)
        await self.post(f"/incoming/{id}/review", "shen", {"accept": True, "handling": handling})
        return id

    async def proposed(self, **items: Any) -> str:
        id = await self.accepted("批办件", **items)
        await self.post(f"/incoming/{id}/propose", "feng", {"opinion": "拟请方副县长阅示，财政局牵头办理"})
        return id

    async def instructed(
        self, lead: str = "finance", co: list[str] | None = None, deadline: str | None = None, **items: Any
    ) -> str:
        id = await self.proposed(**items)
        await self.post(
            f"/incoming/{id}/instruct",
            "fang",
            {
                "instruction": "请财政局牵头抓好落实",
                "lead_department": lead,
                "co_departments": co or [],
                "deadline": deadline,
            },
        )
        return id

    async def circulated(self, readers: list[str], **items: Any) -> str:
        id = await self.accepted("阅知件", **items)
        await self.post(f"/incoming/{id}/circulation", "shen", {"readers": readers})
        return id

    async def incoming(self, id: str, who: str = "shen") -> dict[str, Any]:
        return await self.get(f"/incoming/{id}", who)

    # ── 发文 ─────────────────────────────────────────────────────────────────────────────

    async def drafted(self, who: str = "chen", **items: Any) -> str:
        body = {
            "title": "关于下达2026年县级财政预算的通知",
            "doc_type": "通知",
            "direction": "下行文",
            "main_recipients": ["education", "agriculture"],
            "copied_recipients": ["县人大常委会办公室"],
            "body": "各有关单位：……",
        } | items
        return (await self.post("/outgoing", who, body, status=201))["id"]

    async def reviewed(self, **items: Any) -> str:
        id = await self.drafted(**items)
        await self.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意，呈县长签发"})
        return id

    async def signed(self, signer: str = "luo", **items: Any) -> str:
        id = await self.reviewed(**items)
        await self.post(f"/outgoing/{id}/sign", signer, {"opinion": "同意印发"})
        return id

    async def rechecked(self, **items: Any) -> str:
        id = await self.signed(**items)
        await self.post(f"/outgoing/{id}/recheck", "shen", {"note": "无实质性修改"})
        return id

    async def numbered(self, code: str = "县府办发", copies: int = 5, **items: Any) -> tuple[str, str]:
        id = await self.rechecked(**items)
        await self.post(f"/outgoing/{id}/register", "shen", {"code": code, "copies": copies})
        return id, (await self.outgoing(id))["number"]

    async def printed(self, **items: Any) -> str:
        id, _ = await self.numbered(**items)
        await self.post(f"/outgoing/{id}/print", "shen")
        return id

    async def issued(self, **items: Any) -> str:
        id = await self.printed(**items)
        await self.post(f"/outgoing/{id}/dispatch", "shen", {})
        return id

    async def outgoing(self, id: str, who: str = "shen") -> dict[str, Any]:
        return await self.get(f"/outgoing/{id}", who)

    # ── events ───────────────────────────────────────────────────────────────────────────

    async def events(self, id: str) -> list[tuple[str, dict[str, Any]]]:
        store = self.service.runtime.store
        async with store.engine.connect() as connection:
            return [(e.type, e.data) for e in await store.read_stream(connection, id)]

    async def event(self, id: str, ce_type: str) -> dict[str, Any]:
        matches = [data for type, data in await self.events(id) if type == ce_type]
        assert len(matches) == 1, f"{ce_type}: {len(matches)} events"
        return matches[0]
