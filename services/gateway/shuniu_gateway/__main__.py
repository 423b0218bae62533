"""`python -m shuniu_gateway`: the front door on :8000.

Without ``SHUNIU_KAFKA_BOOTSTRAP`` it runs the embedded suite (every service in this process);
with it, the gateway alone, routing to the services' own processes (``SHUNIU_UPSTREAM_<SERVICE>``).
"""

from shuniu_shared.runtime import serve
from shuniu_shared.settings import Settings

from shuniu_gateway.app import build_routing_app
from shuniu_gateway.embedded import build_embedded_app

settings = Settings(service="gateway")
app = build_routing_app(settings) if settings.kafka_bootstrap else build_embedded_app(settings, demo=True)
serve(app, settings)
