"""The request context under the web layer's name, where routes and middleware have always imported it;
it lives in `shuniu_shared.context`, below the web layer and the event platform alike."""

from shuniu_shared.context import RequestContext, TraceContext, bound_context, request_context

__all__ = ["RequestContext", "TraceContext", "bound_context", "request_context"]
