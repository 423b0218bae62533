"""The front door (HAProxy) in front of the gateway: its configuration, written from the gateway's own tables.

Issue 21 measured the Python gateway at 3.4 ms of CPU per proxied request, a third of what a whole
command costs the machine. HAProxy does the same forwarding in C (docs/bench/front-door.md), so in
`make stack`, docker-compose and the Helm chart it stands in front and takes the API calls that carry a
bearer token straight to the service:

    /api/<service>/… with `Authorization: Bearer`   → HAProxy checks the token's signature (HS256,
                                                       pinned), `exp`, `iss` and `aud`, the rate and
                                                       the size, then forwards to the service
    /objects/… (GET, HEAD, PUT), with a presigned URL   → the S3-compatible object store, the prefix
                                                       stripped and the Host passed on as it came
                                                       (when generated with `object_store`)
    everything else (/, /console, /auth, /docs, /openapi.json, /api/events/catalogue, and the
    console's own /api calls, which carry the session cookie)  → the Python gateway, as before

A file's bytes go to and from the object store through `/objects/` in C, never through a Python
process: the documents service checks who asks and answers with a URL it presigned (SigV4, a minute)
for this door's origin (shuniu_shared/content.py). SigV4 signs the Host and the path the store
sees, so HAProxy must leave the Host as the client sent it and strip exactly the prefix the service
added; the store itself checks the signature and its expiry, HAProxy nothing.

The gateway's rules are the ones written here, from the same settings and tables the gateway reads,
so the two doors cannot drift apart: the prefixes (`Upstream.prefix`), the route timeouts
(`ROUTE_TIMEOUTS`), the body limits and the file-upload routes (guard.py), the rate (ratelimit.py)
and the security headers (headers.py).

What HAProxy cannot check is left to the service, which verifies every token itself anyway
(docs/platform.md): that the person is in the directory, and that the session was not ended
(`shuniu_shared.sessions`: every service follows `shuniu.gateway.sessions` and refuses a revoked
`sid`, so a token of a signed-out session is refused by the service behind HAProxy as soon as the
service has read the revocation, milliseconds after sign-out; tests/gateway/test_front_door.py).

The text names its addresses and the secret as `${…}` variables, which HAProxy reads from its
environment when it starts: one file serves the stack (loopback ports), compose (service names) and
Helm (a ConfigMap; the secret from the chart's Secret), and no secret is ever written into it.
`python -m shuniu_gateway.front_door` prints it; deploy/haproxy/haproxy.cfg is that output.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from shuniu_shared.content import OBJECTS_PATH
from shuniu_shared.settings import SERVICE_PORTS, Settings
from shuniu_shared.web.files import INLINE_HEADERS
from shuniu_shared.web.problems import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, problem_title

from shuniu_gateway.guard import FILE_UPLOADS
from shuniu_gateway.headers import SECURITY_HEADERS
from shuniu_gateway.identity import SESSION_COOKIE
from shuniu_gateway.upstreams import ROUTE_TIMEOUTS, public_prefix

BIND_VARIABLE = "SHUNIU_FRONT_DOOR_BIND"  # host:port HAProxy listens on
SECRET_VARIABLE = "SHUNIU_JWT_SECRET"
# The gateway's and the services' (shuniu_shared.web.auth); the token's own `alg` header is ignored.
ALGORITHM = "HS256"
ENGLISH_FIRST = r"^\s*en"  # English listed first; q-values aside, as problems.preferred_language reads it
SERVICES = tuple(name for name in SERVICE_PORTS if name != "gateway")
OBJECT_STORE = "objects"  # the backend, and the `address_variable` of the store's `host:port`


def address_variable(service: str) -> str:
    """The variable holding `host:port` of `service` (or of the gateway) for HAProxy."""
    return f"SHUNIU_FRONT_DOOR_{service.upper()}"


def environment(bind: str, gateway: str, services: Mapping[str, str], secret: str) -> dict[str, str]:
    """The variables the configuration reads: where HAProxy listens, the gateway's and each service's
    `host:port`, and the secret the tokens are signed with."""
    return {
        BIND_VARIABLE: bind,
        address_variable("gateway"): gateway,
        SECRET_VARIABLE: secret,
        **{address_variable(name): address for name, address in services.items()},
    }


def _path_pattern(service: str) -> str:
    return f"^{public_prefix(service)}(/|$)"


def haproxy_config(
    settings: Settings, services: Sequence[str] = SERVICES, *, object_store: bool = False
) -> str:
    """HAProxy 2.6's configuration for the front door in front of `services` and the gateway, and
    of the object store the documents service's files are in, if it is one (`object_store`)."""
    sections = [_global(settings), _frontend(settings, services, object_store), _gateway_backend()]
    sections += [_service_backend(settings, service) for service in services]
    if object_store:
        sections.append(_object_store_backend())
    return "\n".join(line for section in sections for line in section).rstrip("\n") + "\n"


