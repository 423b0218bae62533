"""The notifications service's own settings, read once from the environment, and the office's rules.

``SHUNIU_NOTIFICATIONS_RULES_FILE``: the rules, contacts and department robots (default: the
``rules.toml`` beside this package, which has rules and no addresses). ``SHUNIU_NOTIFICATIONS_SMTP_HOST``
/ ``_SMTP_PORT`` / ``_SMTP_SENDER``: the mail relay (no host: email is not sent, and waits).
``SHUNIU_NOTIFICATIONS_CONSOLE_URL``: the console's address the deep links start with.
``SHUNIU_NOTIFICATIONS_MAX_ATTEMPTS`` (default 5) and ``_RETRY_SECONDS`` (default 30): a failed delivery
is tried again after 30 s, 60 s, 120 s … and dead-lettered after the fifth failure.
"""

from __future__ import annotations

from pathlib import Path
from weakref import WeakKeyDictionary

from pydantic import PrivateAttr
from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.directory import Directory
from shuniu_shared.runtime import ServiceRuntime

from shuniu_notifications.domain.rules import OfficeRules

DEFAULT_RULES = Path(__file__).parent.parent / "rules.toml"


class Config(BaseSettings):
    """The settings, read from the environment when not given; bound to a runtime (`for_runtime`),
    they carry its directory and calendar too, and the rules read against them."""

    model_config = SettingsConfigDict(env_prefix="SHUNIU_NOTIFICATIONS_", extra="ignore", frozen=True)

    rules_file: Path = DEFAULT_RULES
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_sender: str = "shuniu@localhost"
    console_url: str = "http://127.0.0.1:8000/"
    max_attempts: int = 5
    retry_seconds: float = 30.0
    _directory: Directory | None = PrivateAttr(None)
    _calendar: WorkingCalendar | None = PrivateAttr(None)
    _rules: OfficeRules | None = PrivateAttr(None)

    @classmethod
    def from_environment(cls) -> Config:
        return cls()

    def for_runtime(self, runtime: ServiceRuntime) -> Config:
        bound = self.model_copy()
        bound._directory, bound._calendar = runtime.directory, runtime.calendar
        bound._rules = OfficeRules.parse(self.rules_file.read_text(encoding="utf-8"), runtime.directory)
        return bound

    @property
    def directory(self) -> Directory:
        assert self._directory is not None, "bind the config to a runtime: Config.for_runtime"
        return self._directory

    @property
    def calendar(self) -> WorkingCalendar:
        assert self._calendar is not None, "bind the config to a runtime: Config.for_runtime"
        return self._calendar

    @property
    def rules(self) -> OfficeRules:
        assert self._rules is not None, "bind the config to a runtime: Config.for_runtime"
        return self._rules

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
