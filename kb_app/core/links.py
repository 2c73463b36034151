"""Which links content may carry and the app may follow: web pages and e-mail, nothing else.

A link from a content file or a plan ends up in the detail pane, an HTML or Word export and a
PDF. ``javascript:``, ``file:`` and ``data:`` links would run code or read local files there, so
every place that renders or opens a link asks this module instead of keeping its own list.
"""

from __future__ import annotations

SAFE_SCHEMES = ("http", "https", "mailto")
# As written at the start of a link: "https://...", "mailto:...".
SAFE_PREFIXES = ("http://", "https://", "mailto:")


def is_safe_link(href: str) -> bool:
    """True for an ``http(s)://`` or ``mailto:`` link (case-insensitive, leading blanks ignored)."""
    return href.strip().lower().startswith(SAFE_PREFIXES)
