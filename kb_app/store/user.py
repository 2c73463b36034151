"""user.sqlite: the user's own data — favourites, private notes and action plans.

Written in transactions (one ``with self._conn`` per change) in WAL mode with ``synchronous=FULL``,
so a crash or power loss loses at most the change in flight and never corrupts what was saved.
The schema migrates forward by ``PRAGMA user_version``; a database from a newer app version is
refused rather than guessed at. Ids of interventions are kept even when the library no longer has
them, so nothing the user made disappears after a library update.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.errors import KbError

MIGRATIONS: list[str] = [
    # 1: favourites, notes and plans (a plan is one JSON document: small, saved whole).
    """
    CREATE TABLE favorites (
        intervention_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,          -- remembered so a removed intervention keeps its name
        added_at TEXT NOT NULL
    );
    CREATE TABLE notes (
        intervention_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        document TEXT NOT NULL,       -- the plan as JSON, in the .wwplan format
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class UserDataError(KbError):
    """user.sqlite cannot be used (newer version, damaged, not a database)."""


@dataclass(frozen=True)
class Favorite:
    intervention_id: str
    title: str
    added_at: str


@dataclass(frozen=True)
class Note:
    intervention_id: str
    body: str
    updated_at: str


@dataclass(frozen=True)
class PlanRow:
    id: str
    title: str
    document: dict
    created_at: str
    updated_at: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UserStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None,
                                         check_same_thread=False)
            self._refuse_newer()  # before WAL mode, which itself rewrites the file header
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise UserDataError(
                f"Uw gegevens in {self.path} kunnen niet worden geopend ({error}). Er is niets "
                "gewijzigd; maak een kopie van dit bestand en neem contact op met uw beheerder."
            ) from error

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _refuse_newer(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UserDataError(
                f"Uw gegevens ({self.path}) zijn gemaakt met een nieuwere versie van Wat Werkt "
                f"(schema {version}, deze versie kent {SCHEMA_VERSION}). Werk het programma bij; "
                "uw gegevens zijn niet aangeraakt.")

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            with self._transaction() as conn:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- favourites ------------------------------------------------------------------------------

    def add_favorite(self, intervention_id: str, title: str) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO favorites VALUES (?, ?, ?)",
                         (intervention_id, title, _now()))

    def remove_favorite(self, intervention_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM favorites WHERE intervention_id = ?", (intervention_id,))

    def is_favorite(self, intervention_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM favorites WHERE intervention_id = ?",
                                  (intervention_id,)).fetchone() is not None

    def favorites(self) -> list[Favorite]:
        rows = self._conn.execute("SELECT intervention_id, title, added_at FROM favorites "
                                  "ORDER BY added_at, intervention_id")
        return [Favorite(*row) for row in rows]

    # -- notes -----------------------------------------------------------------------------------

    def set_note(self, intervention_id: str, body: str) -> None:
        with self._transaction() as conn:
            if body.strip():
                conn.execute("INSERT INTO notes VALUES (?, ?, ?) ON CONFLICT(intervention_id) "
                             "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                             (intervention_id, body, _now()))
            else:
                conn.execute("DELETE FROM notes WHERE intervention_id = ?", (intervention_id,))

    def note(self, intervention_id: str) -> Note | None:
        row = self._conn.execute("SELECT intervention_id, body, updated_at FROM notes "
                                 "WHERE intervention_id = ?", (intervention_id,)).fetchone()
        return Note(*row) if row else None

    def notes(self) -> list[Note]:
        rows = self._conn.execute("SELECT intervention_id, body, updated_at FROM notes "
                                  "ORDER BY intervention_id")
        return [Note(*row) for row in rows]

    # -- plans -----------------------------------------------------------------------------------

    def save_plan(self, plan_id: str, document: dict) -> None:
        """Insert or replace a whole plan in one transaction."""
        text = json.dumps(document, ensure_ascii=False, sort_keys=True)
        now = _now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO plans VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "title = excluded.title, document = excluded.document, "
                "updated_at = excluded.updated_at",
                (plan_id, str(document.get("title", "")), text, now, now))

    def plan(self, plan_id: str) -> PlanRow | None:
        row = self._conn.execute("SELECT id, title, document, created_at, updated_at FROM plans "
                                 "WHERE id = ?", (plan_id,)).fetchone()
        if row is None:
            return None
        return PlanRow(row[0], row[1], json.loads(row[2]), row[3], row[4])

    def plans(self) -> list[PlanRow]:
        rows = self._conn.execute("SELECT id, title, document, created_at, updated_at FROM plans "
                                  "ORDER BY title COLLATE NOCASE, id")
        return [PlanRow(r[0], r[1], json.loads(r[2]), r[3], r[4]) for r in rows]

    def delete_plan(self, plan_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
