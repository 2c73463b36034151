"""Skip Python-Markdown's inline patterns on text they cannot match: a third of rendering.

Python-Markdown runs every inline pattern (links, emphasis, code, entities, and ``smarty``'s
fifteen quote patterns) as a regular expression over every piece of text in a page, again after
each match. On real prose almost none of them match, and the scans were a third of rendering a
page. Every match of each pattern below contains one of its ``NEEDLES``, so when the text holds
none of them the scan is skipped: the result is the same by
construction (``tests/pipeline/test_mdquick.py`` renders text of markup characters both ways).
Patterns not listed are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import markdown
from markdown.extensions import Extension

QUOTES = ("'", '"')
# Registered pattern name -> strings of which every match contains at least one.
NEEDLES: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),  # also the escaped-backslash branch: its lookahead needs a backtick
    "escape": ("\\",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),
    "smarty-em-dashes": ("---",),
    "smarty-en-dashes": ("--",),
    "smarty-ellipses": ("...",),
    **{f"smarty-quotes-{n}": QUOTES for n in range(15)},
}
INLINE_PROCESSORS = ("inline", "smarty")


ALL_NEEDLES = frozenset(needle for needles in NEEDLES.values() for needle in needles)


class _Presence:
    """Which needles a text holds, found once for all the patterns tried on that text (the same
    string object until a match rewrites it)."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.found: frozenset[str] = frozenset()

    def of(self, text: str) -> frozenset[str]:
        if text is not self.text:
            self.text = text
            self.found = frozenset(needle for needle in ALL_NEEDLES if needle in text)
        return self.found


class _Needled:
    """A compiled pattern whose ``finditer`` only scans a text that holds one of its needles.
    (Anywhere in the text: a needle before ``pos`` only means a scan that finds nothing.)"""

    def __init__(
        self, compiled: re.Pattern[str], needles: tuple[str, ...], presence: _Presence
    ) -> None:
        self.compiled = compiled
        self.needles = frozenset(needles)
        self.presence = presence

    def finditer(self, string: str, pos: int = 0, *args: Any) -> Iterator[re.Match[str]]:
        if self.presence.of(string).isdisjoint(self.needles):
            return iter(())
        return self.compiled.finditer(string, pos, *args)

    def __getattr__(self, name: str) -> Any:  # match, search, pattern: as the real one
        return getattr(self.compiled, name)


class QuickScanExtension(Extension):
    """List it after every extension that adds inline patterns (it wraps what is registered)."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # markdown's API name
        presence = _Presence()
        for name in INLINE_PROCESSORS:
            # A Registry, not a dict: it has no get().
            processor = md.treeprocessors[name] if name in md.treeprocessors else None  # noqa: SIM401
            patterns = getattr(processor, "inlinePatterns", None)
            if patterns is None:
                continue
            for pattern_name, needles in NEEDLES.items():
                if pattern_name not in patterns:
                    continue
                pattern = patterns[pattern_name]
                compiled = getattr(pattern, "compiled_re", None)
                if isinstance(compiled, re.Pattern):
                    pattern.compiled_re = _Needled(compiled, needles, presence)