def _global(settings: Settings) -> list[str]:
    connect = _ms(settings.gateway_connect_timeout_seconds)
    longest = max([settings.gateway_command_timeout_seconds, *(seconds for _, seconds in ROUTE_TIMEOUTS)])
    return [
        "# Generated by `python -m shuniu_gateway.front_door` (services/gateway/shuniu_gateway/front_door.py);",
        "# do not edit: change the gateway's settings or tables and generate it again.",
        "global",
        "    log stderr format raw local0 info",
        "    # Two threads: the front door shares its machine with the services (one core each is plenty).",
        "    nbthread 2",
        "",
        # Service names (compose, Kubernetes) are looked up again while running, so a front door
        # started before a service's container has an address still finds it once it has one.
        "resolvers system",
        "    parse-resolv-conf",
        "    hold valid 10s",
        "",
        "defaults",
        "    mode http",
        "    default-server init-addr last,libc,none resolvers system",
        "    log global",
        '    log-format "{\\"service\\":\\"front-door\\",\\"request_id\\":\\"%[var(txn.request_id)]\\",'
        '\\"method\\":\\"%HM\\",\\"path\\":\\"%HPO\\",\\"status\\":%ST,\\"backend\\":\\"%b\\",'
        '\\"total_ms\\":%Ta,\\"upstream_ms\\":%Tr}"',
        "    option http-keep-alive",
        "    http-reuse safe",
        f"    timeout connect {connect}ms",
        "    timeout client 60s",
        "    timeout http-request 10s",
        # The longest route's; each request's own is set below (`set-timeout server`).
        f"    timeout server {_ms(longest)}ms",
        "    timeout tunnel 1h",
        # A connection refused or reset before the request was sent is tried again at once: the
        # request certainly did not reach the service (the gateway's `_NOT_DELIVERED`).
        f"    retries {settings.gateway_retries}",
        "    retry-on conn-failure empty-response",
        "    option redispatch",
        *_upstream_errors(),
        "",
    ]


