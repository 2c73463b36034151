"""Installing packs: the change report, the atomic swap with a kept previous library, and
rollback — with the user's favourites and plans reported, never changed."""

import json

import pytest

from kb_app.core.errors import KbError
from kb_app.packs.install import can_roll_back, install_pack, roll_back
from kb_app.pipeline.integrity import check_library
from kb_app.store.user import UserStore


def version(folder):
    return json.loads((folder / "manifest.json").read_text())["library_version"]


@pytest.fixture
def user(paths):
    store = UserStore(paths.user_db)
    store.add_favorite("buurtcirkel", "Buurtcirkel")
    store.add_favorite("kanjertraining", "Kanjertraining")
    store.save_plan("p1", {"title": "Plan Oost", "items": [
        {"id": "i1", "intervention_id": "kiva", "title": "KiVa"},
        {"id": "i2", "intervention_id": None, "title": "Wijkontbijt"}]})
    yield store
    store.close()


def test_first_install_reports_everything_new(paths, pack_a):
    result = install_pack(pack_a, paths, None)
    assert [i for i, _ in result.changes.added] == ["buurtcirkel", "kanjertraining", "kiva"]
    assert result.changes.removed == () and result.changes.evidence == ()
    assert check_library(paths.installed_library).ok
    assert version(paths.installed_library) == "A"
    assert not paths.previous_library.exists()  # the shipped library was in use before


def test_update_lists_changes_and_affected_user_items(paths, pack_a, pack_b, user):
    install_pack(pack_a, paths, None)
    result = install_pack(pack_b, paths, paths.installed_library, user)
    changes = result.changes
    assert changes.added == (("home-start", "Home-Start"),)
    assert [i for i, _ in changes.removed] == ["buurtcirkel"]
    assert [(c.id, c.before, c.after) for c in changes.evidence] == [
        ("kiva", "effectief-sterke-aanwijzingen", "effectief-goede-aanwijzingen")]
    affected = {(a.intervention_id, a.where, a.why) for a in changes.affected}
    assert affected == {("buurtcirkel", "favorieten", "verwijderd uit de bibliotheek"),
                        ("kiva", "plan 'Plan Oost'", "bewijsniveau gewijzigd")}
    text = "\n".join(changes.lines())
    assert "Nieuw (1):" in text and "Verwijderd (1):" in text
    assert "Effectief volgens sterke aanwijzingen → Effectief volgens goede aanwijzingen" in text
    assert version(paths.installed_library) == "B" and version(paths.previous_library) == "A"
    # Reported, never changed: the user's own data still holds the removed intervention.
    assert [f.intervention_id for f in user.favorites()] == ["buurtcirkel", "kanjertraining"]


def test_rollback_swaps_back_and_can_be_undone(paths, pack_a, pack_b):
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    roll_back(paths)
    assert version(paths.installed_library) == "A" and version(paths.previous_library) == "B"
    roll_back(paths)
    assert version(paths.installed_library) == "B"


def test_rollback_after_first_install_returns_to_shipped(paths, pack_a):
    assert not can_roll_back(paths)
    with pytest.raises(KbError, match="geen vorige bibliotheek"):
        roll_back(paths)
    install_pack(pack_a, paths, None)
    roll_back(paths)
    assert not paths.installed_library.exists()  # find_library now uses the shipped one
    assert version(paths.previous_library) == "A"


def test_rollback_refuses_a_damaged_previous_library(paths, pack_a, pack_b):
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    (paths.previous_library / "content.sqlite").write_bytes(b"kapot")
    with pytest.raises(KbError, match="vorige bibliotheek is beschadigd"):
        roll_back(paths)
    assert version(paths.installed_library) == "B"
