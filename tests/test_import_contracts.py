"""The layering contracts `make lint` checks with import-linter ([tool.importlinter] in pyproject.toml)
catch what they promise to: here, the projection importing a domain service's package.

The check runs on a copy of the projection with one import added, found before the installed one on
the path, so the repository itself is never changed; the same copy without the import keeps the
contract, so what breaks it is that import and nothing about the copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = "projection-and-gateway-read-contracts"
LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")  # installed with the dev tools


def lint_imports(path_first: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, str(ROOT / "pyproject.toml"), "--contract", CONTRACT, "--no-cache", "--no-logo"],
        cwd=path_first,
        env={**os.environ, "PYTHONPATH": str(path_first)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def a_copy_of_the_projection(into: Path) -> Path:
    shutil.copytree(
        ROOT / "services" / "projection" / "shuniu_projection",
        into / "shuniu_projection",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return into / "shuniu_projection"


def test_the_contract_breaks_when_the_projection_imports_a_domain_package(tmp_path: Path) -> None:
    projection = a_copy_of_the_projection(tmp_path)
    as_it_is = lint_imports(tmp_path)
    (projection / "app" / "peeking.py").write_text(
        '"""Reads the documents service\'s rules instead of its events."""\n\n'
        "from shuniu_documents.domain import incoming  # noqa: F401\n",
        encoding="utf-8",
    )

    peeking = lint_imports(tmp_path)

    assert as_it_is.returncode == 0, as_it_is.stdout + as_it_is.stderr
    assert peeking.returncode == 1, peeking.stdout + peeking.stderr
    assert "BROKEN" in peeking.stdout
    assert "shuniu_projection.app.peeking -> shuniu_documents.domain" in peeking.stdout
