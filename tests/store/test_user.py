import sqlite3

import pytest

from kb_app.store.user import SCHEMA_VERSION, UserDataError, UserStore
from tests.conftest import intact


@pytest.fixture
def store(tmp_path):
    store = UserStore(tmp_path / "user.sqlite")
    yield store
    store.close()


def test_favorites_survive_reopening(tmp_path):
    store = UserStore(tmp_path / "user.sqlite")
    store.add_favorite("kiva", "KiVa")
    store.add_favorite("kiva", "KiVa")  # twice is once
    store.close()
    again = UserStore(tmp_path / "user.sqlite")
    assert [f.intervention_id for f in again.favorites()] == ["kiva"]
    assert again.is_favorite("kiva")
    again.remove_favorite("kiva")
    assert not again.is_favorite("kiva")
    again.close()


def test_notes_are_saved_and_an_empty_note_is_removed(store):
    store.set_note("kiva", "Bespreken met het team.\n\n*Navragen*: kosten")
    assert store.note("kiva").body.startswith("Bespreken")
    store.set_note("kiva", "   ")
    assert store.note("kiva") is None


def test_plans_are_saved_whole(store):
    store.save_plan("p1", {"title": "Beleidsplan", "items": [{"title": "a"}]})
    store.save_plan("p1", {"title": "Beleidsplan 2026", "items": []})
    row = store.plan("p1")
    assert row.title == "Beleidsplan 2026" and row.document["items"] == []
    store.delete_plan("p1")
    assert store.plan("p1") is None and store.plans() == []


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "user.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="nieuwere versie"):
        UserStore(path)
    assert path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "user.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(UserDataError, match="beschadigd"):
        UserStore(path)
    assert path.read_bytes() == b"dit is geen database" * 100


def test_failed_change_is_rolled_back(store):
    store.add_favorite("kiva", "KiVa")
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute("INSERT INTO favorites VALUES ('a', 'A', 'now')")
        conn.execute("INSERT INTO favorites VALUES ('kiva', 'KiVa', 'now')")
    assert [f.intervention_id for f in store.favorites()] == ["kiva"]
    assert intact(store)


def test_every_stored_moment_comes_from_the_one_clock(store, monkeypatch):
    """Patching ``kb_app.core.clock.now`` alone freezes every timestamp the store writes."""
    monkeypatch.setattr("kb_app.core.clock.now", lambda: "2031-02-03T04:05:06+00:00")
    store.add_favorite("kiva", "KiVa")
    store.set_note("kiva", "Navragen")
    store.save_plan("p1", {"title": "Beleidsplan"})
    row = store.plan("p1")
    stamps = {store.favorites()[0].added_at, store.note("kiva").updated_at}
    assert stamps | {row.created_at, row.updated_at} == {"2031-02-03T04:05:06+00:00"}
