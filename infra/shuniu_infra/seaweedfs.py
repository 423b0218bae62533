"""SeaweedFS (Apache-2.0) as the tests' S3-compatible object store, started like the Kafka broker:
one `weed server` process (master, volume, filer and S3 gateway) on loopback ports of its own,
data under a directory, stopped at the end. Built once from its Go module, pinned by
infra/seaweedfs/go.sum (gotools.py).

MinIO is not used: its server is AGPL-licensed.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import IO

import httpx

from shuniu_infra.gotools import GoTool
from shuniu_infra.support import free_loopback_ports, tail, terminate

SEAWEEDFS = GoTool(
    name="seaweedfs",
    package="github.com/seaweedfs/seaweedfs/weed",
    version="v0.0.0-20261109003541-7506e5f91cd6",
    binary="weed",
)
ACCESS_KEY, SECRET_KEY = "shuniu-test", "shuniu-test-secret-key"  # the test server's only identity
START_TIMEOUT_SECONDS = 60


class SeaweedError(RuntimeError):
    pass


class SeaweedServer:
    """`weed server -s3` under `base_dir`; ports kept across stop()/start() so a test can take the
    store away for a while and bring it back with its data."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = Path(base_dir).resolve()
        (self.s3_port, self.master_port, self.volume_port, self.filer_port, *self._grpc_ports) = (
            free_loopback_ports(8)
        )
        self.log_path = self.base_dir / "weed.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        if self.is_running():
            return
        weed = SEAWEEDFS.ensure()
        data = self.base_dir / "data"
        data.mkdir(parents=True, exist_ok=True)
        identities = self.base_dir / "s3.json"
        identities.write_text(
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "shuniu",
                            "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                        }
                    ]
                }
            )
        )
        master_grpc, volume_grpc, filer_grpc, s3_grpc = self._grpc_ports
        self._output = self.log_path.open("ab")
        self._process = subprocess.Popen(
            [
                str(weed), f"-logdir={self.base_dir}", "server",  # its glog files beside weed.log, not in /tmp
                f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                # one master elects itself: after a restart it waited the default 10 s election timeout
                # (12 s of a 27 s restart), and the volume server's 10 s pre-stop grace made every
                # stop() run into its kill timeout; neither protects anything on one loopback node
                "-master.electionTimeout=1s", "-volume.preStopSeconds=0",
                "-master.telemetry=false",  # a test never reports to seaweedfs.com
                f"-master.port={self.master_port}", f"-master.port.grpc={master_grpc}",
                "-master.volumeSizeLimitMB=64",  # small volumes (not preallocated): a test's files are a few MiB
                # each bucket is a collection that grows volumes of its own: 16 ran out at the third
                f"-volume.port={self.volume_port}", f"-volume.port.grpc={volume_grpc}", "-volume.max=256",
                "-filer", f"-filer.port={self.filer_port}", f"-filer.port.grpc={filer_grpc}",
                "-s3", f"-s3.port={self.s3_port}", f"-s3.port.grpc={s3_grpc}", f"-s3.config={identities}",
                "-s3.port.iceberg=0", "-s3.port.lance=0",  # catalogues nobody here uses, on fixed ports
            ],
            stdin=subprocess.DEVNULL, stdout=self._output, stderr=subprocess.STDOUT, cwd=self.base_dir,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise SeaweedError(f"weed server exited:\n{tail(self.log_path)}")
            if self._serving():
                return
            time.sleep(0.3)
        self.stop()
        raise SeaweedError(f"the S3 gateway did not answer within {timeout:.0f} s:\n{tail(self.log_path)}")

    def _serving(self) -> bool:
        """Whether an upload would be stored. The S3 gateway answers (403 without a signature) before
        the filer behind it is up and before the master has a volume to write to, and an upload in
        that window is an S3 InternalError — as it was after a restart; so all three are asked."""
        try:
            httpx.get(self.endpoint, timeout=1)
            httpx.get(f"http://127.0.0.1:{self.filer_port}/", timeout=1).raise_for_status()
            assigned = httpx.get(f"http://127.0.0.1:{self.master_port}/dir/assign", timeout=1)
            return assigned.is_success and "fid" in assigned.json()
        except (httpx.TransportError, httpx.HTTPStatusError, ValueError):
            return False

    def stop(self, timeout: float = 3.0) -> None:
        # A master that is still growing volumes when told to stop retries the growth against the
        # volume server it has just stopped and never exits by itself (seen at every stop soon after
        # the first upload, each then running into the kill timeout). Killing it loses nothing: a
        # volume's bytes and index are written before the upload is acknowledged, and a kill leaves
        # the page cache to the kernel.
        terminate(self._process, timeout)
        self._process = None
        if self._output is not None:
            self._output.close()
            self._output = None
