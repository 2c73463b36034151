"""One cycle of the quit stress test (run by ``benchmarks.quit_stress`` in a fresh process):
start the real app on a data folder, search by typing, edit a plan (type a context, add an
intervention with Ctrl+Shift+P, type a rationale), then quit with Ctrl+Q.

Usage: ``python -X faulthandler -m benchmarks.quit_stress_child BASEDIR ROUNDS [--no-guard]``.
``ROUNDS`` repeats the search-and-edit part, to stand for a long session. ``--no-guard`` skips
``immortalise_singletons`` (to watch the crash it prevents).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _drive(app, rounds: int) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from kb_app.gui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, lambda: _drive(app, rounds))
        return
    window = windows[0]
    ctrl = Qt.KeyboardModifier.ControlModifier
    panel = window.plans
    for n in range(rounds):
        field = window.search_view.field
        QTest.keyClick(window, Qt.Key.Key_F, ctrl)
        QTest.keyClick(field, Qt.Key.Key_A, ctrl)
        QTest.keyClicks(field, ("kiva", "taalhuis", "buurtcirkel", "eenzame ouderen")[n % 4])
        QTest.qWait(400)  # the search debounce and the worker thread answer
        QTest.keyClick(window, Qt.Key.Key_1, ctrl)
        QTest.keyClick(window.search_view.list, Qt.Key.Key_Home)
        shift = Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(window.search_view.list, Qt.Key.Key_P, ctrl | shift)
        QTest.keyClick(window, Qt.Key.Key_6, ctrl)
        QTest.keyClicks(panel.context, f" ronde {n}")
        QTest.keyClicks(panel.item_form.rationale, "waarom ")
        QTest.qWait(300)  # the autosave fires
    # What is left of the singletons' counts (with the guard: about 2**40 more).
    print(
        f"refcounts before quit: None={sys.getrefcount(None)} True={sys.getrefcount(True)} "
        f"False={sys.getrefcount(False)}",
        file=sys.stderr,
    )
    QTest.keyClick(window, Qt.Key.Key_Q, ctrl)


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kb_app.core.paths import AppPaths

    basedir, rounds = Path(sys.argv[1]), int(sys.argv[2])
    if "--no-guard" in sys.argv:
        import kb_app.gui.refcounts as refcounts

        refcounts._done = True  # pretend it ran: the singletons keep their normal count
    else:
        from kb_app.gui.refcounts import immortalise_singletons

        immortalise_singletons()
    # A plan that is already there makes "Toevoegen" answer with a message box: close those.
    app = QApplication([sys.argv[0]])
    QMessageBox.information = lambda *args, **kwargs: QMessageBox.StandardButton.Ok
    QTimer.singleShot(0, lambda: _drive(app, rounds))
    from kb_app.app import run_gui

    return run_gui(AppPaths.from_basedir(basedir), [])


if __name__ == "__main__":
    sys.exit(main())
