"""Start-up and the window on hostile user data and data folders: each case gets its own Dutch
message, and none of them reaches the generic "er ging iets mis" boundary."""

import errno
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kb_app.core.paths import AppPaths
from tests.store.test_hostile_user_data import damaged_leaf, filled

# pytest-qt would otherwise put its own excepthook over the boundary these tests check.
pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


class Shown(list):
    """Messages the boundary showed; ``log`` holds what it logged."""

    log: list


@pytest.fixture
def boundary(tmp_path, monkeypatch):
    """The real error boundary, with what it shows recorded (and whether it was generic)."""
    from kb_app.gui import startup

    log_file = tmp_path / "logs" / "wat-werkt.log"
    log_file.parent.mkdir()
    shown = Shown()
    monkeypatch.setattr(
        startup.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    records = []
    monkeypatch.setattr(startup.log, "error", lambda *args: records.append(args[0] % args[1:]))
    old = sys.excepthook
    startup.install_excepthook(log_file)
    shown.log = records
    yield shown
    sys.excepthook = old
    generic = startup.GENERIC.format(log=log_file)
    assert generic not in shown  # no hostile case may end in the general apology


def click_later(button_text):
    """Click a button of the modal message box once it is open, as a person would."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def test_damaged_user_data_is_recovered_from_the_dialog(paths, library, qtbot, boundary):
    from kb_app.app import build_window
    from kb_app.gui.startup import ask_recovery

    paths.data.mkdir(parents=True)
    damaged_leaf(paths.data)
    before = paths.user_db.read_bytes()
    click_later("Herstellen wat leesbaar is")
    window = build_window(library, paths, choose_recovery=ask_recovery)
    qtbot.addWidget(window)
    assert any("hersteld" in notice for notice in window.startup_notices)
    assert 200 <= len(window.user.favorites()) < 300
    [kept] = paths.data.glob("user-beschadigd-*.sqlite")
    assert kept.read_bytes() == before
    window.user.close()


def test_damaged_user_data_not_now_leaves_the_file_alone(paths, library, qtbot, boundary):
    from kb_app.app import build_window
    from kb_app.gui.startup import ask_recovery

    paths.data.mkdir(parents=True)
    damaged_leaf(paths.data)
    before = paths.user_db.read_bytes()
    click_later("Nu niet")
    window = build_window(library, paths, choose_recovery=ask_recovery)
    qtbot.addWidget(window)
    assert any("beschadigd" in n and "niet bewaard" in n for n in window.startup_notices)
    window.detail.show_document("intervention", "kiva")
    QTest.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    assert window.user.is_favorite("kiva")  # works, in memory
    window.close()
    window.user.close()
    assert paths.user_db.read_bytes() == before
    assert not list(paths.data.glob("user-beschadigd-*"))


def test_a_bad_plan_row_is_set_aside_and_listed(paths, make_window, boundary):
    paths.data.mkdir(parents=True)
    filled(paths.user_db, favorites=1, notes=0, plans=2)
    with sqlite3.connect(paths.user_db) as conn:
        conn.execute("""INSERT INTO plans VALUES ('kapot', 'Wijkplan Oost', '{"id": "kapot",
                     "title": 12}', 'nu', 'nu')""")
        conn.execute("INSERT INTO plans VALUES ('geen-json', 'Oud plan', '{{{', 'nu', 'nu')")
    window = make_window()
    notice = next(n for n in window.startup_notices if "apart" in n)
    assert "Wijkplan Oost" in notice and "'title'" in notice
    assert "Oud plan" in notice and "JSON" in notice
    chooser = window.plans.chooser
    assert sorted(chooser.itemText(i) for i in range(chooser.count())) == ["Plan 0", "Plan 1"]


def test_a_missing_plans_table_does_not_stop_the_window(paths, make_window, boundary):
    paths.data.mkdir(parents=True)
    filled(paths.user_db, favorites=2, notes=0, plans=1)
    with sqlite3.connect(paths.user_db) as conn:
        conn.execute("DROP TABLE plans")
    window = make_window()
    assert any("plannen ontbrak" in n for n in window.startup_notices)
    assert len(window.user.favorites()) == 2


def _refuse_writes(monkeypatch, code):
    import tempfile

    def refuse(*args, **kwargs):
        raise OSError(code, __import__("os").strerror(code), kwargs.get("dir"))

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.EACCES, "kan niet schrijven in de gegevensmap"),
        (errno.EROFS, "kan niet schrijven in de gegevensmap"),
        (errno.ENOSPC, "is vol"),
        (errno.EIO, "niet gebruiken"),
    ],
)
def test_unwritable_data_folder_gets_its_real_reason(
    code, expected, tmp_path, monkeypatch, qapp, boundary
):
    from kb_app import app
    from kb_app.gui import startup

    paths = AppPaths.from_basedir(tmp_path / "base")
    told = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda parent, title, text: told.append(text)
    )
    _refuse_writes(monkeypatch, code)
    assert app.run_gui(paths, []) == 1
    assert len(told) == 1 and expected in told[0] and str(paths.data) in told[0]
    assert startup.ALREADY_RUNNING not in told


