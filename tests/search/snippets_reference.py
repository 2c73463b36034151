"""The snippet algorithm as it was before the per-keystroke work of issue 18, kept as the
reference ``kb_app/search/snippets.py`` must equal (``test_snippets.py``).

Snippets: the best short passage of a document, with the matched words marked.

Done here rather than with Whoosh's highlighter, which re-analyses the whole stored text per hit
(about a millisecond each). A text is analysed once (the service caches it): its sentences, the
distinct words of each, and which words have which stem. Per query only the text's distinct words
are matched (stem, typed prefix or compound part), and each sentence's matches are a set
intersection; the sentence with the most distinct matches wins. The output is HTML-escaped text
with ``<mark>`` around matches; ``plain_snippet`` drops the marks.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from operator import add

from kb_app.search.analysis import STOP_WORDS, WORD_RE, fold, stem

MAX_CHARS = 220
MIN_COMPOUND_PART = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_SENTENCE_SPLIT = re.compile(f"({_SENTENCE_END.pattern})")  # keeps the separators


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


@dataclass(frozen=True)
class Analysed:
    """One text, analysed once: sentence spans and words, and the stem of each word."""

    spans: tuple[tuple[int, int], ...]
    sentence_words: tuple[frozenset[str], ...]  # folded, stop words left out
    sorted_words: tuple[str, ...]
    word_stems: tuple[str, ...]  # the stem of each of ``sorted_words``
    # The sorted words joined by newlines, and where each starts: finding a compound part in
    # every word is then one C-level ``str.find`` per part instead of a Python loop per word.
    joined: str = ""
    starts: tuple[int, ...] = ()

    @property
    def by_stem(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for word, word_stem in zip(self.sorted_words, self.word_stems, strict=True):
            out.setdefault(word_stem, []).append(word)
        return {key: tuple(value) for key, value in out.items()}


def analyse(text: str) -> Analysed:
    """Split ``text`` into sentences and their distinct folded words (cache the result).

    Made for every document a result shows, so the loops are C-level ``map``s over the cached
    ``fold`` and ``stem`` (an ASCII word folds to itself, lower-cased).
    """
    spans, sentences = _split(text)
    sentence_words = [_words(sentence) for sentence in sentences]
    ordered = sorted(frozenset().union(*sentence_words))
    starts = list(map(add, accumulate(map(len, ordered), initial=0), range(len(ordered))))
    return Analysed(
        tuple(spans),
        tuple(sentence_words),
        tuple(ordered),
        tuple(map(stem, ordered)),
        "\n".join(ordered),
        tuple(starts),
    )


def _matched_words(
    analysed: Analysed, stems: frozenset[str], prefixes: tuple[str, ...]
) -> dict[str, str | None]:
    """word -> what ``_matches`` says it matches, for every matching word of the text (a word
    that contains a query stem is marked even when ``_matches`` names nothing: as before)."""
    matched: dict[str, str | None] = {}
    long_stems = [s for s in stems if len(s) >= MIN_COMPOUND_PART]
    if long_stems:  # lowest precedence first: later rules overwrite
        for word in _containing(analysed, long_stems):
            if len(word) > MIN_COMPOUND_PART:
                matched[word] = _matches(word, stems, prefixes)
    for prefix in reversed(prefixes):
        ordered = analysed.sorted_words
        at = bisect.bisect_left(ordered, prefix)
        while at < len(ordered) and ordered[at].startswith(prefix):
            matched[ordered[at]] = prefix
            at += 1
    for word, word_stem in zip(analysed.sorted_words, analysed.word_stems, strict=True):
        if word_stem in stems:
            matched[word] = word_stem
    return matched


def _containing(analysed: Analysed, parts: list[str]) -> list[str]:
    """The text's words that contain any of ``parts``, in sorted order."""
    joined, starts, ordered = analysed.joined, analysed.starts, analysed.sorted_words
    if not starts and ordered:  # made without the joined text: the plain loop
        return [w for w in ordered if any(p in w for p in parts)]
    found: set[int] = set()
    for part in parts:
        at = joined.find(part)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            at = joined.find(part, starts[index + 1] if index + 1 < len(starts) else len(joined))
    return [ordered[i] for i in sorted(found)]


def make_snippet(
    text: str,
    stems: Iterable[str],
    prefixes: Iterable[str] = (),
    max_chars: int = MAX_CHARS,
    analysed: Analysed | None = None,
) -> str:
    """The best passage of ``text``; ``analysed`` is ``analyse(text)`` if the caller kept it."""
    stems = frozenset(stems)
    prefixes = tuple(p for p in prefixes if p)
    if not text:
        return ""
    analysed = analysed or analyse(text)
    matched = _matched_words(analysed, stems, prefixes)
    best: tuple[int, int] | None = None  # (distinct matches, start)
    for (start, _), sentence in zip(analysed.spans, analysed.sentence_words, strict=True):
        found = {matched[w] for w in sentence.intersection(matched)}
        if found and (best is None or len(found) > best[0]):
            best = (len(found), start)
    start = best[1] if best else 0
    return _render(text, start, max_chars, matched)


def _split(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The non-empty sentences' (start, end) spans and texts, from one C-level split."""
    parts = _SENTENCE_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    spans, sentences = [], []
    for n in range(0, len(parts), 2):  # sentence, separator, sentence, ...
        if parts[n]:
            spans.append((offsets[n], offsets[n + 1]))
            sentences.append(parts[n])
    return spans, sentences


def _words(sentence: str) -> frozenset[str]:
    found = set(WORD_RE.findall(sentence.lower()))
    # An ASCII word folds to itself (it is lower-cased already).
    return (frozenset(found) if sentence.isascii() else frozenset(map(fold, found))) - STOP_WORDS


def _render(text: str, start: int, max_chars: int, matched: dict[str, str | None]) -> str:
    end = min(len(text), start + max_chars)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + max_chars // 2 else end
    window = text[start:end].replace("\n", " ")
    out, last = [], 0
    for match in WORD_RE.finditer(window):
        word = match.group()
        if fold(word) in matched:
            out.append(html.escape(window[last : match.start()]))
            out.append(f"<mark>{html.escape(word)}</mark>")
            last = match.end()
    out.append(html.escape(window[last:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(out).strip() + suffix


def plain_snippet(snippet_html: str) -> str:
    return html.unescape(re.sub(r"</?mark>", "", snippet_html))
