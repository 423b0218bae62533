"""Servers the tests need that are published only as Go modules (Jaeger, the tracing backend;
SeaweedFS, the S3-compatible object store): built once with the machine's `go` from a module of
our own under `infra/<name>/`, whose `tool` line names the program and whose committed `go.sum` pins
every dependency — so every machine builds the same thing, and a drifted `go.sum` fails the build
(`-mod=readonly` is Go's default) instead of quietly updating. Cached under ``~/.cache/shuniu/``
beside Kafka's jars; nothing is downloaded but modules from the Go module proxy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INFRA = Path(__file__).resolve().parents[1]


class GoToolError(RuntimeError):
    pass


@dataclass(frozen=True)
class GoTool:
    name: str  # its folder under infra/ and its cache folder's prefix, e.g. "seaweedfs"
    package: str  # the program's package, e.g. github.com/seaweedfs/seaweedfs/weed
    version: str  # the module version infra/<name>/go.mod requires
    binary: str  # the executable's name

    def path(self) -> Path:
        return Path.home() / ".cache" / "shuniu" / f"{self.name}-{self.version}" / self.binary

    def ensure(self) -> Path:
        """The cached binary, built first if the cache lacks it (minutes, once per machine)."""
        binary = self.path()
        if binary.is_file() and os.access(binary, os.X_OK):
            return binary
        go = shutil.which("go")
        if go is None:
            raise GoToolError(
                f"Go is needed once to build {self.name}: `apt-get install -y golang-go` (1.24 or later)"
            )
        binary.parent.mkdir(parents=True, exist_ok=True)
        # The module cache beside the binaries (unless the developer has a GOPATH of their own), so
        # that removing ~/.cache/shuniu removes everything these builds downloaded.
        environment = {"CGO_ENABLED": "0", **os.environ}
        environment.setdefault("GOPATH", str(binary.parent.parent / "go"))
        # Built beside the cache and renamed into place, so an interrupted build never looks finished.
        partial = Path(tempfile.mkdtemp(prefix=f"{self.name}.building-", dir=binary.parent)) / self.binary
        try:
            build = subprocess.run(
                [go, "build", "-o", str(partial), self.package],
                cwd=INFRA / self.name, env=environment, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if build.returncode != 0:
                raise GoToolError(f"building {self.name} failed:\n{build.stdout}{build.stderr}")
            os.replace(partial, binary)
        finally:
            shutil.rmtree(partial.parent, ignore_errors=True)
        return binary
