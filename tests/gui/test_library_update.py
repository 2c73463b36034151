"""Bestand → Bibliotheek bijwerken / Terug naar vorige bibliotheek, start-up notices, About, and
the self-test — driven offscreen."""

import io
import shutil

import pytest

from kb_app.gui.dialogs import about_text
from kb_app.gui.library_update import (
    UpdateDialog,
    run_after_close,
    schedule,
    show_notices,
    stage_update,
)
from kb_app.packs.pack import build_pack
from kb_app.pipeline.integrity import check_library
from tests.conftest import CONTENT, SCHEMA

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def small_pack(tmp_path_factory):
    from tests.packs.conftest import small_content

    content = small_content(tmp_path_factory.mktemp("c") / "content", ("kiva", "buurtcirkel"))
    return build_pack(content, SCHEMA, tmp_path_factory.mktemp("p") / "klein.wwpack", "K1")


def test_file_menu_offers_update_and_rollback(make_window):
    window = make_window()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Bibliotheek &bijwerken…" in texts and "&Terug naar vorige bibliotheek" in texts


def test_update_shows_changes_then_installs_after_close(make_window, paths, small_pack, qtbot):
    window = make_window()
    window.user.add_favorite("kanjertraining", "Kanjertraining")
    staged, changes = stage_update(paths, window.library.location.folder, window.user, small_pack)
    assert not paths.installed_library.exists()  # nothing swapped while the window reads
    dialog = UpdateDialog(staged, changes, window)
    qtbot.addWidget(dialog)
    text = dialog.changes.toPlainText()
    assert "Verwijderd (" in text and "Kanjertraining in favorieten: verwijderd" in text
    schedule(window, lambda: "klaar")
    assert not window.isVisible() and window.after_close is not None
    from kb_app.gui.library_update import _install_action

    message = run_after_close(_install_action(staged, paths))
    assert "K1 is geïnstalleerd" in message and check_library(paths.installed_library).ok


def test_refused_pack_message_is_returned_not_raised(paths, tmp_path):
    from kb_app.gui.library_update import _roll_back_action

    assert "geen vorige bibliotheek" in run_after_close(_roll_back_action(paths))


def test_notices_appear_after_the_window_shows(make_window, qtbot):
    window = make_window()
    assert show_notices(window, []) is None
    box = show_notices(window, ["De bibliotheek was beschadigd; de vorige werkende versie "
                                "wordt gebruikt."])
    assert not box.isVisible()  # shown from the event loop, after the window
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert "beschadigd" in box.text() and box.parent() is window
    box.accept()


def test_about_names_app_library_version_date_and_count():
    text = about_text({"library_version": "2026.2", "built_at": "2026-11-23T10:00:00+00:00",
                       "content_hash": "abc"}, 116)
    assert "Programmaversie: 0.1.0" in text and "Bibliotheekversie: 2026.2" in text
    assert "gebouwd 2026-11-23" in text and "Aantal interventies: 116" in text
    assert "Bibliotheekversie: 3b4a5ef21485" in about_text(
        {"content_hash": "3b4a5ef21485bc5d", "built_at": ""}, 1)


def test_self_test_passes_on_a_good_library(built_library, monkeypatch, qapp):
    from kb_app.core import paths as paths_module
    from kb_app.gui.selftest import run_self_test

    monkeypatch.setattr(paths_module, "shipped_library_dir", lambda: built_library)
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    report = out.getvalue()
    for line in ("OK    zoeken", "OK    detailpagina", "OK    export", "Zelftest geslaagd"):
        assert line in report
    assert "pdf" in report and "docx" in report


def test_self_test_fails_on_a_damaged_library(built_library, tmp_path, monkeypatch, qapp):
    from kb_app.core import paths as paths_module
    from kb_app.gui.selftest import run_self_test

    broken = tmp_path / "library"
    shutil.copytree(built_library, broken)
    (broken / "content.sqlite").write_bytes(b"kapot")
    monkeypatch.setattr(paths_module, "shipped_library_dir", lambda: broken)
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert "FOUT  bibliotheek" in out.getvalue() and "content.sqlite" in out.getvalue()


def test_self_test_reports_a_failing_search(built_library, monkeypatch, qapp):
    from kb_app.core import paths as paths_module
    from kb_app.gui import selftest

    monkeypatch.setattr(paths_module, "shipped_library_dir", lambda: built_library)
    monkeypatch.setattr(selftest, "SAMPLE_IDS", ("bestaat-niet",))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "FOUT  export" in out.getvalue() and "OK    zoeken" in out.getvalue()


assert CONTENT.is_dir()


def test_self_test_right_after_install_builds_the_missing_library(tmp_path, monkeypatch, qapp):
    """Issue 16: a fresh checkout has no built library; the self-test builds it, as the window
    does, instead of failing with "meegeleverde bibliotheek ontbreekt"."""
    from kb_app.core import paths as paths_module
    from kb_app.gui.selftest import run_self_test
    from kb_app.pipeline import library as library_module

    missing = tmp_path / "pkg" / "data" / "library"
    missing.parent.mkdir(parents=True)
    monkeypatch.setattr(paths_module, "shipped_library_dir", lambda: missing)
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: missing)
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert "wordt nu opgebouwd" in out.getvalue() and "Zelftest geslaagd" in out.getvalue()
    assert (missing / "manifest.json").is_file()
