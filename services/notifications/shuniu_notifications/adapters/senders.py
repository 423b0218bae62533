"""Sending one notice out: email over SMTP and the group-chat robots over HTTPS. Each raises
`DeliveryFailed` when the other side did not take the message, for the caller to retry."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage

import httpx

from shuniu_notifications.domain.robots import robot_message, signed_url
from shuniu_notifications.domain.rules import Robot

TIMEOUT_SECONDS = 10.0


class DeliveryFailed(Exception):
    pass


async def send_email(host: str, port: int, sender: str, to: str, subject: str, text: str, link: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content(f"{text}\n\n打开办理 / Open: {link}\n")

    def send() -> None:
        with smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS) as smtp:
            smtp.send_message(message)

    try:
        await asyncio.to_thread(send)  # smtplib blocks; the event loop must not
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryFailed(f"SMTP {host}:{port}: {error!r}") from error


async def send_to_robot(robot: Robot, title: str, text: str, link: str, timestamp_ms: int) -> None:
    """POST the robot's markdown message; both robots answer 200 with errcode 0 when they took it."""
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
            response = await client.post(
                signed_url(robot.url, robot.secret, timestamp_ms),
                json=robot_message(robot.kind, title, text, link),
            )
    except httpx.HTTPError as error:
        raise DeliveryFailed(f"{robot.kind} robot: {error!r}") from error
    if response.status_code != 200:
        raise DeliveryFailed(f"{robot.kind} robot answered {response.status_code}")
    try:
        answer = response.json()
    except ValueError:
        raise DeliveryFailed(f"{robot.kind} robot answered something other than JSON") from None
    if answer.get("errcode", 0) != 0:
        raise DeliveryFailed(f"{robot.kind} robot refused: {answer.get('errmsg')}")
