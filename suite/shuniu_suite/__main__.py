"""`python -m shuniu_suite` (`make dev`): every service in this process on :8000, the demo county loaded
into services still empty."""

from shuniu_shared.runtime import serve
from shuniu_shared.startup import configured

from shuniu_suite.embedded import SERVICES, build_embedded_app, welcome

embedded = {definition.name: definition.settings_variables for definition in SERVICES}
settings = configured("gateway", {"gateway": frozenset(), **embedded})
if settings.demo_sign_in:
    print(welcome(settings), flush=True)
serve(build_embedded_app(settings, demo=True), settings)
