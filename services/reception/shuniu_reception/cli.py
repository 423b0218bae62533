"""`python -m shuniu_reception`: the reception service, and its operator's commands.

\b
  python -m shuniu_reception                     serve the service
  python -m shuniu_reception rotate-master-key   re-wrap every person's key under the new master key

Rotating the master key (SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY), so that the old one can be destroyed
and with it every backup's copy of a forgotten person's key:

\b
  1. give the new key as SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY and the old one as
     SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY, and restart the service (it opens both, wraps
     new people's keys under the new one);
  2. run `rotate-master-key` with the same settings (one transaction; run it again if it was
     interrupted — it re-wraps only what the old key still wraps);
  3. remove SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY, restart, and destroy the old key.
"""

from __future__ import annotations

import asyncio

import click
from shuniu_shared.database import create_engine
from shuniu_shared.migrations import migrate
from shuniu_shared.runtime import serve_service
from shuniu_shared.startup import configured

from shuniu_reception.app.personal_data import MasterKeyMissing, personal_data, rotate_master_key
from shuniu_reception.bootstrap import DEFINITION


@click.group(help=__doc__, invoke_without_command=True)
@click.pass_context
def main(context: click.Context) -> None:
    if context.invoked_subcommand is None:
        serve_service(DEFINITION)


@main.command(
    "rotate-master-key",
    help="以新主密钥重新封装每个人的密钥 / re-wrap every person's key under the new master key",
)
def rotate_master_key_command() -> None:
    settings = configured(
        DEFINITION.name, {DEFINITION.name: DEFINITION.settings_variables}, [DEFINITION.preflight]
    )
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
