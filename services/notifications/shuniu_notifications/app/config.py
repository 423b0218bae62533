"""The notifications service's own settings, read once from the environment, and the office's rules.

``SHUNIU_NOTIFICATIONS_RULES_FILE``: the rules, contacts and department robots (default: the
``rules.toml`` beside this package, which has rules and no addresses). ``SHUNIU_NOTIFICATIONS_SMTP_HOST``
/ ``_SMTP_PORT`` / ``_SMTP_SENDER``: the mail relay (no host: email is not sent, and waits).
``SHUNIU_NOTIFICATIONS_CONSOLE_URL``: the console's address the deep links start with.
``SHUNIU_NOTIFICATIONS_MAX_ATTEMPTS`` (default 5) and ``_RETRY_SECONDS`` (default 30): a failed delivery
is tried again after 30 s, 60 s, 120 s … and dead-lettered after the fifth failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from weakref import WeakKeyDictionary

from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.directory import Directory
from shuniu_shared.runtime import ServiceRuntime

from shuniu_notifications.domain.rules import OfficeRules

DEFAULT_RULES = Path(__file__).parent.parent / "rules.toml"


class FromEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_NOTIFICATIONS_", extra="ignore")

    rules_file: Path = DEFAULT_RULES
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_sender: str = "shuniu@localhost"
    console_url: str = "http://127.0.0.1:8000/"
    max_attempts: int = 5
    retry_seconds: float = 30.0


@dataclass(frozen=True)
class Config:
    rules_file: Path = DEFAULT_RULES
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_sender: str = "shuniu@localhost"
    console_url: str = "http://127.0.0.1:8000/"
    max_attempts: int = 5
    retry_seconds: float = 30.0
    # Bound by `for_runtime`: the runtime's directory and calendar, and the rules read against them.
    runtime_directory: Directory | None = field(default=None, compare=False, repr=False)
    runtime_calendar: WorkingCalendar | None = field(default=None, compare=False, repr=False)
    office_rules: OfficeRules | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_environment(cls) -> Config:
        return cls(**FromEnvironment().model_dump())

    def for_runtime(self, runtime: ServiceRuntime) -> Config:
        rules = OfficeRules.parse(self.rules_file.read_text(encoding="utf-8"), runtime.directory)
        return replace(
            self, runtime_directory=runtime.directory, runtime_calendar=runtime.calendar, office_rules=rules
        )

    @property
    def directory(self) -> Directory:
        assert self.runtime_directory is not None, "bind the config to a runtime: Config.for_runtime"
        return self.runtime_directory

    @property
    def calendar(self) -> WorkingCalendar:
        assert self.runtime_calendar is not None, "bind the config to a runtime: Config.for_runtime"
        return self.runtime_calendar

    @property
    def rules(self) -> OfficeRules:
        assert self.office_rules is not None, "bind the config to a runtime: Config.for_runtime"
        return self.office_rules

    def deep_link(self, route: str) -> str:
        return self.console_url.rstrip("/") + "/" + route


_BOUND: WeakKeyDictionary[ServiceRuntime, Config] = WeakKeyDictionary()


def config_of(runtime: ServiceRuntime) -> Config:
    """The config the service was built with (`NotificationsDefinition.config`), bound to the runtime:
    the rules file is read once per runtime, by whichever of its parts asks first."""
    if runtime not in _BOUND:
        config = getattr(runtime.definition, "config", None)
        assert isinstance(config, Config), "build the notifications definition with bootstrap.build"
        _BOUND[runtime] = config.for_runtime(runtime)
    return _BOUND[runtime]
