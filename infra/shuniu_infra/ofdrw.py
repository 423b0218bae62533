"""ofdrw's jars (infra/ofdrw/pom.xml), cached like Kafka's, for checking OFD files with a reader
and a seal verifier that are not Shuniu's own."""

from __future__ import annotations

import os
from pathlib import Path

from shuniu_infra.maven import ensure_maven_jars

OFDRW_VERSION = "2.3.1"
OFDRW_POM = Path(__file__).resolve().parents[1] / "ofdrw" / "pom.xml"


def ofdrw_libs_dir() -> Path:
    if configured := os.environ.get("SHUNIU_OFDRW_LIBS"):
        return Path(configured).expanduser().resolve()
    return Path.home() / ".cache" / "shuniu" / f"ofdrw-{OFDRW_VERSION}" / "libs"


def ensure_ofdrw_jars() -> Path:
    """The directory holding ofdrw's jars (run them with `java -cp "<dir>/*"`)."""
    return ensure_maven_jars(OFDRW_POM, ofdrw_libs_dir())
