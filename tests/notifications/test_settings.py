"""通知服务的设置：自己的 SHUNIU_NOTIFICATIONS_* 变量被接受，拼错的被拒绝并给出最接近的名字。"""

from __future__ import annotations

import pytest
from shuniu_notifications.app.config import Config
from shuniu_notifications.bootstrap import DEFINITION
from shuniu_shared.settings import ConfigurationError, Settings


def test_the_services_own_variables_are_read_and_a_misspelt_one_is_refused(monkeypatch, tmp_path):
    own = {"notifications": DEFINITION.settings_variables}
    monkeypatch.setenv("SHUNIU_NOTIFICATIONS_SMTP_HOST", "mail.f-county.gov.cn")
    monkeypatch.setenv("SHUNIU_NOTIFICATIONS_RULES_FILE", str(tmp_path / "rules.toml"))
    assert Settings.from_environment("notifications", own).port() == 8007
    config = Config.from_environment()
    assert (config.smtp_host, config.rules_file) == ("mail.f-county.gov.cn", tmp_path / "rules.toml")
    monkeypatch.setenv("SHUNIU_NOTIFICATIONS_SMTP_HOTS", "mail.f-county.gov.cn")
    with pytest.raises(ConfigurationError, match="did you mean SHUNIU_NOTIFICATIONS_SMTP_HOST"):
        Settings.from_environment("notifications", own)
