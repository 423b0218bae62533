"""Everything that can happen to an incident (突发事件), as events of ``shuniu.duty.incident.*``.

The clocks' due times are recorded when the incident is reported, from the limits then configured:
a later change of the limits does not rewrite what was due.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.events import DomainEvent, EventRegistry, EventValue

from shuniu_duty.domain.levels import IncidentLevel

registry = EventRegistry("duty")

# 电话初报 / 书面报告 / 续报 / 终报
ReportKind = Literal["phone", "written", "follow_up", "final"]


class Casualties(EventValue):
    """人员伤亡: as known at the time of the report."""

    dead: int = Field(0, ge=0)
    injured: int = Field(0, ge=0)
    missing: int = Field(0, ge=0)


@registry.event("incident.reported")
class IncidentReported(DomainEvent):
    """突发事件接报：办公室获悉突发事件 / the office learned of an incident."""

    incident_id: str
    title: str
    category: str  # 事件类别: 自然灾害, 事故灾难, 公共卫生事件, 社会安全事件...
    place: str
    level: IncidentLevel
    casualties: Casualties
    measures: str  # 已采取的处置措施
    classification: ClassificationName
    # 内部: shown on need to know only (the office, the leaders, whoever reported it, the departments
    # involved); unmarked, the incident is circulated to every department of the organisation.
    internal: bool
    reporting_department: str | None  # the department that told the office; None: the duty officer
    departments_involved: list[str]
    reported_by: str
    learned_at: datetime  # the clocks run from here
    phone_due: datetime | None  # 电话初报 (较大 and above only)
    written_due: datetime  # 书面报告


@registry.event("incident.report_drafted")
class ReportDrafted(DomainEvent):
    """报告拟稿：值班员起草一份报告 / a report on the incident was drafted."""

    number: int  # the incident's reports are numbered 1, 2, ... in the order drafted
    kind: ReportKind
    text: str
    casualties: Casualties
    drafted_by: str
    drafted_at: datetime


@registry.event("incident.report_approved")
class ReportApproved(DomainEvent):
    """带班领导审核同意 / the leader on call approved the report to go up."""

    number: int
    by: str
    at: datetime
    # What the incident is, so that whoever follows the leader on call (the leaders' schedules hold
    # his time for a 较大-or-above incident) needs no other event of the incident's. None only in the
    # approvals recorded before they carried it, which such a reader passes over.
    title: str | None = None
    level: IncidentLevel | None = None
    classification: ClassificationName | None = None


@registry.event("incident.report_submitted")
class ReportSubmitted(DomainEvent):
    """报告报送：报告已上报 / the report went up; a late one says how late and why (迟报)."""

    number: int
    kind: ReportKind
    by: str
    at: datetime
    due: datetime | None
    minutes_late: int | None  # None: in time, or a report with no clock (续报, 终报)
    late_reason: str | None


@registry.event("incident.instructed")
class IncidentInstructed(DomainEvent):
    """领导批示：领导对已上报的报告作出批示，交由部门落实 / a leader's instruction on a report that
    went up, for a department to carry out; supervision opens one task from it (its contract)."""

    incident_id: str
    number: int  # the report the instruction is written on
    title: str
    classification: ClassificationName
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None  # None: supervision gives the office's default period
    instructed_on: date
    # the leader's time is held from here on his schedule; None in the instructions recorded before
    instructed_at: datetime | None = None


@registry.event("incident.closed")
class IncidentClosed(DomainEvent):
    """终报后办结 / the final report went up: disposal has ended and the incident is closed."""

    at: datetime


# 值班 the duty roster ------------------------------------------------------------------------
# One roster (值班表) is a week's or a month's plan; its shifts, handovers and alerts are its events.
# A duty log entry (值班记录) is an object of its own: its audience is the office and those told.


class ShiftPlan(EventValue):
    """一天的值班: the day's 带班领导 and 值班员, and why it carries extra staff, if it does."""

    day: date
    leaders: list[str]
    officers: list[str]
    reason: str | None  # 节假日 / the sensitive period's name; None: an ordinary day


@registry.event("roster.planned")
class RosterPlanned(DomainEvent):
    """排班：办公室排出一周或一月的值班表 / the office planned a week's or a month's duty."""

    roster_id: str
    office_department: str
    first_day: date
    last_day: date
    shifts: list[ShiftPlan]
    planned_by: str


@registry.event("roster.swap_requested")
class SwapRequested(DomainEvent):
    """换班申请：值班人员请他人顶替某日的班 / someone on duty asked another to take their day."""

    number: int  # the roster's swaps are numbered 1, 2, ... in the order asked
    day: date
    person: str
    substitute: str
    reason: str
    requested_at: datetime


