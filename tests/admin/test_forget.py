"""`shuniu forget`: the reception's 删除个人信息 from the command line, as a petitions officer's
request would do it — the person's key destroyed, their data shown as erased, the history kept; and
only someone whose work it is may do it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from shuniu_reception.app.personal_data import ERASED, personal_data
from shuniu_reception.bootstrap import DEFINITION

from tests.admin.support import shuniu_beside
from tests.reception.office import PETITIONER, ok, petition, register_petition
from tests.services import running_service


@pytest.fixture(autouse=True)
def development_key() -> Iterator[None]:
    personal_data.cache_clear()  # the development master key, read afresh, in the service and the command
    yield
    personal_data.cache_clear()


async def test_a_petitioner_forgotten_from_the_command_line_reads_as_erased_and_keeps_their_history(tmp_path):
    async with running_service(DEFINITION, tmp_path) as reception:
        petition_id = await register_petition(reception)
        person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    env = {
        "SHUNIU_ENV": "development",
        "SHUNIU_VAR_DIR": str(tmp_path),
        "SHUNIU_DATABASE_URL": None,
        "SHUNIU_KAFKA_BOOTSTRAP": None,
        "SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY": None,
    }

    refused = await shuniu_beside("forget", person_id, "--by", "nobody-of-this-office", env=env)
    assert refused.exit_code == 1 and "没有编号为 nobody-of-this-office 的人员" in refused.stderr

    done = await shuniu_beside("forget", person_id, "--by", "wang", env=env)
    assert done.exit_code == 0, done.output
    assert f"已删除 {person_id} 的个人信息" in done.stdout

    again = await shuniu_beside("forget", person_id, "--by", "wang", env=env)
    assert again.exit_code == 1 and "此人的个人信息已删除" in again.stderr

    async with running_service(DEFINITION, tmp_path) as reception:
        person = ok(await reception.client.get(f"/people/{person_id}", headers=reception.as_("wang")))
        assert person["forgotten"] is True
        assert person["name"] == ERASED and person["id_number"] == ERASED
        history = (await petition(reception, petition_id))["petitioner"]
        assert history["person_id"] == person_id and PETITIONER["name"] not in str(history)


async def test_only_a_petitions_officer_or_the_office_director_may_forget(tmp_path):
    async with running_service(DEFINITION, tmp_path) as reception:
        petition_id = await register_petition(reception)
        person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    env = {"SHUNIU_ENV": "development", "SHUNIU_VAR_DIR": str(tmp_path), "SHUNIU_DATABASE_URL": None}

    refused = await shuniu_beside("forget", person_id, "--by", "shen", env=env)

    assert refused.exit_code == 1 and "shen 不是信访工作人员或办公室主任" in refused.stderr
    async with running_service(DEFINITION, tmp_path) as reception:
        person = ok(await reception.client.get(f"/people/{person_id}", headers=reception.as_("wang")))
        assert person["name"] == PETITIONER["name"] and person["forgotten"] is False
