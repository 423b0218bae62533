"""`shuniu rebuild-projection` (declared in the projection's pyproject.toml, `shuniu.commands`): the
read models rebuilt from the topics into an empty database, with progress, rate and ETA."""

from __future__ import annotations

import asyncio

import click
from shuniu_shared.admin import service_settings
from shuniu_shared.bus import InProcessBus
from shuniu_shared.errors import ShuniuError
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings

from shuniu_projection.app.rebuild import Progress, Rebuilt, rebuild
from shuniu_projection.bootstrap import DEFINITION


@click.command(
    "rebuild-projection",
    help="从各主题的开头把读模型重建到一个空库（SHUNIU_DATABASE_URL 或 --into），显示进度、速率与预计剩余时间；"
    "完成后把服务指向该库并重启 / rebuild the projection's read models from the beginning of every topic "
    "into an empty database (SHUNIU_DATABASE_URL or --into), with progress, rate and ETA; then point the "
    "service at it and restart it",
)
@click.option(
    "--into",
    "database_url",
    help="重建到这个空库（SQLAlchemy 异步 URL）/ rebuild into this empty database (SQLAlchemy async URL)",
)
def rebuild_projection(database_url: str | None) -> None:
    settings = service_settings(DEFINITION.name)
    if database_url:
        settings = settings.model_copy(update={"database_url": database_url})
    try:
        done = asyncio.run(_rebuild(settings))
    except ShuniuError as refused:
        raise click.ClickException(f"{refused.zh} / {refused.en}") from None
    click.echo(
        f"已重建 {done.events} 个事件，用时 {done.seconds:.1f} 秒，{done.per_second:.0f} 个/秒（消费组 {done.group}）"
        f" / rebuilt {done.events} events in {done.seconds:.1f} s: {done.per_second:.0f} events/s"
    )


async def _rebuild(settings: Settings) -> Rebuilt:
    bus = (
        None
        if settings.kafka_bootstrap
        else InProcessBus(f"sqlite+aiosqlite:///{settings.var_dir / 'bus.sqlite3'}")
    )
    runtime = ServiceRuntime(DEFINITION, settings, bus=bus)
    with click.progressbar(
        length=1, label="重建 / rebuilding", show_pos=True, show_eta=False, item_show_func=lambda line: line
    ) as bar:

        def progress(now: Progress) -> None:
            # The total is the ends of the topics as last seen: it grows while services still write.
            bar.length = max(now.total, now.done, 1)
            eta = "—" if now.eta_seconds is None else f"{now.eta_seconds:.0f} 秒 / s"
            bar.update(
                now.done - bar.pos,
                f"{now.done}/{now.total}，{now.per_second:.0f} 个/秒 / events/s，预计剩余 / ETA {eta}",
            )

        try:
            if bus is not None:
                await bus.start()
            return await rebuild(runtime, progress=progress)
        finally:
            await runtime.engine.dispose()
            if bus is not None:
                await bus.close()
