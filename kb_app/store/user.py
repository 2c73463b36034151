"""user.sqlite: the user's own data — favourites, private notes and action plans.

Written in transactions (one ``with self._conn`` per change) in WAL mode with ``synchronous=FULL``,
so a crash or power loss loses at most the change in flight and never corrupts what was saved.
The schema migrates forward by ``PRAGMA user_version``; a database from a newer app version is
refused rather than guessed at. Ids of interventions are kept even when the library no longer has
them, so nothing the user made disappears after a library update.

The file is outside input too (a disk error, a sync tool, a curious user with a SQLite browser):
a quick integrity check runs before anything is written, and a damaged file raises
``UserDataDamaged`` untouched (``user_recovery`` copies out what can be read). A missing table is
re-created; a plan row that cannot be read (not JSON, not an object, or refused by the
``check_plan`` the app passes in) is set aside — left in the file, listed in ``set_aside`` —
instead of stopping the app.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kb_app.core import clock
from kb_app.core.errors import KbError
from kb_app.core.start_messages import both

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


# The tables and their columns as the migrations make them: what a usable file must contain.
TABLES = {
    "favorites": ("intervention_id", "title", "added_at"),
    "notes": ("intervention_id", "body", "updated_at"),
    "plans": ("id", "title", "document", "created_at", "updated_at"),
}
# SQLite's primary result codes that mean "this file is damaged" (SQLITE_CORRUPT, SQLITE_NOTADB).
DAMAGED_CODES = {11, 26}


class UserDataError(KbError):
    """user.sqlite cannot be used (newer version, damaged, not a database)."""


class UserDataDamaged(UserDataError):
    """user.sqlite fails its integrity check or is not a database; nothing was written to it."""

    def __init__(self, path: Path, detail: str) -> None:
        # ``detail``: a Text of ours, or SQLite's own (English) words, the same in both.
        text = both("user-damaged", file=path, detail=detail)
        super().__init__(text.nl, english=text.en)
        self.path = Path(path)
        self.detail = detail


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in DAMAGED_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


@dataclass(frozen=True)
class SetAside:
    """A plan row that could not be read: kept in the file, shown to the user with the reason."""

    id: str
    title: str
    reason: str


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


class UserStore:
    def __init__(self, path: Path, check_plan: Callable[[dict], str | None] | None = None) -> None:
        self.path = Path(path)
        self._check_plan = check_plan
        self.notices: list[str] = []  # what the user should be told about this file
        self.set_aside: list[SetAside] = []
        self._verdicts: dict[str, str | None] = {}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                self.path, timeout=5.0, isolation_level=None, check_same_thread=False
            )
            self._conn: sqlite3.Connection = conn
            self._refuse_newer()  # before WAL mode, which itself rewrites the file header
            self._refuse_damaged()  # before any write at all
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._migrate()
            self._repair_tables()
            self.plans()  # fills ``set_aside`` now, so start-up can list them
        except sqlite3.DatabaseError as error:
            _close_quietly(conn)
            if is_damage(error):
                raise UserDataDamaged(self.path, str(error)) from error
            text = both("user-unopenable", file=self.path, error=error)
            raise UserDataError(text.nl, english=text.en) from error
        except UserDataError:
            _close_quietly(conn)
            raise

    def _refuse_damaged(self) -> None:
        rows = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            # The first finding is enough to go on; the rest is for a specialist with a copy.
            first = next(
                (
                    line
                    for row in rows
                    for line in row.splitlines()
                    if line.strip() and not line.startswith("***")
                ),
                rows[0],
            )
            raise UserDataDamaged(self.path, both("user-integrity", finding=first[:120]))
        for table, columns in TABLES.items():
            # A table with other columns than ours is not something to guess about.
            found = {row[1] for row in self._conn.execute(f"PRAGMA table_info({table})")}
            if found and set(columns) - found:
                raise UserDataDamaged(self.path, both("user-columns", table=table))

    def _repair_tables(self) -> None:
        """Re-create a missing table: its rows are gone anyway, and the rest must keep working."""
        for table in TABLES:
            if not self._conn.execute(f"PRAGMA table_info({table})").fetchall():
                with self.transaction() as conn:
                    conn.execute(_create_statement(table))
                self.notices.append(both(f"missing-{table}"))

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            # SQLite has already rolled back after some errors (SQLITE_FULL, SQLITE_IOERR); a
            # second ROLLBACK would fail and hide the error that says what really happened.
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def _refuse_newer(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            text = both("user-newer", file=self.path, version=version, known=SCHEMA_VERSION)
            raise UserDataError(text.nl, english=text.en)

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as conn:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    # -- favourites ------------------------------------------------------------------------------

    def add_favorite(self, intervention_id: str, title: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO favorites VALUES (?, ?, ?)",
                (intervention_id, title, clock.now()),
            )

    def remove_favorite(self, intervention_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM favorites WHERE intervention_id = ?", (intervention_id,))

    def is_favorite(self, intervention_id: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM favorites WHERE intervention_id = ?", (intervention_id,)
            ).fetchone()
            is not None
        )

    def favorites(self) -> list[Favorite]:
        rows = self._conn.execute(
            "SELECT intervention_id, title, added_at FROM favorites "
            "ORDER BY added_at, intervention_id"
        )
        return [Favorite(*row) for row in rows]

    # -- notes -----------------------------------------------------------------------------------

    def set_note(self, intervention_id: str, body: str) -> None:
        with self.transaction() as conn:
            if body.strip():
                conn.execute(
                    "INSERT INTO notes VALUES (?, ?, ?) ON CONFLICT(intervention_id) "
                    "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                    (intervention_id, body, clock.now()),
                )
            else:
                conn.execute("DELETE FROM notes WHERE intervention_id = ?", (intervention_id,))

    def note(self, intervention_id: str) -> Note | None:
        row = self._conn.execute(
            "SELECT intervention_id, body, updated_at FROM notes WHERE intervention_id = ?",
            (intervention_id,),
        ).fetchone()
        return Note(*row) if row else None

    def notes(self) -> list[Note]:
        rows = self._conn.execute(
            "SELECT intervention_id, body, updated_at FROM notes ORDER BY intervention_id"
        )
        return [Note(*row) for row in rows]

    # -- plans -----------------------------------------------------------------------------------

    def save_plan(self, plan_id: str, document: dict) -> None:
        """Insert or replace a whole plan in one transaction."""
        text = json.dumps(document, ensure_ascii=False, sort_keys=True)
        now = clock.now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO plans VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "title = excluded.title, document = excluded.document, "
                "updated_at = excluded.updated_at",
                (plan_id, str(document.get("title", "")), text, now, now),
            )

    def plan(self, plan_id: str) -> PlanRow | None:
        """The plan, or None when there is none or it is set aside (unreadable)."""
        row = self._conn.execute(
            "SELECT id, title, document, created_at, updated_at FROM plans WHERE id = ?", (plan_id,)
        ).fetchone()
        decoded = self._decode(row) if row is not None else None
        return decoded if isinstance(decoded, PlanRow) else None

    def plans(self) -> list[PlanRow]:
        """Every readable plan; the others are listed in ``set_aside`` with the reason."""
        rows = self._conn.execute(
            "SELECT id, title, document, created_at, updated_at FROM plans "
            "ORDER BY title COLLATE NOCASE, id"
        ).fetchall()
        good: list[PlanRow] = []
        aside: list[SetAside] = []
        for row in rows:
            decoded = self._decode(row)
            if isinstance(decoded, PlanRow):
                good.append(decoded)
            else:
                aside.append(decoded)
        self.set_aside = aside
        return good

    def _decode(self, row: tuple) -> PlanRow | SetAside:
        """The plan in a row, or why it is set aside."""
        plan_id, title = str(row[0]), str(row[1])
        try:
            document = json.loads(row[2]) if isinstance(row[2], str | bytes) else None
        except ValueError:  # includes a JSON nesting deeper than Python's recursion limit
            return SetAside(plan_id, title, both("plan-not-json"))
        except RecursionError:
            return SetAside(plan_id, title, both("plan-too-deep"))
        if not isinstance(document, dict):
            return SetAside(plan_id, title, both("plan-not-object"))
        reason = self._verdict(row[2], document)
        if reason:
            return SetAside(plan_id, title, reason)
        return PlanRow(plan_id, title, document, str(row[3]), str(row[4]))

    def _verdict(self, text: str, document: dict) -> str | None:
        """``check_plan``'s answer, remembered per document text: the plan list is re-read after
        every edit, and only the edited plan's text is new."""
        if self._check_plan is None:
            return None
        if text not in self._verdicts:
            if len(self._verdicts) > 512:
                self._verdicts.clear()
            self._verdicts[text] = self._check_plan(document)
        return self._verdicts[text]

    def delete_plan(self, plan_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,))


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    """Close a connection that failed while opening, if it got that far."""
    if conn is not None:
        conn.close()


def _create_statement(table: str) -> str:
    statements = [part for part in MIGRATIONS[0].split(";") if f"CREATE TABLE {table} " in part]
    return statements[0]
