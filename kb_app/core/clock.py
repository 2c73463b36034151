"""The one clock for timestamps the app stores: UTC, to the second, as ISO 8601 text.

Plans, notes and favourites record when they changed. One function keeps the format the same
everywhere (``user.sqlite``, ``.wwplan`` files, exports) and gives tests one place to patch:
callers call ``clock.now()`` through the module, so patching ``kb_app.core.clock.now`` freezes
every stored timestamp at once.
"""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """The current moment in UTC, e.g. ``2026-11-30T12:34:56+00:00``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
