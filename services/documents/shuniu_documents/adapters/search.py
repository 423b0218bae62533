"""Full-text search over the documents a caller may see: their titles, their 正文 and their files' text.

The rows (`tables.search_texts`) are written in the transaction of the events that change what they
hold (app/office.py `save`, app/files.py), so a search never finds what the document no longer says.
A query of three characters or more is answered by the database's trigram index (FTS5 on SQLite,
pg_trgm's GIN index over lower(text) on PostgreSQL), a two-character word — Chinese words often
are — by its bigram index (documents_0004: a GIN index over the text's bigrams on PostgreSQL, a
contentless FTS5 table on SQLite), one character by LIKE over the same rows, which needs no index
to be right, only to be fast.
Newest first: on PostgreSQL by when the document was created, on SQLite by when the matching text
was indexed (a file attached today brings an older document up). Both stop at the page instead of
ranking every match: a common phrase (安全生产, 会议) is in tens of thousands of documents, and
sorting them all was most of a search's time at 100,000 (docs/bench/search.md). PostgreSQL walks
`ix_documents_newest` down and tests each document it may see, or reads the text index when the
phrase is rare (`_newest_postgresql`); SQLite walks the FTS index down (`_newest_sqlite`).

The audience is the read model's (`visible_to`, the SQL form of the GET's check), applied in the same
query that picks the documents and before the limit: a page of results, and its length, are made of
documents the caller could open, and nothing else is ever looked at for a snippet.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from shuniu_shared.content import StoredFile
from shuniu_shared.database import upsert
from shuniu_shared.errors import InvalidInput
from sqlalchemy import ColumnElement, Text, column, func, literal_column, select, table, text, tuple_
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_documents.adapters.extraction import FAILED, TEXT, Extracted
from shuniu_documents.adapters.read_model import Viewer, visible_to
from shuniu_documents.adapters.tables import documents, search_texts

LONGEST_QUERY = 200
SNIPPET = 120  # characters of text shown around a hit
TRIGRAM = 3  # the shortest query the trigram indexes answer
BIGRAM = 2  # the query the bigram indexes answer (documents_0004)
MAX_LIMIT = 100
# Texts expected to hold a phrase above which PostgreSQL walks the documents newest first
# rather than read every match from the trigram index: about 1.5 % of 100,000 documents' texts, where
# a department head seeing a twelfth of them still finds a page within some 16,000 documents.
RARE = 3_000


def check_query(q: str) -> str:
    """The query as typed, trimmed; a 422 naming `q` for an empty one, one too long, or one holding
    control characters (they match nothing a person wrote, and break a snippet)."""
    query = q.strip()
    if not query or len(query) > LONGEST_QUERY or any(unicodedata.category(c) == "Cc" for c in query):
        raise InvalidInput(
            f"检索词须为 1 至 {LONGEST_QUERY} 个字符，不含控制字符",
            f"the query is 1 to {LONGEST_QUERY} characters, without control characters",
            code="invalid_query",
            field="q",
        )
    return query


# ── what is indexed ──────────────────────────────────────────────────────────────────────


def _token(character: str) -> bool:
    """A character FTS5's `ascii` tokenizer keeps in a token: any outside ASCII, and ASCII letters and digits."""
    return not character.isascii() or character.isalnum()


def bigrams(text_: str) -> str:
    """The text's distinct two-character runs of token characters, as the tokens of SQLite's bigram
    index (documents_0004). A run holding a space or ASCII punctuation is left out: the tokenizer
    would split it, and a query holding one is not looked up there (`_bigram_query`). Sorted, so
    the tokens deleted for a text are exactly those it was indexed with."""
    runs = {text_[i : i + 2] for i in range(len(text_) - 1) if _token(text_[i]) and _token(text_[i + 1])}
    return " ".join(sorted(runs))


def _bigram_query(query: str) -> bool:
    return len(query) == BIGRAM and all(map(_token, query))


