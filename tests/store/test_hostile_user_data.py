"""A hostile user.sqlite: damaged pages, not a database, truncated, bad plan rows, missing or
altered tables. The damaged file is never written to; recovery keeps it beside the new one and
brings back what reads cleanly; one bad plan row never stops anything."""

import hashlib
import json
import sqlite3

import pytest

from kb_app.plans.typecheck import plan_problem
from kb_app.store.user import UserDataDamaged, UserStore
from kb_app.store.user_recovery import recover
from tests.conftest import intact

PAGE = 4096


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled(path, favorites=300, notes=100, plans=40):
    store = UserStore(path)
    for n in range(favorites):
        store.add_favorite(f"f{n}", f"Favoriet {n} " + "x" * 50)
    for n in range(notes):
        store.set_note(f"n{n}", "notitie " * 40)
    for n in range(plans):
        store.save_plan(f"p{n}", {"id": f"p{n}", "title": f"Plan {n}", "context": "y" * 500})
    store.close()
    return path


def damage_page(path, page):
    with open(path, "r+b") as stream:
        stream.seek(PAGE * (page - 1) + 8)
        stream.write(b"\xa5" * 3000)


def damaged_leaf(tmp_path):
    """user.sqlite whose 12th page (a leaf of the favourites) is overwritten."""
    path = filled(tmp_path / "user.sqlite")
    damage_page(path, 12)
    return path


DAMAGES = {
    "beschadigde pagina": damaged_leaf,
    "geen database": lambda tmp: _not_a_database(tmp),
    "afgekapt": lambda tmp: _truncated(tmp),
    "verkeerde kolommen": lambda tmp: _altered(tmp),
}


def _not_a_database(tmp_path):
    path = tmp_path / "user.sqlite"
    path.write_bytes(b"geen database\n" * 500)
    return path


def _truncated(tmp_path):
    path = filled(tmp_path / "user.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _altered(tmp_path):
    path = filled(tmp_path / "user.sqlite", favorites=3, notes=0, plans=1)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE notes")
        conn.execute("CREATE TABLE notes (x)")
    return path


@pytest.mark.parametrize("kind", DAMAGES)
def test_damaged_file_is_refused_and_never_written(kind, tmp_path):
    path = DAMAGES[kind](tmp_path)
    before = digest(path)
    with pytest.raises(UserDataDamaged) as caught:
        UserStore(path)
    assert "beschadigd" in str(caught.value) and str(path) in str(caught.value)
    assert digest(path) == before


def test_recovery_keeps_the_damaged_file_and_brings_back_what_reads(tmp_path):
    path = damaged_leaf(tmp_path)
    before = path.read_bytes()
    report = recover(path)
    assert report.backup.parent == tmp_path and "beschadigd" in report.backup.name
    assert report.backup.read_bytes() == before
    assert 200 <= report.copied["favorites"] < 300  # only the rows on the damaged page are gone
    assert report.copied["notes"] == 100 and report.copied["plans"] == 40
    assert "favorieten" in report.message() and str(report.backup) in report.message()
    store = UserStore(path)
    try:
        assert intact(store)
        assert len(store.favorites()) == report.copied["favorites"]
        # rows after the damaged page come back too (favorites() sorts by title, not by row)
        assert "f299" in {favorite.intervention_id for favorite in store.favorites()}
        store.add_favorite("nieuw", "Nieuw")  # the recovered file is an ordinary store again
    finally:
        store.close()


def test_recovery_from_something_that_is_not_a_database(tmp_path):
    path = DAMAGES["geen database"](tmp_path)
    report = recover(path)
    assert sum(report.copied.values()) == 0 and set(report.lost) == {"favorites", "notes", "plans"}
    assert UserStore(path).favorites() == []


def test_starting_fresh_keeps_the_old_file_with_a_timestamp(tmp_path):
    path = damaged_leaf(tmp_path)
    before = path.read_bytes()
    report = recover(path, fresh=True)
    assert report.backup.read_bytes() == before
    assert "opnieuw begonnen" in report.message()
    store = UserStore(path)
    assert store.favorites() == [] and intact(store)
    store.close()
    second = recover(path, fresh=True)  # the same second: never overwrites the first backup
    assert second.backup != report.backup and report.backup.read_bytes() == before


BAD_PLANS = {
    "geen JSON": ("{niet: json", "geldige JSON"),
    "JSON-lijst": ("[1, 2]", "JSON-object"),
    "titel is een getal": (json.dumps({"id": "x", "title": 12}), "'title'"),
    "onderdeel is tekst": (json.dumps({"id": "x", "title": "t", "items": ["a"]}), "waarde"),
    "id ontbreekt": (json.dumps({"title": "t"}), "'id'"),
    "actie met getal": (
        json.dumps(
            {
                "id": "x",
                "title": "t",
                "items": [{"id": "i", "title": "t", "actions": [{"what": 3}]}],
            }
        ),
        "actions[0].what",
    ),
    "budget oneindig": (
        json.dumps(
            {"id": "x", "title": "t", "items": [{"id": "i", "title": "t", "budget_amount": 1e400}]}
        ),
        "budget_amount",
    ),
    "100.000 diep": ("[" * 100_000 + "]" * 100_000, "diep"),
    "leeg": ("", "JSON"),
}


@pytest.mark.parametrize("kind", BAD_PLANS)
def test_one_bad_plan_row_is_set_aside_with_its_reason(kind, tmp_path):
    path = filled(tmp_path / "user.sqlite", favorites=1, notes=0, plans=2)
    document, reason = BAD_PLANS[kind]
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO plans VALUES ('kapot', 'Kapot plan', ?, 'nu', 'nu')", (document,))
    store = UserStore(path, check_plan=plan_problem)
    try:
        assert [p.id for p in store.plans()] == ["p0", "p1"]
        assert store.plan("kapot") is None
        [aside] = store.set_aside
        assert aside.id == "kapot" and aside.title == "Kapot plan" and reason in aside.reason
        store.save_plan("p2", {"id": "p2", "title": "Nog een"})  # the store still works
    finally:
        store.close()
    with sqlite3.connect(path) as conn:  # set aside, not deleted
        assert conn.execute("SELECT document FROM plans WHERE id='kapot'").fetchone()[0] == document


@pytest.mark.parametrize("table", ["favorites", "notes", "plans"])
def test_a_missing_table_is_recreated_and_said(table, tmp_path):
    path = filled(tmp_path / "user.sqlite", favorites=2, notes=2, plans=2)
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TABLE {table}")
    store = UserStore(path, check_plan=plan_problem)
    try:
        assert any("ontbrak" in notice for notice in store.notices)
        assert len(store.favorites()) == (0 if table == "favorites" else 2)
        assert len(store.plans()) == (0 if table == "plans" else 2)
        store.set_note("n", "weer")
        store.save_plan("q", {"id": "q", "title": "q"})
    finally:
        store.close()
