"""`shuniu`: the suite's administration commands, for the operator rather than the office's users.

\b
  shuniu migrate                     every installed service's schema to its newest revision
  shuniu dlq list / show / redrive   dead letters read, and sent back to their topic after a fix
  shuniu directory import …          the organisation directory from CSV or an identity provider
  shuniu check-config                what SHUNIU_* is set, what is missing, what is unsafe
  shuniu calendar check / install    the working-day calendar's years, a year's holiday notice
  shuniu rebuild-projection, forget, rotate-keys … the installed services' own commands

Run it with a service's environment (its SHUNIU_DATABASE_URL, SHUNIU_KAFKA_BOOTSTRAP …), e.g. in its
container; without a database URL it works on the embedded SQLite files under SHUNIU_VAR_DIR.

The shared library knows no service by name: the services an image ships declare themselves in the
entry-point group `shuniu.services` (their ServiceDefinition) and their own commands in
`shuniu.commands` (a click command each), so `shuniu` offers what is installed and nothing else.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import click
import ldap3
from ldap3.core.exceptions import LDAPException
from sqlalchemy.engine import make_url

from shuniu_shared.calendar import BUILT_IN, WorkingCalendar, provisional_warning, read_notice
from shuniu_shared.clock import SystemClock, office_date
from shuniu_shared.database import create_engine
from shuniu_shared.dead_letters import DeadLetter, DeadLetters, dead_letter_groups
from shuniu_shared.directory import Directory, LdapEntry
from shuniu_shared.errors import InvalidInput
from shuniu_shared.migrations import Migrations, current_revisions, migrate
from shuniu_shared.runtime import ServiceDefinition
from shuniu_shared.settings import ConfigurationError, Settings, UnsafeSettings
from shuniu_shared.startup import configured, wait_until_reachable

CALENDAR_DIR = click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="SHUNIU_CALENDAR_DIR",
    help="运营方的日历目录（默认 SHUNIU_CALENDAR_DIR）/ the operator's calendar directory",
)


@cache
def installed_services() -> dict[str, ServiceDefinition]:
    """The services installed beside this library, by name (entry-point group `shuniu.services`)."""
    found = {point.name: point.load() for point in entry_points(group="shuniu.services")}
    return dict(sorted(found.items()))


def _own_variables() -> dict[str, frozenset[str]]:
    return {name: definition.settings_variables for name, definition in installed_services().items()}


def service_settings(name: str) -> Settings:
    """One installed service's settings from this environment, checked as the service checks them when
    it starts (unknown variables, development secrets outside development, its database and broker
    reachable); a problem is one line and exit status 2 (shuniu_shared.startup)."""
    definition = installed_services()[name]
    return configured(name, _own_variables(), [definition.preflight])


class _Shuniu(click.Group):
    """The shared commands, and those of the installed services (entry-point group `shuniu.commands`)."""

    def _plugins(self) -> dict[str, EntryPoint]:
        return {point.name: point for point in entry_points(group="shuniu.commands")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._plugins()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        own = super().get_command(ctx, cmd_name)
        if own is not None:
            return own
        point = self._plugins().get(cmd_name)
        command: click.Command | None = point.load() if point is not None else None
        return command


@click.group(cls=_Shuniu, help=__doc__)
def cli() -> None:
    pass


# --- migrate ---------------------------------------------------------------------------------------


@cli.command(
    "migrate",
    help="把每个已安装服务的数据库升级到最新修订，列出升级前后所在的修订 / upgrade every installed "
    "service's database to its newest revisions, showing where each was before and is after. With "
    "SHUNIU_DATABASE_URL set (one service's database) only that service (SHUNIU_SERVICE or --service).",
)
@click.option(
    "--service",
    "chosen",
    multiple=True,
    help="只升级这个服务（可重复）/ only this service (repeatable)",
)
def migrate_command(chosen: tuple[str, ...]) -> None:
    services = installed_services()
    if unknown := sorted(set(chosen) - set(services)):
        raise click.UsageError(
            f"未安装服务 {', '.join(unknown)}（已安装：{', '.join(services)}）/ not installed: {', '.join(unknown)}"
        )
    base = _environment_settings()
    targets = list(chosen) or sorted(services)
    if base.database_url:
        targets = list(chosen) or ([base.service] if base.service in services else [])
        if len(targets) != 1:
            raise click.UsageError(
                "SHUNIU_DATABASE_URL 只指向一个服务的数据库：请用 SHUNIU_SERVICE 或 --service 指明 / "
                "SHUNIU_DATABASE_URL names one service's database: say which with SHUNIU_SERVICE or --service"
            )
    report = []
    with click.progressbar(targets, label="升级数据库 / migrating", item_show_func=lambda s: s) as bar:
        for name in bar:
            settings = service_settings(name)
            before, applied, after = asyncio.run(
                _migrate(settings.database_url_or_embedded(), services[name].migrations)
            )
            report.append((name, before, applied, after))
    for name, before, applied, after in report:
        was = ", ".join(sorted(before)) or "无修订 / none"
        now = ", ".join(sorted(after))
        if applied:
            click.echo(
                f"{name}: {was} → {now}（应用 {len(applied)} 个修订 / {len(applied)} revisions applied）"
            )
        else:
            click.echo(f"{name}: {now}（已是最新 / up to date）")


async def _migrate(url: str, migrations: Migrations) -> tuple[set[str], list[str], set[str]]:
    engine = create_engine(url)
    try:
        before = await current_revisions(engine)
        applied = await migrate(engine, migrations)
        return before, applied, await current_revisions(engine)
    finally:
        await engine.dispose()


def _environment_settings() -> Settings:
    """The settings of this environment as a whole (SHUNIU_SERVICE names the service, if any)."""
    try:
        return Settings.from_environment(os.environ.get("SHUNIU_SERVICE", "gateway"), _own_variables())
    except ConfigurationError as e:
        raise click.ClickException(str(e)) from None


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


# --- dlq -------------------------------------------------------------------------------------------


@cli.group(help="死信：读取，修复原因后重投回原主题 / dead letters: read them, send them back after a fix")
def dlq() -> None:
    pass


def _bootstrap() -> str:
    settings = _environment_settings()
    if not settings.kafka_bootstrap:
        raise click.UsageError(
            "死信在 Kafka 上：请设置 SHUNIU_KAFKA_BOOTSTRAP / dead letters live on Kafka: set SHUNIU_KAFKA_BOOTSTRAP"
        )
    _reachable_or_fail(settings)
    return settings.kafka_bootstrap


def _reachable_or_fail(settings: Settings) -> None:
    try:
        wait_until_reachable(settings, settings.startup_wait_seconds)
    except ConfigurationError as e:
        raise click.ClickException(str(e)) from None


async def _letters(bootstrap: str, group: str) -> list[DeadLetter]:
    async with DeadLetters(bootstrap, group) as letters:
        return await letters.read()


def _summary(letter: DeadLetter) -> str:
    error = (letter.header("dlq_error") or "").splitlines()[0:1]
    return (
        f"{letter.ref}  {letter.header('ce_type') or '（非 CloudEvent / not a CloudEvent）'}  "
        f"来自 / from {letter.header('dlq_topic')}  尝试 / attempts {letter.header('dlq_attempts')}  "
        f"{letter.header('dlq_failed_at') or ''}"
        + ("  已重投 / redriven" if letter.redriven else "")
        + (f"\n    {error[0]}" if error else "")
    )


@dlq.command(
    "list",
    help="列出死信（不给消费组则列出有死信主题的消费组）/ list a group's dead letters, or the groups that have any",
)
@click.argument("group", required=False)
def dlq_list(group: str | None) -> None:
    bootstrap = _bootstrap()
    if group is None:
        for name in asyncio.run(dead_letter_groups(bootstrap)):
            letters = asyncio.run(_letters(bootstrap, name))
            waiting = sum(not letter.redriven for letter in letters)
            click.echo(
                f"{name}  {len(letters)} 封死信，{waiting} 封待重投 / {len(letters)} letters, {waiting} not redriven"
            )
        return
    letters = asyncio.run(_letters(bootstrap, group))
    if not letters:
        click.echo(f"{group} 没有死信 / no dead letters")
    for letter in letters:
        click.echo(_summary(letter))


@dlq.command(
    "show", help="显示一封死信的全部内容 / one dead letter in full (REF: its event id, or partition:offset)"
)
@click.argument("group")
@click.argument("ref")
def dlq_show(group: str, ref: str) -> None:
    letter = _chosen(asyncio.run(_letters(_bootstrap(), group)), group, [ref])[0]
    click.echo(_summary(letter))
    click.echo("头部 / headers:")
    for key, value in letter.headers:
        if key != "dlq_stacktrace":
            click.echo(f"  {key}: {value.decode(errors='replace')}")
    click.echo(f"键 / key: {(letter.key or b'').decode(errors='replace')}")
    click.echo(f"内容 / value: {(letter.value or b'').decode(errors='replace')}")
    click.echo(f"堆栈 / stack trace:\n{letter.header('dlq_stacktrace') or ''}")


def _chosen(letters: list[DeadLetter], group: str, refs: list[str]) -> list[DeadLetter]:
    by_ref = {letter.ref: letter for letter in letters} | {f"{x.partition}:{x.offset}": x for x in letters}
    if missing := [ref for ref in refs if ref not in by_ref]:
        raise click.ClickException(
            f"{group} 没有死信 {', '.join(missing)} / no such dead letter: {', '.join(missing)}"
        )
    return [by_ref[ref] for ref in refs]


@dlq.command(
    "redrive",
    help="把死信重投回原主题，只由当初失败的消费组处理一次；不给 REF 则重投所有尚未重投的 / send dead "
    "letters back to their topic, for the group that failed them alone to apply once; without REF, every "
    "one not sent back before. Fix the cause first.",
)
@click.argument("group")
@click.argument("refs", nargs=-1)
def dlq_redrive(group: str, refs: tuple[str, ...]) -> None:
    bootstrap = _bootstrap()

    async def redrive() -> int:
        async with DeadLetters(bootstrap, group) as letters:
            every = await letters.read()
            chosen = _chosen(every, group, list(refs)) if refs else [x for x in every if not x.redriven]
            with click.progressbar(length=len(chosen), label="重投 / redriving") as bar:
                await letters.redrive(chosen, advance_mark=not refs, sent=lambda letter: bar.update(1))
            return len(chosen)

    count = asyncio.run(redrive())
    click.echo(f"已重投 {count} 封死信到原主题 / {count} dead letters sent back to their topic")


# --- directory -------------------------------------------------------------------------------------


@cli.group(help="组织目录（部门与人员）/ the organisation directory: departments and people")
def directory() -> None:
    pass


@directory.group("import", help="从外部来源写入目录文件 / write the directory file from a source")
def directory_import() -> None:
    pass


DIRECTORY_FILE = click.option(
    "--to",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SHUNIU_DIRECTORY_FILE",
    required=True,
    help="写入的目录文件（默认 SHUNIU_DIRECTORY_FILE）/ the directory file written",
)


def _write(target: Path, build: Callable[[], Directory]) -> None:
    try:
        imported = build()
    except (ValueError, KeyError) as e:  # a malformed export, or a sheet without a column
        raise click.ClickException(f"目录无效，未写入 / invalid directory, nothing written: {e}") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(imported.to_toml(), encoding="utf-8")
    click.echo(
        f"已导入 {len(imported.departments)} 个部门、{len(imported.people)} 名人员 → {target}；服务重启后生效"
        f" / {len(imported.departments)} departments and {len(imported.people)} people imported; "
        "the services read them from their next start"
    )


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@directory_import.command(
    "csv",
    help="两张表：部门（code,name,parent）与人员（id,name,dept,roles,clearance）/ two sheets: departments "
    "(code,name,parent) and people (id,name,dept,roles,clearance; roles separated by spaces or ;)",
)
@click.argument("departments", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("people", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DIRECTORY_FILE
def import_csv(departments: Path, people: Path, target: Path) -> None:
    _write(target, lambda: Directory.from_csv(_text(departments), _text(people)))


@directory_import.command(
    "keycloak",
    help="Keycloak 域导出（kc.sh export）：组为部门，用户为人员 / a Keycloak realm export: groups are the "
    "departments, users the people (attributes dept, clearance, name; Shuniu's realm roles)",
)
@click.argument("export", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DIRECTORY_FILE
def import_keycloak(export: Path, target: Path) -> None:
    _write(target, lambda: Directory.from_keycloak(_text(export)))


@directory_import.command(
    "ldap",
    help="LDAP 目录：--departments 之下的组织单位为部门，--people 之下的 inetOrgPerson 为人员 / an LDAP "
    "directory: the organizationalUnits below --departments are the departments (ou, description), the "
    "inetOrgPersons below --people the people (uid, displayName, departmentNumber, employeeType, businessCategory)",
)
@click.argument("url")
@click.option("--bind-dn", required=True, help="只读账号的 DN / the DN of a read-only account")
@click.option(
    "--password-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="其口令所在的文件（不给则询问）/ a file holding its password (asked for if not given)",
)
@click.option(
    "--departments", "departments_base", required=True, help="部门所在的 DN / where the departments are"
)
@click.option("--people", "people_base", required=True, help="人员所在的 DN / where the people are")
@DIRECTORY_FILE
def import_ldap(
    url: str, bind_dn: str, password_file: Path | None, departments_base: str, people_base: str, target: Path
) -> None:
    password = (
        _text(password_file).strip()
        if password_file
        else click.prompt("口令 / password", hide_input=True, err=True)
    )
    try:
        with ldap3.Connection(
            ldap3.Server(url, connect_timeout=5, get_info=ldap3.NONE),
            bind_dn,
            password,
            auto_bind=True,
            read_only=True,
        ) as connection:
            units = _search(connection, departments_base, "(objectClass=organizationalUnit)")
            people = _search(connection, people_base, "(objectClass=inetOrgPerson)")
    except LDAPException as e:
        raise click.ClickException(
            f"无法读取 LDAP 目录 {url} / cannot read the LDAP directory: {e}"
        ) from None
    departments = [(dn, attributes) for dn, attributes in units if dn.lower() != departments_base.lower()]
    _write(target, lambda: Directory.from_ldap(departments, people))


def _search(connection: ldap3.Connection, base: str, search_filter: str) -> list[LdapEntry]:
    """Every entry below `base`, a page at a time (a large directory refuses one unpaged answer)."""
    found = connection.extend.standard.paged_search(
        base, search_filter, ldap3.SUBTREE, attributes=ldap3.ALL_ATTRIBUTES, paged_size=500, generator=False
    )
    return [
        (
            entry["dn"],
            {
                name: value if isinstance(value, list) else [value]
                for name, value in entry["attributes"].items()
            },
        )
        for entry in found
        if entry["type"] == "searchResEntry"
    ]


# --- check-config ----------------------------------------------------------------------------------

_SECRET_WORDS = ("SECRET", "TOKEN", "PASSWORD", "KEY")


def _shown(name: str, value: str) -> str:
    """A value fit to print: secrets masked, a URL's password hidden."""
    if any(word in name for word in _SECRET_WORDS):
        return f"****（{len(value)} 个字符 / characters）"
    if "://" in value:
        try:
            return make_url(value).render_as_string(hide_password=True)
        except Exception:  # not a database URL: shown as it is
            return value
    return value


