"""`shuniu`: the suite's administration commands, for the operator rather than the office's users.

  shuniu calendar check              the years the working-day calendar knows, which are provisional
  shuniu calendar install NOTICE     install a year's holiday notice (cn-YYYY.toml), checked first

Installed notices go into ``SHUNIU_CALENDAR_DIR`` (or ``--dir``), which the services read at start.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from shuniu_shared.calendar import BUILT_IN, WorkingCalendar, provisional_warning, read_notice
from shuniu_shared.clock import SystemClock, office_date
from shuniu_shared.errors import InvalidInput

CALENDAR_DIR = click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="SHUNIU_CALENDAR_DIR",
    help="运营方的日历目录（默认 SHUNIU_CALENDAR_DIR）/ the operator's calendar directory",
)


@click.group(help=__doc__)
def cli() -> None:
    pass


@cli.group(help="工作日历 / the working-day calendar")
def calendar() -> None:
    pass


@calendar.command(help="列出已知年份及暂定年份 / list the years known and which are provisional")
@CALENDAR_DIR
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="以此日为今天 / take this day as today")
def check(directory: Path | None, today: datetime | None) -> None:
    day = today.date() if today is not None else office_date(SystemClock().now())
    working = WorkingCalendar.china(*filter(None, [directory]))
    for year in sorted(working.notices):
        source = "内置 / built in" if (BUILT_IN / f"cn-{year}.toml").exists() else str(directory)
        click.echo(f"{year}  已安装通知 / notice installed ({source})")
    for year in working.provisional_soon(day):
        click.echo(f"{year}  暂定：仅法定假日，无调休 / provisional: statutory days only, no 调休")
    for year in working.provisional_soon(day):
        zh, en = provisional_warning(year)
        click.echo(f"警告：{zh}通知发布后请执行 shuniu calendar install。", err=True)
        click.echo(f"warning: {en} Run shuniu calendar install once the notice is out.", err=True)


@calendar.command(help="校验并安装一年的放假安排通知 / check and install a year's holiday notice")
@click.argument("notice", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@CALENDAR_DIR
def install(notice: Path, directory: Path | None) -> None:
    if directory is None:
        raise click.UsageError("未指定日历目录：请设置 SHUNIU_CALENDAR_DIR 或 --dir / no calendar directory")
    text = notice.read_text(encoding="utf-8")
    try:
        installed = read_notice(text)
    except InvalidInput as e:
        raise click.ClickException(f"通知无效：{e.zh} / invalid notice: {e.en}") from None
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"cn-{installed.year}.toml"
    target.write_text(text, encoding="utf-8")
    click.echo(
        f"已安装 {installed.year} 年放假安排（{len(installed.holidays)} 个假日、"
        f"{len(installed.working_days)} 个调休上班日）→ {target}；服务重启后生效"
        " / installed; the services use it from their next start"
    )


def main() -> None:
    cli()
