"""Start-up messages in the interface language (issue 17): damaged user data (the question, its
buttons, the notice after recovering or not), a second window on the same data folder, a data
folder that cannot be written, a damaged library that is rebuilt (the progress text and the
notice) and one that cannot be, and no display at all. Each in English in the English window
and in the same Dutch as before in the Dutch one; the boxes are read as shown and answered with
real clicks."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kb_app.core.paths import AppPaths
from kb_app.gui.language import install_translators
from kb_app.gui.settings import Settings
from kb_app.pipeline import library as library_module
from tests.gui.test_hostile_startup import _refuse_writes, fill_the_disk
from tests.store.test_hostile_user_data import damaged_leaf

# pytest-qt would otherwise put its own excepthook over the boundary run_gui installs.
pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "nl")  # back to what the session runs in (run_gui may change it)


def chosen(paths: AppPaths, lang: str) -> AppPaths:
    """The user chose ``lang`` in the settings: what ``run_gui`` installs before it says a word."""
    Settings(paths.config).set_value("ui/language", lang)
    return paths


class Seen:
    """What a modal message box showed (text, informative text, button texts)."""

    def __init__(self) -> None:
        self.text = ""
        self.informative = ""
        self.buttons: list[str] = []


def answer_box(button_text: str | None = None) -> Seen:
    """Read the next modal message box as shown, then click ``button_text`` (None: its default
    or only button) with the mouse, as a person would."""
    seen = Seen()

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.text, seen.informative = box.text(), box.informativeText()
        seen.buttons = [b.text() for b in box.buttons()]
        if button_text is None:
            button = box.defaultButton() or box.buttons()[0]
        else:
            button = next(b for b in box.buttons() if b.text() == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def read_notice(qtbot, box: QMessageBox | None) -> str:
    """The start-up notice box once it is open, closed again with a click on OK."""
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return text


# --- damaged user data ------------------------------------------------------------------------

RECOVER = {"en": "Recover what can be read", "nl": "Herstellen wat leesbaar is"}
FRESH = {"en": "Start afresh", "nl": "Opnieuw beginnen"}
LATER = {"en": "Not now", "nl": "Nu niet"}


def test_damaged_user_data_question_and_recovery_notice(lang, paths, library, qtbot):
    from kb_app.app import build_window, show_startup_notices
    from kb_app.gui.startup import ask_recovery

    paths.data.mkdir(parents=True)
    damaged_leaf(paths.data)
    seen = answer_box(RECOVER[lang])
    window = build_window(library, paths, choose_recovery=ask_recovery)
    qtbot.addWidget(window)
    assert sorted(seen.buttons) == sorted([RECOVER[lang], FRESH[lang], LATER[lang]])
    [kept] = paths.data.glob("user-beschadigd-*.sqlite")
    notice = read_notice(qtbot, show_startup_notices(window, ()))
    if lang == "en":
        assert seen.text.startswith(f"Your data in {paths.user_db} is damaged (integrity check: ")
        assert seen.text.endswith("either way the damaged file is kept beside it.")
        assert seen.informative.startswith("Recovering puts back every favourite, note and plan")
        assert notice.startswith("Your data has been recovered: ") and " favourites, " in notice
        assert notice.endswith(f"The damaged file has been kept as {kept}.")
    else:
        assert seen.text.startswith(f"Uw gegevens in {paths.user_db} zijn beschadigd (")
        assert seen.informative.startswith("Herstellen zet alle favorieten, notities en plannen")
        assert notice.startswith("Uw gegevens zijn hersteld: ") and " favorieten, " in notice
        assert notice.endswith(f"Het beschadigde bestand is bewaard als {kept}.")
    assert 200 <= len(window.user.favorites()) < 300
    window.close()
    window.user.close()


def test_damaged_user_data_not_now_is_explained(lang, paths, library, qtbot):
    from kb_app.app import build_window, show_startup_notices
    from kb_app.gui.startup import ask_recovery

    paths.data.mkdir(parents=True)
    damaged_leaf(paths.data)
    answer_box(LATER[lang])
    window = build_window(library, paths, choose_recovery=ask_recovery)
    qtbot.addWidget(window)
    notice = read_notice(qtbot, show_startup_notices(window, ()))
    if lang == "en":
        assert notice.startswith(f"Your data in {paths.user_db} is damaged (")
        assert notice.endswith(
            "\n\nWat Werkt now works without your favourites, notes and plans; what you add in "
            "this session will not be saved."
        )
    else:
        assert notice.startswith(f"Uw gegevens in {paths.user_db} zijn beschadigd (")
        assert notice.endswith("wat u in deze sessie toevoegt, wordt niet bewaard.")
    window.close()
    window.user.close()


# --- the data folder --------------------------------------------------------------------------


def test_a_second_window_on_the_same_data_folder(lang, tmp_path, qapp):
    from kb_app import app
    from kb_app.gui import startup

    paths = chosen(AppPaths.from_basedir(tmp_path / "base"), lang)
    first = startup.acquire_instance_lock(paths)
    assert first is not None
    seen = answer_box()
    try:
        assert app.run_gui(paths, []) == 1
    finally:
        first.unlock()
    assert (
        seen.text
        == {
            "en": "Wat Werkt is already open with the same data folder. Use that window; nothing "
            "has been changed.",
            "nl": startup.ALREADY_RUNNING,
        }[lang]
    )
    assert not paths.user_db.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_read_only_data_folder(lang, tmp_path, qapp):
    from kb_app import app

    paths = chosen(AppPaths.from_basedir(tmp_path / "base"), lang)
    paths.ensure()
    paths.data.chmod(0o500)
    seen = answer_box()
    try:
        assert app.run_gui(paths, []) == 1
    finally:
        paths.data.chmod(0o700)
    assert str(paths.data) in seen.text
    start = {"en": "Wat Werkt cannot write in the data folder", "nl": "Wat Werkt kan niet"}
    assert seen.text.startswith(start[lang])


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_a_data_folder_that_refuses_writes(code, lang, tmp_path, monkeypatch, qapp):
    """The same messages when the disk says no (a read-only mount or a full disk; the tests run
    as root here, so a folder's permissions alone would not refuse)."""
    from kb_app import app

    paths = chosen(AppPaths.from_basedir(tmp_path / "base"), lang)
    _refuse_writes(monkeypatch, code)
    seen = answer_box()
    assert app.run_gui(paths, []) == 1
    assert str(paths.data) in seen.text
    expected = {
        (errno.EROFS, "en"): (
            f"Wat Werkt cannot write in the data folder {paths.data} (",
            "Give yourself write permission on that folder, or start with --basedir FOLDER to "
            "use another folder.",
        ),
        (errno.EROFS, "nl"): (
            f"Wat Werkt kan niet schrijven in de gegevensmap {paths.data} (",
            "of start met --basedir MAP om een andere map te gebruiken.",
        ),
        (errno.ENOSPC, "en"): (
            f"The disk with the data folder {paths.data} is full.",
            "Free up space and start Wat Werkt again; nothing has been changed.",
        ),
        (errno.ENOSPC, "nl"): (
            f"De schijf met de gegevensmap {paths.data} is vol.",
            "start Wat Werkt opnieuw; er is niets gewijzigd.",
        ),
    }[code, lang]
    assert seen.text.startswith(expected[0]) and seen.text.endswith(expected[1]), seen.text


# --- the library ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mini_root(tmp_path_factory):
    """A source tree with a little content and the schemas, and a library built from it."""
    from kb_app.pipeline.build import build
    from tests.conftest import CONTENT, SCHEMA
    from tests.pipeline.conftest import GOOD

    root = tmp_path_factory.mktemp("root")
    content = root / "content"
    (content / "interventions").mkdir(parents=True)
    shutil.copy(CONTENT / "vocabularies.yaml", content)
    shutil.copytree(CONTENT / "principles", content / "principles")
    shutil.copy(CONTENT / "interventions" / GOOD, content / "interventions" / GOOD)
    shutil.copytree(SCHEMA, root / "schema")
    built = tmp_path_factory.mktemp("built") / "library"
    build(content, root / "schema", built)
    return root, built


@pytest.fixture
def damaged_shipped(mini_root, tmp_path, monkeypatch):
    """The shipped library, its content.sqlite overwritten, and the source tree to rebuild it."""
    root, built = mini_root
    shipped = tmp_path / "shipped"
    shutil.copytree(built, shipped)
    (shipped / "content.sqlite").write_bytes(b"kapot" * 1000)
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: shipped)
    monkeypatch.setattr(library_module, "source_root", lambda: root)
    return shipped


