"""One start-up, run as its own process: ``python startup_child.py app|bare [LIBRARY]``.

``app`` runs the real entry point, ``kb_app.app.run_gui``, unchanged; only ``QApplication.exec``
is replaced, so that instead of waiting for the user it processes events until the window is
usable, then until the first search has been answered, prints the timestamps as JSON and
returns. It does not depend on the window's class, so a rewritten GUI (or an older one: the
parent may run this against another checkout) is measured the same way.

**Usable** means: the window has painted (the app's: the one ``build_window`` made, watched by
an event filter on that window alone; an older checkout's: the largest visible top-level one)
and the keyboard focus is in a search field (a ``QLineEdit``), so what the user types goes
there (for the bare window, which has no field: it has painted and its list shows rows).
**First search answered** means: ``SearchService.search`` has returned its first result and the
event loop has run once after that (the window's handler for the answer). Both are reported
with their wall clock and the process's CPU time (all threads), because on a shared machine
the wall clock measures mostly the wait for a core.

``kb_app.library``'s ``find_library`` is wrapped to time finding and opening the library (and,
given a LIBRARY folder, to open that library instead of the shipped one); ``SearchService`` is
wrapped when its module is first imported — whenever and on whichever thread that happens — to
time opening the index and the first search. ``bare`` is the floor: a bare PySide6 window with a
list and a text browser. Timestamps are ``time.time()`` so the parent can subtract its own spawn
time; ``cpu_<mark>`` is ``time.process_time()`` at the same moment.
"""

import time

T_MAIN = time.time()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

TIMEOUT_S = 10.0
LIFETIME_S = 100  # the child ends itself after this long, however it is stuck (parent: 120 s)
SHUTDOWN_S = 20  # once it has reported: closing the window and the library may take this long
marks = {"main": T_MAIN, "cpu_main": time.process_time()}


def mark(name: str) -> None:
    """The first time ``name`` happens (wall clock and CPU time)."""
    if name not in marks:
        marks[name] = time.time()
        marks["cpu_" + name] = time.process_time()


def _ready_state(app, window) -> dict:
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    views = window.findChildren(QAbstractItemView) if window else []
    return {
        "focus": isinstance(app.focusWidget(), QLineEdit),
        "listed": any(v.model() is not None and v.model().rowCount() > 0 for v in views),
    }


def _usable_now(app, window, need_focus: bool) -> bool:
    """Only what ``ready`` needs, nothing more, so that looking costs the measured part as
    little as possible: ``topLevelWidgets`` and ``findChildren`` hand Python Qt's private
    classes (a combo box's popup, a line edit's buttons), and PySide6 then builds every class of
    the module with all its enums (tens of milliseconds) to look for them."""
    from PySide6.QtWidgets import QLineEdit

    if need_focus:
        return isinstance(app.focusWidget(), QLineEdit)
    return window is not None and _ready_state(app, window)["listed"]