def _missing(settings: Settings) -> list[str]:
    """What production runs on that is not set (development runs embedded and needs none of it)."""
    if settings.development:
        return []
    missing = []
    if settings.service != "gateway" and not settings.database_url:
        missing.append("SHUNIU_DATABASE_URL：未设则用本机 SQLite / unset: a local SQLite file")
    if not settings.kafka_bootstrap:
        missing.append("SHUNIU_KAFKA_BOOTSTRAP：未设则用进程内总线 / unset: the in-process bus")
    if not settings.jwt_secret and not settings.jwt_jwks_url:
        missing.append(
            "SHUNIU_JWT_JWKS_URL（或 / or SHUNIU_JWT_SECRET）：无法验证令牌 / no token can be verified"
        )
    if not settings.metrics_token:
        missing.append("SHUNIU_METRICS_TOKEN：/metrics 不提供 / /metrics serves nothing")
    if not settings.directory_file:
        missing.append("SHUNIU_DIRECTORY_FILE：用的是演示县的目录 / the demo county's directory is used")
    return missing


def _unsafe(settings: Settings, services: Mapping[str, ServiceDefinition]) -> list[str]:
    problems = list(settings.development_secrets())
    if not settings.development:
        for definition in services.values():
            if definition.preflight is None:
                continue
            try:
                definition.preflight(settings)
            except UnsafeSettings as e:
                problems.append(f"{definition.name}: {e}")
    return problems


