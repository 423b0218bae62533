"""`python -m shuniu_gateway`: the front door on :8000.

Without ``SHUNIU_KAFKA_BOOTSTRAP`` it runs the embedded suite (every service in this process);
with it, the gateway alone, routing to the services' own processes (``SHUNIU_UPSTREAM_<SERVICE>``).
"""

from shuniu_shared.runtime import serve
from shuniu_shared.startup import configured

from shuniu_gateway.app import build_routing_app
from shuniu_gateway.embedded import SERVICES, build_embedded_app, welcome

embedded = {definition.name: definition.settings_variables for definition in SERVICES}
settings = configured("gateway", {"gateway": frozenset(), **embedded})
if settings.kafka_bootstrap:
    serve(build_routing_app(settings), settings)
else:
    if settings.demo_sign_in:
        print(welcome(settings), flush=True)
    serve(build_embedded_app(settings, demo=True), settings)
