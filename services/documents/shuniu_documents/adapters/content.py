"""The documents service's content store (shuniu_shared.content): a directory under ``var/`` by
default (`make dev`, the tests), an S3-compatible bucket when ``SHUNIU_DOCUMENTS_S3_ENDPOINT`` names
one; wired once per runtime by `shuniu_shared.web.files.content_store`."""

from __future__ import annotations

from shuniu_shared.content import content_variables

VARIABLES = content_variables("documents")
PREFIX = "documents"  # its keys in a store it may share: `documents/<sha256>`
MAX_FILE_MB = "SHUNIU_DOCUMENTS_MAX_FILE_MB"  # the largest file taken, in MiB
