"""The 督办情况通报 as the office prints it: a 简报 in form on GB/T 9704-2012's page — its name in red,
第N期 under it, the office and the date of issue, the red line — then the lights by department, the
overdue items with their reasons and the evaluation's working (shuniu_shared/typesetting.py).

It prints exactly what the bulletin records, and the bulletin names no classified task: those are
in the counts only (domain/bulletin.py), so the paper can go to every department it went to."""

from __future__ import annotations

from shuniu_shared.directory import Directory
from shuniu_shared.typesetting import Section, Sheet, Table, chinese_date

from shuniu_supervision.domain.clockwork import Light
from shuniu_supervision.domain.events import BulletinIssued

MARK = "督办工作情况通报"
LIGHT_NAMES = {Light.GREEN: "绿灯", Light.YELLOW: "黄灯", Light.RED: "红灯"}


def bulletin_sheet(bulletin: BulletinIssued, directory: Directory, office: str) -> Sheet:
    def chinese(rule: str) -> str:  # a rule reads "按时办结 / closed on time": the paper is Chinese
        return rule.split(" / ")[0]

    sections = bulletin.departments
    name = directory.name_of
    totals = {light: sum(s.lights.get(light, 0) for s in sections) for light in LIGHT_NAMES}
    classified = sum(s.classified_count for s in sections)
    summary = (
        f"本期（{chinese_date(bulletin.period_start)}至{chinese_date(bulletin.period_end)}）"
        f"各主办单位共有督办事项{sum(totals.values())}项，期末绿灯{totals[Light.GREEN]}项、"
        f"黄灯{totals[Light.YELLOW]}项、红灯{totals[Light.RED]}项"
        + (f"，其中涉密事项{classified}项只计数、不列名。" if classified else "。")
    )
    lights = Table(
        ("主办单位", *LIGHT_NAMES.values(), "得分"),
        tuple(
            (
                name(s.department),
                *(str(s.lights.get(light, 0)) for light in LIGHT_NAMES),
                f"{s.score:g}",
            )
            for s in sections
        ),
        (5, 2, 2, 2, 2),
    )
    overdue = tuple(
        (name(s.department), t.title, chinese_date(t.deadline), "；".join(t.overdue_reasons) or "未说明原因")
        for s in sections
        for t in s.tasks
        if t.light is Light.RED
    )
    working = tuple(
        (name(s.department), w.task, chinese(w.rule), f"{w.points:+g}") for s in sections for w in s.working
    )
    return Sheet(
        mark=MARK,
        issue=f"{bulletin.year}年第{bulletin.number}期",
        issuer=office,
        dated=bulletin.issued_on,
        title=f"{bulletin.period_start.year}年{bulletin.period_start.month}月督办事项办理情况"
        if (bulletin.period_start.year, bulletin.period_start.month)
        == (bulletin.period_end.year, bulletin.period_end.month)
        else f"{chinese_date(bulletin.period_start)}至{chinese_date(bulletin.period_end)}督办事项办理情况",
        sections=(
            Section("一、总体情况", (summary,)),
            Section("二、各单位亮灯情况（期末）", table=lights),
            Section(
                "三、逾期事项及原因",
                () if overdue else ("本期无逾期事项。",),
                Table(("主办单位", "事项", "时限", "原因"), overdue, (3, 5, 3, 5)) if overdue else None,
            ),
            Section(
                "四、结果考评",
                () if working else ("本期无计分事项。",),
                Table(("主办单位", "事项", "考评项目", "分值"), working, (3, 5, 5, 2)) if working else None,
            ),
        ),
        printer=office,
        printed_on=bulletin.issued_on,
    )
