"""Start-up helpers for the window: translations, opening the library with a progress dialog
when it has to be (re)built, the checks that explain a start-up that cannot work (no display,
a data folder that is read-only, full or in use), the question what to do with damaged user data,
and the window's error boundary: an exception no slot handled is logged in full and shown as one
short message in the interface language (``core.start_messages``) — a specific one when the cause
is known (disk full, no permission, damaged user data, any ``KbError``), else a general apology
with the log's path. Never a traceback."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QApplication

from kb_app.core.errors import KbError
from kb_app.core.files import probe_data_folder
from kb_app.core.paths import AppPaths
from kb_app.core.start_messages import MESSAGES, both, say
from kb_app.core.texts import Text
from kb_app.gui.background import Background
from kb_app.library import Library, open_library

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile, QTranslator
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger("kb_app")


def __getattr__(name: str) -> object:
    """``QMessageBox`` on first use: making Qt's message box class (and its enums) costs start-up
    time that a start without a message does not need."""
    if name == "QMessageBox":
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Dutch by default, English when chosen or when the system speaks English (see
    ``kb_app.gui.language``); Qt's own dialogs follow."""
    from kb_app.gui.language import install_translators

    return install_translators(app, language)


class _RotatingLog(logging.Handler):
    """The rotating log file, opened with the first record: ``logging.handlers`` imports sockets,
    queues and pickle, more start-up time than a session without a log line needs."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.baseFilename = str(log_file)  # as a FileHandler has it
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.baseFilename, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            self._file.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
        self._file.emit(record)  # under this handler's lock already

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(paths: AppPaths) -> Path:
    """The rotating log file in the logs folder (opened when there is something to log)."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs / "wat-werkt.log"
    root = logging.getLogger()
    root.addHandler(_RotatingLog(log_file))
    root.setLevel(logging.INFO)
    return log_file


# The Dutch templates, as the CLI and the tests know them; the messages themselves are Texts in
# both languages (``kb_app.core.start_messages``), picked by the caller in the window's language.
GENERIC = MESSAGES["generic"]["nl"]
DISK_FULL = MESSAGES["disk-full"]["nl"]
NO_PERMISSION = MESSAGES["no-permission"]["nl"]
DAMAGED_NOW = MESSAGES["damaged-now"]["nl"]
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def boundary_message(error: BaseException, log_file: Path) -> tuple[Text, bool]:
    """(what to tell the user, in both languages; whether it is the generic apology) for an
    unhandled error."""
    if isinstance(error, KbError):
        return Text(str(error), error.text("en")), False
    if isinstance(error, OSError) and error.errno in _FULL:
        return both("disk-full", folder=log_file.parent.parent), False
    if isinstance(error, OSError) and error.errno in _DENIED:
        return both("no-permission", where=error.filename or log_file.parent.parent), False
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == 13 or "full" in str(error):  # SQLITE_FULL
            return both("disk-full", folder=log_file.parent.parent), False
        if code in (3, 8, 14):  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
            return both("no-permission", where=log_file.parent.parent), False
        if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            return both("damaged-now"), False
    return both("generic", log=log_file), True


