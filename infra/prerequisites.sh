#!/usr/bin/env bash
# Installs what a bare Debian machine lacks for `make test` and `make stack`: uv (from PyPI), the
# PostgreSQL server binaries, Java 17 and Maven, OpenLDAP's slapd, Chromium with CJK fonts for the
# console's browser tests (Debian: Playwright drives /usr/bin/chromium, it never downloads a browser),
# the free Chinese fonts the typeset 公文 is set in, poppler's pdfsig, SoftHSM2 (a PKCS#11 token) and
# HAProxy (the stack's front door). Quick and silent when all are present.
# The Kafka jars are fetched from Maven Central on first use and cached in ~/.cache/shuniu. The AsyncAPI
# reference parser a test runs on the event catalogue is installed from tools/asyncapi's lock file, again
# only when that file changes (and from npm's cache when it can).
# `prerequisites.sh uv` installs uv alone: all that `make dev` (SQLite, in-process bus) needs.
set -euo pipefail

if ! command -v uv >/dev/null 2>&1 && ! python3 -m uv --version >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check uv
fi

[ "${1:-}" = uv ] && exit 0

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v npm >/dev/null 2>&1 || missing+=(npm)  # brings Node.js
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || missing+=(fonts-noto-cjk)  # Chinese in screenshots
[ -x /usr/sbin/slapd ] || missing+=(slapd)  # OpenLDAP, for the test of `shuniu directory import ldap`
# 楷体 for the typeset 公文 (签发人, second-level headings): AR PL UKai, the one free 楷体 Debian packages
compgen -G "/usr/share/fonts/truetype/arphic/ukai*" >/dev/null || missing+=(fonts-arphic-ukai)
# LibreOffice Writer, headless: a word processor nobody here wrote lays out the .docx of an issued 公文
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)  # the archive package is checked as an archivist would
# poppler's pdfsig: a verifier nobody here wrote checks the sealed 公文's PAdES signature in the tests
command -v pdfsig >/dev/null 2>&1 || missing+=(poppler-utils)
# SoftHSM2: a real PKCS#11 token in a temp dir, for the tests of signing with a USB key or an HSM
command -v softhsm2-util >/dev/null 2>&1 || missing+=(softhsm2)
# HAProxy 2.6, the front door of `make stack` (jwt_verify, stick tables): issue 21, docs/gateway.md
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${missing[*]} — install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "installing ${missing[*]} from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

asyncapi="$(dirname "$0")/../tools/asyncapi"
if [ ! "$asyncapi/node_modules/.package-lock.json" -nt "$asyncapi/package-lock.json" ]; then
  npm ci --prefix "$asyncapi" --prefer-offline --no-audit --no-fund --loglevel=error
fi
