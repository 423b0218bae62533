"""The console in a real browser: the embedded suite with its demo data on a real loopback socket,
and Debian's chromium driven by Playwright (no browser download: `infra/prerequisites.sh` installs
the `chromium` package). Screenshots go to var/test-artifacts/console/ (gitignored)."""

from __future__ import annotations

import asyncio
import re
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import playwright.sync_api as playwright_api
import pytest
import uvicorn
from playwright.sync_api import Browser, Page
from shuniu_shared.clock import SystemClock, office_date
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "console"
PASSWORD = "shuniu-demo"


def office_today() -> date:
    """Today in Beijing, the day the suite dates its steps by: the machine's own date is a day
    behind it from 16:00 to 24:00 UTC, and a step dated by it reads as one before the last."""
    return office_date(SystemClock().now())


if not Path(CHROMIUM).exists():  # pragma: no cover - prerequisites.sh installs it
    pytest.fail(f"chromium not found at {CHROMIUM}: run infra/prerequisites.sh", pytrace=False)


@pytest.fixture(scope="package")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The whole suite with the demo county's data, served by uvicorn in its own thread and event
    loop (Playwright's sync API wants the test's thread free of one). Yields the base URL once the
    demo data has loaded."""
    app = build_embedded_app(
        Settings(service="gateway", var_dir=tmp_path_factory.mktemp("console")), demo=True
    )
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="off"))
    started = threading.Event()
    failure: list[BaseException] = []

    async def run() -> None:
        try:
            async with app.router.lifespan_context(app):
                started.set()
                await server.serve(sockets=[listener])
        except BaseException as error:  # reported to the test thread
            failure.append(error)
            started.set()

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    assert started.wait(120), "the suite did not start"
    assert not failure, failure
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(30)
    listener.close()


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    # Package scope, not session: while Playwright's sync API is open, this thread has a running
    # event loop, and the rest of the test suite's asyncio tests could not start theirs.
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@dataclass
class Requests:
    """Every URL the page asked for: the console must not reach past the suite's own address."""

    base: str
    urls: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """What went over the network elsewhere: not `data:` URLs, nor the browser's own pages
        (`chrome://`, `chrome-extension://`: its PDF viewer showing a scan inline)."""
        origin = urlsplit(self.base)
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != origin.netloc
        ]


@dataclass
class Desk:
    """One person at the console, in a browser context of their own (their own session cookie)."""

    page: Page
    base: str
    requests: Requests
    person: str
    errors: list[str] = field(default_factory=list)

    def go(self, route: str) -> None:
        self.page.goto(f"{self.base}/#/{route}")
        self.page.wait_for_selector(f"[data-screen={route.split('/')[0].split('?')[0]}]")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)

    def call(self, method: str, path: str, body: dict[str, object] | None = None) -> Any:
        """The service's own answer, asked as the console's api() asks it (this person's session): what
        a test checks the screen against."""
        return self.page.evaluate(
            """async ([method, path, body]) => (await import("/console/ui.js")).api(method, path, body ?? undefined)""",
            [method, path, body],
        )

    def act(self, form: str, *, redraw: bool = True, **values: str | list[str]) -> None:
        """Fill one action's form by field name and submit it. With `redraw`, wait until the screen
        has been drawn again after the command (the old form leaves the page)."""
        scope = self.page.locator(f"form[data-form={form}]")
        for name, value in values.items():
            field_ = scope.locator(f"[name={name}]")
            if isinstance(value, list) or field_.evaluate("e => e.tagName") == "SELECT":
                field_.select_option(value)
            else:
                field_.fill(value)
        handle = scope.element_handle()
        with self.page.expect_response(lambda r: r.request.method in ("POST", "PUT")):
            scope.locator("button[type=submit]").click()
        if redraw:
            self.page.wait_for_function("form => !form.isConnected", arg=handle)

    def wait_for_after_refresh(self, route: str, selector: str, attempts: int = 30) -> None:
        """What another service does in reaction (a task opened for a 批示) reaches the views a
        moment later: draw the screen again until the element is there (no sleeps, only waits)."""
        for _ in range(attempts):
            self.go(route)
            try:
                self.page.wait_for_selector(selector, timeout=500, state="attached")
                return
            except playwright_api.TimeoutError:
                continue
        raise AssertionError(f"{selector} never appeared on {route}")


@pytest.fixture
def sign_in(suite: str, browser: Browser) -> Iterator[Callable[..., Desk]]:
    contexts = []

    def signing_in(person: str, *, width: int = 1280, height: int = 900, lang: str | None = None) -> Desk:
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale="zh-CN", timezone_id="Asia/Shanghai"
        )
        contexts.append(context)
        page = context.new_page()
        requests = Requests(suite)
        page.on("request", lambda request: requests.urls.append(request.url))
        desk = Desk(page, suite, requests, person)
        page.on("pageerror", lambda error: desk.errors.append(str(error)))
        page.goto(f"{suite}/#/login")
        page.fill("input[name=username]", person)
        page.fill("input[name=password]", PASSWORD)
        page.click("form[data-form=login] button")
        page.wait_for_selector("[data-screen=desk]")
        return desk

    yield signing_in
    for context in contexts:
        context.close()


CJK = re.compile(r"[\u4e00-\u9fff]")
