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

from kb_app.store.user import TABLES, UserDataError, UserStore

LABELS = {"favorites": "favorieten", "notes": "notities", "plans": "plannen"}
_SIDE_FILES = ("-wal", "-shm")


@dataclass
class RecoveryReport:
    backup: Path
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows rescued
    lost: dict[str, str] = field(default_factory=dict)  # table -> why (part of) it is lost
    fresh: bool = False

    def message(self) -> str:
        kept = f"Het beschadigde bestand is bewaard als {self.backup}."
        if self.fresh:
            return f"Wat Werkt is opnieuw begonnen met lege gegevens. {kept}"
        rescued = ", ".join(f"{n} {LABELS[t]}" for t, n in self.copied.items())
        text = f"Uw gegevens zijn hersteld: {rescued or 'niets'} teruggezet."
        if self.lost:
            gone = "; ".join(f"{LABELS[t]}: {why}" for t, why in self.lost.items())
            text += f" Niet (volledig) leesbaar: {gone}."
        return f"{text} {kept}"


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
        raise UserDataError(
            f"Herstellen van {path} is niet gelukt ({error}). Het beschadigde bestand staat in "
            f"{backup if backup.exists() else path}; er is niets verwijderd."
        ) from error
    return report


def _copy_tables(source: Path, store: UserStore, report: RecoveryReport) -> None:
    try:
        damaged = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        report.lost = {table: "het bestand is geen leesbare database" for table in TABLES}
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
) -> tuple[list[tuple], str]:
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
            return [], "de tabel ontbreekt"
        rows += _row_by_row(conn, table, names, rows[-1][0] if rows else 0)
        why = "een deel stond op beschadigde plekken" if rows else "niet leesbaar"
        return [row[1:] for row in rows], why
    return [row[1:] for row in rows], ""


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
