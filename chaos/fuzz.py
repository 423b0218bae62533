"""Generated bad input: schemathesis against every service's OpenAPI, directly and through the gateway
(the gateway's aggregated document, one service's paths at a time), with the checks "no 5xx" and
"every response matches its own schema". Phases: examples, coverage (boundary and negative values
for every parameter and body field) and fuzzing; stateful off (time)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from chaos.load import token
from chaos.sign_in import gateway_document_with_sign_in_inputs

# Operations whose answer does not end: the projection's live pushes (server-sent events). A generated
# request to one would only wait out its timeout; their behaviour is tested in tests/projection/test_live.py.
STREAMS_REGEX = r"/live$"

# Who signs in for each service's routes: someone whose role reaches its commands, so generated
# bodies get past the 403 and into validation and the handlers.
PEOPLE = {
    "documents": "shen",
    "supervision": "zhou",
    "meetings": "feng",
    "reception": "feng",
    "projection": "feng",
    "notifications": "feng",  # 办公室主任: their own inbox, and every delivery's state
}
CHECKS = "not_a_server_error,response_schema_conformance"
# --max-examples per operation, as a multiple of the run's setting: services with few operations
# need more per operation to reach 1,000 generated cases (the coverage phase adds its own).
SCALE = {
    "documents": 1,
    "meetings": 1,
    "reception": 1,
    "supervision": 3,
    "projection": 12,
    "notifications": 25,
    "gateway": 25,
}
# The gateway's own routes: /auth/* (signing in, the session's routes) and /api/session-less ones.
GATEWAY_OWN_ROUTES = (
    r"^/(?!api/(documents|meetings|supervision|reception|projection|dashboards|notifications)/)"
)


def targets(
    ports: dict[str, int], gateway_document: Path, services: set[str] | None = None
) -> list[tuple[str, str, str, str | None, str]]:
    """(label, schema, person, path regex, service) for each service directly and through the
    gateway, and the gateway's own routes (from `gateway_document`, which describes what /auth/*
    reads: `chaos.sign_in`); only those of `services` if given."""
    gateway = f"http://127.0.0.1:{ports['gateway']}"
    found: list[tuple[str, str, str, str | None, str]] = []
    for service, person in PEOPLE.items():
        if services is not None and service not in services:
            continue
        found.append(
            (f"{service} direct", f"http://127.0.0.1:{ports[service]}/openapi.json", person, None, service)
        )
        prefix = "dashboards" if service == "projection" else service
        found.append(
            (f"{service} via gateway", f"{gateway}/openapi.json", person, f"^/api/({prefix})/", service)
        )
    if services is None or "gateway" in services:
        found.append(("gateway's own routes", str(gateway_document), "feng", GATEWAY_OWN_ROUTES, "gateway"))
    return found


def run_one(
    label: str, schema: str, person: str, include: str | None, examples: int, workers: int, gateway: str
) -> dict[str, Any]:
    # A document from a file (the gateway's, with the sign-in inputs) needs the address to send to.
    location = [schema] if schema.startswith("http") else [schema, "--url", gateway]
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", *location,
        "-H", f"Authorization: Bearer {token(person)}",
        "--checks", CHECKS,
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(examples),
        "--workers", str(workers),
        "--no-color",
        "--request-timeout", "10",
        "--exclude-path-regex", STREAMS_REGEX,
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
    # An operation schemathesis cannot read (an invalid schema object in its document) is reported as
    # "Errored" and never sent a case: no failure, yet not tested either.
    errored = re.search(r"Errored: (\d+)", output)
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
        "errored_operations": int(errored.group(1)) if errored else 0,
        "schema_errors": re.findall(r"^_+ ([A-Z]+ /[^ ]*) _+\nSchema Error", output, flags=re.M),
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
    ports: dict[str, int], examples: int, workers: int = 2, services: set[str] | None = None
) -> dict[str, Any]:
    results = []
    gateway = f"http://127.0.0.1:{ports['gateway']}"
    with tempfile.TemporaryDirectory(prefix="shuniu-chaos-fuzz-") as scratch:
        document = gateway_document_with_sign_in_inputs(gateway, Path(scratch))
        for label, schema, person, include, service in targets(ports, document, services):
            results.append(
                _run_target(label, schema, person, include, examples * SCALE[service], workers, gateway)
            )
    return {
        "summary": (
            f"Checks `{CHECKS}`; phases examples, coverage, fuzzing; `--max-examples {examples}` per operation "
            f"times {SCALE}; "
            f"signed in per service as {PEOPLE} (the gateway's own routes as feng; /auth/* with the "
            "credentials' body and the session cookies described, chaos/sign_in.py)."
        ),
        "targets": results,
    }


def _run_target(
    label: str, schema: str, person: str, include: str | None, examples: int, workers: int, gateway: str
) -> dict[str, Any]:
    print(f"[chaos] schemathesis: {label}", flush=True)
    result = run_one(label, schema, person, include, examples, workers, gateway)
    print(
        f"[chaos]   {result['cases']} cases, {result['server_errors']} 5xx, "
        f"{result['schema_violations']} schema violations, {result['seconds']} s",
        flush=True,
    )
    return result
