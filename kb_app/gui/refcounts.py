"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12's stable-ABI build hands ``None`` back from every void call (``setText``,
``processEvents``, a Python ``data()`` that returns ``None``) and ``True``/``False`` from every
``Signal.emit`` without taking a reference. From Python 3.12 on these objects are immortal
(PEP 683) and that is harmless; on 3.11 each call lowers their count by one, and after a long
session (a few hundred signals for ``True``, a few thousand calls for ``None``) the count reaches
zero and Python aborts with "Fatal Python error: bool_dealloc" or "none_dealloc" — most often
at quit, when many references are dropped at once. ``tests/gui/test_refcounts.py`` measures it.

``immortalise_singletons`` does what Python 3.12 does itself: it gives the three singletons a
count so large that no session can use it up. It changes nothing on 3.12+ or outside CPython.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # about 10^12 lost references before anything could go wrong
_done = False


def needs_guard() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def immortalise_singletons() -> None:
    """Give None, True and False an (almost) unlimited reference count; once per process."""
    global _done
    if _done or not needs_guard():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds, < 3.12).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _done = True
