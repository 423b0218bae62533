"""The group-chat robots' message formats: DingTalk custom robots (钉钉自定义机器人, with the 加签
HMAC-SHA256 signature) and WeCom group robots (企业微信群机器人). Pure: the caller sends the request."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any
from urllib.parse import quote_plus

from shuniu_notifications.domain.rules import RobotKind


def dingtalk_signature(secret: str, timestamp_ms: int) -> str:
    """sign = urlencode(base64(HMAC-SHA256(secret, f"{timestamp}\\n{secret}"))), as DingTalk documents it."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest).decode())


def robot_message(kind: RobotKind, title: str, text: str, link: str) -> dict[str, Any]:
    markdown = f"### {title}\n\n{text}\n\n[打开办理 / Open]({link})"
    if kind == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": title, "text": markdown}}
    return {"msgtype": "markdown", "markdown": {"content": markdown}}


def signed_url(url: str, secret: str | None, timestamp_ms: int) -> str:
    """The DingTalk webhook URL with `timestamp` and `sign`; unchanged without a secret. The signature
    is already URL-encoded, so it is appended as is."""
    if secret is None:
        return url
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}timestamp={timestamp_ms}&sign={dingtalk_signature(secret, timestamp_ms)}"