def test_a_damaged_library_is_rebuilt_and_the_user_told(
    lang, damaged_shipped, paths, make_window, qapp, qtbot, monkeypatch
):
    from kb_app.app import show_startup_notices
    from kb_app.gui import startup

    progress = []
    show = startup._Progress.show

    def shown(self, reason):
        show(self, reason)
        progress.append(self.dialog.labelText())

    monkeypatch.setattr(startup._Progress, "show", shown)
    rebuilt = startup.open_library_with_progress(qapp, paths)
    try:
        assert rebuilt.location.rebuilt and rebuilt.location.folder == damaged_shipped
        window = make_window()  # the session's library: only the notice is under test
        notice = read_notice(qtbot, show_startup_notices(window, rebuilt.location.notices))
    finally:
        rebuilt.close()
    if lang == "en":
        assert progress == ["The library is damaged and is being built again.\nOne moment, please…"]
        assert notice == (
            "The library was damaged (the shipped library: content.sqlite is damaged or changed) "
            "and has been built again from the content. Your favourites, notes and plans have "
            "not been touched."
        )
    else:
        assert progress == [
            "De bibliotheek is beschadigd en wordt opnieuw opgebouwd.\nEen ogenblik geduld…"
        ]
        assert notice == (
            "De bibliotheek was beschadigd (de meegeleverde bibliotheek: content.sqlite is "
            "beschadigd of gewijzigd) en is opnieuw opgebouwd uit de inhoud. Uw favorieten, "
            "notities en plannen zijn niet aangeraakt."
        )