@registry.event("roster.swap_approved")
class SwapApproved(DomainEvent):
    """办公室主任批准换班 / the office director approved the swap; the substitute is on duty."""

    number: int
    by: str
    at: datetime


@registry.event("shift.handed_over")
class ShiftHandedOver(DomainEvent):
    """交接班：交班人列出未了事项 / the outgoing shift handed over, listing the open items."""

    day: date  # the outgoing shift's day; the incoming shift is the next day's
    by: str
    open_items: list[str]
    at: datetime
    acknowledge_by: datetime  # after this, nobody having acknowledged, the director is alerted


@registry.event("shift.handover_acknowledged")
class HandoverAcknowledged(DomainEvent):
    """接班人确认交接 / the incoming shift acknowledged the handover."""

    day: date
    by: str
    at: datetime


AlertKind = Literal["unstaffed", "handover_unacknowledged"]


@registry.event("shift.alerted")
class ShiftAlerted(DomainEvent):
    """值班预警：向办公室主任报告无人值守的班次或无人确认的交接 / the office director is told, once,
    of a shift nobody is on or a handover nobody acknowledged in time."""

    day: date
    kind: AlertKind
    at: datetime


@registry.event("duty_log.recorded")
class DutyLogRecorded(DomainEvent):
    """值班记录：来电来事的时间、来电人、单位、内容、处理情况和告知对象 / a call or event on duty."""

    entry_id: str
    office_department: str
    at: datetime
    caller: str
    organisation: str
    said: str
    done: str
    told: list[str]
    recorded_by: str


# 政务信息 (information reports) ------------------------------------------------------------------
# Events of ``shuniu.duty.information.*`` (one 信息稿 each) and ``shuniu.duty.publication.*`` (one
# issue of a publication each). Every one carries the audience its aggregate names
# (domain/information.py): the submitting department, the 信息科 and the leaders, within the 密级.


@registry.event("information.submitted")
class InformationSubmitted(DomainEvent):
    """信息稿报送：部门报送一篇信息稿（第1版） / a department submitted a piece (its version 1)."""

    piece_id: str
    title: str
    text: str
    department: str  # the department that wrote it, whose score it counts for
    classification: ClassificationName
    submitted_by: str
    submitted_at: datetime


@registry.event("information.edited")
class InformationEdited(DomainEvent):
    """信息科编辑：形成新的一版，旧版保留可查 / the 信息科 edited the piece into a new version; the
    older versions stay readable."""

    number: int  # the version this edit makes: 2, 3, ...
    title: str
    text: str
    note: str  # 修改说明
    edited_by: str
    edited_at: datetime


@registry.event("information.adopted")
class InformationAdopted(DomainEvent):
    """采用：信息稿编入一期刊物 / the piece was adopted into an issue of one of the office's
    publications (《政务信息》第N期...)."""

    publication: str  # the publication's code (its name is configured data)
    year: int
    issue: int  # 第N期 of that publication in that year
    issue_id: str
    piece_version: int  # the version of the piece that was printed
    adopted_by: str
    adopted_at: datetime


@registry.event("information.reported_up")
class InformationReportedUp(DomainEvent):
    """报送上级：信息科把已采用的信息报送上级 / the 信息科 reported the adopted piece to the higher level."""

    to: str  # the higher level, as the office names it (市政府办公室...)
    by: str
    at: datetime


@registry.event("information.adopted_above")
class InformationAdoptedAbove(DomainEvent):
    """上级采用：上级刊物采用了报送的信息 / the higher level adopted the piece reported to it."""

    by_whom: str  # the higher level that adopted it
    where: str  # in what (《某市政务信息》2026年第8期...)
    recorded_by: str
    at: datetime


@registry.event("information.instructed")
class InformationInstructed(DomainEvent):
    """领导批示：领导对采用的信息作出批示，予以记录 / a leader's 批示 on the adopted piece, recorded."""

    leader: str  # who wrote it: a person of the directory or a leader of the higher level, by name
    instruction: str
    recorded_by: str
    at: datetime


@registry.event("publication.issue_published")
class IssuePublished(DomainEvent):
    """刊物出刊：一期刊物编号（第N期，每年连续、不重不漏）/ an issue of a publication, numbered 第N
    期 per publication and year, continuous: no gap, no duplicate."""

    publication: str
    publication_name: str
    year: int
    number: int
    piece_ids: list[str]
    classification: ClassificationName  # the highest of its pieces'
    departments: list[str]  # whose pieces it carries
    published_by: str
    published_at: datetime
