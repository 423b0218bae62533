"""`python -m chaos [--quick] [--no-fuzz] [--no-faults] [--no-cluster] [--only SERVICE …] [--examples N]`:
faults under load, then generated bad input, then the distributed fault test (3 Kafka brokers, two
replicas of every service: chaos.cluster); writes docs/chaos/report.md and docs/chaos/report.json.

`python -m chaos --only-cluster` (`make chaos CHAOS_ARGS=--only-cluster`) runs the distributed test
alone and replaces only its section: the other figures stay those of the last full run."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from chaos.cluster import run_cluster
from chaos.fuzz import run_fuzz_on
from chaos.report import markdown
from chaos.run import machine, run_faults, say
from chaos.stack import ChaosStack


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m chaos", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="shorter phases (a smoke run)")
    parser.add_argument("--kafka-down", type=float, default=30.0, help="seconds the broker stays down")
    parser.add_argument("--no-fuzz", action="store_true", help="skip schemathesis")
    parser.add_argument("--no-faults", action="store_true", help="only schemathesis")
    parser.add_argument("--examples", type=int, default=10, help="schemathesis --max-examples per operation")
    parser.add_argument(
        "--only",
        action="append",
        metavar="SERVICE",
        help="schemathesis on this service's targets only (gateway: its own routes); repeatable",
    )
    parser.add_argument("--no-cluster", action="store_true", help="skip the 3-broker, 2-replica test")
    parser.add_argument(
        "--only-cluster",
        action="store_true",
        help="only the 3-broker, 2-replica test; the report's other sections are kept from report.json",
    )
    parser.add_argument("--keep", action="store_true", help="keep the stack's directory (logs, data)")
    parser.add_argument("--out", type=Path, default=Path("docs/chaos"))
    arguments = parser.parse_args()
    # SIGTERM ends the run through the `finally` below, which stops every process the stack started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if arguments.only_cluster:
        only_the_cluster(arguments.out, arguments.quick, arguments.keep)
        return
    began = time.monotonic()
    report = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "loadavg_at_start": os.getloadavg(),
    }
    base = Path(tempfile.mkdtemp(prefix="shuniu-chaos-"))
    stack = ChaosStack(base)
    say(f"starting the stack under {base}")
    try:
        stack.start()
        report["stack_start_seconds"] = round(time.monotonic() - began, 1)
        say(f"stack up in {report['stack_start_seconds']} s: gateway {stack.gateway}")
        if not arguments.no_faults:
            report["faults"] = run_faults(stack, arguments.kafka_down, arguments.quick)
        if not arguments.no_fuzz:
            only = set(arguments.only) if arguments.only else None
            report["fuzz"] = run_fuzz_on(stack.ports, arguments.examples, services=only)
    finally:
        stack.stop()
        if not arguments.keep:
            shutil.rmtree(base, ignore_errors=True)
    if not arguments.no_cluster:
        report["cluster"] = cluster_run(arguments.quick, arguments.keep)
    report["loadavg_at_end"] = os.getloadavg()
    report["total_seconds"] = round(time.monotonic() - began, 1)
    write(report, arguments.out)
    say(f"done in {report['total_seconds']} s: {arguments.out / 'report.md'}")


def cluster_run(quick: bool, keep: bool) -> dict[str, object]:
    """The distributed test on a stack of its own, with when and where it ran (the section may be
    newer than the rest of the report)."""
    began = time.monotonic()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    loadavg = os.getloadavg()
    base = Path(tempfile.mkdtemp(prefix="shuniu-chaos-cluster-"))
    say(f"starting the 3-broker, 2-replica stack under {base}")
    try:
        result = run_cluster(base, quick)
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)
    return {
        **result,
        "started": started,
        "machine": machine(),
        "loadavg_at_start": loadavg,
        "loadavg_at_end": os.getloadavg(),
        "total_seconds": round(time.monotonic() - began, 1),
    }


def only_the_cluster(out: Path, quick: bool, keep: bool) -> None:
    previous = out / "report.json"
    if not previous.exists():
        sys.exit(f"{previous} is missing: run the whole `python -m chaos` once first")
    report = json.loads(previous.read_text())
    report["cluster"] = cluster_run(quick, keep)
    write(report, out)
    say(f"cluster section done in {report['cluster']['total_seconds']} s: {out / 'report.md'}")


def write(report: dict[str, object], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
    (out / "report.md").write_text(markdown(report))


if __name__ == "__main__":
    main()
