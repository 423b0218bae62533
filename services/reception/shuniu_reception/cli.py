"""The reception's operator commands: `shuniu rotate-keys` and `shuniu forget` (declared in its
pyproject.toml's `shuniu.commands`), and `python -m shuniu_reception`, which serves the service.

\b
  python -m shuniu_reception                       serve the service
  shuniu rotate-keys                               re-wrap every person's key under the new master key
                                                   (also `python -m shuniu_reception rotate-master-key`)
  shuniu forget PERSON --by OPERATOR               forget a visitor or petitioner: destroy their key

Rotating the master key (SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY), so that the old one can be destroyed
and with it every backup's copy of a forgotten person's key:

\b
  1. give the new key as SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY and the old one as
     SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY, and restart the service (it opens both, wraps
     new people's keys under the new one);
  2. run `shuniu rotate-keys` with the same settings (one transaction; run it again if it was
     interrupted — it re-wraps only what the old key still wraps);
  3. remove SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY, restart, and destroy the old key.
"""

from __future__ import annotations

import asyncio

import click
from shuniu_shared.admin import service_settings
from shuniu_shared.bus import InProcessBus
from shuniu_shared.commands import Actor, execute
from shuniu_shared.database import create_engine
from shuniu_shared.errors import ShuniuError
from shuniu_shared.migrations import migrate
from shuniu_shared.runtime import ServiceRuntime, serve_service
from shuniu_shared.settings import Settings

from shuniu_reception.api.common import PETITION_STAFF
from shuniu_reception.app.people import ForgetPerson, forget_person
from shuniu_reception.app.personal_data import (
    MasterKeyMissing,
    personal_data,
    rotate_master_key,
    scrub_freed_pages,
)
from shuniu_reception.bootstrap import DEFINITION


@click.command(
    "rotate-keys",
    help="以新主密钥重新封装每个人的密钥（接待服务）/ re-wrap every person's key under the new master key "
    "(reception): SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY the new, SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY the old",
)
def rotate_keys() -> None:
    settings = service_settings(DEFINITION.name)
    try:
        rewrapped = asyncio.run(_rotate(settings.database_url_or_embedded()))
    except MasterKeyMissing as missing:
        raise click.ClickException(f"主密钥不全，未作任何改动 / nothing changed: {missing}") from None
    click.echo(f"已重新封装 {rewrapped} 个密钥 / {rewrapped} keys re-wrapped under the new master key")


async def _rotate(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        await migrate(engine, DEFINITION.migrations)  # the keys name their master from reception_0002 on
        return await rotate_master_key(engine, personal_data())
    finally:
        await engine.dispose()


@click.command(
    "forget",
    help="删除来访者或信访人的个人信息：销毁其密钥，历史保留（接待服务）/ forget a visitor or petitioner: "
    "their key is destroyed, and with it every copy of their data; the history stays (reception)",
)
@click.argument("person_id")
@click.option(
    "--by",
    "operator",
    required=True,
    help="执行删除的信访工作人员或办公室主任（目录中的编号）/ the petitions officer or office director "
    "who forgets them (their id in the directory), recorded in the event",
)
def forget(person_id: str, operator: str) -> None:
    settings = service_settings(DEFINITION.name)
    try:
        version = asyncio.run(_forget(settings, person_id, operator))
    except ShuniuError as refused:
        raise click.ClickException(f"{refused.zh} / {refused.en}") from None
    click.echo(f"已删除 {person_id} 的个人信息（第 {version} 版）/ {person_id} forgotten (version {version})")


async def _forget(settings: Settings, person_id: str, operator: str) -> int:
    runtime = ServiceRuntime(
        DEFINITION,
        settings,
        # Its events reach the other services through the outbox, which the running service relays.
        bus=None
        if settings.kafka_bootstrap
        else InProcessBus(f"sqlite+aiosqlite:///{settings.var_dir / 'bus.sqlite3'}"),
    )
    try:
        await migrate(runtime.engine, DEFINITION.migrations)
        actor = Actor.of(runtime.directory.person(operator, field="--by"))
        if not actor.has_any_role(PETITION_STAFF):
            raise click.ClickException(
                f"{operator} 不是信访工作人员或办公室主任 / {operator} may not forget a person's data"
            )
        written = await execute(runtime, ForgetPerson(person_id), forget_person, actor)
        await scrub_freed_pages(runtime.engine)  # once committed: the key's bytes go too
        return written.version
    finally:
        await runtime.engine.dispose()


@click.group(help=__doc__, invoke_without_command=True)
@click.pass_context
def main(context: click.Context) -> None:
    if context.invoked_subcommand is None:
        serve_service(DEFINITION)


main.add_command(rotate_keys, "rotate-master-key")  # the name the Helm chart's rotation Job runs
