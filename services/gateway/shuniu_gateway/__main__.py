"""`python -m shuniu_gateway`: the front door on :8000.

Without ``SHUNIU_KAFKA_BOOTSTRAP`` it runs the embedded suite (every service in this process);
with it, the gateway alone, in front of the services' own processes.
"""

from shuniu_shared.runtime import serve
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app

from shuniu_gateway.embedded import build_embedded_app

settings = Settings(service="gateway")
if settings.kafka_bootstrap:
    app = create_service_app(settings, title="枢纽 Shuniu gateway")
else:
    app = build_embedded_app(settings, demo=True)
serve(app, settings)
