"""The fast path of ``SearchService``: Whoosh's postings and scores, combined with C-speed
dict, set and integer operations instead of a tree of Python matchers.

Whoosh's searcher scores a query by walking a tree of Python matchers one posting at a time
(several method calls per posting per level), and every hit then went through Python facet and
sort code; at 10,000 interventions that was nearly all of a keystroke's time. Here Whoosh still
reads every posting list and decides what each leaf of the query (a term, a phrase, a prefix)
matches and scores, with its own BM25F scorer; what changes is how those answers are combined:

* a term's postings are read a block at a time and scored with Whoosh's BM25F formula over a
  list of field lengths (the same float operations in the same order: the same scores);
  phrases and prefixes keep Whoosh's own matchers;
* each leaf's ``{docnum: score}`` is cached (the index never changes while it is open), so a
  word typed letter by letter, or searched again, costs nothing;
* ``And``/``Or`` follow Whoosh's rules: an ``Or`` adds the scores of the parts that match, an
  ``And`` those of all its parts, a boost multiplies, a compound of one part is that part;
* facets are counted with per-term document masks made once at open: a Python integer with one
  byte per document, so a count is an ``&`` and a ``bit_count()``;
* only the shown page is sorted in full (``heapq`` finds its candidates).

No numpy: the desktop bundle leaves it out (size), and these operations are C loops already.
``tests/search/test_fastpath.py`` keeps this path equal to Whoosh's own (``fast=False``).
"""

from __future__ import annotations

import heapq
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.scoring import BM25FScorer

Scores = dict[int, float]
# Cached leaf postings in all, as two arrays (16 bytes a posting: ~16 MB at most); a decoded
# position list counts as 8 postings (a dict entry and a bytes object).
CACHE_POSTINGS = 1_000_000
POSITIONS_WEIGHT = 8
ROUNDING = 1e-5  # > the 6-decimal rounding of the ranking key, see ``top``


