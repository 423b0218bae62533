"""The platform's tables: event store, outbox and its trigger, inbox, deadlines, idempotency keys.

The schema every service's platform tables had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "platform_0001"
down_revision = None
branch_labels = ("platform",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("0001_event_store_outbox_inbox",)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column(
            "position",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=200), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "context",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("position"),
        sa.UniqueConstraint("event_id"),
        sa.UniqueConstraint("stream_id", "version", name="uq_events_stream_version"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "processed_events",
        sa.Column("consumer_group", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("consumer_group", "event_id"),
    )
    op.create_table(
        "outbox",
        sa.Column(
            "position",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["position"],
            ["events.position"],
        ),
        sa.PrimaryKeyConstraint("position"),
    )
    op.create_table(
        "deadlines",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("fired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_deadlines_due", "deadlines", ["fired_at", "due_at"], unique=False)
    op.create_table(
        "idempotency_keys",
        sa.Column("scope", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column(
            "body",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scope", "key"),
    )
    # Every appended event is queued for the relay by the database itself, in the same transaction.
    # (The statements' text, indentation included, is what the runner before Alembic wrote: an
    # adopted database and a fresh one have the same function body, tests/platform/test_upgrade.py.)
    triggers = {
        "postgresql": [
            "CREATE FUNCTION shuniu_events_to_outbox() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); RETURN NULL; END $$",
            "CREATE TRIGGER events_to_outbox AFTER INSERT ON events\n"
            "           FOR EACH ROW EXECUTE FUNCTION shuniu_events_to_outbox()",
        ],
        "sqlite": [
            "CREATE TRIGGER events_to_outbox AFTER INSERT ON events\n"
            "           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END",
        ],
    }
    for statement in triggers[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
