"""Settings from the environment, one object per process.

Every variable starts with ``SHUNIU_``. The same names are used by `make dev`, `make stack`, the
tests and docker-compose.yml (a test keeps compose and the stack in step), so an operator learns
them once. Without a database URL or a Kafka bootstrap a service runs embedded: SQLite under
``var/`` and the in-process bus.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping, Set
from pathlib import Path
from typing import Literal

from pydantic import AnyHttpUrl, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

SERVICE_PORTS = {
    "gateway": 8000,
    "documents": 8001,
    "meetings": 8002,
    "supervision": 8003,
    "reception": 8004,
    "projection": 8005,
    "notifications": 8007,
    "duty": 8008,
}
# The issuer the development identity provider writes into its tokens, and the one every service
# pins by default: a token from any other issuer is refused unless SHUNIU_JWT_ISSUER names it.
DEVELOPMENT_ISSUER = "shuniu-dev-identity"
# `make stack`'s JWT secret when none is given. It and compose's former default are published in this
# repository, so anyone can sign tokens with them: outside development a service refuses to start
# with either.
STACK_JWT_SECRET = "shuniu-dev-only-jwt-secret-never-use-in-production"
DEVELOPMENT_JWT_SECRETS = frozenset({"change-me-in-production", STACK_JWT_SECRET})
_SHORTEST_PRODUCTION_SECRET = 32  # characters; HS256 wants at least 256 bits of key


class UnsafeSettings(RuntimeError):
    """The process would run in production with a development secret or switch: it refuses to start."""


ENV_PREFIX = "SHUNIU_"
# Read by the tooling that starts servers for tests and `make stack` (shuniu_infra), not by a service;
# they may sit in the same environment.
TOOLING_VARIABLES = frozenset({"SHUNIU_PG_BIN", "SHUNIU_KAFKA_LIBS"})


class ConfigurationError(Exception):
    """A setting that cannot work, said in one line that names the variable (no traceback)."""


def variables_of(settings: type[BaseSettings]) -> frozenset[str]:
    """The environment variables a settings class reads: its prefix and each field's name."""
    prefix = settings.model_config.get("env_prefix", "")
    return frozenset(prefix + name.upper() for name in settings.model_fields)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    @classmethod
    def from_environment(cls, service: str, own_variables: Mapping[str, Set[str]]) -> Settings:
        """The settings a process starts with, refusing a ``SHUNIU_*`` variable nothing reads and
        naming the closest known one: a typo (``SHUNIU_DATABSE_URL``) would otherwise fall back to
        its default — a local SQLite file — while the rest of the settings point at production.

        `own_variables` gives, for each service this process runs, the variables of its own beyond
        these settings (``SHUNIU_SUPERVISION_…``). Another service's (``SHUNIU_RECEPTION_…`` in the
        documents service) are left alone: one environment block is commonly shared by all."""
        known = variables_of(cls) | TOOLING_VARIABLES
        known |= {variable for variables in own_variables.values() for variable in variables}
        others = tuple(f"{ENV_PREFIX}{name.upper()}_" for name in SERVICE_PORTS if name not in own_variables)
        for variable in sorted(os.environ):
            name = variable.upper()
            if not name.startswith(ENV_PREFIX) or name in known or name.startswith(others):
                continue
            closest = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
            hint = f"; did you mean {closest[0]}? / 是否应为 {closest[0]}？" if closest else ""
            raise ConfigurationError(f"unknown setting {variable} / 未知的设置 {variable}{hint}")
        try:
            return cls(service=service)
        except ValidationError as exc:
            error = exc.errors()[0]
            variable = ENV_PREFIX + str(error["loc"][0]).upper() if error["loc"] else ENV_PREFIX
            raise ConfigurationError(
                f"{variable}: {error['msg']} / 设置 {variable} 的值无效：{error.get('input')!r}"
            ) from None

    service: str = Field("gateway", description="Which service this process runs.")
    env: Literal["production", "development"] = Field(
        "production",
        description="`development` (make dev, make stack, the tests) allows the development secrets, "
        "the demo sign-in and an open /metrics; anything else is production, which refuses them.",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy async URL of this service's own database, "
        "e.g. postgresql+asyncpg://shuniu@db/documents. Unset: SQLite under var_dir.",
    )
    kafka_bootstrap: str | None = Field(
        None, description="Kafka bootstrap servers, host:port[,host:port]. Unset: the in-process bus."
    )
    var_dir: Path = Field(Path("var"), description="Where the embedded mode keeps its SQLite files.")
    http_host: str = "127.0.0.1"
    http_port: int | None = Field(
        None, description="Defaults to the service's port in the README (8000–8005)."
    )
    log_level: str = "INFO"
    log_json: bool = True
    otlp_endpoint: str | None = Field(
        None,
        description="Where spans go over OTLP/HTTP, e.g. http://collector:4318 (Jaeger, an OpenTelemetry "
        "Collector). Unset: no spans are recorded; the trace context still travels (shuniu_shared.tracing).",
    )

    jwt_secret: str | None = Field(
        None, description="HS256 shared secret (development). Production sets jwt_jwks_url instead."
    )
    jwt_jwks_url: str | None = Field(None, description="JWKS URL of the identity provider (RS256).")
    jwt_audience: str = "shuniu"
    jwt_issuer: str = Field(
        DEVELOPMENT_ISSUER, description="The only issuer (`iss`) accepted; production names its provider's."
    )
    demo_sign_in: bool = Field(
        False, description="The development identity provider (demo people, demo password); development only."
    )
    metrics_token: str | None = Field(
        None,
        description="Bearer token Prometheus presents at /metrics; production serves no metrics without.",
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description='Addresses of the reverse proxies whose X-Forwarded-For is believed, e.g. ["10.0.0.5"]; '
        "from anyone else the header is ignored.",
    )

    startup_wait_seconds: float = Field(
        30.0,
        ge=0,
        description="How long a starting process waits for its database and broker to answer, then "
        "stops with one line naming them (its supervisor restarts it).",
    )

    inbox_retention_days: float = Field(
        7.0,
        gt=0,
        description="How long a consumer remembers an event it applied (shuniu_shared.housekeeping).",
    )
    idempotency_retention_hours: float = Field(
        24.0, gt=0, description="How long a command's Idempotency-Key returns its first answer."
    )
    housekeeping_every_seconds: float = Field(3600.0, gt=0, description="How often both are pruned.")

    relay_batch_size: int = 500
    # An idle relay is woken at once by a commit of its own process; this is how often it looks anyway,
    # for what another replica of the service committed (the most that replica's events wait).
    relay_idle_seconds: float = 0.25
    consumer_max_attempts: int = 5
    consumer_backoff_seconds: float = 0.2
    deadline_poll_seconds: float = 1.0
    directory_file: Path | None = Field(
        None, description="The organisation directory (TOML); unset: the built-in demo county."
    )
    calendar_dir: Path | None = Field(
        None, description="Extra working-day calendar files (cn-YYYY.toml) beside the built-in years."
    )

    # --- the gateway's own settings (services/gateway) -------------------------------------------
    upstream_documents: AnyHttpUrl | None = Field(
        None, description="Where the gateway finds the documents service; unset: 127.0.0.1 on its port."
    )
    upstream_meetings: AnyHttpUrl | None = None
    upstream_supervision: AnyHttpUrl | None = None
    upstream_reception: AnyHttpUrl | None = None
    upstream_projection: AnyHttpUrl | None = None
    upstream_notifications: AnyHttpUrl | None = None
    upstream_duty: AnyHttpUrl | None = None
    gateway_connect_timeout_seconds: float = Field(
        0.5, gt=0, description="A service that does not accept a connection this fast counts as down."
    )
    gateway_timeout_seconds: float = Field(
        30.0, gt=0, description="The longest the gateway waits for a service's answer (reads)."
    )
    gateway_command_timeout_seconds: float = Field(
        15.0, gt=0, description="The same for commands (POST, PUT, PATCH, DELETE)."
    )
    gateway_retries: int = Field(
        2,
        ge=0,
        description="Extra attempts for idempotent requests (GET, HEAD, OPTIONS) a service did not take.",
    )
    gateway_breaker_failures: int = Field(
        5,
        ge=1,
        description="Consecutive failures after which the gateway stops calling a service for a while.",
    )
    gateway_breaker_reset_seconds: float = Field(
        5.0, gt=0, description="How long the breaker stays open before one trial request goes through."
    )
    gateway_body_limit_bytes: int = Field(10 * 2**20, gt=0, description="Larger request bodies get 413.")
    gateway_file_body_limit_bytes: int = Field(
        50 * 2**20,
        gt=0,
        description="The same for a file upload (POST …/files), streamed through: as large as the "
        "documents service takes (SHUNIU_DOCUMENTS_MAX_FILE_MB).",
    )
    gateway_rate_limit_per_second: float = Field(
        20.0, gt=0, description="Requests per second each user (or each address, unsigned) may make."
    )
    gateway_rate_limit_burst: int = Field(60, ge=1, description="How many requests a user may make at once.")
    gateway_cors_origins: list[str] = Field(
        default_factory=list,
        description='Origins allowed to call the API from a browser, e.g. ["https://oa.example.gov.cn"].',
    )
    gateway_session_hours: float = Field(
        8.0,
        gt=0,
        description="How long a console session lasts (its refresh cookie) before signing in again.",
    )
    gateway_access_token_minutes: float = Field(
        15.0, gt=0, description="How long one access token lives; the console refreshes it from its session."
    )
    gateway_sign_in_attempts_per_account: int = Field(
        5, ge=1, description="Wrong passwords in a row an account may have before each further one waits."
    )
    gateway_sign_in_attempts_per_address: int = Field(
        20, ge=1, description="The same for one client address (several people may share it)."
    )
    gateway_sign_in_lockout_max_seconds: float = Field(
        900.0, gt=0, description="The longest wait the sign-in backoff imposes (it doubles up to this)."
    )

    @property
    def development(self) -> bool:
        return self.env == "development"

    def refuse_development_secrets(self) -> None:
        """Outside development, raise `UnsafeSettings` naming each setting that still has a development
        value; called as every app is built, so a misconfigured process never serves a request."""
        if problems := self.development_secrets():
            raise UnsafeSettings(
                "refusing to start in production (SHUNIU_ENV is not `development`): "
                + "; ".join(problems)
                + ". Give a generated secret (e.g. `openssl rand -base64 48`) or an identity provider's "
                "SHUNIU_JWT_JWKS_URL and SHUNIU_JWT_ISSUER, leave SHUNIU_DEMO_SIGN_IN unset, "
                "or set SHUNIU_ENV=development on a development machine."
            )

    def development_secrets(self) -> list[str]:
        """Each setting that still has a development value, outside development (`shuniu check-config`
        lists them; a starting process refuses them)."""
        if self.development:
            return []
        problems = []
        if self.jwt_secret is not None and not self.jwt_jwks_url:
            if self.jwt_secret in DEVELOPMENT_JWT_SECRETS:
                problems.append("SHUNIU_JWT_SECRET is a development secret published in the repository")
            elif len(self.jwt_secret) < _SHORTEST_PRODUCTION_SECRET:
                problems.append(f"SHUNIU_JWT_SECRET is shorter than {_SHORTEST_PRODUCTION_SECRET} characters")
        if self.jwt_jwks_url and self.jwt_issuer == DEVELOPMENT_ISSUER:
            problems.append(
                "SHUNIU_JWT_ISSUER must name the identity provider whose keys SHUNIU_JWT_JWKS_URL serves"
            )
        if self.demo_sign_in:
            problems.append(
                "SHUNIU_DEMO_SIGN_IN lets anyone sign in as any demo person with the demo password"
            )
        return problems

    def upstream_url(self, service: str) -> str:
        """The base URL of a service behind the gateway."""
        configured = getattr(self, f"upstream_{service}", None)
        return str(configured).rstrip("/") if configured else f"http://127.0.0.1:{SERVICE_PORTS[service]}"

    def port(self) -> int:
        return self.http_port or SERVICE_PORTS.get(self.service, 8000)

    def database_url_or_embedded(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / f'{self.service}.sqlite3'}"

    def topic(self) -> str:
        return f"shuniu.{self.service}.events"
