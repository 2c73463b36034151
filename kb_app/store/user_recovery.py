"""Rescue what can be read from a damaged user.sqlite, keeping the damaged file beside it.

The damaged file is never written to. It is moved aside under a timestamped name (with its
``-wal``, which holds the most recent changes), then every table is copied row by row into a new,
empty store; a table that breaks off part-way keeps the rows read before the break. Python's
``sqlite3`` module offers no ``.recover`` (that is a feature of the sqlite3 shell), so this is the
table-by-table copy SQLite's documentation describes as the fallback. "Start fresh" is the same
without the copy. The new file replaces the old name only once it is complete.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kb_app.core.start_messages import both
from kb_app.core.texts import Text, join
from kb_app.store.user import TABLES, UserDataError, UserStore

_SIDE_FILES = ("-wal", "-shm")


@dataclass
class RecoveryReport:
    backup: Path
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows rescued
    lost: dict[str, Text] = field(default_factory=dict)  # table -> why (part of) it is lost
    fresh: bool = False

    def message(self) -> Text:
        """What was rescued and where the damaged file is, in both languages."""
        kept = both("kept-as", file=self.backup)
        if self.fresh:
            return both("started-fresh", kept=kept)
        rescued = join(", ", [_counted(n, t) for t, n in self.copied.items()])
        parts = [both("recovered", rescued=rescued or both("recovered-nothing"))]
        if self.lost:
            gone = join("; ", [_why(t, w) for t, w in self.lost.items()])
            parts.append(both("not-readable", gone=gone))
        return join("", [*parts, Text(" ", " "), kept])


def _counted(count: int, table: str) -> Text:
    label = both(table)
    return Text(f"{count} {label.nl}", f"{count} {label.en}")


def _why(table: str, why: Text) -> Text:
    label = both(table)
    return Text(f"{label.nl}: {why.text('nl')}", f"{label.en}: {why.text('en')}")


def backup_path(path: Path, now: dt.datetime | None = None) -> Path:
    """``user-beschadigd-20261130-121500.sqlite`` beside ``user.sqlite``; never an existing name."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-beschadigd-{stamp}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-beschadigd-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def recover(path: Path, fresh: bool = False) -> RecoveryReport:
    """Move the damaged file aside and build a new one from what reads cleanly (or nothing)."""
    path = Path(path)
    backup = backup_path(path)
    try:
        for suffix in ("", *_SIDE_FILES):  # the database first: a -wal alone is never moved
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{backup}{suffix}")
        report = RecoveryReport(backup, fresh=fresh)
        staging = path.with_name(path.name + ".herstel")
        for suffix in ("", *_SIDE_FILES):
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
        store = UserStore(staging)
        try:
            if not fresh:
                _copy_tables(backup, store, report)
        finally:
            store.close()
        os.replace(staging, path)
    except (OSError, sqlite3.Error) as error:
        where = backup if backup.exists() else path
        text = both("recovery-failed", file=path, error=error, where=where)
        raise UserDataError(text.nl, english=text.en) from error
    return report


def _copy_tables(source: Path, store: UserStore, report: RecoveryReport) -> None:
    try:
        damaged = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        report.lost = {table: both("lost-no-database") for table in TABLES}
        return
    try:
        for table, columns in TABLES.items():
            rows, problem = _readable_rows(damaged, table, columns)
            report.copied[table] = _insert(store, table, columns, rows)
            if problem:
                report.lost[table] = problem
    finally:
        damaged.close()


def _readable_rows(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...]
) -> tuple[list[tuple], Text]:
    """Every row that reads cleanly, and why some did not (empty when all did).

    A scan in rowid order stops at the first damaged page; after that each remaining rowid is
    looked up on its own, which walks the tree to just that row, so only rows on the damaged
    pages themselves are lost."""
    names = ", ".join(columns)
    rows: list[tuple] = []
    try:
        for row in conn.execute(f"SELECT rowid, {names} FROM {table} ORDER BY rowid"):
            rows.append(row)
    except sqlite3.Error as error:
        if "no such" in str(error):
            return [], both("lost-no-table")
        rows += _row_by_row(conn, table, names, rows[-1][0] if rows else 0)
        why = both("lost-part" if rows else "lost-all")
        return [row[1:] for row in rows], why
    return [row[1:] for row in rows], Text("", "")


MAX_LOOKUPS = 200_000  # a user's favourites, notes and plans are thousands at most


def _row_by_row(conn: sqlite3.Connection, table: str, names: str, after: int) -> list[tuple]:
    try:
        highest = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or after
    except sqlite3.Error:
        return []
    found = []
    for rowid in range(after + 1, min(highest, after + MAX_LOOKUPS) + 1):
        try:
            row = conn.execute(
                f"SELECT rowid, {names} FROM {table} WHERE rowid = ?", (rowid,)
            ).fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            found.append(row)
    return found


def _insert(store: UserStore, table: str, columns: tuple[str, ...], rows: list[tuple]) -> int:
    marks = ", ".join("?" for _ in columns)
    copied = 0
    with store.transaction() as conn:
        for row in rows:
            try:
                conn.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})", row
                )
                copied += conn.execute("SELECT changes()").fetchone()[0]
            except sqlite3.IntegrityError:  # e.g. a NULL the damage left behind
                continue
    return copied
