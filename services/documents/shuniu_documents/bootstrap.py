"""Wires the documents service once: `python -m shuniu_documents` and the embedded gateway start it from here."""

from shuniu_shared.runtime import ServiceDefinition
from shuniu_shared.typesetting import VARIABLES as TYPESETTING_VARIABLES

from shuniu_documents.adapters.content import VARIABLES as CONTENT_VARIABLES
from shuniu_documents.adapters.signing import VARIABLES as SIGNING_VARIABLES
from shuniu_documents.adapters.sm2_seal import VARIABLES as SM2_VARIABLES
from shuniu_documents.api.files import outgoing_router as outgoing_files_router
from shuniu_documents.api.files import router as files_router
from shuniu_documents.api.incoming import router as incoming_router
from shuniu_documents.api.letterheads import router as letterheads_router
from shuniu_documents.api.outgoing import numbers_router
from shuniu_documents.api.outgoing import router as outgoing_router
from shuniu_documents.api.search import router as search_router
from shuniu_documents.app.files import GRACE_HOURS, collect_files
from shuniu_documents.app.reactions import deadline_handlers, seal_uses, supervision_outcomes
from shuniu_documents.demo import load_demo
from shuniu_documents.domain.events import registry
from shuniu_documents.migrations import MIGRATIONS

DEFINITION = ServiceDefinition(
    name="documents",
    title="枢纽 · 公文 Documents",
    registry=registry,
    migrations=MIGRATIONS,
    routers=[
        incoming_router,
        files_router,
        outgoing_router,
        outgoing_files_router,
        numbers_router,
        search_router,
        letterheads_router,
    ],
    subscriptions=lambda runtime: [supervision_outcomes(runtime.store), seal_uses(runtime)],
    deadlines=lambda runtime: deadline_handlers(runtime.store),
    demo=load_demo,
    # where the files are kept and for how long unreferenced (adapters/content.py, app/files.py), the
    # fonts the 公文 is set in (adapters/typesetting.py)
    settings_variables=CONTENT_VARIABLES
    | {GRACE_HOURS}
    | TYPESETTING_VARIABLES
    | SIGNING_VARIABLES
    | SM2_VARIABLES,
    workers=[collect_files],  # the stored files no document refers to (app/files.py)
)
