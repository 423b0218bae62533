"""Settings from the environment, one object per process.

Every variable starts with ``SHUNIU_``. The same names are used by `make dev`, `make stack`, the
tests and docker-compose.yml (a test keeps compose and the stack in step), so an operator learns
them once. Without a database URL or a Kafka bootstrap a service runs embedded: SQLite under
``var/`` and the in-process bus.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

SERVICE_PORTS = {
    "gateway": 8000,
    "documents": 8001,
    "meetings": 8002,
    "supervision": 8003,
    "reception": 8004,
    "projection": 8005,
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_", extra="ignore")

    service: str = Field("gateway", description="Which service this process runs.")
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
    http_port: int | None = Field(None, description="Defaults to the service's port in CONVENTIONS.")
    log_level: str = "INFO"
    log_json: bool = True

    jwt_secret: str | None = Field(
        None, description="HS256 shared secret (development). Production sets jwt_jwks_url instead."
    )
    jwt_jwks_url: str | None = Field(None, description="JWKS URL of the identity provider (RS256).")
    jwt_audience: str = "shuniu"
    jwt_issuer: str | None = None

    relay_batch_size: int = 500
    relay_idle_seconds: float = 0.05
    consumer_max_attempts: int = 5
    consumer_backoff_seconds: float = 0.2
    deadline_poll_seconds: float = 1.0
    directory_file: Path | None = Field(
        None, description="The organisation directory (TOML); unset: the built-in demo county."
    )
    calendar_dir: Path | None = Field(
        None, description="Extra working-day calendar files (cn-YYYY.toml) beside the built-in years."
    )

    def port(self) -> int:
        return self.http_port or SERVICE_PORTS.get(self.service, 8000)

    def database_url_or_embedded(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / f'{self.service}.sqlite3'}"

    def topic(self) -> str:
        return f"shuniu.{self.service}.events"
