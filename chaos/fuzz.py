"""Generated bad input: schemathesis against every service's OpenAPI, directly and through the gateway
(the gateway's aggregated document, one service's paths at a time), with the checks "no 5xx" and
"every response matches its own schema". Phases: examples, coverage (boundary and negative values
for every parameter and body field) and fuzzing; stateful off (time)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from chaos.load import token

# Who signs in for each service's routes: someone whose role reaches its commands, so generated
# bodies get past the 403 and into validation and the handlers.
PEOPLE = {
    "documents": "shen",
    "supervision": "zhou",
    "meetings": "feng",
    "reception": "feng",
    "projection": "feng",
}
CHECKS = "not_a_server_error,response_schema_conformance"
# --max-examples per operation, as a multiple of the run's setting: services with few operations
# need more per operation to reach 1,000 generated cases (the coverage phase adds its own).
SCALE = {"documents": 1, "meetings": 1, "reception": 1, "supervision": 3, "projection": 12, "gateway": 25}


def targets(ports: dict[str, int]) -> list[tuple[str, str, str, str | None, str]]:
    """(label, schema URL, person, path regex) for each service directly and through the gateway."""
    gateway = f"http://127.0.0.1:{ports['gateway']}"
    found: list[tuple[str, str, str, str | None, str]] = []
    for service, person in PEOPLE.items():
        found.append(
            (f"{service} direct", f"http://127.0.0.1:{ports[service]}/openapi.json", person, None, service)
        )
        prefix = "dashboards" if service == "projection" else service
        found.append(
            (f"{service} via gateway", f"{gateway}/openapi.json", person, f"^/api/({prefix})/", service)
        )
    found.append(
        (
            "gateway's own routes",
            f"{gateway}/openapi.json",
            "feng",
            r"^/(?!api/(documents|meetings|supervision|reception|projection|dashboards)/)",
            "gateway",
        )
    )
    return found


def run_one(
    label: str, schema: str, person: str, include: str | None, examples: int, workers: int
) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", schema,
        "-H", f"Authorization: Bearer {token(person)}",
        "--checks", CHECKS,
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(examples),
        "--workers", str(workers),
        "--no-color",
        "--request-timeout", "10",
    ]  # fmt: skip
    if include:
        command += ["--include-path-regex", include]
    began = time.monotonic()
    # The hooks add hand-made cursors, boundary dates and deep JSON to the generated cases.
    hooks = {**os.environ, "SCHEMATHESIS_HOOKS": "chaos.hooks"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=hooks)
    output = done.stdout + done.stderr
    seconds = round(time.monotonic() - began, 1)
    generated = re.search(r"(\d+) generated", output)
    operations = re.search(r"Tested: (\d+)", output)
    server_errors = sum(int(n) for n in re.findall(r"Server error: (\d+)", output))
    schema_violations = sum(int(n) for n in re.findall(r"Response violates schema: (\d+)", output))
    failures = sum(int(n) for n in re.findall(r"❌ \w+ [^:\n]+: (\d+)", output))
    findings = []
    for block in re.split(r"\n_{3,} ", output.split("FAILURES", 1)[1] if "FAILURES" in output else ""):
        title = block.split(" _", 1)[0].strip()
        checks = re.findall(r"^- (\w+ [^\n]+)$", block, flags=re.M)
        curl = re.search(r"(curl [^\n]+)", block)
        status = re.search(r"^\[(\d{3})\]", block, flags=re.M)
        if title and checks:
            findings.append(
                f"`{title}`: {'; '.join(checks)}"
                + (f" ({status.group(1)})" if status else "")
                + (f" — `{re.sub(r'http://127.0.0.1:[0-9]+', '', curl.group(1))[:300]}`" if curl else "")
            )
    return {
        "target": label,
        "operations": int(operations.group(1)) if operations else 0,
        "cases": int(generated.group(1)) if generated else 0,
        "server_errors": server_errors,
        "schema_violations": schema_violations,
        "other_failures": max(0, failures - server_errors - schema_violations),
        "exit_code": done.returncode,
        "seconds": seconds,
        "findings": findings,
        "tail": output[-1500:] if not generated else "",
    }


def run_fuzz_on(
    ports: dict[str, int], examples: int, workers: int = 2, out: Path | None = None
) -> dict[str, Any]:
    results = []
    for label, schema, person, include, service in targets(ports):
        print(f"[chaos] schemathesis: {label}", flush=True)
        result = run_one(label, schema, person, include, examples * SCALE[service], workers)
        print(
            f"[chaos]   {result['cases']} cases, {result['server_errors']} 5xx, "
            f"{result['schema_violations']} schema violations, {result['seconds']} s",
            flush=True,
        )
        results.append(result)
    return {
        "summary": (
            f"Checks `{CHECKS}`; phases examples, coverage, fuzzing; `--max-examples {examples}` per operation "
            f"times {SCALE}; "
            f"signed in per service as {PEOPLE} (the gateway's own routes as feng)."
        ),
        "targets": results,
    }