class Postings:
    """Evaluates a Whoosh query tree into ``{docnum: score}`` for every matching document."""

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._schema = searcher.schema
        self._weighting = searcher.weighting
        self.size = searcher.doc_count_all()
        self._context = searcher.context(needs_current=False)
        self._lengths: dict[str, list[int]] = {}
        self._cache: OrderedDict[object, tuple[array, array] | dict[int, bytes]] = OrderedDict()
        self._sizes: dict[object, int] = {}
        self._cached = 0

    def evaluate(self, query: wq.Query) -> Scores:
        """Never modify the result: it may be a cached leaf."""
        if not isinstance(query, (wq.And, wq.Or)):
            return self.leaf(query)
        subs = query.subqueries
        if not subs:
            return {}
        if len(subs) == 1:  # Whoosh matches the part itself, without the compound's boost
            return self.evaluate(subs[0])
        parts = [self.evaluate(sub) for sub in subs]
        scores = _all(parts) if isinstance(query, wq.And) else _any(parts)
        if query.boost != 1.0:
            boost = query.boost
            scores = {d: s * boost for d, s in scores.items()}
        return scores

    def leaf(self, query: wq.Query) -> Scores:
        """``{docnum: score}`` of one leaf query, as Whoosh's matcher gives them."""
        term = type(query) is wq.Term
        # A term is cached once, whatever boost it carries.
        key: object = ("term", query.fieldname, query.text) if term else query
        cached = self._cache.get(key)
        if cached is None:
            if term:
                scores = self._term(query)
            elif type(query) is wq.Prefix:
                scores = self._prefix(query)
            elif type(query) is wq.Phrase:
                scores = self._phrase(query)
            else:
                scores = self._generic(query)
            # Kept compact (a dict entry costs ~10x): a dict is remade per use, in C.
            cached = (array("q", scores.keys()), array("d", scores.values()))
            self._remember(key, cached, len(scores))
        else:
            self._cache.move_to_end(key)
        ids, values = cast("tuple[array[int], array[float]]", cached)
        if term and query.boost != 1.0:
            # Whoosh wraps a boosted term in a matcher that multiplies its score: same product.
            boost = query.boost
            return {d: s * boost for d, s in zip(ids, values, strict=True)}
        return dict(zip(ids, values, strict=True))

    def _remember(
        self, key: object, value: tuple[array, array] | dict[int, bytes], size: int
    ) -> None:
        self._cache[key] = value
        self._sizes[key] = size
        self._cached += size
        while self._cached > CACHE_POSTINGS and len(self._cache) > 1:
            old, _ = self._cache.popitem(last=False)
            self._cached -= self._sizes.pop(old)

    def _generic(self, query: wq.Query) -> Scores:
        matcher = query.matcher(self._searcher, self._context)
        scores: Scores = {}
        while matcher.is_active():
            scores[matcher.id()] = matcher.score()
            matcher.next()
        return scores

    def _prefix(self, query: wq.Prefix) -> Scores:
        """Whoosh's ``MultiTerm.matcher`` for a prefix, over cached terms.

        One word: that term, unboosted. More: Whoosh's ``Or`` picks a tree of unions (the
        terms' scores added, times the boost) for two words or a large index, and otherwise an
        unscored array (every match scores 1); the same choice is made here.
        """
        words = [w for w in self._reader.expand_prefix(query.fieldname, query.text) if w]
        terms = [wq.Term(query.fieldname, _text(w)) for w in words]
        if not terms:
            return {}
        if len(terms) == 1:
            return dict(self.leaf(terms[0]))
        if len(terms) < wq.Or.TOO_MANY_CLAUSES and (
            self._context.needs_current or len(terms) == 2 or self.size > 5000
        ):
            return dict(self.evaluate(wq.Or(terms, boost=query.boost)))
        return dict.fromkeys(_any([self.leaf(t) for t in terms]), 1.0)

    def _phrase(self, query: wq.Phrase) -> Scores:
        """Whoosh's ``Phrase`` (a ``SpanNear2`` of its words, slop 1): the documents with the
        words at consecutive positions, scored as the sum of the words' term scores times
        the boost; positions are decoded only for documents that have every word."""
        fieldname = query.fieldname
        if fieldname not in self._schema:
            return {}
        field = self._schema[fieldname]
        if query.slop != 1 or not field.format or not field.format.supports("positions"):
            return self._generic(query)
        words = []
        for word in query.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return {}
            if (fieldname, text) not in self._reader:
                return {}
            words.append(_text(text))
        terms = [self.leaf(wq.Term(fieldname, word)) for word in words]
        candidates: Set[int] = terms[0].keys()
        for scores in terms[1:]:
            candidates = scores.keys() & candidates
        positions = [self._positions(fieldname, word) for word in words]
        decode = field.format.decode_positions
        found: Scores = {}
        for docnum in candidates:
            first = decode(positions[0][docnum])
            rest = [set(decode(values[docnum])) for values in positions[1:]]
            if any(all(start + n in later for n, later in enumerate(rest, 1)) for start in first):
                total = terms[0][docnum]
                for scores in terms[1:]:
                    total += scores[docnum]
                found[docnum] = total * query.boost if query.boost != 1.0 else total
        return found

    def _positions(self, fieldname: str, word: str) -> dict[int, bytes]:
        """docnum -> the encoded positions of ``word`` in ``fieldname`` (cached)."""
        key = ("positions", fieldname, word)
        cached = self._cache.get(key)
        if cached is None:
            matcher = self._reader.postings(fieldname, self._schema[fieldname].to_bytes(word))
            cached = {}
            while matcher.is_active():
                if matcher._ids is None:
                    matcher._read_ids()
                if matcher._values is None:
                    matcher._read_values()
                start, end = matcher._i, matcher._blocklength
                cached.update(zip(matcher._ids[start:end], matcher._values[start:end], strict=True))
                matcher._next_block()
            self._remember(key, cached, len(cached) * POSITIONS_WEIGHT)
        else:
            self._cache.move_to_end(key)
        return cast("dict[int, bytes]", cached)

    def _term(self, query: wq.Term) -> Scores:
        fieldname = query.fieldname
        if fieldname not in self._schema:
            return {}
        try:
            text = self._schema[fieldname].to_bytes(query.text)
        except ValueError:
            return {}
        if (fieldname, text) not in self._reader:
            return {}
        scorer = self._weighting.scorer(self._searcher, fieldname, text)
        matcher = self._reader.postings(fieldname, text)
        if not isinstance(scorer, BM25FScorer) or type(matcher) is not W3LeafMatcher:
            return self._generic(wq.Term(fieldname, query.text))
        ids, weights = _read_blocks(matcher)
        lengths = self._field_lengths(fieldname)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        # whoosh.scoring.bm25, operation for operation.
        return {
            d: idf * ((w * (k1 + 1)) / (w + k1 * ((1 - b) + b * lengths[d] / avgfl)))
            for d, w in zip(ids, weights, strict=True)
        }

    def _field_lengths(self, fieldname: str) -> list[int]:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            length = self._reader.doc_field_length
            lengths = self._lengths[fieldname] = [length(n, fieldname, 1) for n in range(self.size)]
        return lengths


def _text(word: bytes | str) -> str:
    return word.decode("utf-8") if isinstance(word, bytes) else word