async def index_texts(connection: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Writes texts of `search_texts`, and on SQLite their bigrams beside them: a contentless FTS5
    table forgets a row only when given the tokens it was given (SQLite 3.40 has no
    contentless_delete), so a text's old bigrams are deleted before it is rewritten."""
    if connection.dialect.name != "sqlite":
        await upsert(connection, search_texts, rows)
        return
    t = search_texts.c
    keys = tuple_(t.document_id, t.source, t.sha256).in_(
        [(r["document_id"], r["source"], r["sha256"]) for r in rows]
    )
    written = select(_ROWID.label("at"), t.text).where(keys)
    old = [{"at": r.at, "grams": bigrams(r.text)} for r in await connection.execute(written)]
    if old:
        await connection.execute(
            text("INSERT INTO search_bigrams (search_bigrams, rowid, grams) VALUES ('delete', :at, :grams)"),
            old,
        )
    await upsert(connection, search_texts, rows)
    new = [{"at": r.at, "grams": bigrams(r.text)} for r in await connection.execute(written)]
    await connection.execute(text("INSERT INTO search_bigrams (rowid, grams) VALUES (:at, :grams)"), new)


async def index_document(connection: AsyncConnection, id: str, title: str, body: str | None) -> None:
    """The document's title and, for a 发文, its 正文 as text: rewritten with the row of its read model."""
    rows = [
        {"document_id": id, "source": "title", "sha256": "", "file_name": None, "status": TEXT, "text": title}
    ]
    if body is not None:
        rows.append(
            {
                "document_id": id,
                "source": "body",
                "sha256": "",
                "file_name": None,
                "status": TEXT,
                "text": body,
            }
        )
    await index_texts(connection, rows)


async def index_file(connection: AsyncConnection, id: str, file: StoredFile, extracted: Extracted) -> None:
    """A file attached to the document, with its text or what became of it (无文字层, 提取失败)."""
    row = {
        "document_id": id,
        "source": "file",
        "sha256": file.sha256,
        "file_name": file.name,
        "status": extracted.status,
        "text": extracted.text,
    }
    await index_texts(connection, [row])


async def extraction_of(connection: AsyncConnection, sha256: str) -> Extracted | None:
    """The text these bytes gave when another document was given them: the same bytes, the same text.
    A failed extraction is not reused: it may have been a machine too busy to finish in time."""
    found = (
        await connection.execute(
            select(search_texts.c.status, search_texts.c.text)
            .where(
                search_texts.c.sha256 == sha256,
                search_texts.c.source == "file",
                search_texts.c.status != FAILED,
            )
            .limit(1)
        )
    ).first()
    return Extracted(found.status, found.text) if found else None


async def file_texts(connection: AsyncConnection, id: str) -> dict[str, dict[str, Any]]:
    """What became of each file's text, by hash: for the file list."""
    rows = await connection.execute(
        select(search_texts.c.sha256, search_texts.c.status, search_texts.c.text).where(
            search_texts.c.document_id == id, search_texts.c.source == "file"
        )
    )
    return {r.sha256: {"status": r.status, "chars": len(r.text)} for r in rows}


# ── the query ────────────────────────────────────────────────────────────────────────────


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'  # an FTS5 string: the characters as they are


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_FTS = table("search_fts", column("rowid"))
_BIGRAMS = table("search_bigrams", column("rowid"))
_ROWID: ColumnElement[Any] = literal_column("search_texts.rowid")


async def _newest_sqlite(connection: AsyncConnection, viewer: Viewer, query: str, limit: int) -> list[Any]:
    """On SQLite: the documents whose texts match, most recently indexed first, walked in rowid order
    — from the FTS trigram index for three characters or more, from the bigram index for a
    two-character word (documents_0004), from the rows under LIKE otherwise (one character, or two
    holding ASCII punctuation or a space) — and stopped at `limit` documents. Sorting every match by
    the document's position instead costs as many rows as match: a common phrase is in tens of
    thousands of documents, and that sort was most of a search's second at 100,000
    (docs/bench/search.md)."""
    d, after = documents, None
    found: dict[str, Any] = {}
    index = _FTS if len(query) >= TRIGRAM else _BIGRAMS if _bigram_query(query) else None
    # Rows, not documents: a document matching in its title and its 正文 is two. A first page about
    # the size of the answer keeps a common phrase to a few dozen rows read; a rarer one takes more
    # rounds, each four times the last, so the rounds stay few.
    page = limit * 2
    while len(found) < limit:
        if index is not None:
            rows = (
                select(index.c.rowid.label("at"), d.c.id, d.c.kind, d.c.title)
                .select_from(
                    index.join(search_texts, _ROWID == index.c.rowid).join(
                        d, d.c.id == search_texts.c.document_id
                    )
                )
                .where(text(f"{index.name} MATCH :phrase").bindparams(phrase=_phrase(query)))
                .order_by(index.c.rowid.desc())
            )
            position: ColumnElement[Any] = index.c.rowid
        else:
            rows = (
                select(_ROWID.label("at"), d.c.id, d.c.kind, d.c.title)
                .select_from(search_texts.join(d, d.c.id == search_texts.c.document_id))
                .where(search_texts.c.text.like(_like(query), escape="\\"))  # SQLite's LIKE ignores case
                .order_by(_ROWID.desc())
            )
            position = _ROWID
        rows = rows.where(visible_to(viewer)).limit(page)
        if after is not None:
            rows = rows.where(position < after)
        batch = list(await connection.execute(rows))
        for row in batch:
            found.setdefault(row.id, row)
        if len(batch) < page:
            break
        after, page = batch[-1].at, page * 4
    return list(found.values())[:limit]


async def _newest_postgresql(
    connection: AsyncConnection, viewer: Viewer, query: str, limit: int
) -> list[Any]:
    """On PostgreSQL, one of two ways, chosen by how many texts the planner expects to hold the
    phrase (`_estimated_rows`; counting them costs as much as finding them). A rarer phrase is read
    whole from its index — pg_trgm's GIN index over lower(text) (documents_0002), or for a
    two-character word the bigrams' GIN index (documents_0004) — and only then are its documents
    tested for the audience, by primary key, and sorted. A commoner one, or a single character, is
    tested document by document, newest first down `ix_documents_newest` (documents_0003), until
    `limit` the viewer may see are found.

    Text first, audience second, for a rare phrase even when the reader's audience is small
    (EXPLAIN ANALYZE at 100,000, docs/bench/search.md): a rare 4-character phrase is in some 1,700
    texts, a department head's audience is some 8,300 documents, 16,000 texts — walking the
    audience would test ten times the texts. Left to itself the planner took the newest-first walk
    for phrases a department head sees few of, and walked most of 100,000 documents to find them;
    the MATERIALIZED CTE keeps it from doing so. A word nobody wrote is an empty index lookup."""
    pattern = _like(query)
    folded = func.lower(search_texts.c.text)
    indexed: ColumnElement[bool] | None = None
    if len(query) >= TRIGRAM:
        indexed = folded.like(func.lower(pattern), escape="\\")
    elif len(query) == BIGRAM:  # exact: a text holds the word if and only if it is one of its bigrams
        indexed = func.search_bigrams(folded, type_=ARRAY(Text)).contains(array([func.lower(query)]))
    if indexed is not None:
        texts = select(search_texts.c.document_id).where(indexed)
        if await _estimated_rows(connection, texts) < RARE:
            matches = texts.cte("matches").prefix_with("MATERIALIZED")
            return await _newest_of(connection, viewer, select(matches.c.document_id), limit)
    # Not on lower(text): on the column itself no GIN index can be chosen, which for a common phrase
    # would fetch every match before the newest are picked.
    walked = select(search_texts.c.document_id).where(search_texts.c.text.ilike(pattern, escape="\\"))
    return await _newest_of(connection, viewer, walked, limit)


async def _estimated_rows(connection: AsyncConnection, statement: Any) -> float:
    """How many rows the planner expects of `statement`, from the statistics ANALYZE keeps of the
    indexes' expressions (lower(text) and its bigrams): a plan, not a run. The phrase is written into the
    statement, not bound: a prepared statement run often is planned for any value, which would
    estimate every phrase alike."""
    sql = statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    plan = (await connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}")).scalar_one()
    return float(plan[0]["Plan"]["Plan Rows"])


async def _newest_of(connection: AsyncConnection, viewer: Viewer, ids: Any, limit: int) -> list[Any]:
    d = documents
    chosen = (
        select(d.c.id, d.c.kind, d.c.title)
        .where(d.c.id.in_(ids), visible_to(viewer))
        .order_by(d.c.created_position.desc())
        .limit(limit)
    )
    return list(await connection.execute(chosen))


async def search(connection: AsyncConnection, viewer: Viewer, query: str, limit: int) -> dict[str, Any]:
    """The newest `limit` documents the viewer may see whose title, 正文 or files hold `query`, each
    with where it was found. See the module's docstring for the index and the audience."""
    newest = _newest_sqlite if connection.dialect.name == "sqlite" else _newest_postgresql
    found = await newest(connection, viewer, query, limit)
    hits: dict[str, list[dict[str, Any]]] = {row.id: [] for row in found}
    if found:
        # The texts of the documents chosen, at most `limit` of them: where the words are in each
        # is found here, as the snippet is made.
        entries = await connection.execute(
            select(search_texts)
            .where(search_texts.c.document_id.in_(list(hits)))
            .order_by(search_texts.c.document_id, search_texts.c.source.desc(), search_texts.c.file_name)
        )
        for entry in entries:
            hit = _hit(entry, query)
            if hit is not None:
                hits[entry.document_id].append(hit)
    return {
        "query": query,
        "items": [{"kind": r.kind, "id": r.id, "title": r.title, "hits": hits[r.id]} for r in found],
    }


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: list[list[int]]


def snippet(text_: str, query: str) -> Snippet | None:
    """At most `SNIPPET` characters around the first occurrence of `query` (case aside), with the
    offsets of every occurrence wholly inside it; line breaks shown as spaces (the offsets hold)."""
    folded, needle = text_.lower(), query.lower()
    if len(folded) != len(text_):  # a character whose lower case is longer: match as written
        folded, needle = text_, query
    first = folded.find(needle)
    if first < 0:
        return None
    lead = max(0, (SNIPPET - len(needle)) // 2)
    start = max(0, min(first - lead, len(text_) - SNIPPET))
    end = min(len(text_), start + SNIPPET)
    marks, at = [], folded.find(needle, start)
    while 0 <= at and at + len(needle) <= end:
        marks.append([at - start, at - start + len(needle)])
        at = folded.find(needle, at + len(needle))
    if not marks:  # a query longer than a snippet: the snippet is its start, marked whole
        marks = [[first - start, end - start]]
    shown = "".join(" " if c in "\r\n\t" else c for c in text_[start:end])
    return Snippet(shown, marks)


def _hit(entry: Any, query: str) -> dict[str, Any] | None:
    found = snippet(entry.text, query)
    if found is None:  # another of the document's texts matched, or the index folds case more widely
        return None
    is_file = entry.source == "file"
    return {
        "where": entry.source,
        "file_name": entry.file_name if is_file else None,
        "sha256": entry.sha256 if is_file else None,
        "snippet": found.text,
        "marks": found.marks,
    }
