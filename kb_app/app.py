"""The composition root: resolve paths, open the library and user data, build the window, run.

Nothing is created at import time; ``run_gui`` does it all, in order, so tests can build the same
objects with their own paths (see ``build_window``). Every way start-up can fail that a user can
do something about — no display, a read-only or full data folder, another window on the same
folder, damaged user data, broken content — gets its own explanation here, in the interface
language (``core.start_messages``: Dutch, or English in the English window); only what no one
foresaw reaches the last-resort handler in ``gui/startup.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kb_app.core.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kb_app.core.errors import KbError
    from kb_app.core.texts import Text
    from kb_app.gui.main_window import MainWindow
    from kb_app.library import Library
    from kb_app.store.user import UserStore

# What to do with damaged user data: "recover", "fresh" or "later" (work in memory this time).
RecoveryChoice = Callable[[Exception], str]


def open_user_data(
    paths: AppPaths, choose: RecoveryChoice | None = None
) -> tuple[UserStore, list[str]]:
    """The user's store and what to tell them about it (each notice a ``Text`` in both languages:
    its Dutch is the string). Never raises for a bad file: a damaged one is recovered only when
    ``choose`` says so, else the session runs in memory."""
    from kb_app.store.user import UserDataDamaged, UserDataError, UserStore

    notices: list[str] = []
    try:
        user = UserStore(paths.user_db, check_plan=plan_problem)
    except UserDataDamaged as error:
        choice = choose(error) if choose is not None else "later"
        if choice not in ("recover", "fresh"):
            return _in_memory(error, notices)
        from kb_app.store.user_recovery import recover  # only for damaged data

        try:
            notices.append(recover(paths.user_db, fresh=choice == "fresh").message())
            user = UserStore(paths.user_db, check_plan=plan_problem)
        except UserDataError as failed:
            return _in_memory(failed, notices)
    except UserDataError as error:
        return _in_memory(error, notices)
    notices.extend(user.notices)
    if user.set_aside:
        notices.append(set_aside_notice(user))
    return user, notices


def plan_problem(document: dict) -> str | None:
    """``plans.typecheck.plan_problem``, imported when there is a stored plan to check (the
    plan model is not needed to open the window otherwise)."""
    from kb_app.plans.typecheck import plan_problem as check

    return check(document)


def _in_memory(reason: KbError, notices: list[str]) -> tuple[UserStore, list[str]]:
    from kb_app.core.start_messages import both
    from kb_app.core.texts import Text
    from kb_app.store.user import UserStore

    # Start anyway, on an empty store in memory: the user's file stays exactly as it was.
    notices.append(both("in-memory", reason=Text(str(reason), reason.text("en"))))
    return UserStore(Path(":memory:")), notices


def set_aside_notice(user: UserStore) -> Text:
    """Which plans could not be read, and why (each reason a ``Text`` from the store)."""
    from kb_app.core.start_messages import both
    from kb_app.core.texts import join

    listed = join(
        "\n",
        [
            both("set-aside-line", title=row.title or row.id, id=row.id, reason=row.reason)
            for row in user.set_aside
        ],
    )
    count = len(user.set_aside)
    key = "set-aside-one" if count == 1 else "set-aside-more"
    return both(key, count=count, file=user.path, listed=listed)


def build_window(
    library: Library,
    paths: AppPaths,
    today: dt.date | None = None,
    choose_recovery: RecoveryChoice | None = None,
    staged: bool = False,
) -> MainWindow:
    """The main window over an open library, with the user's data and settings from ``paths``;
    ``staged``: the search field first, the rest right after the first paint (``run_gui``)."""
    from kb_app.gui.main_window import MainWindow
    from kb_app.gui.refcounts import immortalise_singletons
    from kb_app.gui.settings import Settings

    immortalise_singletons()  # PySide6 6.12 on Python 3.11 loses references (see refcounts.py)
    user, notices = open_user_data(paths, choose_recovery)
    settings = Settings(paths.config)
    return MainWindow(library, user, settings, today, paths=paths, notices=notices, staged=staged)


class FolderCheck(threading.Thread):
    """The data-folder probe (a synced write: tens of milliseconds on a slow disk, nearly all of
    it waiting for the disk, which a thread does without holding the GIL), started before Qt is
    imported. ``run_gui`` waits for the answer before it locks the folder, so a folder that
    cannot be written still stops start-up with its own message before any window opens or
    any user data is touched."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__(name="folder-check", daemon=True)
        self.paths = paths
        self.error: OSError | None = None
        self.failure: BaseException | None = None  # anything else: raised again in result()

    def run(self) -> None:
        from kb_app.core.files import probe_data_folder

        try:
            self.error = probe_data_folder(self.paths)
        except BaseException as failure:  # handed to the GUI thread, where the boundary is
            self.failure = failure

    def result(self) -> OSError | None:
        """What writing in the data folder gave (None: it can be written)."""
        self.join()
        if self.failure is not None:
            raise self.failure
        return self.error


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    folder = FolderCheck(paths)
    folder.start()  # overlaps importing Qt and making the QApplication
    from kb_app.gui import startup

    problem = startup.display_problem() if startup.needs_display() else None
    if problem:
        print(problem.text(startup.language_before_window(_language(paths))), file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from kb_app.gui.refcounts import immortalise_singletons

    immortalise_singletons()  # before the first Qt call: see kb_app/gui/refcounts.py
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("Wat Werkt")
    app.setOrganizationName("WatWerkt")
    app.setDesktopFileName("wat-werkt")
    # The language first: a data folder that cannot be used is explained in it, too.
    startup.install_translator(app, _language(paths))
    problem = startup.folder_problem(folder.result(), paths)
    lock = None if problem else startup.acquire_instance_lock(paths)
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

        from kb_app.gui.language import ui_language

        told = problem or startup.lock_problem(paths)
        QMessageBox.information(None, "Wat Werkt", told.text(ui_language()))
        return 1
    startup.install_excepthook(startup.setup_logging(paths))
    return _run_windows(app, paths)


def _language(paths: AppPaths) -> str:
    from kb_app.gui.settings import Settings

    return str(Settings(paths.config).value("ui/language", "") or "")


def show_startup_notices(
    window: MainWindow, library: Sequence[str], after: Sequence[str] = ()
) -> QMessageBox | None:
    """What the library's location, the user's data and then ``after`` (an update's outcome)
    need the user to know, in the window's language, once the window shows."""
    from kb_app.core.texts import in_language
    from kb_app.gui.language import ui_language
    from kb_app.gui.library_update import show_notices

    lang = ui_language()
    told = [in_language(n, lang) for n in (*library, *window.startup_notices, *after)]
    return show_notices(window, told) if told else None


def _run_windows(app: QApplication, paths: AppPaths) -> int:
    from kb_app.core.errors import ContentError, KbError
    from kb_app.core.texts import in_language
    from kb_app.gui import startup
    from kb_app.gui.language import ui_language
    from kb_app.pipeline.library import content_problems_notice

    messages: list[str] = []
    while True:  # once, unless the window asks to reopen after a library update or rollback
        try:
            library = startup.open_library_with_progress(app, paths)
            window = build_window(library, paths, choose_recovery=startup.ask_recovery, staged=True)
        except KbError as error:  # ContentError too, with every problem listed
            from PySide6.QtWidgets import QMessageBox

            text = (
                content_problems_notice(error, False) if isinstance(error, ContentError) else error
            )
            QMessageBox.critical(None, "Wat Werkt", in_language(text, ui_language()))
            return 1
        window.show()
        show_startup_notices(window, library.location.notices, messages)
        code = app.exec()
        window.close()  # normally closed already; else its threads must stop before the library
        window.user.close()
        library.close()
        if window.after_close is None:
            return code
        # The library is closed now, so its folder can be swapped even on Windows.
        from kb_app.gui.library_update import run_after_close

        messages = [run_after_close(window.after_close)]
