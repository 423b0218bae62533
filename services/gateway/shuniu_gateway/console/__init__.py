"""The web console (办公平台): plain HTML, CSS and JavaScript modules the gateway serves at `/`.

No build step and no CDN: the files under `static/` are what the browser runs, and every library
(only Apache ECharts) is vendored under `static/vendor/` with its version and checksum, so the console
works on a closed network and the gateway's CSP (`default-src 'self'`) holds. The console talks to
the suite only through the gateway's own API (`/auth/…`, `/api/…`) with the session cookie; the one
thing it needs that no service offers is the organisation directory's names for its pick lists,
served here at `/console/directory.json` to signed-in people.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import PurePosixPath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from shuniu_shared.directory import Directory
from shuniu_shared.errors import ShuniuError

from shuniu_gateway.identity import identify

STATIC = files("shuniu_gateway.console") / "static"
_MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
# Files change with a deploy, not while it runs; `no-cache` has the browser revalidate each load,
# so a new release is never half old scripts and half new ones.
_CACHE = {"Cache-Control": "no-cache"}


def console_router(directory: Directory) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def home() -> Response:
        return Response(
            (STATIC / "index.html").read_bytes(), media_type=_MEDIA_TYPES[".html"], headers=_CACHE
        )

    @router.get("/console/directory.json")
    async def names(request: Request) -> Response:
        # The guard checks tokens on /api/ and /auth/ only; this one path checks its own.
        try:
            caller = await identify(request, request.app.state.token_verifier)
        except ShuniuError:
            caller = None
        if caller is None:
            return JSONResponse(
                {"status": 401, "code": "unauthenticated", "detail": "请先登录"},
                status_code=401,
                media_type="application/problem+json",
            )
        return JSONResponse(_names(directory))

    @router.get("/console/{path:path}")
    async def asset(path: str) -> Response:
        resource = _resource(path)
        if resource is None:
            return Response(status_code=404)
        suffix = PurePosixPath(path).suffix
        return Response(resource.read_bytes(), media_type=_MEDIA_TYPES[suffix], headers=_CACHE)

    return router


def _resource(path: str) -> Any:
    """The file under static/ that `path` names, or None: only plain names of known kinds, so no
    `..`, no absolute path and no hidden file ever reaches the file system."""
    parts = PurePosixPath(path).parts
    if not parts or PurePosixPath(path).suffix not in _MEDIA_TYPES:
        return None
    if any(part in {"", ".", ".."} or part.startswith(".") or "\\" in part for part in parts):
        return None
    resource = STATIC.joinpath(*parts)
    return resource if resource.is_file() else None


def _names(directory: Directory) -> dict[str, Any]:
    """Codes and names only: what a pick list shows. Clearances stay out; roles tell the console
    which actions to offer (the services decide whether they are allowed)."""
    return {
        "departments": [
            {"code": d.code, "name": d.name, "parent": d.parent} for d in directory.departments.values()
        ],
        "people": [
            {"id": p.id, "name": p.name, "dept": p.dept, "roles": sorted(p.roles)}
            for p in directory.people.values()
        ],
    }
