"""What the gateway checks before any service is called: the token, the rate and the body's size.

Runs inside `RequestContextMiddleware`, so its refusals carry the request's ids, are counted in the
metrics and get one access line like any other answer. Only the API (`/api/…`) and the identity
routes (`/auth/…`) are guarded; the gateway's own pages and probes are not.

* **Token.** A presented token (bearer or session cookie) that does not verify is refused here with
  401; a valid one is kept in `request.state.caller` for the proxy and the identity routes.
* **Origin.** A state-changing request (anything but GET, HEAD, OPTIONS) that carries a session
  cookie (signing in with a password aside) must come from the console's own origin:
  `Sec-Fetch-Site: same-origin`, or an `Origin` equal to the gateway's own (or one of
  `SHUNIU_GATEWAY_CORS_ORIGINS`); otherwise 403 `cross_site_request`.
  SameSite=Strict already keeps other sites' pages from sending the cookie in today's browsers; this
  holds where SameSite does not (older browsers, a sibling subdomain counted as the same site, a
  browser extension's requests). Requests with a bearer token need no such check: another site's page
  cannot make the browser add one.
* **Rate.** One token bucket per signed-in person, or per client address for requests without a
  token (signing in among them; wrong passwords have their own backoff, signin.py); an empty bucket
  is a 429 with `Retry-After`.
* **Size.** A body declared larger than the limit (`Content-Length`) is refused before it is read.
  A file upload (`POST /api/documents/…/{id}/files`: a scan, an attachment) has a limit of its own
  (`SHUNIU_GATEWAY_FILE_BODY_LIMIT_BYTES`, as large as the documents service takes), every other body
  the general one: the proxy streams a body through as it arrives, so a large file costs the gateway
  no more memory than a small one, while a JSON command never needs more than a few KiB.
  A body sent without a length (chunked) is counted as it streams: once past the limit, the request
  body breaks off for whoever reads it (as if the client had gone away), and whatever the app
  answers, or its failing, is replaced by the 413 — the app never sees more than the limit, never
  takes the part it saw for a whole body, and the caller learns why.
"""

from __future__ import annotations

import re

from shuniu_shared.errors import ShuniuError
from shuniu_shared.web.problems import problem_response
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shuniu_gateway.identity import REFRESH_COOKIE, SESSION_COOKIE, identify
from shuniu_gateway.metrics import REFUSED
from shuniu_gateway.ratelimit import RateLimiter

_GUARDED_PREFIXES = ("/api/", "/auth/")
# Signing in, refreshing and signing out must work with a stale access cookie in the browser: no
# token is checked there (each route reads what it needs).
_SIGN_IN_PATHS = frozenset({"/auth/token", "/auth/login", "/auth/refresh", "/auth/logout"})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Authenticated by a password, not by the cookie (a stale one may still be in the browser).
_PASSWORD_PATHS = frozenset({"/auth/token", "/auth/login"})
# The routes whose body is a file's bytes (services/documents/api/files.py), taking the file limit.
FILE_UPLOADS = re.compile(r"^/api/documents/(incoming|outgoing)/[^/]+/files$")


class GatewayGuard:
    def __init__(
        self,
        app: ASGIApp,
        *,
        limiter: RateLimiter,
        body_limit: int,
        file_body_limit: int,
        allowed_origins: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.body_limit = body_limit
        self.file_body_limit = file_body_limit
        self.allowed_origins = allowed_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(_GUARDED_PREFIXES):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        limit = self._limit_for(request)
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._too_large(request, limit, scope, receive, send)
            return

        if self._cross_site_with_cookie(request):
            REFUSED.labels("cross_site").inc()
            response = problem_response(
                request,
                403,
                "cross_site_request",
                "拒绝跨站请求：携带会话 Cookie 的修改请求须来自本系统的页面",
                "cross-site request refused: a change made with the session cookie must come from this site's pages",
            )
            await response(scope, receive, send)
            return

        caller = None
        if scope["path"] not in _SIGN_IN_PATHS:
            try:
                caller = await identify(request, scope["app"].state.token_verifier)
            except ShuniuError as refusal:  # 401 for the token; 503 if the provider's keys are out of reach
                if refusal.status == 401:
                    REFUSED.labels("bad_token").inc()
                response = problem_response(
                    request,
                    refusal.status,
                    refusal.code,
                    refusal.zh,
                    refusal.en,
                    refusal.field,
                    **refusal.details,
                )
                await response(scope, receive, send)
                return
        scope.setdefault("state", {})["caller"] = caller

        key = (
            f"user:{caller.principal.sub}"
            if caller
            else f"addr:{request.client.host if request.client else '-'}"
        )
        wait = self.limiter.take(key)
        if wait is not None:
            REFUSED.labels("rate_limited").inc()
            response = problem_response(
                request,
                429,
                "rate_limited",
                "请求过于频繁，请稍后再试",
                "too many requests; slow down and retry shortly",
                headers={"Retry-After": RateLimiter.retry_after_header(wait)},
            )
            await response(scope, receive, send)
            return

        await self._within_limit(request, limit, scope, receive, send)

    def _limit_for(self, request: Request) -> int:
        if request.method == "POST" and FILE_UPLOADS.match(request.url.path):
            return self.file_body_limit
        return self.body_limit

    def _cross_site_with_cookie(self, request: Request) -> bool:
        if request.method in _SAFE_METHODS or "authorization" in request.headers:
            return False
        if request.url.path in _PASSWORD_PATHS:
            return False
        if not (request.cookies.get(SESSION_COOKIE) or request.cookies.get(REFRESH_COOKIE)):
            return False
        if request.headers.get("sec-fetch-site") == "same-origin":
            return False
        origin = request.headers.get("origin")
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        return origin is None or (origin != own and origin not in self.allowed_origins)

    async def _within_limit(
        self, request: Request, limit: int, scope: Scope, receive: Receive, send: Send
    ) -> None:
        received = 0
        exceeded = False
        replaced = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # To the app the body breaks off, as if the client had gone away mid-way: an end
                    # of body here would make the first `limit` bytes a whole one, and the proxy would
                    # hand the service a truncated file as complete. Broken off, the proxy's stream to
                    # the service breaks off too, and the service keeps nothing of it.
                    exceeded = True
                    return {"type": "http.disconnect"}
            return message

        async def replacing_send(message: Message) -> None:
            nonlocal replaced
            if exceeded and message["type"] == "http.response.start":
                replaced = True
                await self._too_large(request, limit, scope, receive, send)
            if not replaced:
                await send(message)

        try:
            await self.app(scope, counting_receive, replacing_send)
        except Exception:
            if not exceeded or replaced:
                raise
            # The app gave up on the broken-off body (Starlette's ClientDisconnect, or the proxy's
            # stream failing with it): the caller learns why.
            await self._too_large(request, limit, scope, receive, send)

    async def _too_large(
        self, request: Request, limit: int, scope: Scope, receive: Receive, send: Send
    ) -> None:
        REFUSED.labels("too_large").inc()
        limit_kib = limit // 1024
        response = problem_response(
            request,
            413,
            "body_too_large",
            f"请求体过大：上限为 {limit_kib} KiB",
            f"the request body is too large: the limit is {limit_kib} KiB",
        )
        await response(scope, receive, send)
