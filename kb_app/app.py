"""The composition root: resolve paths, open the library and user data, build the window, run.

Nothing is created at import time; ``run_gui`` does it all, in order, so tests can build the same
objects with their own paths (see ``build_window``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kb_app.core.paths import AppPaths


def build_window(library, paths: AppPaths, today: dt.date | None = None):
    """The main window over an open library, with the user's data and settings from ``paths``."""
    from kb_app.gui.main_window import MainWindow
    from kb_app.gui.refcounts import immortalise_singletons
    from kb_app.gui.settings import Settings
    from kb_app.store.user import UserDataError, UserStore

    immortalise_singletons()  # PySide6 6.12 on Python 3.11 loses references (see refcounts.py)
    notices = []
    try:
        user = UserStore(paths.user_db)
    except UserDataError as error:
        # Start anyway, on an empty store in memory: the user's file stays exactly as it was.
        user = UserStore(Path(":memory:"))
        notices.append(f"{error}\n\nWat Werkt werkt nu zonder uw favorieten, notities en "
                       "plannen; wat u in deze sessie toevoegt, wordt niet bewaard.")
    window = MainWindow(library, user, Settings(paths.config), today, paths=paths)
    window.startup_notices = notices
    return window


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kb_app.core.errors import KbError
    from kb_app.gui.library_update import run_after_close, show_notices
    from kb_app.gui.settings import Settings
    from kb_app.gui.startup import (
        ALREADY_RUNNING,
        acquire_instance_lock,
        install_excepthook,
        install_translator,
        open_library_with_progress,
        setup_logging,
    )

    from kb_app.gui.refcounts import immortalise_singletons

    immortalise_singletons()  # before the first Qt call: see kb_app/gui/refcounts.py
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Wat Werkt")
    app.setOrganizationName("WatWerkt")
    app.setDesktopFileName("wat-werkt")
    paths.ensure()
    lock = acquire_instance_lock(paths)
    if lock is None:
        QMessageBox.information(None, "Wat Werkt", ALREADY_RUNNING)
        return 1
    install_excepthook(setup_logging(paths))
    install_translator(app, str(Settings(paths.config).value("ui/language", "") or ""))
    messages: list[str] = []
    while True:  # once, unless the window asks to reopen after a library update or rollback
        try:
            library = open_library_with_progress(app, paths)
            window = build_window(library, paths)
        except KbError as error:
            QMessageBox.critical(None, "Wat Werkt", str(error))
            return 1
        window.show()
        show_notices(window, [*library.location.notices, *window.startup_notices, *messages])
        code = app.exec()
        window.user.close()
        library.close()
        if window.after_close is None:
            return code
        # The library is closed now, so its folder can be swapped even on Windows.
        messages = [run_after_close(window.after_close)]