def _wait_until_usable(app, window, need_focus: bool, need_answer: bool) -> None:
    """Process events until ``window`` (the app's main window, else the largest visible
    top-level one) painted and has the focus in a search field (``need_focus``; the bare
    window: lists rows), then (``need_answer``) until the first search has been answered.
    Between events the loop sleeps in Qt (a 5 ms tick bounds the wait), so its own polling
    costs next to no CPU."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    if window is None:  # e.g. an older checkout without build_window: look for it
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        window = max(shown, key=lambda w: w.width() * w.height(), default=None)

    def check() -> None:
        if "ready" not in marks and "painted" in marks and _usable_now(app, window, need_focus):
            mark("ready")

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # Qt override
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                mark("painted")
                # Checked once this paint is done, before any timer the window starts from
                # its own first paint (a filter sees the event before the window does): the
                # moment the first frame is on screen, not a later poll that includes work
                # after it. Watched on the window only: a filter on the whole application
                # would hand Python every object's events, private classes included (see
                # _usable_now), which the app without the benchmark never does.
                QTimer.singleShot(0, check)
            return False

    watcher = PaintWatcher()
    if window is not None:
        window.installEventFilter(watcher)
    tick = QTimer(interval=5)
    tick.start()
    deadline = time.time() + TIMEOUT_S
    while time.time() < deadline:
        searched = "searched" in marks  # before processEvents: its answer is handled in there
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if searched:
            mark("answered")
        check()  # when the focus came only after the first paint
        if "ready" in marks and ("answered" in marks or not need_answer):
            break
    tick.stop()
    if window is not None:
        window.removeEventFilter(watcher)
    marks.update(_ready_state(app, window))  # measured already: now the full picture
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
    _bound_lifetime(SHUTDOWN_S)  # reported: the rest is shutting down, which must not hang


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QTextBrowser, QWidget

    mark("imported")
    mark("open_start")  # no data to open: the phase is the QApplication
    app = QApplication(sys.argv[:1])
    mark("opened")
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
    mark("shown")
    _wait_until_usable(app, window, need_focus=False, need_answer=False)
    _report()
    return 0


class _WrapSearchService:
    """A meta-path finder that, when ``kb_app.search.service`` is imported (by anyone, on any
    thread), wraps ``SearchService`` to mark opening the index and the first search."""

    NAME = "kb_app.search.service"

    def find_spec(self, name, path, target=None):
        if name != self.NAME:
            return None
        import importlib.util

        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            _wrap(module.SearchService)

        spec.loader.exec_module = exec_module
        return spec


def _wrap(service_class) -> None:
    real_init, real_search = service_class.__init__, service_class.search

    def timed_init(self, *args, **kwargs):
        mark("index_start")
        real_init(self, *args, **kwargs)
        mark("index_opened")

    def timed_search(self, *args, **kwargs):
        result = real_search(self, *args, **kwargs)
        mark("searched")
        return result

    service_class.__init__, service_class.search = timed_init, timed_search


built: list = []  # the windows build_window made, newest last

# The steps of start-up timed as ``<label>_start`` / ``<label>_end`` (wall and CPU), wrapped
# where their callers look them up at call time; a step an older checkout lacks is skipped.
STEPS = (
    ("kb_app.gui.startup", "data_folder_problem", "probe"),
    ("kb_app.gui.startup", "acquire_instance_lock", "lock"),
    ("kb_app.gui.startup", "setup_logging", "logging"),
    ("kb_app.gui.startup", "install_translator", "translator"),
    ("kb_app.gui.startup", "open_library_with_progress", "library"),
    ("kb_app.app", "build_window", "window"),
    ("kb_app.app", "open_user_data", "user_data"),
    ("kb_app.app", "_language", "language"),
    ("kb_app.app", "FolderCheck.result", "folder_wait"),  # the GUI thread waits for the probe
)


def _time_steps() -> None:
    import importlib

    for module_name, dotted, label in STEPS:
        module = importlib.import_module(module_name)
        owner_name, _, name = dotted.rpartition(".")
        owner = getattr(module, owner_name, None) if owner_name else module
        real = getattr(owner, name, None)
        if real is None:
            continue

        def timed(*args, _real=real, _label=label, **kwargs):
            mark(_label + "_start")
            try:
                result = _real(*args, **kwargs)
            finally:
                mark(_label + "_end")
            if _label == "window":
                built.append(result)  # the window to watch (newest: a reopened one)
            return result

        setattr(owner, name, timed)


def run_app(library: str | None) -> int:
    sys.meta_path.insert(0, _WrapSearchService())
    from PySide6.QtWidgets import QApplication

    import kb_app.app
    import kb_app.library
    from kb_app.core.paths import AppPaths

    mark("imported")
    # Wrapped where open_library looks it up at call time, so this works however the GUI
    # imported open_library: finding the library starts the phase, having found it ends it.
    real_find = kb_app.library.find_library

    def timed_find(*args, **kwargs):
        mark("open_start")
        if library:
            from pathlib import Path

            from kb_app.pipeline.library import LibraryLocation, read_manifest

            location = LibraryLocation(Path(library), read_manifest(Path(library)) or {})
        else:
            location = real_find(*args, **kwargs)
        marks["library"] = str(location.folder)
        mark("opened")
        return location

    def measured_exec(*_args) -> int:
        mark("shown")
        window = built[-1] if built else None
        _wait_until_usable(QApplication.instance(), window, need_focus=True, need_answer=True)
        _report()
        return 0

    kb_app.library.find_library = timed_find
    _time_steps()
    QApplication.exec = measured_exec
    return kb_app.app.run_gui(AppPaths.resolve(), [])


def _bound_lifetime(seconds: int) -> None:
    """End this process after ``seconds`` whatever it is doing: SIGALRM's default action is done
    by the kernel, so not even a stuck C call or a held GIL keeps it alive (elsewhere a daemon
    timer does it)."""
    import signal

    if hasattr(signal, "alarm"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(seconds)
    else:
        import os
        import threading

        timer = threading.Timer(seconds, os._exit, (124,))
        timer.daemon = True
        timer.start()


if __name__ == "__main__":
    _bound_lifetime(LIFETIME_S)
    mode = sys.argv[1]
    code = run_bare() if mode == "bare" else run_app(sys.argv[2] if len(sys.argv) > 2 else None)
    sys.exit(code)