@cli.command(
    "check-config",
    help="检查 SHUNIU_* 设置：已设置的、缺少的、不安全的；有问题则退出码为 1 / check the SHUNIU_* settings: "
    "what is set, what is missing, what is unsafe; exit status 1 if anything is wrong",
)
@click.option(
    "--connect", is_flag=True, help="并试连数据库与 Kafka / also try to reach the database and Kafka"
)
def check_config(connect: bool) -> None:
    click.echo("已设置 / set:")
    for name in sorted(os.environ):
        if name.upper().startswith("SHUNIU_"):
            click.echo(f"  {name}={_shown(name.upper(), os.environ[name])}")
    try:
        settings = Settings.from_environment(os.environ.get("SHUNIU_SERVICE", "gateway"), _own_variables())
    except ConfigurationError as e:
        click.echo(f"错误 / error: {e}", err=True)
        raise SystemExit(1) from None
    mode = "开发 / development" if settings.development else "生产 / production"
    click.echo(f"服务 / service: {settings.service}；模式 / mode: {mode}")
    missing, unsafe = _missing(settings), _unsafe(settings, installed_services())
    for line in missing:
        click.echo(f"缺少 / missing: {line}", err=True)
    for line in unsafe:
        click.echo(f"不安全 / unsafe: {line}", err=True)
    unreachable = []
    if connect:
        try:
            wait_until_reachable(settings, min(settings.startup_wait_seconds, 5.0))
        except ConfigurationError as e:
            unreachable.append(str(e))
            click.echo(f"无法连接 / unreachable: {e}", err=True)
    if missing or unsafe or unreachable:
        raise SystemExit(1)
    click.echo("配置无误 / the configuration is sound")


def main() -> None:
    cli()
