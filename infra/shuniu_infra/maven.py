"""Jars from Maven Central, fetched once into a cache through a small pom of the project's
(`infra/<name>/pom.xml`) and run straight from there with `java -cp`: Kafka's broker, and ofdrw's
OFD reader and signer that the tests check Shuniu's OFD files with."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
# Written into the jar directory once Maven has copied every jar; it holds the pom's hash, so a
# half-finished download or a changed pom means "fetch again".
COMPLETE_MARKER = ".shuniu-complete"


class MavenFetchError(RuntimeError):
    pass


def maven_jars_cached(pom: Path, libs: Path) -> bool:
    marker = libs / COMPLETE_MARKER
    return marker.is_file() and marker.read_text().strip() == _pom_hash(pom)


def ensure_maven_jars(pom: Path, libs: Path) -> Path:
    """`libs`, holding the runtime jars of `pom`'s dependencies, fetched with Maven first if the
    cache lacks them or holds those of an older pom."""
    if maven_jars_cached(pom, libs):
        return libs
    maven = shutil.which("mvn")
    if maven is None:
        raise MavenFetchError("Maven (mvn) is needed once to fetch the jars: `apt-get install -y maven`")
    libs.parent.mkdir(parents=True, exist_ok=True)
    # Fetched beside the cache and swapped in whole, so an interrupted fetch never looks complete
    # and jars of an older pom never linger on the class path.
    fetched = Path(tempfile.mkdtemp(prefix=f"{libs.name}.fetching-", dir=libs.parent))
    fetched.chmod(0o755)  # mkdtemp makes it private; the cache is shared like any other
    try:
        maven_run = subprocess.run(
            [
                maven,
                "-B",
                "-q",
                "-f",
                str(pom),
                f"{DEPENDENCY_PLUGIN}:copy-dependencies",
                f"-DoutputDirectory={fetched}",
                "-DincludeScope=runtime",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if maven_run.returncode != 0:
            raise MavenFetchError(f"fetching {pom} failed:\n{maven_run.stdout}{maven_run.stderr}")
        (fetched / COMPLETE_MARKER).write_text(_pom_hash(pom))
        _remove_jar_directory(libs)
        fetched.rename(libs)
    finally:
        shutil.rmtree(fetched, ignore_errors=True)
    return libs


def _remove_jar_directory(libs: Path) -> None:
    """Removes an earlier (incomplete or outdated) jar cache, refusing if it holds anything but jars,
    in case a setting points it somewhere it should not."""
    if not libs.exists():
        return
    strangers = [
        entry.name
        for entry in libs.iterdir()
        if entry.suffix not in (".jar", ".jsa", ".partial") and entry.name != COMPLETE_MARKER
    ]
    if strangers:
        listed = ", ".join(strangers[:5])
        raise MavenFetchError(f"{libs} holds more than jars ({listed}); not replacing it")
    shutil.rmtree(libs)


def _pom_hash(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()
