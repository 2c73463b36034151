"""The composition root: resolve paths, open the library, build the window and run.

Nothing is created at import time; ``run_gui`` does it all, in order, so tests can build the same
objects with their own paths.
"""

from __future__ import annotations

import sys

from kb_app.core.paths import AppPaths


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kb_app.core.errors import KbError
    from kb_app.gui.main_window import MainWindow
    from kb_app.library import open_library

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("Wat Werkt")
    app.setOrganizationName("WatWerkt")
    paths.ensure()
    try:
        library = open_library(paths)
    except KbError as error:
        QMessageBox.critical(None, "Wat Werkt", str(error))
        return 1
    window = MainWindow(library)
    window.show()
    code = app.exec()
    library.close()
    return code