def test_a_lock_that_cannot_be_created_is_not_called_another_window(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QLockFile

    from kb_app.gui import startup

    paths = AppPaths.from_basedir(tmp_path / "base")
    paths.ensure()
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    monkeypatch.setattr(QLockFile, "tryLock", lambda self, timeout=0: False)
    _refuse_writes(monkeypatch, errno.EACCES)
    message = startup.lock_problem(paths)
    assert message != startup.ALREADY_RUNNING and "schrijfrechten" in message


def fill_the_disk(window) -> None:
    """Make the user's database full, as a full disk would (SQLite's own SQLITE_FULL)."""
    conn = window.user._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    for size in (2000, 200, 1):  # fill the last free pages, then every gap in them
        for n in range(2000):
            try:
                window.user.add_favorite(f"v{size}-{n}", "x" * size)
            except sqlite3.OperationalError:
                break


def test_disk_full_while_saving_a_favourite_gets_its_own_message(
    paths, make_window, qtbot, boundary
):
    window = make_window()
    window.detail.show_document("intervention", "kiva")
    fill_the_disk(window)
    QTest.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    assert len(boundary) == 1 and "schijf is vol" in boundary[0]
    assert "OperationalError: database or disk is full" in boundary.log[0]  # full detail logged
    assert not window.user.is_favorite("kiva")  # nothing half-saved


def test_boundary_messages_are_specific_for_known_causes(tmp_path):
    from kb_app.core.errors import KbError
    from kb_app.gui.startup import boundary_message

    log = tmp_path / "logs" / "wat-werkt.log"
    full = sqlite3.OperationalError("database or disk is full")
    cases = [
        KbError("Precies dit."),
        OSError(errno.ENOSPC, "No space left"),
        PermissionError(errno.EACCES, "Permission denied", "/x"),
        full,
        sqlite3.DatabaseError("database disk image is malformed"),
    ]
    cases[-1].sqlite_errorcode = 11
    for error in cases:
        message, generic = boundary_message(error, log)
        assert not generic and "Traceback" not in message, error
    assert boundary_message(ValueError("onvoorzien"), log)[1] is True


def test_broken_content_without_a_fallback_lists_its_problems(tmp_path, monkeypatch, qapp):
    from kb_app import app
    from kb_app.core.errors import ContentError, Problem
    from kb_app.gui import startup

    problems = [
        Problem("content/interventions/x.md", 7, "Ongeldige YAML: kapot."),
        Problem("content/interventions/y.md", 3, "themes: onbekende term 'z'."),
    ]

    def broken(app_, paths):
        raise ContentError(problems)

    monkeypatch.setattr(startup, "open_library_with_progress", broken)
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical", lambda parent, title, text: shown.append(text)
    )
    # _run_windows is run_gui after its one-time set-up (translator, excepthook, logging), which
    # would otherwise stay installed on the shared QApplication for the tests after this one.
    assert app._run_windows(qapp, AppPaths.from_basedir(tmp_path / "base")) == 1
    assert "content/interventions/x.md:7: Ongeldige YAML" in shown[0]
    assert "content/interventions/y.md:3" in shown[0]


def test_no_display_is_explained_in_dutch_before_qt_aborts(tmp_path):
    """Issue 16: without DISPLAY/WAYLAND_DISPLAY Qt aborts with an English plugin error."""
    import os
    import subprocess

    from tests.conftest import ROOT

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(KB_APP_BASEDIR=str(tmp_path / "base"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "kb_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stderr
    assert "geen beeldscherm" in done.stderr and "--self-test" in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr


def test_missing_xcb_libraries_are_named_with_their_package():
    from kb_app.gui.startup import display_problem

    def load(soname):
        if soname == "libxcb-cursor.so.0":
            raise OSError(f"{soname}: cannot open shared object file")

    message = display_problem({"DISPLAY": ":0"}, load=load)
    assert "libxcb-cursor.so.0" in message and "apt install libxcb-cursor0" in message
    assert display_problem({"DISPLAY": ":0"}, load=lambda soname: None) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, load=load) is None
