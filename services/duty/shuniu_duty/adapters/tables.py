"""The duty service's own tables: none yet. Its incidents live in the platform's event store alone
until their routes need a read model to list them by (issue 23, step 2), which comes with its
baseline revision; the schema check (tests/platform/test_upgrade.py) reads this metadata."""

from __future__ import annotations

from sqlalchemy import MetaData

metadata = MetaData()
