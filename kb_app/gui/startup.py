"""Start-up helpers for the window: translations, opening the library with a progress dialog
when it has to be (re)built, and a last-resort error handler that logs and apologises."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from kb_app.core.paths import AppPaths
from kb_app.library import Library, open_library

log = logging.getLogger("kb_app")


def install_translator(app: QApplication, language: str) -> list:
    """Dutch by default, English when chosen or when the system speaks English (see
    ``kb_app.gui.language``); Qt's own dialogs follow."""
    from kb_app.gui.language import install_translators

    return install_translators(app, language)


def setup_logging(paths: AppPaths) -> Path:
    paths.logs.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs / "wat-werkt.log"
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def install_excepthook(log_file: Path) -> None:
    """Unexpected errors: logged in full, shown as a short apology with the log's path."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None, "Wat Werkt",
                "Sorry, er ging iets mis dat we niet hadden voorzien. Uw gegevens zijn bewaard.\n\n"
                f"De details staan in het logboek:\n{log_file}")

    sys.excepthook = hook


def open_library_with_progress(app: QApplication, paths: AppPaths) -> Library:
    """Open the library; if it must be built first, say so while it happens."""
    reasons: list[str] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(open_library, paths, reasons.append)
        dialog = None
        while not future.done():
            if reasons and dialog is None:
                dialog = QProgressDialog(reasons[0] + "\n" + "Een ogenblik geduld…", "", 0, 0)
                dialog.setWindowTitle("Wat Werkt")
                dialog.setCancelButton(None)
                dialog.setMinimumDuration(0)
                dialog.show()
            app.processEvents()
            time.sleep(0.02)
        if dialog is not None:
            dialog.close()
        return future.result()


def acquire_instance_lock(paths: AppPaths):
    """Hold a lock on the data folder while the window is open.

    Returns the held ``QLockFile``, or None when another Wat Werkt already uses this folder: two
    windows on one user.sqlite would be safe (WAL, transactions) but confusing — edits in one
    would not show in the other — so the second one says so and stops.
    """
    from PySide6.QtCore import QLockFile

    paths.data.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.data / "wat-werkt.lock"))
    lock.setStaleLockTime(0)  # a crashed instance's lock is stale once its process is gone
    return lock if lock.tryLock(100) else None


ALREADY_RUNNING = ("Wat Werkt is al geopend met dezelfde gegevensmap. Gebruik dat venster; "
                   "er is niets gewijzigd.")
