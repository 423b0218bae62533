"""What the code, settings and docs cite is in this repository: every `docs/rules.md §N` names a
section docs/rules.md has, and nothing points at rule books kept outside it (`RULES.md`,
`CONVENTIONS`, `../shared/…`) that a reader of the repository cannot open."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "docs" / "rules.md"
CITED = re.compile(r"docs/rules\.md §(\d+)")
OUTSIDE = re.compile(r"(?<![/\w])RULES(\.md)? §|\bRULES\.md\b|\bCONVENTIONS\b|\.\./shared/")
READ = ("services", "shared", "suite", "tests", "deploy", "docs", "bench", "chaos", "infra", "tools")
SUFFIXES = {".py", ".md", ".toml", ".yaml", ".yml", ".json"}


def the_repositorys_text() -> dict[Path, str]:
    files = [ROOT / "README.md", ROOT / "Makefile", ROOT / "Dockerfile"]
    for top in READ:
        files += [
            path
            for path in (ROOT / top).rglob("*")
            if path.suffix in SUFFIXES and "static" not in path.parts and path != Path(__file__)
        ]
    return {path: path.read_text(encoding="utf-8") for path in files if path.is_file()}


def sections_of_the_rules() -> set[str]:
    return set(re.findall(r"^## §(\d+) ", RULES.read_text(encoding="utf-8"), flags=re.MULTILINE))


def test_every_rule_cited_is_a_section_of_the_rules_document():
    sections = sections_of_the_rules()
    cited = {
        (path.relative_to(ROOT).as_posix(), number)
        for path, text in the_repositorys_text().items()
        for number in CITED.findall(text)
    }
    assert cited, "the code cites the office's rules"
    assert sections == {str(n) for n in range(1, 12)}
    assert [(path, number) for path, number in sorted(cited) if number not in sections] == []


def test_nothing_cites_a_rule_book_kept_outside_the_repository():
    outside = [
        f"{path.relative_to(ROOT).as_posix()}:{text.count(chr(10), 0, match.start()) + 1}"
        for path, text in the_repositorys_text().items()
        for match in OUTSIDE.finditer(text)
    ]
    assert outside == []
