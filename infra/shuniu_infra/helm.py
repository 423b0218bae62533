"""Helm, for `make test`'s checks of the chart in deploy/helm/shuniu (docs/deploy.md).

No Helm release is downloaded: the pinned version is built from its Go module with the machine's
`go`, once, into a cache beside Kafka's jars; afterwards `ensure_helm` only looks the binary up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HELM_MODULE = "helm.sh/helm/v4/cmd/helm"
HELM_VERSION = "v4.3.2"


class HelmError(RuntimeError):
    pass


def helm_path() -> Path:
    if configured := os.environ.get("SHUNIU_HELM"):
        return Path(configured).expanduser().resolve()
    return Path.home() / ".cache" / "shuniu" / f"helm-{HELM_VERSION}" / "helm"


def ensure_helm() -> Path:
    """The helm binary, built first (a few minutes, silently) if the cache lacks it."""
    helm = helm_path()
    if helm.is_file() and os.access(helm, os.X_OK):
        return helm
    go = shutil.which("go")
    if go is None:
        raise HelmError(f"Go is needed once to build helm {HELM_VERSION}: https://go.dev/doc/install")
    helm.parent.mkdir(parents=True, exist_ok=True)
    # Built into a directory of its own and moved into place, so a build cut short never leaves a
    # half-written binary where the next run would take it for the real one.
    with tempfile.TemporaryDirectory(prefix="helm-build-", dir=helm.parent) as build:
        built = subprocess.run(
            [go, "install", f"{HELM_MODULE}@{HELM_VERSION}"],
            env={**os.environ, "GOBIN": build, "CGO_ENABLED": "0"},
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            raise HelmError(f"building helm {HELM_VERSION} failed:\n{built.stdout}{built.stderr}")
        os.replace(Path(build) / "helm", helm)
    return helm
