"""The HTTP face every service shares: problem+json errors, token verification, logging, the metrics
route, request context and the application factory that wires them together."""

from shuniu_shared.context import RequestContext, TraceContext, bound_context, request_context
from shuniu_shared.web.app import READINESS_TIMEOUT_SECONDS, ReadinessCheck, create_service_app
from shuniu_shared.web.auth import (
    Principal,
    TokenVerifier,
    current_principal,
    issue_dev_token,
    requires,
)
from shuniu_shared.web.logging import configure_logging
from shuniu_shared.web.metrics import metrics_router
from shuniu_shared.web.middleware import RequestContextMiddleware
from shuniu_shared.web.problems import (
    PROBLEM_MEDIA_TYPE,
    PROBLEM_TYPE_BASE,
    install_problem_handlers,
    preferred_language,
    problem_response,
)

__all__ = [
    "PROBLEM_MEDIA_TYPE",
    "PROBLEM_TYPE_BASE",
    "READINESS_TIMEOUT_SECONDS",
    "Principal",
    "ReadinessCheck",
    "RequestContext",
    "RequestContextMiddleware",
    "TokenVerifier",
    "TraceContext",
    "bound_context",
    "configure_logging",
    "create_service_app",
    "current_principal",
    "install_problem_handlers",
    "issue_dev_token",
    "metrics_router",
    "preferred_language",
    "problem_response",
    "request_context",
    "requires",
]
