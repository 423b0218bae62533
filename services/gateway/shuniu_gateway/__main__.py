"""`python -m shuniu_gateway`: the front door on :8000, routing to the services' own processes
(``SHUNIU_UPSTREAM_<SERVICE>``). The whole suite in one process is `python -m shuniu_suite` (make dev)."""

from shuniu_shared.runtime import serve
from shuniu_shared.startup import configured

from shuniu_gateway.app import build_routing_app

settings = configured("gateway", {"gateway": frozenset()})
serve(build_routing_app(settings), settings)
