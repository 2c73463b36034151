"""One library change at a time per data folder: a lock file held by the operating system.

Two ``pack install`` runs (or an install and a rollback, or the window and the command line) on
one data folder would race for the same scratch folders and renames. The lock is an OS lock on an
open file (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so a killed process releases it by
itself and a stale lock cannot block the next install; the file itself stays and is harmless.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.packs.messages import MESSAGES

LOCK_NAME = ".installeren.lock"
BUSY = MESSAGES["busy"]["nl"]


class InstallBusyError(KbError):
    def __init__(self) -> None:
        super().__init__(BUSY, english=MESSAGES["busy"]["en"])


class InstallLock:
    """Held from ``acquire`` until ``release`` (idempotent); also a context manager."""

    def __init__(self, handle: int) -> None:
        self._handle: int | None = handle

    def release(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            _unlock(handle)
            os.close(handle)

    def __enter__(self) -> InstallLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(paths: AppPaths) -> Path:
    return paths.installed_library.parent / LOCK_NAME


def acquire_install_lock(paths: AppPaths) -> InstallLock:
    """The lock, or ``InstallBusyError`` at once when another process holds it (never waits)."""
    path = lock_path(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _try_lock(handle)
    except OSError:
        os.close(handle)
        raise InstallBusyError() from None
    return InstallLock(handle)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):  # already unlocked: nothing to do
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
