"""The supervision tasks these tests follow name their audience as supervision's own GET decides.

Supervision's tasks name their own audience (issue 17) from the change that adds it; until that
change is on this branch, its events name none, and the notifications service — rightly — tells
nobody of them. So, while `SupervisionTask` names no audience, the tests give it the one its own GET
decides with (shuniu_supervision/app/people.py: the office and the leaders see every task, the lead
and assisting departments and the assigning leader theirs, nobody above their clearance). Once
supervision names its own, this does nothing and the tests run on supervision's word."""

from __future__ import annotations

import pytest
from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_supervision.app.policy import LEADING_ROLES, Policy
from shuniu_supervision.domain.task import SupervisionTask


def as_supervision_shows_it(task: SupervisionTask) -> Audience:
    return Audience.of(
        classification=task.classification,
        people=[task.assigned_by],
        roles=LEADING_ROLES,
        departments=[Policy().office_department, task.lead_department, *task.co_departments],
    )


@pytest.fixture(autouse=True)
def supervision_names_its_tasks_audience(monkeypatch: pytest.MonkeyPatch) -> None:
    if SupervisionTask.audience is Aggregate.audience:
        monkeypatch.setattr(SupervisionTask, "audience", as_supervision_shows_it)
