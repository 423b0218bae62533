"""What the console serves, without a browser: every file from the gateway itself (no CDN, so it
works on a closed network), ECharts exactly the release its manifest names, no path outside the
console's folder, and the directory's names only for someone signed in."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx
import pytest
from shuniu_gateway.console import STATIC
from shuniu_projection.app.boards import PETITION_STEP_EVENTS, TASK_STEP_EVENTS
from shuniu_reception.domain.petitions import PetitionStage
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app

FOLDER = Path(str(STATIC))


@pytest.fixture
async def gateway(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8000"
    ) as client:
        yield client


def test_the_vendored_echarts_is_the_release_its_manifest_names():
    manifest = (FOLDER / "vendor" / "echarts" / "README.md").read_text(encoding="utf-8")
    pinned = re.search(r"\| its sha256 \| `([0-9a-f]{64})` \|", manifest)
    assert pinned, "the manifest records the file's sha256"
    actual = hashlib.sha256((FOLDER / "vendor" / "echarts" / "echarts.min.js").read_bytes()).hexdigest()
    assert actual == pinned.group(1)
    assert "Apache License" in (FOLDER / "vendor" / "echarts" / "LICENSE").read_text(encoding="utf-8")


def test_nothing_is_loaded_from_another_site():
    for path in FOLDER.rglob("*"):
        if path.suffix in {".html", ".js", ".css"} and "vendor" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), path
            assert not re.search(r"""(fetch|import)\s*\(?\s*["'`](https?:)?//""", text), path
            assert not re.search(r"""from\s+["'](https?:)?//""", text), path


async def test_the_console_is_served_at_the_root_with_its_files(gateway):
    home = await gateway.get("/")
    assert home.status_code == 200 and 'lang="zh-CN"' in home.text
    assert "default-src 'self'" in home.headers["content-security-policy"]
    script = await gateway.get("/console/app.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    chart = await gateway.get("/console/vendor/echarts/echarts.min.js")
    assert chart.status_code == 200 and len(chart.content) > 500_000


@pytest.mark.parametrize(
    "path",
    [
        "/console/../app.py",
        "/console/%2e%2e/app.py",
        "/console/..%2F__init__.py",
        "/console/.hidden.js",
        "/console/nothing.js",
        "/console/__init__.py",
    ],
)
async def test_no_file_outside_the_console_folder(gateway, path):
    assert (await gateway.get(path)).status_code == 404


async def test_the_directory_names_are_for_someone_signed_in(gateway):
    refused = await gateway.get("/console/directory.json")
    assert refused.status_code == 401
    await gateway.post("/auth/login", json={"username": "shen", "password": "shuniu-demo"})
    names = (await gateway.get("/console/directory.json")).json()
    assert {"code": "finance", "name": "县财政局", "parent": "gov"} in names["departments"]
    assert all("clearance" not in person for person in names["people"])


def test_every_task_status_and_petition_step_the_boards_carry_has_a_chinese_name():
    """A task's status and a petition's step on the boards are the names of the events that reached
    them; the console shows each in Chinese (i18n.js: its scope, `task` or `petition`, else the name
    alone, as `stage()` looks them up), never the event's English name."""
    named = _stage_words("zh")
    for scope, names in (("task", TASK_STEP_EVENTS), ("petition", PETITION_STEP_EVENTS)):
        for name in names:
            shown = named.get(f"{scope}.{name}") or ("" if scope == "task" else named.get(name, ""))
            assert re.search(r"[\u4e00-\u9fff]", shown), f"{scope}.{name}"


def _stage_words(language: str) -> dict[str, str]:
    """i18n.js's stage words, `key: ["中文", "English"]`, in one language."""
    words = (FOLDER / "i18n.js").read_text(encoding="utf-8")
    stages = words[words.index("const stageWords") : words.index("const LANGUAGES")]
    pairs = re.findall(r'"?([\w.:]+)"?: \["([^"]+)", "([^"]+)"\]', stages)
    return {key: chinese if language == "zh" else english for key, chinese, english in pairs}


def test_every_petition_stage_and_clock_state_is_named_in_both_languages():
    """A petition's own stage (its screen's tag, `final` included) and each statutory clock's state
    (`met_late`, `overdue`: reception's domain/clocks.py) read in words, never as the code."""
    for language in ("zh", "en"):
        named = _stage_words(language)
        for stage in PetitionStage:  # stage() looks in the petition's scope, then the name alone
            assert named.get(f"petition.{stage.value}") or named.get(stage.value), (language, stage)
        for state in ("running", "approaching", "met", "met_late", "overdue"):
            assert f"clock.{state}" in named, (language, state)
    assert _stage_words("zh")["petition.final"] == "已复核，终结"
    assert _stage_words("zh")["petition.accepted"] == "已受理", "a petition is 受理, not 初审通过"
    assert _stage_words("zh")["clock.met_late"] == "逾期办结"
    assert _stage_words("zh")["trip.returned"] == "已归还", "a car is returned (归还), not sent back (退回)"


def test_the_screens_gloss_no_chinese_word_with_its_english():
    """Chinese mode is Chinese and English mode English: no label like "来信 letter" in the code,
    and the system's own steps have a name (系统（期限提醒）), not `system:deadlines`."""
    for path in [FOLDER / "app.js", FOLDER / "ui.js", *sorted((FOLDER / "screens").glob("*.js"))]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'"[\u4e00-\u9fff]+ [a-z]+"', text), path.name
    words = (FOLDER / "i18n.js").read_text(encoding="utf-8")
    assert '"actor.system:deadlines": ["系统（期限提醒）", "the system (deadline reminder)"]' in words
