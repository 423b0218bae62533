"""The chart in deploy/helm/shuniu, rendered and checked the way `make test` checks it: `helm lint`
and `helm template` from the helm that `python -m shuniu_infra fetch-helm` builds, every object
against the Kubernetes schemas of one pinned version (kubernetes-validate, offline), and the
Strimzi and CloudNativePG objects against the CRDs vendored in deploy/helm/crds."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml
from shuniu_infra.helm import ensure_helm

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy" / "helm" / "shuniu"
CRDS = ROOT / "deploy" / "helm" / "crds"
KUBERNETES_VERSION = "1.37.0"  # the newest kubernetes-validate carries; the chart asks for >= 1.30
RELEASE = "shuniu"
NAMESPACE = "office"


class HelmFailed(AssertionError):
    """helm refused the chart or the values; the message is helm's own."""


@dataclass(frozen=True)
class Rendered:
    objects: list[dict[str, Any]]

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [obj for obj in self.objects if obj["kind"] == kind]

    def named(self, kind: str, name: str) -> dict[str, Any]:
        found = [obj for obj in self.of_kind(kind) if obj["metadata"]["name"] == name]
        assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
        return found[0]


def _helm(*arguments: str, values: dict[str, Any] | None, workdir: Path) -> str:
    command = [str(ensure_helm()), *arguments]
    if values is not None:
        overrides = workdir / "overrides.yaml"
        overrides.write_text(yaml.safe_dump(values, allow_unicode=True), encoding="utf-8")
        command += ["--values", str(overrides)]
    run = subprocess.run(command, capture_output=True, text=True, check=False, cwd=workdir)
    if run.returncode != 0:
        raise HelmFailed(f"{' '.join(arguments[:1])} failed:\n{run.stdout}{run.stderr}")
    return run.stdout


def lint(workdir: Path, values: dict[str, Any] | None = None) -> str:
    return _helm("lint", "--strict", str(CHART), values=values, workdir=workdir)


def render(workdir: Path, values: dict[str, Any] | None = None) -> Rendered:
    output = _helm(
        "template",
        RELEASE,
        str(CHART),
        "--namespace",
        NAMESPACE,
        "--kube-version",
        KUBERNETES_VERSION,
        values=values,
        workdir=workdir,
    )
    return Rendered([obj for obj in yaml.safe_load_all(output) if obj])


# --- the schemas -----------------------------------------------------------------------------------


def _as_json_schema(node: Any) -> Any:
    """A CRD's openAPIV3Schema as a JSON Schema (draft 4) that validates as the API server does with
    strict field validation: `nullable` allows null, int-or-string allows both, and an object whose
    properties are listed refuses any other (the server would drop it silently, which hides typos),
    unless the CRD keeps unknown fields."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    schema = {
        key: _as_json_schema(value) for key, value in node.items() if not key.startswith("x-kubernetes-")
    }
    if node.get("x-kubernetes-int-or-string"):
        schema.pop("anyOf", None)
        schema["type"] = ["integer", "string"]
    if schema.pop("nullable", False) and "type" in schema:
        schema["type"] = [*([schema["type"]] if isinstance(schema["type"], str) else schema["type"]), "null"]
    if (
        "properties" in node
        and "additionalProperties" not in node
        and not node.get("x-kubernetes-preserve-unknown-fields")
    ):
        schema["additionalProperties"] = False
    return schema


@cache
def crd_validators() -> dict[tuple[str, str], jsonschema.Draft4Validator]:
    """(apiVersion, kind) → a validator, for every served version of every vendored CRD."""
    validators = {}
    for path in sorted(CRDS.glob("*.yaml")):
        crd = yaml.safe_load(path.read_text(encoding="utf-8"))
        for version in crd["spec"]["versions"]:
            if not version.get("served"):
                continue
            schema = _as_json_schema(version["schema"]["openAPIV3Schema"])
            # metadata is the API server's to check (kubernetes-validate does it for built-in kinds);
            # here only its name, which every object needs.
            schema["properties"]["metadata"] = {"type": "object", "required": ["name"]}
            api_version = f"{crd['spec']['group']}/{version['name']}"
            validators[(api_version, crd["spec"]["names"]["kind"])] = jsonschema.Draft4Validator(schema)
    return validators


def schema_errors(obj: dict[str, Any]) -> list[str]:
    """What is wrong with one rendered object: by the CRD's schema for a custom resource, by the
    pinned Kubernetes version's schema for anything else (an unknown kind is an error too)."""
    validator = crd_validators().get((obj.get("apiVersion", ""), obj.get("kind", "")))
    if validator is not None:
        return [
            f"{obj['kind']}/{obj['metadata']['name']}: {'.'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator.iter_errors(obj)
        ]
    what = f"{obj.get('kind')}/{obj.get('metadata', {}).get('name')}"
    try:
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:  # its str() would print the whole schema
        return [f"{what}: {'.'.join(map(str, error.absolute_path))}: {error.message}"]
    except kubernetes_validate.SchemaNotFoundError as error:
        return [f"{what}: {error}"]
    return []


def all_schema_errors(rendered: Rendered) -> list[str]:
    return [message for obj in rendered.objects for message in schema_errors(obj)]


# --- reading the objects -----------------------------------------------------------------------------


def container(deployment: dict[str, Any]) -> dict[str, Any]:
    (only,) = deployment["spec"]["template"]["spec"]["containers"]
    return only


def environment(deployment: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["name"]: entry for entry in container(deployment)["env"]}


def secret_references(obj: Any) -> Iterator[dict[str, Any]]:
    """Every secretKeyRef, and every other `{name, key}` pair naming a Secret, anywhere in an object."""
    if isinstance(obj, dict):
        if "secretKeyRef" in obj:
            yield obj["secretKeyRef"]
        for value in obj.values():
            yield from secret_references(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from secret_references(item)
