"""The small vocabulary of 会务: kinds of meeting, how one takes part, how one replies, 密级."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

# Sign-in opens a little before the meeting, and a sign-in after the grace period counts as late.
SIGN_IN_OPENS_BEFORE = timedelta(minutes=30)
LATE_AFTER = timedelta(minutes=10)


class Capacity(StrEnum):
    """How an invitee takes part: 出席 as a member of the meeting, 列席 as a non-voting attendee."""

    ATTENDEE = "出席"
    OBSERVER = "列席"


class Response(StrEnum):
    ATTEND = "attend"  # 参加
    DECLINE = "decline"  # 不参加


class Stage(StrEnum):
    SCHEDULED = "scheduled"  # 已安排
    NOTIFIED = "notified"  # 已发通知
    HELD = "held"  # 已召开
    CANCELLED = "cancelled"  # 已取消


class MinutesStage(StrEnum):
    DRAFTED = "drafted"  # 起草
    APPROVED = "approved"  # 审定
    ISSUED = "issued"  # 印发


class FollowUp(StrEnum):
    """A resolution's follow-up status, as the supervision service reports it."""

    NOT_OPENED = "未立项"
    SUPERVISED = "督办中"
    DONE = "已办结"


# 会议类型: the kinds the office calls; 其他 for anything else.
MEETING_KINDS = ("党组会", "常务会", "办公会", "专题会", "协调会", "座谈会", "工作会", "其他")
