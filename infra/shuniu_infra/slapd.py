"""A throwaway OpenLDAP server (Debian's `slapd`) on loopback, for the test of `shuniu directory
import ldap`: one MDB database under `base_dir`, its root account's password known to the test, the
core, cosine and inetOrgPerson schemas — what an organisation's directory of people is written in."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from shuniu_infra.support import Server, free_loopback_port, tail, terminate

START_TIMEOUT_SECONDS = 30.0
SUFFIX = "dc=gcounty,dc=gov,dc=cn"
ROOT_DN = f"cn=admin,{SUFFIX}"
SCHEMAS = Path("/etc/ldap/schema")

_CONFIG = """\
include {schemas}/core.schema
include {schemas}/cosine.schema
include {schemas}/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {base_dir}/slapd.pid
database mdb
suffix "{suffix}"
rootdn "{root_dn}"
rootpw {password}
directory {base_dir}/data
maxsize 10485760
"""


class SlapdError(RuntimeError):
    pass


def slapd_binary() -> Path:
    """Debian puts slapd in /usr/sbin (infra/prerequisites.sh installs it)."""
    found = shutil.which("slapd") or ("/usr/sbin/slapd" if Path("/usr/sbin/slapd").exists() else None)
    if found is None:
        raise SlapdError("slapd is not installed: run infra/prerequisites.sh (Debian package slapd)")
    return Path(found)


class Slapd(Server):
    """One slapd under `base_dir` on a free loopback port (`url`), its root `ROOT_DN` / `password`."""

    def __init__(self, base_dir: Path, password: str = "ldap-test-only") -> None:
        self.base_dir = base_dir
        self.port = free_loopback_port()
        self.password = password
        self.suffix, self.root_dn = SUFFIX, ROOT_DN
        self.log_path = base_dir / "slapd.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"ldap://127.0.0.1:{self.port}"

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        binary = slapd_binary()
        (self.base_dir / "data").mkdir(parents=True, exist_ok=True)
        config = self.base_dir / "slapd.conf"
        config.write_text(
            _CONFIG.format(
                schemas=SCHEMAS,
                base_dir=self.base_dir,
                suffix=self.suffix,
                root_dn=self.root_dn,
                password=self.password,
            )
        )
        with open(self.log_path, "ab") as log:
            # -d 0: in the foreground (so this process owns it), logging only what goes wrong.
            self._process = subprocess.Popen(
                [str(binary), "-f", str(config), "-h", self.url, "-d", "0"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise SlapdError(f"slapd exited with code {self._process.returncode}:\n{tail(self.log_path)}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SlapdError(f"slapd did not listen within {timeout:.0f} s:\n{tail(self.log_path)}")

    def stop(self, timeout: float = 10.0) -> None:
        terminate(self._process, timeout)