def test_no_usable_library_stops_start_up_with_a_message(
    lang, damaged_shipped, tmp_path, monkeypatch, qapp
):
    from kb_app import app

    monkeypatch.setattr(library_module, "source_root", lambda: None)  # nothing to rebuild from
    seen = answer_box()
    # _run_windows: run_gui after its one-time set-up, which would stay on the shared app.
    assert app._run_windows(qapp, AppPaths.from_basedir(tmp_path / "base")) == 1
    expected = {
        "en": "No usable library was found (the shipped library: content.sqlite is damaged or "
        "changed) and there is no content to build one from. Install the program again or "
        "install a library update.",
        "nl": "Er is geen bruikbare bibliotheek gevonden (de meegeleverde bibliotheek: "
        "content.sqlite is beschadigd of gewijzigd) en er is geen inhoud om er een te bouwen. "
        "Installeer het programma opnieuw of installeer een bibliotheekupdate.",
    }
    assert seen.text == expected[lang]


# --- before Qt can show anything --------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "locale", "english"),
    [("en", "C", True), ("", "en_GB.UTF-8", True), ("", "C", False), ("nl", "en_GB.UTF-8", False)],
)
def test_no_display_is_said_in_the_language_the_window_would_speak(
    setting, locale, english, tmp_path
):
    from tests.conftest import ROOT

    paths = AppPaths.from_basedir(tmp_path / "base")
    if setting:
        chosen(paths, setting)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE")
        and not k.startswith("LC_")
    }
    env.update(KB_APP_BASEDIR=str(tmp_path / "base"), PYTHONPATH=str(ROOT), LANG=locale)
    env["LC_ALL"] = locale
    done = subprocess.run(
        [sys.executable, "-m", "kb_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stderr
    if english:
        assert done.stderr.startswith("Wat Werkt finds no screen: DISPLAY and WAYLAND_DISPLAY")
    else:
        assert done.stderr.startswith("Wat Werkt vindt geen beeldscherm")
    assert "--self-test" in done.stderr and "Traceback" not in done.stderr


# --- the error boundary -----------------------------------------------------------------------


def test_disk_full_while_saving_is_said_in_the_window_language(
    lang, paths, make_window, tmp_path, monkeypatch
):

    from kb_app.gui import startup

    window = make_window()
    log_file = tmp_path / "logs" / "wat-werkt.log"
    log_file.parent.mkdir()
    monkeypatch.setattr(startup.log, "error", lambda *args: None)  # logged: another test's
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    startup.install_excepthook(log_file)
    window.detail.show_document("intervention", "kiva")
    fill_the_disk(window)
    seen = answer_box()
    QTest.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    expected = {
        "en": "The disk is full, so your last change could not be saved. Free up space (for "
        f"instance in {tmp_path}) and try again; what was saved before is still there.",
        "nl": startup.DISK_FULL.format(folder=tmp_path),
    }
    assert seen.text == expected[lang]
