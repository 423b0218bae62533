"""`python -m chaos [--quick] [--no-fuzz] [--no-faults] [--only SERVICE …] [--examples N]`: faults
under load, then generated bad input; writes docs/chaos/report.md and docs/chaos/report.json."""

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
    parser.add_argument("--keep", action="store_true", help="keep the stack's directory (logs, data)")
    parser.add_argument("--out", type=Path, default=Path("docs/chaos"))
    arguments = parser.parse_args()
    # SIGTERM ends the run through the `finally` below, which stops every process the stack started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
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
    report["loadavg_at_end"] = os.getloadavg()
    report["total_seconds"] = round(time.monotonic() - began, 1)
    arguments.out.mkdir(parents=True, exist_ok=True)
    (arguments.out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n"
    )
    (arguments.out / "report.md").write_text(markdown(report))
    say(f"done in {report['total_seconds']} s: {arguments.out / 'report.md'}")


if __name__ == "__main__":
    main()
