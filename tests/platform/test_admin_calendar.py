"""`shuniu calendar check / install`: the operator sees which years are provisional and installs the
State Council's notice when it is out; a notice that contradicts the law is refused."""

from __future__ import annotations

from click.testing import CliRunner
from shuniu_shared.admin import cli
from shuniu_shared.calendar import WorkingCalendar

from tests.platform.test_calendar import NOTICE_2027


def run(*arguments: str):
    return CliRunner().invoke(cli, list(arguments))


def test_check_on_2_december_2026_warns_that_2027_is_provisional(tmp_path):
    result = run("calendar", "check", "--dir", str(tmp_path), "--today", "2026-12-02")
    assert result.exit_code == 0
    assert "2026  已安装通知" in result.stdout
    assert "2027  暂定" in result.stdout
    assert "警告：2027 年的放假安排通知尚未安装" in result.stderr


def test_once_the_2027_notice_is_installed_check_warns_no_more(tmp_path):
    notice = tmp_path / "notice-2027.toml"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    installed = tmp_path / "calendars"
    result = run("calendar", "install", str(notice), "--dir", str(installed))
    assert result.exit_code == 0, result.output
    assert "已安装 2027 年放假安排（21 个假日、1 个调休上班日）" in result.stdout
    assert (installed / "cn-2027.toml").read_text(encoding="utf-8") == NOTICE_2027
    assert not WorkingCalendar.china(installed).is_provisional(2027)

    result = run("calendar", "check", "--dir", str(installed), "--today", "2026-12-02")
    assert "2027  已安装通知" in result.stdout
    assert result.stderr == ""


def test_install_refuses_a_notice_that_lacks_a_statutory_holiday(tmp_path):
    notice = tmp_path / "notice-2027.toml"
    notice.write_text(NOTICE_2027.replace('"2027-01-01", ', ""), encoding="utf-8")
    result = run("calendar", "install", str(notice), "--dir", str(tmp_path / "calendars"))
    assert result.exit_code == 1
    assert "通知无效：通知缺少法定假日 2027-01-01（元旦）" in result.stderr
    assert not (tmp_path / "calendars" / "cn-2027.toml").exists()
    assert WorkingCalendar.china(tmp_path / "calendars").is_provisional(2027)


def test_install_without_a_calendar_directory_says_where_one_is_set(tmp_path, monkeypatch):
    monkeypatch.delenv("SHUNIU_CALENDAR_DIR", raising=False)
    notice = tmp_path / "notice-2027.toml"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    result = run("calendar", "install", str(notice))
    assert result.exit_code == 2
    assert "SHUNIU_CALENDAR_DIR" in result.stderr
    assert not list(tmp_path.glob("cn-*.toml"))
