"""content.sqlite: written once at build time with sqlite-utils, then opened read-only.

The content database is an artefact, like Datasette's immutable databases: the reader opens it
with ``mode=ro&immutable=1`` so nothing at run time can change or lock it. List-valued fields are
stored as JSON text; rows are inserted in id order so the same content gives the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kb_app.core.errors import LibraryUnavailableError, UnknownIdError
from kb_app.core.model import (
    Evidence,
    Intervention,
    Principle,
    ProviderClaim,
    Rating,
    Source,
    Vocabulary,
)
from kb_app.core.start_messages import both

LIST_FIELDS = ("themes", "conditions", "basis_levels", "target_groups", "aliases", "principles")


def to_json(value: Any) -> str:
    """A value as the JSON text content.sqlite stores: UTF-8 as is, keys sorted (same content,
    same bytes). The pipeline uses it for every list field it writes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_content_db(
    path: Path, vocabulary: dict, interventions: Iterable[dict], principles: Iterable[dict]
) -> None:
    """Write a fresh database at ``path``; the rows are plain dicts prepared by the pipeline."""
    # Build time only: it costs ~0.3 s to import, the reader never needs it. ``Table`` rather
    # than ``db[name]``: a fresh file has no views, and the type then says so.
    import sqlite_utils
    from sqlite_utils.db import Table

    if path.exists():
        path.unlink()
    db = sqlite_utils.Database(path)
    Table(db, "meta").insert_all([{"key": "vocabulary", "value": to_json(vocabulary)}], pk="key")
    Table(db, "interventions").insert_all(
        sorted(interventions, key=lambda row: row["id"]), pk="id", columns={"evidence_rank": int}
    )
    Table(db, "principles").insert_all(sorted(principles, key=lambda row: row["id"]), pk="id")
    db.conn.commit()
    db.conn.execute("VACUUM")
    db.close()


def _evidence_extras(data: dict) -> dict:
    """ "Nagekeken op", a provider's claim and international ratings. A library built before these
    fields existed (an older pack) simply has no such columns: show the level without them."""
    claim = json.loads(data.get("evidence_provider_claim") or "null")
    ratings = json.loads(data.get("evidence_ratings") or "[]")
    return {
        "checked": data.get("evidence_checked") or "",
        "provider_claim": ProviderClaim(**claim) if isinstance(claim, dict) else None,
        "ratings": tuple(Rating(**r) for r in ratings if isinstance(r, dict)),
    }


class ContentReader:
    """Read-only access to content.sqlite. Cheap to create; one connection per instance."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            text = both("library-gone", file=self.path)
            raise LibraryUnavailableError(text.nl, english=text.en)
        uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("SELECT count(*) FROM interventions").fetchone()
        except sqlite3.DatabaseError as error:
            text = both("library-unreadable", error=error)
            raise LibraryUnavailableError(text.nl, english=text.en) from error
        self._vocabulary: Vocabulary | None = None

    def close(self) -> None:
        self.conn.close()

    def vocabulary_data(self) -> dict:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'vocabulary'").fetchone()
        return json.loads(row["value"]) if row else {}

    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.from_dict(self.vocabulary_data())
        return self._vocabulary

    def intervention_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM interventions ORDER BY id")]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM interventions").fetchone()[0]

    def listing(self) -> list[dict]:
        """Every intervention's list fields (no HTML): what lists, facets and filters need."""
        rows = self.conn.execute(
            "SELECT id, title, summary, kind, themes, conditions, basis_levels, target_groups,"
            " aliases, evidence_level, evidence_date, evidence_rank FROM interventions"
            " ORDER BY id"
        )
        return [_decode(dict(row)) for row in rows]

    def recently_reviewed(self, limit: int = 5) -> list[dict]:
        """The interventions checked most recently (``last_reviewed``, newest first)."""
        rows = self.conn.execute(
            "SELECT id, title, evidence_level, last_reviewed FROM interventions"
            " WHERE last_reviewed IS NOT NULL AND last_reviewed != ''"
            " ORDER BY last_reviewed DESC, title LIMIT ?",
            (max(0, int(limit)),),
        )
        return [dict(row) for row in rows]

    def text(self, doc_id: str) -> str:
        row = self.conn.execute("SELECT text FROM interventions WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT text FROM principles WHERE id = ?", (doc_id,)
            ).fetchone()
        return row[0] if row else ""

    def has(self, doc_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM interventions WHERE id = ?", (doc_id,)).fetchone()
            is not None
        )

    def intervention(self, doc_id: str) -> Intervention:
        row = self.conn.execute("SELECT * FROM interventions WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownIdError(doc_id)
        data = _decode(dict(row))
        return Intervention(
            id=data["id"],
            title=data["title"],
            summary=data["summary"],
            kind=data["kind"],
            themes=tuple(data["themes"]),
            conditions=tuple(data["conditions"]),
            basis_levels=tuple(data["basis_levels"]),
            target_groups=tuple(data["target_groups"]),
            evidence=Evidence(
                level=data["evidence_level"],
                date=data["evidence_date"] or "",
                databank=data["evidence_databank"] or "",
                assessor=data["evidence_assessor"] or "",
                source=data["evidence_source"] or "",
                note=data["evidence_note"] or "",
                **_evidence_extras(data),
            ),
            owner=data["owner"] or "",
            format=data["format"] or "",
            costs=data["costs"] or "",
            website=data["website"] or "",
            aliases=tuple(data["aliases"]),
            sources=tuple(Source(**s) for s in json.loads(data["sources"])),
            last_reviewed=data["last_reviewed"] or "",
            principles=tuple(data["principles"]),
            html=data["html"],
            sections=json.loads(data["sections"]),
        )

    def principle_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM principles ORDER BY id")]

    def principle(self, doc_id: str) -> Principle:
        row = self.conn.execute("SELECT * FROM principles WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownIdError(doc_id)
        data = dict(row)
        used_by = [
            r[0]
            for r in self.conn.execute(
                "SELECT interventions.id FROM interventions, json_each(interventions.principles)"
                " WHERE json_each.value = ? ORDER BY interventions.title",
                (doc_id,),
            )
        ]
        return Principle(
            id=data["id"],
            title=data["title"],
            summary=data["summary"],
            themes=tuple(json.loads(data["themes"])),
            conditions=tuple(json.loads(data["conditions"])),
            related=tuple(json.loads(data["related"])),
            sources=tuple(Source(**s) for s in json.loads(data["sources"])),
            last_reviewed=data["last_reviewed"] or "",
            html=data["html"],
            used_by=tuple(used_by),
        )

    def principles(self) -> list[Principle]:
        return [self.principle(doc_id) for doc_id in self.principle_ids()]


def _decode(row: dict) -> dict:
    for name in LIST_FIELDS:
        if name in row and isinstance(row[name], str):
            row[name] = json.loads(row[name])
    return row
