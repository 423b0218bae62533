"""Each service's image holds that service and the shared library, and no other service.

Docker does not run on the project's machines, so the images are never built here. What this test
does instead is what the Dockerfile's builder does: it lays out the build context the .dockerignore
lets in and asks uv, with the Dockerfile's own `uv sync` flags, what that line would install there
(`uv export` of the same selection: it reads the lock and the context's pyproject files, and takes a
fraction of a second where the sync itself takes seconds). One service's image is really synced, into
a virtual environment of its own from uv's cache, and what got installed is compared with what the
export said — so the fast reading is checked against the real thing in every run. A service that came
to depend on another service's package — or the gateway on every service again for `make dev` —
fails here.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tomllib
from email.parser import HeaderParser
from pathlib import Path

import pytest
from shuniu_infra.services import SERVICES, ServiceProcess

from tests.test_compose_matches_stack import dockerfile_instructions

ROOT = Path(__file__).resolve().parents[2]
SHARED = "shuniu-shared"


def workspace_packages() -> set[str]:
    """The names of the workspace's members, as the root pyproject's sources declare them."""
    sources = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["uv"]["sources"]
    return {name for name, source in sources.items() if source.get("workspace")}


def build_context(into: Path) -> Path:
    """What `docker build .` sends: the .dockerignore is an allow-list (`*`, then `!path` lines) with
    `**/name` exclusions inside the allowed paths; any other kind of line is not understood here."""
    allowed: list[str] = []
    excluded: list[str] = []
    for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#") or entry == "*":
            continue
        if entry.startswith("!"):
            allowed.append(entry[1:])
        elif entry.startswith("**/") and "/" not in entry[3:]:
            excluded.append(entry[3:])
        else:
            raise AssertionError(f".dockerignore: teach this test what {entry!r} means")
    for relative in allowed:
        source, target = ROOT / relative, into / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(*excluded))
        else:
            shutil.copy2(source, target)
    return into


def builder_sync_command(service: str) -> list[str]:
    """The builder stage's `uv sync`, with the image's SERVICE filled in."""
    (run,) = [args for op, args in dockerfile_instructions() if op == "RUN" and "uv sync" in args]
    command = run[run.index("uv sync") :]
    return shlex.split(re.sub(r"\$\{?SERVICE\}?", service, command))


def synced(command: list[str], workspace: Path, environment: Path) -> Path:
    """`environment`, made by running `command` (a `uv sync`) in `workspace`."""
    done = subprocess.run(
        command,
        cwd=workspace,
        env={**os.environ, "UV_PROJECT_ENVIRONMENT": str(environment), "UV_NO_PROGRESS": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return environment


def installed_distributions(environment: Path) -> set[str]:
    """The normalised names of every distribution installed in a virtual environment."""
    names = set()
    for metadata in environment.glob("lib/python*/site-packages/*.dist-info/METADATA"):
        names.add(normalised(HeaderParser().parsestr(metadata.read_text(encoding="utf-8"))["Name"]))
    return names


def exported_distributions(command: list[str], workspace: Path) -> set[str]:
    """The normalised names of what `command` (a `uv sync`) would install in `workspace`: the same
    selection exported from the lock. A workspace member comes out as its path, named by its pyproject."""
    export = [
        "uv",
        "export",
        *command[command.index("sync") + 1 :],
        "--no-hashes",
        "--no-header",
        "--no-annotate",
    ]
    done = subprocess.run(
        export,
        cwd=workspace,
        env={**os.environ, "UV_NO_PROGRESS": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    names = set()
    for line in done.stdout.splitlines():
        requirement = line.strip()
        if requirement.startswith("./"):
            pyproject = tomllib.loads(
                (workspace / requirement / "pyproject.toml").read_text(encoding="utf-8")
            )
            names.add(normalised(pyproject["project"]["name"]))
        elif requirement:
            names.add(normalised(re.split(r"[=<>!~;\[ ]", requirement, maxsplit=1)[0]))
    return names


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_context(tmp_path_factory.mktemp("docker-context"))


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_each_services_image_installs_its_own_package_and_the_shared_library_only(
    service: ServiceProcess, context: Path
) -> None:
    command = builder_sync_command(service.name)
    assert "--package" in command and "--frozen" in command and "--no-dev" in command

    workspace = exported_distributions(command, context) & workspace_packages()

    assert workspace == {f"shuniu-{service.name}", SHARED}


def test_what_the_export_says_is_what_the_builders_sync_installs(context: Path, tmp_path: Path) -> None:
    """The gateway's image, really synced in the build context: the export above reads it exactly."""
    command = builder_sync_command("gateway")

    installed = installed_distributions(synced(command, context, tmp_path / "venv"))

    assert installed == exported_distributions(command, context)


def test_the_check_itself_sees_another_services_package_in_an_image() -> None:
    """What the test above reads when a service's package drags another one in: the suite's does."""
    workspace = exported_distributions(builder_sync_command("suite"), ROOT) & workspace_packages()

    assert {"shuniu-documents", "shuniu-gateway", "shuniu-projection"} <= workspace
