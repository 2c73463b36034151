"""The reference engine: the same library and queries through SQLite FTS5 (stdlib ``sqlite3``).

This is the practical limit for the job on this machine: a C engine with no Python per document.
It does the same interactive work as ``SearchService.search``: match every word (the last one as
a prefix while typing, quoted text as a phrase), apply the facet filters, count facet values over
all matches with a ``GROUP BY`` and return the 20 best by ``bm25()`` with a ``snippet()``. It has
no stemming, compounds, synonyms or spelling correction, so it finds less; that is what the
ratio pays for.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from benchmarks.queries import BenchQuery
from kb_app.search.analysis import STOP_WORDS, fold

_QUOTED = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[^\W_]+")
FACET_COLUMNS = ("themes", "conditions", "basis_levels", "target_groups")


class Fts5Library:
    """An in-memory FTS5 index of one built library's content.sqlite."""

    def __init__(self, content_db: Path) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute(
            f"ATTACH DATABASE '{Path(content_db).resolve().as_uri()}?mode=ro' AS content"
        )
        self.conn.executescript("""
            CREATE VIRTUAL TABLE docs USING fts5(
                title, aliases, summary, tags, body,
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE facets (doc INTEGER, facet TEXT, value TEXT);
            CREATE TABLE meta (doc INTEGER PRIMARY KEY, id TEXT, title TEXT);
        """)
        rows = self.conn.execute(
            "SELECT id, title, aliases, summary, themes, conditions, basis_levels, target_groups,"
            " kind, evidence_level, text FROM content.interventions ORDER BY id"
        ).fetchall()
        for number, row in enumerate(rows, 1):
            (doc_id, title, aliases, summary, *lists, kind, evidence, text) = row
            values = {name: json.loads(raw) for name, raw in zip(FACET_COLUMNS, lists, strict=True)}
            values["kind"], values["evidence"] = [kind], [evidence]
            tags = " ".join(v for group in values.values() for v in group)
            self.conn.execute(
                "INSERT INTO docs(rowid, title, aliases, summary, tags, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    number,
                    title,
                    " ".join(json.loads(aliases)),
                    summary,
                    tags.replace("-", " "),
                    text,
                ),
            )
            self.conn.execute("INSERT INTO meta VALUES (?, ?, ?)", (number, doc_id, title))
            self.conn.executemany(
                "INSERT INTO facets VALUES (?, ?, ?)",
                [(number, name, v) for name, group in values.items() for v in group if v],
            )
        self.conn.execute("CREATE INDEX facets_doc ON facets(doc)")
        self.conn.execute("CREATE INDEX facets_value ON facets(facet, value, doc)")
        self.conn.execute("DETACH DATABASE content")
        self.count = len(rows)

    def close(self) -> None:
        self.conn.close()

    def search(self, query: BenchQuery, limit: int = 20) -> tuple[int, list[tuple], list[tuple]]:
        """(total, top hits with snippets, facet counts) for one query."""
        match = to_match(query.text, query.prefix_last)
        filters, filter_params = [], []
        for facet, values in sorted(query.filters.items()):
            marks = ", ".join("?" * len(values))
            filters.append(
                f"rowid IN (SELECT doc FROM facets WHERE facet = ? AND value IN ({marks}))"
            )
            filter_params += [facet, *sorted(values)]
        if match:
            # "+rowid": filter the matches, rather than let FTS5 look each filtered row up
            where = " AND ".join(
                ["docs MATCH ?", *(f.replace("rowid IN", "+rowid IN") for f in filters)]
            )
            params = [match, *filter_params]
            matched = f"SELECT rowid FROM docs WHERE {where}"
        else:  # no text: filter the plain table, never scan the full-text one
            params = filter_params
            matched = "SELECT doc FROM meta WHERE " + (
                " AND ".join(f.replace("rowid IN", "doc IN") for f in filters) or "1"
            )
        total = self.conn.execute(f"SELECT count(*) FROM ({matched})", params).fetchone()[0]
        facets = self.conn.execute(
            f"SELECT facet, value, count(*) FROM ({matched}) AS m JOIN facets ON facets.doc ="
            " m.rowid GROUP BY facet, value"
            if match
            else f"SELECT facet, value, count(*) FROM ({matched}) AS m JOIN facets ON facets.doc ="
            " m.doc GROUP BY facet, value",
            params,
        ).fetchall()
        if match:
            hits = self.conn.execute(
                "SELECT rowid, bm25(docs, 6.0, 4.0, 2.0, 2.0, 1.0) AS rank,"
                " snippet(docs, 4, '<mark>', '</mark>', '…', 24) FROM docs"
                f" WHERE {where} ORDER BY rank LIMIT ?",
                [*params, limit],
            ).fetchall()
        else:
            hits = self.conn.execute(
                f"SELECT meta.doc, 0, '' FROM meta WHERE meta.doc IN ({matched})"
                " ORDER BY meta.title LIMIT ?",
                [*params, limit],
            ).fetchall()
        return total, hits, facets


def to_match(text: str, prefix_last: bool) -> str:
    """An FTS5 MATCH expression: quoted phrases, then every other word, ANDed; escaped."""
    parts = []
    for phrase in _QUOTED.findall(text):
        words = [fold(w) for w in _WORD.findall(phrase)]
        if words:
            parts.append('"' + " ".join(words) + '"')
    rest = _QUOTED.sub(" ", text)
    words = [fold(w) for w in _WORD.findall(rest)]
    typing = prefix_last and bool(words) and not rest[-1:].isspace()
    for position, word in enumerate(words):
        last = position == len(words) - 1
        if word in STOP_WORDS and not (typing and last):
            continue
        parts.append(f'"{word}"*' if typing and last else f'"{word}"')
    return " AND ".join(parts)
