"""Alembic's environment for every Shuniu database: it runs on the connection the runner hands over
(shuniu_shared.migrations.migrate), inside the runner's transaction and advisory lock."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from alembic import context
from alembic.runtime.migration import MigrationContext, MigrationInfo

config = context.config
connection = config.attributes["connection"]
applied: list[str] = config.attributes["applied"]


def _record(
    ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any], run_args: Mapping[str, Any]
) -> None:
    if step.is_upgrade and step.up_revision_id is not None:
        applied.append(step.up_revision_id)


context.configure(connection=connection, target_metadata=None, on_version_apply=_record)
with context.begin_transaction():
    context.run_migrations()
