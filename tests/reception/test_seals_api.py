"""Seals (用印): request with the document and reason → approval → use, each use logged."""

from __future__ import annotations

import hashlib

from tests.reception.office import ok


async def a_seal(svc, name: str = "县政府办公室章") -> str:
    return ok(
        await svc.client.post("/seals", json={"name": name, "kind": "办公室章"}, headers=svc.as_("wu")), 201
    )["id"]


async def a_request(svc, seal: str, impressions: int = 3) -> str:
    body = {
        "seal_id": seal,
        "document": "F政办函〔2026〕12号",
        "reason": "报送年度工作总结",
        "impressions": impressions,
    }
    return ok(await svc.client.post("/seal-requests", json=body, headers=svc.as_("li")), 201)["id"]


async def test_a_seal_is_used_after_approval_and_each_use_is_logged_for_the_auditor(reception):
    seal = await a_seal(reception)
    request = await a_request(reception, seal)
    ok(await reception.client.post(f"/seal-requests/{request}/approve", headers=reception.as_("feng")))
    ok(
        await reception.client.post(
            f"/seal-requests/{request}/use", json={"impressions": 2}, headers=reception.as_("wu")
        )
    )
    ok(
        await reception.client.post(
            f"/seal-requests/{request}/use", json={"impressions": 1}, headers=reception.as_("wu")
        )
    )
    log = ok(await reception.client.get("/seal-uses", headers=reception.as_("qian")))["items"]
    assert [(u["seal_id"], u["used_by"], u["impressions"]) for u in log] == [(seal, "wu", 2), (seal, "wu", 1)]
    assert log[0]["used_at"] == "2026-03-09T01:00:00+00:00"
    assert log[0]["document"] == "F政办函〔2026〕12号"


async def test_a_seal_is_not_used_before_approval(reception):
    request = await a_request(reception, await a_seal(reception))
    response = await reception.client.post(
        f"/seal-requests/{request}/use", json={"impressions": 1}, headers=reception.as_("wu")
    )
    assert response.status_code == 409


async def test_no_more_impressions_than_approved(reception):
    request = await a_request(reception, await a_seal(reception), impressions=2)
    ok(await reception.client.post(f"/seal-requests/{request}/approve", headers=reception.as_("feng")))
    response = await reception.client.post(
        f"/seal-requests/{request}/use", json={"impressions": 3}, headers=reception.as_("wu")
    )
    assert response.status_code == 422
    assert response.json()["code"] == "impressions_exceeded"


async def test_only_the_office_director_approves_and_only_the_seal_keeper_uses(reception):
    request = await a_request(reception, await a_seal(reception))
    assert (
        await reception.client.post(f"/seal-requests/{request}/approve", headers=reception.as_("wu"))
    ).status_code == 403
    ok(await reception.client.post(f"/seal-requests/{request}/approve", headers=reception.as_("feng")))
    assert (
        await reception.client.post(
            f"/seal-requests/{request}/use", json={"impressions": 1}, headers=reception.as_("feng")
        )
    ).status_code == 403
    assert (await reception.client.get("/seal-uses", headers=reception.as_("li"))).status_code == 403


PDF_SHA256 = hashlib.sha256(b"the typeset PDF the director approved").hexdigest()


async def test_sealing_an_outgoing_document_names_its_pdf_by_hash_and_the_use_carries_it(reception):
    seal = await a_seal(reception)
    body = {
        "seal_id": seal,
        "document": "县府发〔2026〕7号",
        "reason": "印发",
        "impressions": 1,
        "outgoing_id": "out-7",
        "pdf_sha256": PDF_SHA256.upper(),
    }
    request = ok(await reception.client.post("/seal-requests", json=body, headers=reception.as_("li")), 201)[
        "id"
    ]
    ok(await reception.client.post(f"/seal-requests/{request}/approve", headers=reception.as_("feng")))
    ok(
        await reception.client.post(
            f"/seal-requests/{request}/use", json={"impressions": 1}, headers=reception.as_("wu")
        )
    )
    async with reception.runtime.store.engine.connect() as connection:
        used = (await reception.runtime.store.read_stream(connection, request))[-1]
    assert used.type == "shuniu.reception.seal_request.used.v1"
    assert (used.data["outgoing_id"], used.data["pdf_sha256"]) == ("out-7", PDF_SHA256)


async def test_an_outgoing_document_is_not_sealed_without_its_pdfs_hash(reception):
    seal = await a_seal(reception)
    body = {"seal_id": seal, "document": "县府发〔2026〕7号", "reason": "印发", "impressions": 1}
    for named in ({"outgoing_id": "out-7"}, {"outgoing_id": "out-7", "pdf_sha256": "abc"}):
        response = await reception.client.post(
            "/seal-requests", json=body | named, headers=reception.as_("li")
        )
        assert response.status_code == 422
        assert response.json()["field"] == "pdf_sha256"
    response = await reception.client.post(
        "/seal-requests", json=body | {"pdf_sha256": PDF_SHA256}, headers=reception.as_("li")
    )
    assert response.status_code == 422
    assert response.json()["field"] == "outgoing_id"
