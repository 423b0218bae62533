"""Security headers on every answer the gateway gives, its own and the services' alike.

Set only where absent, so a service that needs a different policy for one response keeps it.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",  # a JSON body is never run as a script
    "X-Frame-Options": "DENY",  # no page of the suite inside another site's frame (clickjacking)
    "Referrer-Policy": "no-referrer",  # ids in our URLs stay out of other sites' logs
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # Browsers heed it only over HTTPS, where the suite belongs behind a terminating proxy.
    "Strict-Transport-Security": "max-age=31536000",
    # Scripts and styles only from the gateway itself: the console works on a closed network, and
    # an injected inline script does not run.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)
