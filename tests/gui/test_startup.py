"""Start-up guards: one window per data folder, and errors that are logged and explained."""

import logging
import sys

import pytest

from kb_app.core.paths import AppPaths

pytestmark = pytest.mark.gui


def test_second_instance_on_the_same_data_folder_is_told_and_stops(tmp_path, monkeypatch, qapp):
    from kb_app import app
    from kb_app.gui import startup

    paths = AppPaths.from_basedir(tmp_path)
    first = startup.acquire_instance_lock(paths)
    assert first is not None
    told = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda parent, title, text: told.append(text)
    )
    assert app.run_gui(paths, []) == 1
    assert told == [startup.ALREADY_RUNNING]
    assert not paths.user_db.exists()  # nothing was opened or written
    first.unlock()
    again = startup.acquire_instance_lock(paths)
    assert again is not None
    again.unlock()


def test_unexpected_error_is_logged_and_shown_with_the_log_path(tmp_path, monkeypatch, qapp):
    from kb_app.gui import startup

    paths = AppPaths.from_basedir(tmp_path)
    log_file = startup.setup_logging(paths)
    shown = []
    monkeypatch.setattr(
        "kb_app.gui.startup.QMessageBox.critical", lambda parent, title, text: shown.append(text)
    )
    old_hook = sys.excepthook
    try:
        startup.install_excepthook(log_file)
        try:
            raise ValueError("kapot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "") == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "ValueError: kapot" in log_file.read_text()
    assert len(shown) == 1 and str(log_file) in shown[0] and "Traceback" not in shown[0]


def test_user_data_from_a_newer_version_is_left_alone_and_explained(paths, make_window):
    import sqlite3

    from kb_app.store.user import SCHEMA_VERSION

    paths.data.mkdir(parents=True)
    with sqlite3.connect(paths.user_db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = paths.user_db.read_bytes()
    window = make_window()
    assert window.startup_notices and "nieuwere versie" in window.startup_notices[0]
    window.detail.show_document("intervention", "kiva")
    window.detail.toggle_favorite()  # works, in memory only
    assert window.user.is_favorite("kiva")
    window.close()
    assert paths.user_db.read_bytes() == before
