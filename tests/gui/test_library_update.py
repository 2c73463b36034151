"""Bestand → Bibliotheek bijwerken / Terug naar vorige bibliotheek / Uitgever vertrouwen,
start-up notices, About, and the self-test — driven offscreen, through the menu and the buttons
a person would use."""

import io
import re
import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from kb_app.core.paths import AppPaths
from kb_app.gui.dialogs import about_text
from kb_app.gui.library_update import run_after_close, show_notices
from kb_app.packs.install import history, install_pack
from kb_app.packs.pack import build_pack
from kb_app.packs.signing import trust_publisher, trusted_publishers
from kb_app.pipeline.integrity import check_library
from tests.conftest import CONTENT, SCHEMA
from tests.packs.conftest import make_signer, small_content
from tests.packs.hostile import Keys, unsigned

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    return make_signer(tmp_path_factory.mktemp("sleutel"), "Testuitgever")


@pytest.fixture(scope="module")
def small_pack(tmp_path_factory, signer):
    content = small_content(tmp_path_factory.mktemp("c") / "content", ("kiva", "buurtcirkel"))
    return build_pack(content, SCHEMA, tmp_path_factory.mktemp("p") / "klein.wwpack", signer, "K1")


@pytest.fixture(scope="module")
def other_pack(tmp_path_factory, signer):
    content = small_content(tmp_path_factory.mktemp("c") / "content", ("kiva",))
    return build_pack(content, SCHEMA, tmp_path_factory.mktemp("p") / "ander.wwpack", signer, "K2")


@pytest.fixture
def paths(tmp_path, signer):
    """The test's data folder, trusting the throw-away key (overrides the GUI conftest's)."""
    paths = AppPaths.from_basedir(tmp_path / "base")
    trust_publisher(paths, signer.publisher)
    return paths


def menu_action(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_next_box(qtbot, button_text, seen):
    """When the next modal message box opens, note its text and click ``button_text``."""

    def handle():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, handle)
            return
        seen.append(box.text())
        # Qt's own buttons by role: their text follows the interface language ("Ja"/"Yes").
        standard = getattr(QMessageBox.StandardButton, button_text, None)
        button = box.button(standard) if standard is not None else None
        if button is None:
            button = next(
                b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button_text
            )
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, handle)


def test_file_menu_offers_update_rollback_and_trust(make_window):
    window = make_window()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for text in (
        "Bibliotheek &bijwerken…",
        "&Terug naar vorige bibliotheek",
        "&Uitgever vertrouwen…",
    ):
        assert text in texts


