# syntax=docker/dockerfile:1
#
# One image per Shuniu service (枢纽：每个服务一个镜像), each holding that service and the shared library
# only, so a department deploys its service without rebuilding or redeploying anyone else's:
#
#   docker build --build-arg SERVICE=documents -t shuniu-documents:local .
#   docker run ... shuniu-documents:local
#
# SERVICE is one of gateway, documents, meetings, supervision, reception, projection, notifications, duty
# (the workspace package shuniu-<SERVICE>). Every image installs from the same uv.lock, so the services
# still run exactly the same shared library and dependency versions. The whole suite in one process
# (`make dev`, the shuniu-suite package) is for development and is not an image.
# tests/deploy/test_images.py installs each image's environment the way the builder below does and
# checks that it holds no other service's package.
#
# Both stages start from the same Python image on purpose: the virtual environment built in the
# first stage points at /usr/local/bin/python3.11, which must exist unchanged in the second.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------------------------------------
# Builder: resolve nothing, install exactly what uv.lock says.
# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

# uv comes from PyPI, like every other package the project installs, so building the image needs
# nothing beyond Docker Hub (the base image) and PyPI. Pinned to the version that wrote uv.lock.
ARG UV_VERSION=0.13.9
RUN pip install --no-cache-dir --disable-pip-version-check "uv==${UV_VERSION}"

# UV_COMPILE_BYTECODE: compile .pyc now, since the runtime user cannot write into the venv.
# UV_LINK_MODE=copy: the uv cache below is a separate mount, so hard links are impossible anyway.
# UV_PYTHON_DOWNLOADS=never: use the image's Python 3.11, never fetch another interpreter.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON=/usr/local/bin/python3.11 \
    UV_PROJECT_ENVIRONMENT=/app/.venv

WORKDIR /app

# Declared this late because every RUN after an ARG is rebuilt when its value changes: the layers
# above are the same for every service's image.
ARG SERVICE
RUN test -n "${SERVICE}" \
    || { echo "build one service's image: docker build --build-arg SERVICE=<service> ." >&2; exit 1; }

# The whole workspace at once (.dockerignore lets in only pyproject.toml, uv.lock, shared/, infra/,
# services/ and suite/pyproject.toml: uv reads every member's pyproject to know the workspace, and
# installs only the members the one package needs). Copying the member pyproject files first for a
# separate dependency layer would mean listing every member here, one more list to forget when a
# service is added; the uv cache mount gives most of the benefit: a source change re-links wheels
# from the cache, it downloads nothing.
COPY . .

# --frozen: install exactly uv.lock, fail rather than re-resolve.  --no-dev: no pytest, ruff, mypy.
# --package: this service's package and what it depends on — shuniu-shared and third-party packages,
# never another service.  --no-editable: the two workspace members are built as wheels into the venv,
# so the runtime stage needs only /app/.venv and not the source tree.
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-editable --package "shuniu-${SERVICE}"

# ---------------------------------------------------------------------------------------------
# Runtime: the venv, a non-root user, nothing else (no compilers, no uv, no source tree).
# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

# A fixed numeric id, so orchestrators that insist on runAsNonRoot can check it.
RUN groupadd --system --gid 10001 shuniu \
    && useradd --system --uid 10001 --gid shuniu --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin shuniu

WORKDIR /app

# Owned by root and read-only for the service user: a compromised process cannot rewrite its code.
COPY --from=builder /app/.venv /app/.venv

# var/ is where a service keeps local files when it runs embedded (SQLite, SHUNIU_VAR_DIR). In
# compose every service that owns data is given PostgreSQL; the directory is there, writable, so
# that a container started without SHUNIU_DATABASE_URL still works instead of failing on a
# read-only path.
RUN mkdir -p /app/var && chown shuniu:shuniu /app/var

ARG SERVICE
# The services that typeset (documents' 公文; meetings' 领导活动安排表, supervision's 情况通报,
# reception's 接待清单: shuniu_shared/typesetting.py) need Chinese fonts: the free ones standing in
# for GB/T 9704's commercial fonts. An organisation adds its licensed fonts by mounting a directory
# at SHUNIU_FONT_DIR. No other image carries them.
RUN case "${SERVICE}" in documents|meetings|supervision|reception) \
        apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            fonts-noto-cjk fonts-arphic-ukai >/dev/null \
        && rm -rf /var/lib/apt/lists/*;; \
    esac
# documents signs the sealed 公文 with a PKCS#11 token when SHUNIU_DOCUMENTS_SIGNING_PKCS11_MODULE
# names one: a USB key's or an HSM's vendor module is mounted into the container; SoftHSM2's module
# (/usr/lib/softhsm/libsofthsm2.so, 1 MB) is here for a software token, to try the settings without
# a device (docs/services/documents.md, PKCS#11).
RUN if [ "${SERVICE}" = documents ]; then \
        apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libsofthsm2 >/dev/null \
        && rm -rf /var/lib/apt/lists/*; \
    fi
ENV PATH="/app/.venv/bin:${PATH}" \
    VIRTUAL_ENV=/app/.venv \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    SHUNIU_SERVICE=${SERVICE} \
    SHUNIU_HTTP_HOST=0.0.0.0

USER 10001:10001

# gateway 8000, documents 8001, meetings 8002, supervision 8003, reception 8004, projection 8005,
# notifications 8007, duty 8008: the image's service listens on its own one of these.
EXPOSE 8000-8005 8007 8008

# Liveness only (/healthz): the process is up and serving HTTP. Readiness (/readyz: database and
# broker reachable) is for orchestrators that route traffic; a liveness check that failed whenever
# Kafka blinked would get healthy containers restarted for someone else's outage.
# There is no curl in the slim image, so Python's urllib does the request, on the port the service
# itself would choose (SHUNIU_HTTP_PORT, else its port in the README, 8000–8005) — read through the same
# Settings class, so the check cannot disagree with the server. Any HTTP error or refused
# connection raises, and a raised exception is a non-zero exit: unhealthy.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; from shuniu_shared.settings import Settings; urllib.request.urlopen(f'http://127.0.0.1:{Settings().port()}/healthz', timeout=4)"]

# `exec` replaces the shell, so the service is PID 1 and receives SIGTERM from `docker stop`
# directly (uvicorn drains requests and the consumers commit before exiting).
CMD ["sh", "-c", "exec python -m \"shuniu_${SHUNIU_SERVICE}\""]