def _frontend(settings: Settings, services: Sequence[str], object_store: bool) -> list[str]:
    window = max(1.0, settings.gateway_rate_limit_burst / settings.gateway_rate_limit_per_second)
    lines = [
        "frontend front_door",
        f'    bind "${{{BIND_VARIABLE}}}"',
        "    option forwardfor",
        # The request id: the caller's if it sent one, else a new one; the service logs it and
        # answers with it, and `traceparent` passes through untouched for the service to continue.
        "    unique-id-format %[uuid(4)]",
        "    http-request set-header X-Request-ID %[unique-id] unless { req.hdr(x-request-id) -m found }",
        "    http-request set-var(txn.request_id) req.hdr(x-request-id)",
        f"    acl english req.hdr(accept-language) -m reg -i {_quoted(ENGLISH_FIRST)}",
        '    acl bearer req.hdr(authorization) -m beg -i "bearer "',
    ]
    lines += [f"    acl api path_reg -- {_quoted(_path_pattern(service))}" for service in services]
    lines += [
        # The console's calls carry its session cookie and no bearer token: the gateway turns the one
        # into the other (and checks the console's origin), so they go to the gateway, whose guard
        # checks them as before. Every other call for a service goes straight to it (`direct`), and
        # every rule below is for those: one without a token is refused here.
        f"    acl session_cookie req.cook_cnt({SESSION_COOKIE}) gt 0",
        "    http-request set-var(txn.direct) bool(true) if api bearer || api !session_cookie",
        "    acl direct var(txn.direct) -m bool",
        # The token is checked as the services check it: the signature with the pinned algorithm
        # and the shared secret, then its time and its parties.
        f"    http-request set-var(txn.key) env({SECRET_VARIABLE}) if direct",
        f'    http-request set-var(txn.signed) http_auth_bearer,jwt_verify("{ALGORITHM}",txn.key) if direct',
        "    http-request set-var(txn.now) date if direct",
        "    http-request set-var(txn.left) http_auth_bearer,jwt_payload_query('$.exp','int'),sub(txn.now) "
        "if direct",
        "    http-request set-var(txn.iss) http_auth_bearer,jwt_payload_query('$.iss') if direct",
        "    http-request set-var(txn.aud) http_auth_bearer,jwt_payload_query('$.aud') if direct",
        "    http-request set-var(txn.sub) http_auth_bearer,jwt_payload_query('$.sub') if direct",
        "    acl signed var(txn.signed) -m int eq 1",
        "    acl alive var(txn.left) -m int gt 0",
        f"    acl issuer var(txn.iss) -m str {_quoted(settings.jwt_issuer)}",
        f"    acl audience var(txn.aud) -m str {_quoted(settings.jwt_audience)}",
        "    acl person var(txn.sub) -m len gt 0",
        *_refusal(
            401,
            "invalid_token",
            "身份令牌无效或已过期，请重新登录",
            "the token is invalid or has expired; sign in again",
            "unless signed alive issuer audience person",
            headers={"WWW-Authenticate": 'Bearer realm="shuniu"'},
        ),
        # One counter per person (the token's `sub`), over the time a full bucket takes to refill: a
        # person may make `burst` requests at once and `per_second` a second after that, as the
        # gateway's token bucket allows (ratelimit.py). Each HAProxy process counts its own share, as
        # each gateway replica does.
        f"    stick-table type string len 64 size 100k expire {_ms(window * 2)}ms "
        f"store http_req_rate({_ms(window)}ms)",
        "    http-request track-sc0 var(txn.sub) if direct",
        *_refusal(
            429,
            "rate_limited",
            "请求过于频繁，请稍后再试",
            "too many requests; slow down and retry shortly",
            f"if {{ sc_http_req_rate(0) gt {settings.gateway_rate_limit_burst} }}",
            headers={"Retry-After": str(max(1, round(window)))},
        ),
        # A body declared larger than its route's limit is refused before it is read (guard.py).
        f"    acl file_route path_reg -- {_quoted(FILE_UPLOADS.pattern)}",
        "    http-request set-var(txn.file_upload) bool(true) if METH_POST file_route",
        "    acl file_upload var(txn.file_upload) -m bool",
        *_too_large(settings.gateway_file_body_limit_bytes, "file_upload"),
        *_too_large(settings.gateway_body_limit_bytes, "!file_upload"),
    ]
    lines += [
        f"    use_backend {service} if direct {{ path_reg -- {_quoted(_path_pattern(service))} }}"
        for service in services
    ]
    if object_store:
        lines.append(
            f"    use_backend {OBJECT_STORE} if {{ path_beg {OBJECTS_PATH}/ }} {{ method GET HEAD PUT }}"
        )
    lines += [
        "    default_backend gateway",
        # Every answer carries the request id (the service's own, or the one set above) and the
        # security headers the gateway adds (headers.py), unless the service set its own.
        "    http-after-response set-header X-Request-ID %[var(txn.request_id)] "
        "unless { res.hdr(x-request-id) -m found }",
    ]
    lines += [
        f"    http-after-response set-header {name} {_quoted(value)} unless {{ res.hdr({name}) -m found }}"
        for name, value in SECURITY_HEADERS.items()
    ]
    return [*lines, ""]


def _gateway_backend() -> list[str]:
    return [
        "backend gateway",
        # The console's live pushes stay open for as long as the console does.
        "    timeout server 1h",
        "    option httpchk",
        "    http-check send meth GET uri /healthz",
        f'    server gateway "${{{address_variable("gateway")}}}" check inter 2s fall 2 rise 1',
        "",
    ]


def _service_backend(settings: Settings, service: str) -> list[str]:
    prefix = public_prefix(service)
    lines = [
        f"backend {service}",
        f"    http-request set-var(txn.service) str({service})",
        f"    http-request set-header X-Forwarded-Prefix {prefix}",
        # The console's session cookie stays at the gateway (proxy.py); a bearer call needs none.
        "    http-request del-header Cookie",
        f"    http-request replace-path ^{prefix}(/.*)?$ \\1",
        "    http-request set-path / if { path -m len 0 }",
        # Reads wait as long as the gateway's reads, commands as long as its commands, and the routes
        # of `ROUTE_TIMEOUTS` as long as they say (the first matching pattern wins: set last).
        f"    http-request set-timeout server {_ms(settings.gateway_command_timeout_seconds)}ms",
        f"    http-request set-timeout server {_ms(settings.gateway_timeout_seconds)}ms "
        "if METH_GET || METH_HEAD || METH_OPTIONS",
    ]
    lines += [
        f"    http-request set-timeout server {_ms(seconds)}ms if {{ path_reg -- {_quoted(pattern.pattern)} }}"
        for pattern, seconds in reversed(ROUTE_TIMEOUTS)
    ]
    lines += [
        "    option httpchk",
        "    http-check send meth GET uri /healthz",
        f'    server {service} "${{{address_variable(service)}}}" check inter 2s fall 2 rise 1',
        "",
    ]
    return lines


