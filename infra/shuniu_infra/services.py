"""How each service process is started: one table that `make stack`, docker-compose.yml and the
test keeping them in step all read, so the three cannot drift apart silently."""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.settings import SERVICE_PORTS

# The reception's key-encryption key (shuniu_reception.app.personal_data reads it; infra cannot import
# a service's package).
RECEPTION_KEK = "SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY"


def front_door_variable(service: str) -> str:
    """Where the front door (HAProxy, shuniu_gateway/front_door.py) reaches `service`: `host:port`."""
    return f"SHUNIU_FRONT_DOOR_{service.upper()}"


@dataclass(frozen=True)
class ServiceProcess:
    name: str
    port: int
    owns_database: bool
    routes_to: tuple[str, ...] = ()  # the services the gateway forwards /api/<service> to

    @staticmethod
    def upstream_variable(service: str) -> str:
        return f"SHUNIU_UPSTREAM_{service.upper()}"

    @property
    def command(self) -> list[str]:
        return ["python", "-m", f"shuniu_{self.name}"]

    @property
    def environment_names(self) -> list[str]:
        names = [
            "SHUNIU_SERVICE",
            "SHUNIU_HTTP_HOST",
            "SHUNIU_HTTP_PORT",
            "SHUNIU_KAFKA_BOOTSTRAP",
            "SHUNIU_JWT_SECRET",
            "SHUNIU_LOG_LEVEL",
            "SHUNIU_ENV",
            "SHUNIU_METRICS_TOKEN",
        ]
        if self.owns_database:
            names.append("SHUNIU_DATABASE_URL")
        if self.name == "gateway":
            names.append("SHUNIU_DEMO_SIGN_IN")
        if self.name == "reception":
            names.append(RECEPTION_KEK)
        names += [self.upstream_variable(service) for service in self.routes_to]
        return sorted(names)


_BEHIND_THE_GATEWAY = tuple(name for name in SERVICE_PORTS if name != "gateway")

SERVICES = [
    ServiceProcess(
        name,
        port,
        owns_database=name != "gateway",
        routes_to=_BEHIND_THE_GATEWAY if name == "gateway" else (),
    )
    for name, port in SERVICE_PORTS.items()
]
