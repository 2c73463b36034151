"""One start-up, run as its own process: ``python startup_child.py app|bare [LIBRARY]``.

``app`` runs the real entry point, ``kb_app.app.run_gui``, unchanged; only ``QApplication.exec``
is replaced, so that instead of waiting for the user it processes events until the top-level
window has painted, the search field (a ``QLineEdit``) has focus and a list or table shows rows,
then prints the timestamps as JSON and returns. It does not depend on the window's class, so a
rewritten GUI is measured the same way. ``kb_app.library``'s ``find_library`` and
``SearchService`` are wrapped only to time opening the data, and, given a LIBRARY folder, to
open that library instead of the shipped one. ``bare`` is the floor: a bare
PySide6 window with a list and a text browser. Timestamps are ``time.time()`` so the parent can
subtract its own spawn time.
"""

import contextlib
import time

T_MAIN = time.time()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

TIMEOUT_S = 10.0
marks = {"main": T_MAIN}


def _ready_state(app, window) -> dict:
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    views = window.findChildren(QAbstractItemView) if window else []
    return {
        "focus": isinstance(app.focusWidget(), QLineEdit),
        "listed": any(v.model() is not None and v.model().rowCount() > 0 for v in views),
    }


def _wait_until_usable(app, need_focus: bool) -> None:
    """Process events until a top-level window painted, has focus and lists rows."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # Qt override
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watcher = PaintWatcher()
    app.installEventFilter(watcher)
    deadline = time.time() + TIMEOUT_S
    state = {"focus": False, "listed": False}
    window = None
    while time.time() < deadline:
        app.processEvents()
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        window = max(shown, key=lambda w: w.width() * w.height(), default=None)
        state = _ready_state(app, window)
        if painted and state["listed"] and (state["focus"] or not need_focus):
            break
        time.sleep(0.001)
    app.removeEventFilter(watcher)
    marks["painted"] = painted[0] if painted else float("nan")
    marks["ready"] = time.time()
    marks.update(state)
    marks["window_class"] = type(window).__name__ if window else None


def _peak_rss_kb() -> int:
    """This process's peak RSS. Linux keeps ``ru_maxrss`` across exec, so a child of a big
    benchmark process would report its parent's peak; ``VmHWM`` starts afresh at exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report() -> None:
    marks["max_rss_kb"] = _peak_rss_kb()
    print("STARTUP " + json.dumps(marks), flush=True)


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QTextBrowser, QWidget

    marks["imported"] = time.time()
    marks["open_start"] = time.time()  # no data to open: the phase is the QApplication
    app = QApplication(sys.argv[:1])
    marks["opened"] = time.time()
    window = QWidget()
    layout = QHBoxLayout(window)
    items = QListWidget()
    items.addItems([f"Interventie {n}" for n in range(100)])
    browser = QTextBrowser()
    browser.setHtml("<h1>Wat Werkt</h1><p>Kies een interventie.</p>")
    layout.addWidget(items)
    layout.addWidget(browser)
    window.resize(1200, 780)
    window.show()
    marks["shown"] = time.time()
    _wait_until_usable(app, need_focus=False)
    _report()
    return 0


def run_app(library: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    import kb_app.app
    import kb_app.library
    from kb_app.core.paths import AppPaths

    # The window module run_gui imports today; a rewrite may move it (then counted later).
    with contextlib.suppress(ImportError):
        import kb_app.gui.main_window

    marks["imported"] = time.time()
    # Wrapped where open_library looks them up at call time, so this works however the GUI
    # imported open_library: finding the library starts the phase, the search service ends it.
    real_find, real_service = kb_app.library.find_library, kb_app.library.SearchService

    def timed_find(*args, **kwargs):
        marks["open_start"] = time.time()
        if library:
            from pathlib import Path

            from kb_app.pipeline.library import LibraryLocation, read_manifest

            location = LibraryLocation(Path(library), read_manifest(Path(library)) or {})
        else:
            location = real_find(*args, **kwargs)
        marks["library"] = str(location.folder)
        return location

    def timed_service(*args, **kwargs):
        service = real_service(*args, **kwargs)
        marks["opened"] = time.time()
        return service

    def measured_exec(*_args) -> int:
        marks["shown"] = time.time()
        _wait_until_usable(QApplication.instance(), need_focus=True)
        _report()
        return 0

    kb_app.library.find_library = timed_find
    kb_app.library.SearchService = timed_service
    QApplication.exec = measured_exec
    return kb_app.app.run_gui(AppPaths.resolve(), [])


if __name__ == "__main__":
    mode = sys.argv[1]
    code = run_bare() if mode == "bare" else run_app(sys.argv[2] if len(sys.argv) > 2 else None)
    sys.exit(code)
