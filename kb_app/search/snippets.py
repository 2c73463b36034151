"""Snippets: the best short passage of a document, with the matched words marked.

Done here rather than with Whoosh's highlighter, which re-analyses the whole stored text per hit
(about a millisecond each). A text is analysed once, at build time (``snippet_table`` stores it;
a library without that table analyses a text when it is first shown): its distinct words, the
stem of each, and per word the sentences it occurs in as the bits of one integer. Per query
only the text's distinct words are matched (stem, typed prefix or compound part); each match
adds its word's sentence bits to a per-sentence counter kept as bit planes (integer ``&``/``^``),
so the sentence with the most distinct matches is found without a loop over sentences or words.
The output is HTML-escaped text with ``<mark>`` around matches; ``plain_snippet`` drops the marks.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, filterfalse

from kb_app.search.analysis import STOP_WORDS, WORD_RE, fold, stem

MAX_CHARS = 220
MIN_COMPOUND_PART = 5
# Sentences end at white space after . ! or ? and at line breaks. Matched from the punctuation
# (not with a look-behind): the same ends, found about twice as fast.
_SENTENCE_END = re.compile(r"[.!?]\s+|\n+")
# Words and sentence ends in one pass: an end always ends in white space, a word never does. In
# lower-cased ASCII text a word character is a letter or a digit (a faster class, same words).
_TOKEN = re.compile(f"{WORD_RE.pattern}|{_SENTENCE_END.pattern}")
_ASCII_TOKEN = re.compile(f"[a-z0-9]+|{_SENTENCE_END.pattern}")
_ASCII_WORD = re.compile("[A-Za-z0-9]+")


class _Stems(dict[str, str]):
    """``stem`` as a plain dict (a C-level lookup in ``map``); bounded like ``stem``'s cache."""

    def __missing__(self, word: str) -> str:
        if len(self) > 100_000:
            self.clear()
        value = self[word] = stem(word)
        return value


_STEMS = _Stems()


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
    """One text, analysed once: its distinct words, their stems, and where each word occurs.

    Plain lists side by side (no dict per text): made here at query time or read back from the
    build's snippet table (``snippet_table``), where each is one ``str.split`` or array."""

    sorted_words: Sequence[str]  # folded, stop words left out
    word_stems: Sequence[str]  # the stem of each of ``sorted_words``
    # The sentences each of ``sorted_words`` occurs in, as bits (bit n: the n-th sentence).
    masks: Sequence[int]
    # Where sentence n + 1 starts (sentence 0 starts at 0); an empty sentence has no words.
    sentence_starts: Sequence[int]
    # The sorted words joined by newlines: finding a compound part in every word is then one
    # C-level ``str.find`` per part instead of a Python loop per word.
    joined: str

    def start_of(self, sentence: int) -> int:
        return self.sentence_starts[sentence - 1] if sentence else 0

    def mask(self, word: str) -> int:
        """The sentence bits of one of ``sorted_words`` (a matched word: a few per snippet)."""
        return self.masks[bisect.bisect_left(self.sorted_words, word)]


def analyse(text: str) -> Analysed:
    """The distinct folded words of ``text`` and their sentences (cache the result).

    Made for every document a result shows, so it is one C-level ``findall`` of words and
    sentence ends over the lower-cased text and one Python step per token; ``fold`` and
    ``stem`` are cached (an ASCII word folds to itself, lower-cased). The sentences are those
    of ``_SENTENCE_END`` (lower-casing changes no separator), and a sentence's words those of
    ``WORD_RE`` in that sentence, as the snippet always took them.
    """
    sentences: dict[str, int] = {}
    get = sentences.get
    bit = 1
    ascii = text.isascii()
    for token in (_ASCII_TOKEN if ascii else _TOKEN).findall(text.lower()):
        if token[-1].isspace():  # a sentence end
            bit <<= 1
        else:
            sentences[token] = get(token, 0) | bit
    if not ascii:  # fold the non-ASCII words (the others fold to themselves)
        moved = {word: sentences.pop(word) for word in list(filterfalse(str.isascii, sentences))}
        for word, bits in moved.items():
            key = fold(word)
            sentences[key] = sentences.get(key, 0) | bits
    for word in STOP_WORDS.intersection(sentences):
        del sentences[word]
    ordered = sorted(sentences)
    return Analysed(
        ordered,
        list(map(_STEMS.__getitem__, ordered)),
        list(map(sentences.__getitem__, ordered)),
        list(map(re.Match.end, _SENTENCE_END.finditer(text))),
        "\n".join(ordered),
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
    if not stems.isdisjoint(analysed.word_stems):  # most shown texts have none or a few
        pairs = zip(analysed.sorted_words, analysed.word_stems, strict=True)
        for word, word_stem in compress(pairs, map(stems.__contains__, analysed.word_stems)):
            matched[word] = word_stem
    return matched


def _containing(analysed: Analysed, parts: list[str]) -> list[str]:
    """The text's words that contain any of ``parts``, in sorted order (a part holds no
    newline, so each find lies inside one word; the search goes on after that word)."""
    joined = analysed.joined
    found: set[str] = set()
    for part in parts:
        at = joined.find(part)
        while at != -1:
            end = joined.find("\n", at)
            end = len(joined) if end == -1 else end
            found.add(joined[joined.rfind("\n", 0, at) + 1 : end])
            at = joined.find(part, end)
    return sorted(found)


def make_snippet(
    text: str,
    stems: Iterable[str],
    prefixes: Iterable[str] = (),
    max_chars: int = MAX_CHARS,
    analysed: Analysed | None = None,
) -> str:
    """The best passage of ``text``; ``analysed`` is ``analyse(text)`` if the caller kept it.

    The best is the first sentence with the most distinct matches (what a word matches: a
    query stem, a typed prefix, or nothing named for a word that only contains a stem)."""
    stems = frozenset(stems)
    prefixes = tuple(p for p in prefixes if p)
    if not text:
        return ""
    analysed = analysed or analyse(text)
    matched = _matched_words(analysed, stems, prefixes)
    where: dict[str | None, int] = {}  # what was matched -> the sentences it is in
    for word, what in matched.items():
        where[what] = where.get(what, 0) | analysed.mask(word)
    best = _most_covered(where.values())
    start = analysed.start_of((best & -best).bit_length() - 1) if best else 0
    return _render(text, start, max_chars, matched)


def _most_covered(masks: Iterable[int]) -> int:
    """The bits set in the largest number of ``masks``: a per-bit counter kept as bit planes
    (plane j holds bit j of every count), added to like binary numbers and then narrowed from
    the top plane down."""
    planes: list[int] = []
    covered = 0
    for mask in masks:
        covered |= mask
        carry = mask
        for j, plane in enumerate(planes):
            planes[j], carry = plane ^ carry, plane & carry
            if not carry:
                break
        if carry:
            planes.append(carry)
    best = covered
    for plane in reversed(planes):
        if best & plane:
            best &= plane
    return best


def _render(text: str, start: int, max_chars: int, matched: dict[str, str | None]) -> str:
    end = min(len(text), start + max_chars)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + max_chars // 2 else end
    window = text[start:end].replace("\n", " ")
    out, last = [], 0
    # Nothing to mark (a hit found by its title or tags) needs no words; in ASCII a word
    # character is a letter or a digit, a class the regex engine scans several times faster.
    words = () if not matched else (_ASCII_WORD if window.isascii() else WORD_RE).finditer(window)
    for match in words:
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
