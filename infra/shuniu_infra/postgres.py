"""A throwaway PostgreSQL cluster of its own on a loopback port, for the tests and `make stack`.

It uses the server binaries of the machine's PostgreSQL package (initdb, pg_ctl), never the
package's own cluster. initdb refuses to run as root, so as root the cluster is owned and run by
the `postgres` OS user that the package creates.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from shuniu_infra.support import Server, free_loopback_port, run_blocking, tail

SERVER_OWNER = "postgres"
START_TIMEOUT_SECONDS = 60
# Only for a cluster whose data may be lost: a crash of the machine can corrupt it. Tests recreate
# everything anyway, and skipping the flushes makes commits several times faster.
NON_DURABLE_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresError(RuntimeError):
    pass


class PostgresServer(Server):
    """One PostgreSQL cluster under `base_dir`: data in `data/`, log in `postgres.log`, socket beside."""

    def __init__(self, base_dir: Path, port: int | None = None, *, durable: bool = False) -> None:
        self.base_dir = Path(base_dir).resolve()
        self.port = port or free_loopback_port()
        self.durable = durable
        self.data_dir = self.base_dir / "data"
        self.log_path = self.base_dir / "postgres.log"
        self._bin_dir = postgres_bin_dir()

    def start(self) -> None:
        """Creates the cluster if `data/` holds none yet, then starts it and waits until it accepts
        connections. Data from an earlier start is kept; a running server is left as it is."""
        if self.is_running():
            return
        self.base_dir.mkdir(parents=True, exist_ok=True)
        if _must_switch_user():
            shutil.chown(self.base_dir, user=SERVER_OWNER)
        if not (self.data_dir / "PG_VERSION").exists():
            self._initdb()
        server_options = [
            "-p",
            str(self.port),
            "-k",
            str(self.base_dir),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "max_connections=300",
        ]
        if not self.durable:
            for setting in NON_DURABLE_SETTINGS:
                server_options += ["-c", setting]
        started = self._run_pg_ctl(
            "start",
            "-w",
            "-t",
            str(START_TIMEOUT_SECONDS),
            "-l",
            str(self.log_path),
            "-o",
            shlex.join(server_options),
        )
        if started.returncode != 0:
            raise PostgresError(
                f"PostgreSQL did not start on 127.0.0.1:{self.port}: {started.stdout}{started.stderr}\n"
                f"--- {self.log_path} ---\n{tail(self.log_path)}"
            )

    def stop(self) -> None:
        """Stops the server (fast shutdown: open sessions are ended); a no-op when it is not running."""
        if not self.is_running():
            return
        stopped = self._run_pg_ctl("stop", "-w", "-m", "fast", "-t", str(START_TIMEOUT_SECONDS))
        if stopped.returncode != 0:
            raise PostgresError(
                f"PostgreSQL on port {self.port} did not stop: {stopped.stdout}{stopped.stderr}"
            )

    def is_running(self) -> bool:
        return self.data_dir.is_dir() and self._run_pg_ctl("status").returncode == 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        return create_database(self.url(), name)

    def _initdb(self) -> None:
        initdb_log = self.base_dir / "initdb.log"
        with initdb_log.open("w") as output:
            created = subprocess.run(
                self._as_server_owner(
                    str(self._bin_dir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    f"--locale={_utf8_c_locale() or 'C'}",
                ),
                stdout=output,
                stderr=subprocess.STDOUT,
                cwd=self.base_dir,
                check=False,
            )
        if created.returncode != 0:
            hint = (
                f"\n(as root, the cluster is made and run by the `{SERVER_OWNER}` user, which must be able "
                f"to reach {self.base_dir}: every directory above it needs o+x)"
                if _must_switch_user()
                else ""
            )
            raise PostgresError(f"initdb failed in {self.data_dir}:\n{tail(initdb_log)}{hint}")

    def _run_pg_ctl(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._as_server_owner(str(self._bin_dir / "pg_ctl"), "-D", str(self.data_dir), *arguments),
            capture_output=True,
            text=True,
            cwd=self.base_dir,
            check=False,
        )

    def _as_server_owner(self, *command: str) -> list[str]:
        if _must_switch_user():
            return ["runuser", "-u", SERVER_OWNER, "--", *command]
        return list(command)


def create_database(server_url: str, name: str) -> str:
    """Creates database `name` on the server that `server_url` points at, unless it exists already,
    and returns the URL of the new database (same driver and credentials)."""
    return run_blocking(_create_database(server_url, name))


def postgres_bin_dir() -> Path:
    """Where initdb and pg_ctl are: $SHUNIU_PG_BIN, else on PATH, else the newest Debian/Ubuntu
    package (which puts them under /usr/lib/postgresql/<major>/bin, off PATH)."""
    if configured := os.environ.get("SHUNIU_PG_BIN"):
        return Path(configured)
    if on_path := shutil.which("initdb"):
        return Path(on_path).resolve().parent  # the real directory, where pg_ctl and postgres are too
    packaged = [path.parent for path in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    if not packaged:
        raise PostgresError(
            "PostgreSQL server binaries not found: install them (`apt-get install -y postgresql`) "
            "or set SHUNIU_PG_BIN to the directory holding initdb and pg_ctl"
        )
    return max(packaged, key=lambda bin_dir: int(bin_dir.parent.name))


async def _create_database(server_url: str, name: str) -> str:
    url = make_url(server_url)
    connection = await asyncpg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))
    try:
        if not await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            quoted_name = '"' + name.replace('"', '""') + '"'
            try:
                await connection.execute(f"CREATE DATABASE {quoted_name}")
            except asyncpg.DuplicateDatabaseError:
                pass  # another process created it between our check and our CREATE: just as good
    finally:
        await connection.close()
    return url.set(database=name).render_as_string(hide_password=False)


def _must_switch_user() -> bool:
    return os.geteuid() == 0


def _utf8_c_locale() -> str | None:
    """The C.UTF-8 locale under the spelling this machine's libc lists, if it has one (glibc ≥ 2.35
    always does): C collation, but character classes that know non-ASCII letters."""
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
    return next((name for name in listed if name.lower() in ("c.utf8", "c.utf-8")), None)
