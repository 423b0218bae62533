# The two commands first: `make dev` and `make test`. Everything runs from the locked uv workspace.
SHELL := /bin/bash
UV = $(shell command -v uv 2>/dev/null || echo python3 -m uv)

.PHONY: dev test stack up down lint bench chaos prerequisites uv venv

dev: uv ## the whole suite in one process: SQLite under var/, in-process bus, http://127.0.0.1:8000
	SHUNIU_ENV=development SHUNIU_DEMO_SIGN_IN=true $(UV) run --frozen --no-dev python -m shuniu_suite

test: prerequisites venv ## every test, against a real PostgreSQL and a real Kafka broker it starts itself
	$(UV) run --frozen python -m shuniu_infra fetch-kafka
	$(UV) run --frozen python -m shuniu_infra fetch-helm
	$(UV) run --frozen python -m shuniu_infra fetch-jaeger
	$(UV) run --frozen python -m shuniu_infra fetch-seaweedfs
	$(UV) run --frozen python -m shuniu_infra fetch-ofdrw
	$(UV) run --frozen pytest

BROKERS ?= 1
REPLICAS ?= 1
stack: prerequisites venv ## real PostgreSQL and Kafka, each service in its own process on ports 8000-8007; BROKERS=3 REPLICAS=2: a KRaft cluster and two of each (replica k on port + 100·k)
	$(UV) run --frozen python -m shuniu_infra stack --brokers $(BROKERS) --replicas $(REPLICAS)

up: ## the suite in containers (needs a Docker engine)
	docker compose up --build

down:
	docker compose down

lint: venv ## ruff (rules and formatting), mypy (everything; the shared library --strict) and the layering contracts (import-linter, [tool.importlinter] in pyproject.toml)
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy
	$(UV) run --frozen mypy --strict shared/shuniu_shared
	$(UV) run --frozen lint-imports

bench: prerequisites venv ## issue 10's figures beside their baselines, on the multi-process stack: docs/bench/report.md
	$(UV) run --frozen python -m bench

CHAOS_ARGS ?=
chaos: prerequisites venv ## faults under load and generated bad input, checked for loss and doubling: docs/chaos/report.md (CHAOS_ARGS=--only-cluster: the 3-broker, 2-replica phase alone)
	$(UV) run --frozen python -m chaos $(CHAOS_ARGS)

prerequisites:
	@bash infra/prerequisites.sh

uv: ## what make dev needs: uv, which then installs the suite without the test tools
	@bash infra/prerequisites.sh uv

venv: prerequisites
	@$(UV) sync --frozen --quiet
