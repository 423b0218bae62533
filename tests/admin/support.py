"""Running `shuniu …` as an operator would, in this process (click's runner)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from click.testing import CliRunner, Result
from shuniu_shared.admin import cli


def shuniu(*arguments: str, env: Mapping[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(cli, list(arguments), env=dict(env or {}))


async def shuniu_beside(*arguments: str, env: Mapping[str, str | None] | None = None) -> Result:
    """The same from an async test: the command runs its own event loop, so in a thread of its own."""
    return await asyncio.to_thread(shuniu, *arguments, env=env)
