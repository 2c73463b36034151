"""Start-up work that needs no Qt, begun on threads before Qt is even imported.

Importing PySide6 and making the ``QApplication`` take the GUI thread a while; in that time
these threads wait for the disk (a synced write, reading and hashing files), so the work is
mostly done when ``run_gui`` needs its answer:

- ``FolderCheck`` makes the app's folders and probes the data folder by really writing (and
  syncing) a small file. ``run_gui`` waits for it before it locks the folder, so a folder that
  cannot be written still stops start-up with its own message before a window opens or user
  data is touched.
- ``EarlyLibrary`` finds the library (checked by hash) and opens its contents, read-only. It
  never builds: a build writes, so it waits until the folder has been checked and locked, and
  ``run_gui`` then opens the library the usual way, with its progress dialog. Any failure is
  left to that usual way as well, which tells the user what went wrong.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from kb_app.core.paths import AppPaths

if TYPE_CHECKING:
    from kb_app.library import Library


class FolderCheck(threading.Thread):
    """The data-folder probe and the log handler's import, off the GUI thread."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__(name="folder-check", daemon=True)
        self.paths = paths
        self.error: OSError | None = None
        self.failure: BaseException | None = None  # anything else: raised again in result()

    def run(self) -> None:
        from kb_app.core.files import probe_data_folder

        try:
            self.error = probe_data_folder(self.paths)
            import logging.handlers  # noqa: F401  (setup_logging needs it; here it costs no wait)
        except BaseException as failure:  # handed to the GUI thread, where the boundary is
            self.failure = failure

    def result(self) -> OSError | None:
        """What writing in the data folder gave (None: it can be written)."""
        self.join()
        if self.failure is not None:
            raise self.failure
        return self.error


class _NeedsBuild(Exception):
    """Raised from ``on_rebuild`` before anything is written: building is not for this thread."""


def _refuse_build(reason: str) -> None:
    raise _NeedsBuild(reason)


class EarlyLibrary(threading.Thread):
    """The library found and its contents opened, unless it has to be built first."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__(name="early-library", daemon=True)
        self.paths = paths
        self.library: Library | None = None
        self._taken = False

    def run(self) -> None:
        from kb_app.library import open_library

        try:
            self.library = open_library(self.paths, _refuse_build, search=False)
        except Exception:  # a build is needed, or a failure the usual way will explain
            self.library = None

    def take(self) -> Library | None:
        """The open library (now the caller's to close), or None: open it the usual way."""
        self.join()
        self._taken = True
        return self.library

    def discard(self) -> None:
        """Close the library when nobody took it (start-up stopped before the window)."""
        if self._taken:
            return
        self.join()
        self._taken = True
        if self.library is not None:
            self.library.close()