def _any(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len, reverse=True)
    scores = dict(parts[0])
    for part in parts[1:]:
        get = scores.get
        scores.update({d: get(d, 0.0) + s for d, s in part.items()})
    return scores


def _all(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    keys = parts[0].keys() & parts[1].keys()
    for part in parts[2:]:
        keys = part.keys() & keys
    first = parts[0]
    scores = {d: first[d] for d in keys}
    for part in parts[1:]:
        scores = {d: s + part[d] for d, s in scores.items()}
    return scores


def _read_blocks(matcher: W3LeafMatcher) -> tuple[list[int], list[float]]:
    """All ids and weights of a posting list, a block at a time (Whoosh reads them so too)."""
    ids: list[int] = []
    weights: list[float] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        start, end = matcher._i, matcher._blocklength
        ids.extend(matcher._ids[start:end])
        weights.extend(matcher._weights[start:end])
        matcher._next_block()
    return ids, weights


class Masks:
    """Per facet term, which documents carry it: one byte per document in a Python integer,
    so counting a term among the matches is one ``&`` and one ``bit_count()``."""

    def __init__(
        self, size: int, docs: Mapping[int, Any], facets: Sequence[str], ranks: Iterable[int]
    ) -> None:
        self.size = size
        self.facets = tuple(facets)
        rows: dict[tuple[str, str], bytearray] = {}
        by_rank: dict[int, bytearray] = {}
        for docnum, doc in docs.items():
            for pair in doc.pairs:
                rows.setdefault(pair, bytearray(size))[docnum] = 1
            by_rank.setdefault(doc.evidence_rank, bytearray(size))[docnum] = 1
        rank_masks = {rank: _mask(row) for rank, row in by_rank.items()}
        order = sorted(rows, key=lambda p: self.facets.index(p[0]))
        self.terms = {
            name: [(p[1], _mask(rows[p])) for p in order if p[0] == name] for name in self.facets
        }
        self.term = {pair: _mask(rows[pair]) for pair in order}
        # Documents with at least a given evidence rank, for "ten minste ...".
        self._at_least = {
            rank: _or(m for r, m in rank_masks.items() if r >= rank)
            for rank in {*rank_masks, *ranks}
        }

    def of(self, docnums: Iterable[int]) -> int:
        row = bytearray(self.size)
        # A C loop: map calls bytearray.__setitem__ for each document.
        any(map(row.__setitem__, docnums, repeat(1)))
        return _mask(row)

    def at_least(self, rank: int) -> int:
        mask = self._at_least.get(rank)
        return mask if mask is not None else 0

    def filter_and_count(
        self, matched: int, active: Mapping[str, set[str]], min_rank: int | None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """The mask of matches that pass the filters, and the disjunctive facet counts.

        A facet's counts ignore its own selection: a document that fails only that facet still
        counts there, so every term shows how many results choosing it (too) would give.
        """
        passes: dict[str, int] = {}
        for name, wanted in active.items():
            passes[name] = _or(self.term.get((name, value), 0) for value in wanted)
        if min_rank is not None:
            above = self.at_least(min_rank)
            passes["evidence"] = passes["evidence"] & above if "evidence" in passes else above
        kept = matched
        for mask in passes.values():
            kept &= mask
        facets: dict[str, dict[str, int]] = {}
        for name in self.facets:
            counted = kept
            if name in passes:  # ... and those failing only this facet
                only = matched & ~passes[name]
                for other, mask in passes.items():
                    if other != name:
                        only &= mask
                counted = kept | only
            facets[name] = {
                value: n for value, mask in self.terms[name] if (n := (counted & mask).bit_count())
            }
        return kept, facets

    def members(self, mask: int) -> bytes:
        """One byte per document: non-zero when the document is in ``mask``."""
        return mask.to_bytes(self.size, "little")


def _mask(row: bytearray) -> int:
    return int.from_bytes(row, "little")


def _or(masks: Iterable[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def top(
    items: list[tuple[int, float]], count: int, key: Callable[[tuple[int, float]], Any]
) -> list[tuple[int, float]]:
    """``sorted(items, key=key)[:count]`` for a key that starts with ``-round(score, 6)``.

    Only items within ``ROUNDING`` of the ``count``-th best raw score can be among the first
    ``count`` by the rounded key: everything further below rounds strictly lower.
    """
    if len(items) <= count * 4:
        return sorted(items, key=key)[:count]
    if count <= 0:
        return []
    floor = heapq.nlargest(count, items, key=itemgetter(1))[-1][1] - ROUNDING
    return sorted([item for item in items if item[1] >= floor], key=key)[:count]
