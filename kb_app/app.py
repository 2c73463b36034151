"""The composition root: resolve paths, open the library and user data, build the window, run.

Nothing is created at import time; ``run_gui`` does it all, in order, so tests can build the same
objects with their own paths (see ``build_window``).
"""

from __future__ import annotations

import datetime as dt
import sys

from kb_app.core.paths import AppPaths


def build_window(library, paths: AppPaths, today: dt.date | None = None):
    """The main window over an open library, with the user's data and settings from ``paths``."""
    from kb_app.gui.main_window import MainWindow
    from kb_app.gui.settings import Settings
    from kb_app.store.user import UserStore

    user = UserStore(paths.user_db)
    return MainWindow(library, user, Settings(paths.config), today)


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kb_app.core.errors import KbError
    from kb_app.gui.settings import Settings
    from kb_app.gui.startup import (
        install_excepthook,
        install_translator,
        open_library_with_progress,
        setup_logging,
    )

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("Wat Werkt")
    app.setOrganizationName("WatWerkt")
    app.setDesktopFileName("wat-werkt")
    paths.ensure()
    install_excepthook(setup_logging(paths))
    install_translator(app, str(Settings(paths.config).value("ui/language", "") or ""))
    try:
        library = open_library_with_progress(app, paths)
        window = build_window(library, paths)
    except KbError as error:
        QMessageBox.critical(None, "Wat Werkt", str(error))
        return 1
    window.show()
    code = app.exec()
    window.user.close()
    library.close()
    return code
