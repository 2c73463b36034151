"""Snippets: the best short passage of a document, with the matched words marked.

Done here rather than with Whoosh's highlighter, which re-analyses the whole stored text per hit
(about a millisecond each). We only look at the words of the text, compare their stems (cached)
with the query's, and pick the sentence window with the most distinct matches. The output is
HTML-escaped text with ``<mark>`` around matches; ``plain_snippet`` drops the marks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from kb_app.search.analysis import STOP_WORDS, fold, stem, words

MAX_CHARS = 220
MIN_COMPOUND_PART = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _matches(word: str, stems: frozenset[str], prefixes: tuple[str, ...]) -> str | None:
    """The query stem this word matches, if any (exact stem, compound part or typed prefix)."""
    if word in STOP_WORDS:
        return None
    word_stem = stem(word)
    if word_stem in stems:
        return word_stem
    for prefix in prefixes:
        if word.startswith(prefix):
            return prefix
    if len(word) > MIN_COMPOUND_PART:
        for query_stem in stems:
            if len(query_stem) >= MIN_COMPOUND_PART and query_stem in word:
                return query_stem
    return None


def make_snippet(text: str, stems: Iterable[str], prefixes: Iterable[str] = (),
                 max_chars: int = MAX_CHARS) -> str:
    stems = frozenset(stems)
    prefixes = tuple(p for p in prefixes if p)
    if not text:
        return ""
    best: tuple[int, int, int] | None = None  # (distinct matches, -start, start)
    spans = _sentences(text)
    for start, end in spans:
        found = {m for w, _, _ in words(text[start:end]) if (m := _matches(w, stems, prefixes))}
        if found and (best is None or len(found) > best[0]):
            best = (len(found), -start, start)
    start = best[2] if best else 0
    return _render(text, start, max_chars, stems, prefixes)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _render(text: str, start: int, max_chars: int, stems: frozenset[str],
            prefixes: tuple[str, ...]) -> str:
    end = min(len(text), start + max_chars)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + max_chars // 2 else end
    window = text[start:end].replace("\n", " ")
    out, last = [], 0
    for match in re.finditer(r"[^\W_]+", window):
        word = match.group()
        if _matches(fold(word), stems, prefixes):
            out.append(html.escape(window[last:match.start()]))
            out.append(f"<mark>{html.escape(word)}</mark>")
            last = match.end()
    out.append(html.escape(window[last:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(out).strip() + suffix


def plain_snippet(snippet_html: str) -> str:
    return html.unescape(re.sub(r"</?mark>", "", snippet_html))
