"""The window's one way to work off the GUI thread.

``Background`` owns one worker thread and runs the callables it is given there, one at a time,
in order. Each result — or, when the callable raised, a short message (a ``KbError``'s own text in
the interface language, else the text the caller gave; the details go to the log) — is handed to
a callback on the GUI thread. Work submitted with ``replaces=True`` makes every earlier such
submission stale: a stale job that has not started is skipped, and a stale result is never
delivered, so only the newest answer (the newest keystroke's search) reaches the window. Start-up
uses it to find and open the library, the search runner to open the index and to search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kb_app.core.errors import KbError
from kb_app.gui.language import ui_language

log = logging.getLogger(__name__)

FAILED = "Dit lukte niet door een onverwachte fout; de details staan in het logboek."


@dataclass
class _Job:
    number: int
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[str], None]
    error: str
    replaces: bool


class _Worker(QObject):
    """Lives on the worker thread; runs jobs and reports (job, result, message) back."""

    finished = Signal(object, object, object)

    def __init__(self, newest: Callable[[], int]) -> None:
        super().__init__()
        self._newest = newest

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.replaces and job.number < self._newest():
            return  # a newer one is queued behind it: nobody waits for this answer
        try:
            result = job.work()
        except KbError as error:
            log.warning("background work failed: %s", error)
            self.finished.emit(job, None, error.text(ui_language()))
        except Exception:  # never let one failing job kill the thread (logged in full)
            log.exception("background work failed")
            self.finished.emit(job, None, job.error)
        else:
            self.finished.emit(job, result, None)


class Background(QObject):
    """One worker thread; ``submit`` work, get the answer on the GUI thread.

    Signals: none of its own; every answer goes to the callbacks given to ``submit``.
    """

    _queued = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._newest = 0  # the newest ``replaces=True`` job; read from the worker thread
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _Worker(lambda: self._newest)
        self._worker.moveToThread(self._thread)
        self._queued.connect(self._worker.run)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # never leave a running thread behind at exit
            app.aboutToQuit.connect(self.stop)

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        *,
        error: str = FAILED,
        replaces: bool = False,
    ) -> int:
        """Run ``work()`` on the worker thread; then ``done(result)`` or ``failed(message)``
        on this object's (the GUI) thread. Returns the job's number."""
        self._count += 1
        if replaces:
            self._newest = self._count
        self._queued.emit(_Job(self._count, work, done, failed, error, replaces))
        return self._count

    def _on_worker_finished(self, job: _Job, result: Any, message: str | None) -> None:
        if job.replaces and job.number < self._newest:
            return  # stale: a newer answer is on its way
        if message is None:
            job.done(result)
        else:
            job.failed(message)

    def stop(self) -> None:
        """Let the running job finish, then end the thread (waits at most five seconds)."""
        self._thread.quit()
        self._thread.wait(5000)