def install_excepthook(log_file: Path) -> None:
    """The window's error boundary: every exception a slot lets through ends here (PySide6
    hands it to ``sys.excepthook``), is logged in full and shown as one short message."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        message, _generic = boundary_message(value, log_file)
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            from kb_app.gui.language import ui_language

            QMessageBox.critical(None, "Wat Werkt", message.text(ui_language()))

    sys.excepthook = hook


class _Progress(QObject):
    """Shows why the library is being built, for as long as it takes. ``reason`` may be emitted
    from the worker thread: the dialog is made on the GUI thread, where this object lives."""

    reason = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: QProgressDialog | None = None
        self.reason.connect(self.show)

    def show(self, reason: str) -> None:
        if self.dialog is None:
            from PySide6.QtWidgets import QProgressDialog

            from kb_app.gui.language import ui_language

            wait = say("please-wait", ui_language())
            self.dialog = QProgressDialog(reason + "\n" + wait, "", 0, 0)
            self.dialog.setWindowTitle("Wat Werkt")
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(0)
            self.dialog.show()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()


def open_library_with_progress(app: QApplication, paths: AppPaths) -> Library:
    """Find the library and open its contents off the GUI thread (building it first when it is
    missing or stale, with a progress dialog); the index opens later, once the window shows."""
    from kb_app.core.texts import in_language
    from kb_app.gui.language import ui_language

    outcome: list[Library | BaseException] = []
    progress, loop = _Progress(), QEventLoop()
    worker = Background("library")
    lang = ui_language()  # read here: the reason is told on the worker thread

    def tell(reason: str) -> None:
        progress.reason.emit(in_language(reason, lang))  # a signal carries the str, not .en

    def opened(result: Library | BaseException) -> None:
        outcome.append(result)
        loop.quit()

    worker.submit(
        lambda: _attempt(lambda: open_library(paths, tell, search=False)),
        opened,
        lambda message: opened(KbError(message)),
        error=say("open-failed", lang),  # as ``Background.FAILED`` says it, in ``lang``
    )
    try:
        if not outcome:  # the loop ends when the answer is delivered (never a busy wait)
            loop.exec()
    finally:
        worker.stop()
        progress.close()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]  # ContentError and KbError keep their own messages for run_gui
    return outcome[0]


def _attempt(work: Callable[[], Library]) -> Library | BaseException:
    """``work()``, or the ``KbError`` it raised: ``run_gui`` tells content problems apart."""
    try:
        return work()
    except KbError as error:
        return error


def acquire_instance_lock(paths: AppPaths) -> QLockFile | None:
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


ALREADY_RUNNING = MESSAGES["already-running"]["nl"]
FOLDER_READ_ONLY = MESSAGES["folder-read-only"]["nl"]
FOLDER_FULL = MESSAGES["folder-full"]["nl"]
FOLDER_UNUSABLE = MESSAGES["folder-unusable"]["nl"]


def data_folder_problem(paths: AppPaths) -> Text | None:
    """Why the data folders cannot be written, in words a user can act on; None when they can
    (see ``kb_app.core.files.probe_data_folder``)."""
    return folder_problem(probe_data_folder(paths), paths)


def folder_problem(error: OSError | None, paths: AppPaths) -> Text | None:
    """The message for what ``probe_data_folder`` found (None: nothing wrong). The system's
    reason (``strerror``) is in the system's language either way."""
    if error is None:
        return None
    where = error.filename or paths.data
    if error.errno in _FULL:
        return both("folder-full", folder=where)
    reason = error.strerror or str(error)
    if error.errno in _DENIED:
        return both("folder-read-only", folder=where, reason=reason)
    return both("folder-unusable", folder=where, reason=reason)


def lock_problem(paths: AppPaths) -> Text:
    """Why ``acquire_instance_lock`` failed: another window, or a folder that refuses the lock."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(paths.data / "wat-werkt.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):  # the other one just closed; say so rather than guess
        lock.unlock()
        return both("already-running")
    if lock.error() == QLockFile.LockError.LockFailedError:
        return both("already-running")
    return data_folder_problem(paths) or both(
        "folder-unusable", folder=paths.data, reason=both("no-lock-file")
    )


def ask_recovery(error: Exception) -> str:
    """Damaged user data: recover what can be read, start fresh, or not now (in memory)."""
    from PySide6.QtWidgets import QMessageBox

    from kb_app.core.texts import in_language
    from kb_app.gui.language import ui_language

    lang = ui_language()
    box = QMessageBox(QMessageBox.Icon.Warning, "Wat Werkt", in_language(error, lang))
    box.setInformativeText(say("recovery-explained", lang))
    recover = box.addButton(say("recover-button", lang), QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton(say("fresh-button", lang), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(say("later-button", lang), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "fresh" if clicked is fresh else "later"


# The platform plugin's libraries, by soname, with the Debian/Ubuntu package that provides it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
NO_DISPLAY = MESSAGES["no-display"]["nl"]
MISSING_LIBS = MESSAGES["missing-libs"]["nl"]


def language_before_window(setting: str) -> str:
    """The language the window would speak (``gui.language.choose_language``), for a message
    printed before there can be a window: QtCore's locale works without a display."""
    from PySide6.QtCore import QLocale

    from kb_app.gui.language import choose_language

    return choose_language(setting, QLocale.system().name())


def needs_display() -> bool:
    """Linux/BSD without an offscreen platform and before any QApplication exists."""
    if not sys.platform.startswith(("linux", "freebsd")) or QApplication.instance() is not None:
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return platform not in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def display_problem(
    env: dict[str, str] | None = None, load: Callable[[str], object] | None = None
) -> Text | None:
    """Say what is missing before Qt aborts with "could not load the Qt platform plugin"."""
    if load is None:
        import ctypes  # only here: a start-up with a display does not need it

        load = ctypes.CDLL
    env = dict(os.environ) if env is None else env
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return both("no-display")
    if platform == "wayland" or (env.get("WAYLAND_DISPLAY") and platform != "xcb"):
        return None  # Qt falls back from Wayland to X11 by itself when both exist
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing.append((soname, package))
    if not missing:
        return None
    return both(
        "missing-libs",
        libs=", ".join(s for s, _ in missing),
        packages=" ".join(p for _, p in missing),
    )
