"""The office's free text on a petitioner's case — the acceptance notice, the 交办 summary, an
extension's reason, a refusal's opinion, an objection's reason — is the petitioner's: it is sealed
under their key in every event (and so on every topic and in every consumer's copy), the petition
shows it to whoever may open the petition, and once the petitioner is forgotten it is gone and no
new text is taken for their case (issue 17)."""

from __future__ import annotations

from tests.reception.office import (
    accepted_petition,
    an_extension_is_asked,
    assigned_petition,
    ok,
    petition,
    register_petition,
    the_extension_is_decided,
)

NOTICE, SUMMARY = "受理告知书〔2026〕1号", "反映学校违规收取补课费，请核查处理"
REASON, OPINION = "案情复杂，需现场核查", "现有材料足以办结，不同意延期"
OBJECTION = "学校收费属市教育局管辖，不属本机关职权"


async def stored_data(reception, petition_id: str) -> dict[str, dict[str, object]]:
    async with reception.runtime.store.engine.connect() as connection:
        stored = await reception.runtime.store.read_stream(connection, petition_id)
    return {e.type.rsplit(".", 2)[-2]: e.data for e in stored}


async def refused_extension(reception) -> str:
    petition_id = await assigned_petition(reception)
    ok(await an_extension_is_asked(reception, petition_id, reason=REASON))
    ok(await the_extension_is_decided(reception, petition_id, by="fang", decision="refuse", opinion=OPINION))
    return petition_id


async def test_every_free_text_of_the_case_is_stored_sealed_under_the_petitioners_key(reception):
    petition_id = await refused_extension(reception)
    data = await stored_data(reception, petition_id)
    person_id = data["registered"]["person_id"]
    sealed = {
        "accepted": data["accepted"]["notice"],
        "assigned": data["assigned"]["summary"],
        "extension_requested": data["extension_requested"]["reason"],
        "extension_refused": data["extension_refused"]["opinion"],
    }
    for token in sealed.values():
        assert str(token).startswith(f"enc:v1:{person_id}:")
    everything = str(data)
    for text in (NOTICE, SUMMARY, REASON, OPINION):
        assert text not in everything


async def test_the_petition_shows_its_texts_unsealed_to_the_office_and_to_the_department(reception):
    petition_id = await refused_extension(reception)
    for reader in ("wang", "zhao"):  # 王信访员, and 赵老师 of 县教育局, which works the case
        view = await petition(reception, petition_id, as_=reader)
        assert (view["notice"], view["summary"]) == (NOTICE, SUMMARY)
        assert (view["extension"]["reason"], view["extension"]["opinion"]) == (REASON, OPINION)
    listed = ok(await reception.client.get("/petitions", headers=reception.as_("zhao")))["items"]
    assert [p["summary"] for p in listed] == [SUMMARY]


async def test_an_objections_reason_is_sealed_and_shown_unsealed(reception):
    petition_id = await register_petition(reception)
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education"},
            headers=reception.as_("wang"),
        )
    )
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/object", json={"reason": OBJECTION}, headers=reception.as_("wang")
        )
    )
    assert str((await stored_data(reception, petition_id))["objected"]["reason"]).startswith("enc:v1:")
    assert (await petition(reception, petition_id))["objection"] == OBJECTION


async def test_once_the_petitioner_is_forgotten_their_case_takes_no_new_text(reception):
    petition_id = await accepted_petition(reception)
    person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    ok(await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("wang")))

    refused = await reception.client.post(
        f"/petitions/{petition_id}/assign",
        json={"department": "education", "summary": SUMMARY},
        headers=reception.as_("wang"),
    )
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["code"] == "petitioner_forgotten"
    assert refused.json()["detail"].startswith("信访人的个人信息已删除")
    view = await petition(reception, petition_id)
    assert (view["stage"], view["notice"]) == ("accepted", "[已删除 / erased]")