def test_update_checks_with_progress_shows_changes_then_installs_after_close(
    make_window, paths, small_pack, qtbot, monkeypatch
):
    window = make_window()
    window.user.add_favorite("kanjertraining", "Kanjertraining")
    choose_file(monkeypatch, small_pack)
    menu_action(window, "Bibliotheek &bijwerken…").trigger()
    flow = window.update_flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=60000)
    assert flow.steps_seen == [
        "Handtekening en bestanden controleren",
        "Inhoud controleren",
        "Bibliotheek en zoekindex opbouwen",
    ]
    assert not paths.installed_library.exists()  # nothing swapped while the window reads
    assert flow.dialog.warning.isHidden()
    text = flow.dialog.changes.toPlainText()
    assert "Verwijderd (" in text and "Kanjertraining in favorieten: verwijderd" in text
    QTest.mouseClick(flow.dialog.install_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and window.after_close is not None
    message = run_after_close(window.after_close)
    assert "K1 van Testuitgever is geïnstalleerd" in message
    assert check_library(paths.installed_library).ok
    assert str(paths.data) not in message


def test_an_older_pack_is_shown_with_a_warning_before_install(
    make_window, paths, small_pack, signer, qtbot, monkeypatch, tmp_path
):
    import datetime as dt

    content = small_content(tmp_path / "content", ("kiva",))
    old = build_pack(
        content,
        SCHEMA,
        tmp_path / "oud.wwpack",
        signer,
        "K0",
        built_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    install_pack(small_pack, paths, None)
    window = make_window()
    choose_file(monkeypatch, old)
    menu_action(window, "Bibliotheek &bijwerken…").trigger()
    flow = window.update_flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=60000)
    assert flow.dialog.warning.isVisible()
    assert "gemaakt op 2020-01-01 en is ouder" in flow.dialog.warning.text()
    QTest.keyClick(flow.dialog, Qt.Key.Key_Escape)
    assert sorted(p.name for p in paths.installed_library.parent.iterdir()) == [
        ".installeren.lock",
        "current",
    ]  # cancelled: the scratch folder is gone


def test_refused_pack_gets_its_reason_and_changes_nothing(
    make_window, paths, small_pack, signer, qtbot, monkeypatch, tmp_path
):
    window = make_window()
    bad = unsigned(small_pack, tmp_path / "zonder.wwpack", Keys(signer, signer))
    choose_file(monkeypatch, bad)
    seen = []
    answer_next_box(qtbot, "OK", seen)
    menu_action(window, "Bibliotheek &bijwerken…").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    assert "zonder.wwpack is geweigerd: het is niet ondertekend" in seen[0]
    assert window.update_flow is None and window.isVisible()
    assert sorted(p.name for p in paths.installed_library.parent.iterdir()) == [".installeren.lock"]


def test_cancel_during_the_check_stops_and_leaves_nothing(
    make_window, paths, small_pack, qtbot, monkeypatch
):
    import threading

    from kb_app.packs import install as install_module

    release = threading.Event()
    real_open = install_module.open_pack

    def slow_open(*args, **kwargs):
        release.wait(30)  # the check is still running when the user clicks "Afbreken"
        return real_open(*args, **kwargs)

    monkeypatch.setattr(install_module, "open_pack", slow_open)
    window = make_window()
    choose_file(monkeypatch, small_pack)
    seen = []
    menu_action(window, "Bibliotheek &bijwerken…").trigger()
    flow = window.update_flow
    qtbot.waitUntil(lambda: flow.progress.isVisible(), timeout=5000)
    cancel = next(b for b in flow.progress.findChildren(QPushButton) if b.text() == "Afbreken")
    answer_next_box(qtbot, "OK", seen)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    assert "afgebroken; er is niets gewijzigd" in seen[0]
    assert flow.dialog is None and window.isVisible()
    assert sorted(p.name for p in paths.installed_library.parent.iterdir()) == [".installeren.lock"]


def test_rollback_says_what_it_restores_and_steps_back_once(
    make_window, paths, small_pack, other_pack, qtbot
):
    install_pack(small_pack, paths, None)
    install_pack(other_pack, paths, None)
    window = make_window()
    seen = []
    answer_next_box(qtbot, "Yes", seen)
    menu_action(window, "&Terug naar vorige bibliotheek").trigger()
    assert seen[0].startswith(
        "Terug naar bibliotheek K1 van Testuitgever (2 interventies). "
        "Nu in gebruik is bibliotheek K2"
    )
    message = run_after_close(window.after_close)
    assert message == (
        "Teruggezet: bibliotheek K2 van Testuitgever (1 interventie) is "
        "verwijderd. Nu in gebruik is bibliotheek K1 van Testuitgever "
        "(2 interventies)."
    )
    window = make_window()
    answer_next_box(qtbot, "Yes", seen)
    menu_action(window, "&Terug naar vorige bibliotheek").trigger()
    assert seen[1].startswith("Terug naar de meegeleverde bibliotheek.")
    run_after_close(window.after_close)
    assert not paths.installed_library.exists() and history(paths) == []
    window = make_window()
    answer_next_box(qtbot, "OK", seen)
    menu_action(window, "&Terug naar vorige bibliotheek").trigger()
    assert "geen vorige bibliotheek" in seen[2]  # never back to K2: not a toggle


def test_trusting_a_publisher_shows_the_fingerprint_and_enter_does_not_trust(
    make_window, paths, qtbot, monkeypatch, tmp_path
):
    stranger = make_signer(tmp_path / "gemeente", "Gemeente Voorbeeld")
    choose_file(monkeypatch, tmp_path / "gemeente" / "uitgever.pub")
    window = make_window()
    seen = []

    def press_enter():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    menu_action(window, "&Uitgever vertrouwen…").trigger()
    assert stranger.publisher.shown_fingerprint in seen[0] and "Gemeente Voorbeeld" in seen[0]
    assert stranger.publisher.fingerprint not in trusted_publishers(paths)
    answer_next_box(qtbot, "Vertrouwen", seen)
    QTimer.singleShot(0, lambda: answer_next_box(qtbot, "OK", seen))
    menu_action(window, "&Uitgever vertrouwen…").trigger()
    assert stranger.publisher.fingerprint in trusted_publishers(paths)
    assert "Gemeente Voorbeeld wordt nu vertrouwd" in seen[-1]


def test_refused_rollback_message_is_returned_not_raised(paths, tmp_path):
    from kb_app.gui.library_update import _roll_back_action

    assert "geen vorige bibliotheek" in run_after_close(_roll_back_action(paths))


def test_notices_appear_after_the_window_shows(make_window, qtbot):
    window = make_window()
    assert show_notices(window, []) is None
    box = show_notices(
        window, ["De bibliotheek was beschadigd; de vorige werkende versie wordt gebruikt."]
    )
    assert not box.isVisible()  # shown from the event loop, after the window
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert "beschadigd" in box.text() and box.parent() is window
    box.accept()


def test_about_names_app_library_version_date_and_count():
    text = about_text(
        {
            "library_version": "2026.2",
            "built_at": "2026-11-23T10:00:00+00:00",
            "content_hash": "abc",
        },
        116,
    )
    assert "Programmaversie: 0.1.0" in text and "Bibliotheekversie: 2026.2" in text
    assert "gebouwd 2026-11-23" in text and "Aantal interventies: 116" in text
    assert "Bibliotheekversie: 3b4a5ef21485" in about_text(
        {"content_hash": "3b4a5ef21485bc5d", "built_at": ""}, 1
    )


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


def dutch_pack_strings() -> set[str]:
    """The fixed Dutch parts of the pack layer's messages (what no English message may hold)."""
    from kb_app.packs.messages import MESSAGES

    found = set()
    for entry in MESSAGES.values():
        for part in re.split(r"\{\w+(?:![rs])?\}", entry["nl"]):
            part = part.strip(" :.,;()'!")
            if len(part) >= 12 and part not in entry["en"]:
                found.add(part)
    return found


def test_update_dialog_speaks_english_with_its_warning_and_change_list(
    make_window, paths, small_pack, signer, qtbot, monkeypatch, qapp, tmp_path
):
    import datetime as dt

    from kb_app.gui.language import install_translators
    from tests.gui.test_language import dutch_in, dutch_only_strings, visible_texts
    from tests.packs.english import dutch_words

    old = build_pack(
        small_content(tmp_path / "content", ("kiva",)),
        SCHEMA,
        tmp_path / "oud.wwpack",
        signer,
        "K0",
        built_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    install_pack(small_pack, paths, None)  # K1, made now: the old pack is older
    install_translators(qapp, "en")
    try:
        window = make_window()
        window.user.add_favorite("kanjertraining", "Kanjertraining")
        choose_file(monkeypatch, old)
        menu_action(window, "&Update library…").trigger()
        flow = window.update_flow
        qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=60000)
        assert flow.steps_seen == [
            "Checking signature and files",
            "Checking content",
            "Building library and search index",
        ]
        dialog = flow.dialog
        assert dialog.windowTitle() == "Update library"
        warning = dialog.warning.text()
        assert dialog.warning.isVisible() and warning.startswith(
            "Note: this pack was made on 2020-01-01 and is older than the library in use"
        )
        lines = dialog.changes.toPlainText().splitlines()
        assert lines[0] == "New (0):" and "Removed (" in lines[1]
        assert "  ! Kanjertraining in favourites: removed from the library" in lines
        headings = [line for line in lines if not line.startswith("  ")]
        assert [h.split(" (")[0] for h in headings] == [
            "New",
            "Removed",
            "Different title",
            "Different evidence level",
            "Your favourites and plan items this affects",
        ]
        texts = [*visible_texts(dialog), *headings]
        assert "Install" in texts and "Cancel" in texts and warning in texts
        assert dutch_in(texts, dutch_only_strings() | dutch_pack_strings()) == []
        assert dutch_words(" ".join([warning, *headings])) == []
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    finally:
        install_translators(qapp, "nl")


def test_a_refused_pack_and_a_rollback_are_explained_in_english(
    make_window, paths, small_pack, signer, qtbot, monkeypatch, qapp, tmp_path
):
    from kb_app.gui.language import install_translators
    from tests.packs.english import dutch_words

    install_pack(small_pack, paths, None)
    bad = unsigned(small_pack, tmp_path / "zonder.wwpack", Keys(signer, signer))
    install_translators(qapp, "en")
    try:
        window = make_window()
        choose_file(monkeypatch, bad)
        seen = []
        answer_next_box(qtbot, "OK", seen)
        menu_action(window, "&Update library…").trigger()
        qtbot.waitUntil(lambda: bool(seen), timeout=60000)
        assert seen[0] == (
            "The library pack zonder.wwpack has been refused: it is not signed (pack.sig is "
            "missing), so where it comes from is unknown. Nothing has been changed."
        )
        answer_next_box(qtbot, "Yes", seen)
        menu_action(window, "&Back to previous library").trigger()
        assert seen[1].startswith(
            "Back to the library shipped with the app. In use now is library K1 from "
            "Testuitgever (2 interventions); it will be removed."
        )
        message = run_after_close(window.after_close)
        assert message == (
            "Restored: library K1 from Testuitgever (2 interventions) has been removed. In use "
            "now is the library shipped with the app."
        )
        assert dutch_words(" ".join([seen[0], message])) == []
    finally:
        install_translators(qapp, "nl")