def _object_store_backend() -> list[str]:
    """The object store, for presigned requests only: no cookie or bearer token reaches it, and the
    Host is left as the client sent it, which the URL's signature covers."""
    return [
        f"backend {OBJECT_STORE}",
        f"    http-request set-var(txn.service) str({OBJECT_STORE})",
        "    http-request del-header Cookie",
        "    http-request del-header Authorization",
        f"    http-request replace-path ^{OBJECTS_PATH}(/.*)$ \\1",
        # A file the console shows inline sits in its page's <iframe>: framed by the suite's own
        # origin, as the service's own answer would be (shuniu_shared/web/files.py); never cached.
        *(f"    http-response set-header {name} {_quoted(value)}" for name, value in INLINE_HEADERS.items()),
        '    http-response set-header Cache-Control "private, no-store"',
        "    timeout server 1h",  # a large file, a slow client: the store sets its own limits
        f'    server {OBJECT_STORE} "${{{address_variable(OBJECT_STORE)}}}"',
        "",
    ]


def _upstream_errors() -> list[str]:
    """What HAProxy answers itself when a service cannot answer: the gateway's problems (proxy.py)."""
    unavailable = (
        "upstream_unavailable",
        "%[var(txn.service)] 服务暂时不可用，请稍后重试",
        "the %[var(txn.service)] service is unavailable; retry shortly",
    )
    timed_out = (
        "upstream_timeout",
        "%[var(txn.service)] 服务未能及时答复；若是提交操作，请先查看是否已生效再重试",
        "the %[var(txn.service)] service did not answer in time; if this was a command, check whether it "
        "took effect before retrying",
    )
    lines = []
    for status, (code, zh, en) in ((502, unavailable), (503, unavailable), (504, timed_out)):
        # `http-error` has no condition, so the answer carries the Chinese detail and the English one
        # beside it (`detail_en`), Chinese first as everywhere.
        body = _problem_body(status, code, zh) | {"detail_en": en, "service": "%[var(txn.service)]"}
        extra = ' hdr Retry-After "1"' if status != 504 else ""
        lines.append(
            f"    http-error status {status} content-type {PROBLEM_MEDIA_TYPE} "
            f"hdr Content-Language zh-CN{extra} lf-string {_quoted(_json(body))}"
        )
    return lines


def _refusal(
    status: int, code: str, zh: str, en: str, condition: str, *, headers: dict[str, str] | None = None
) -> list[str]:
    """`http-request return` of a problem+json, in English for a caller who asks for it."""
    extra = "".join(f" hdr {name} {_quoted(value)}" for name, value in (headers or {}).items())
    lines = []
    for language, detail, only in (("en", en, "direct english"), ("zh-CN", zh, "direct !english")):
        body = _problem_body(status, code, detail, english=language == "en")
        lines.append(
            f"    http-request return status {status} content-type {PROBLEM_MEDIA_TYPE} "
            f"hdr Content-Language {language} hdr Vary Accept-Language{extra} "
            f"lf-string {_quoted(_json(body))} {_and(condition, only)}"
        )
    return lines


def _too_large(limit: int, which: str) -> list[str]:
    kib = limit // 1024
    return _refusal(
        413,
        "body_too_large",
        f"请求体过大：上限为 {kib} KiB",
        f"the request body is too large: the limit is {kib} KiB",
        f"if {which} {{ req.hdr_val(content-length) gt {limit} }}",
    )


def _problem_body(status: int, code: str, detail: str, *, english: bool = False) -> dict[str, Any]:
    zh, en = problem_title(status)
    return {
        "type": PROBLEM_TYPE_BASE + code,
        "title": en if english else zh,
        "status": status,
        "detail": detail,
        "code": code,
        "instance": "%[path,json(utf8s)]",
        "correlation_id": "%[var(txn.request_id),json(utf8s)]",
    }


def _json(body: dict[str, Any]) -> str:
    # The two fetches are JSON-escaped by HAProxy (`json` converter) and stand for whole strings.
    text = json.dumps(body, ensure_ascii=False)
    for fetch in ("%[path,json(utf8s)]", "%[var(txn.request_id),json(utf8s)]"):
        text = text.replace(json.dumps(fetch), f'"{fetch}"')
    return text


def _and(condition: str, acl: str) -> str:
    """`condition` (an `if …` or an `unless a b c`) and also `acl`. HAProxy has no parentheses:
    "unless a b c" and X becomes "if X !a || X !b || X !c"."""
    if not condition.startswith("unless "):
        return f"{condition} {acl}"
    return "if " + " || ".join(f"{acl} !{term}" for term in condition.removeprefix("unless ").split())


def _quoted(text: str) -> str:
    """A word for HAProxy's configuration: double quotes, with `"`, `\\` and `$` escaped."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


if __name__ == "__main__":
    print(haproxy_config(Settings(service="gateway")), end="")
