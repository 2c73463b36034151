"""The fast path of ``SearchService``: Whoosh's postings and scores, combined with C-speed
dict, set and integer operations instead of a tree of Python matchers.

Whoosh's searcher scores a query by walking a tree of Python matchers one posting at a time
(several method calls per posting per level), and every hit then went through Python facet and
sort code; at 10,000 interventions that was nearly all of a keystroke's time. Here Whoosh still
reads every posting list and decides what each leaf of the query (a term, a phrase, a prefix)
matches and scores, with its own BM25F scorer; what changes is how those answers are combined:

* a term's postings are read a block at a time and scored with Whoosh's BM25F formula over a
  list of field lengths (the same float operations in the same order, as C-level ``map``s:
  the same scores); prefixes are expanded by Whoosh's reader into such terms;
* a phrase (consecutive words, as Whoosh's ``Phrase``/``SpanNear2``) is checked only in the
  documents with all its words, on per-document position bit masks decoded once from
  Whoosh's postings (a word's scores and positions come from one read of its blocks);
* each leaf's documents and scores are cached as two arrays, once whatever its boost (the
  index never changes while it is open), so a word typed letter by letter, a synonym shared
  by several words, or a search repeated costs nothing;
* ``And``/``Or`` follow Whoosh's rules: an ``Or`` adds the scores of the parts that match, an
  ``And`` those of all its parts, a boost multiplies, a compound of one part is that part
  (an ``Or`` adds a leaf's cached arrays into its dict without making a dict of the leaf);
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
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Set
from functools import reduce
from itertools import accumulate, compress, repeat
from operator import add, and_, itemgetter, lshift, mul, or_, truediv
from typing import Any, cast

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.compat import loads
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE

from kb_app.search.termlookup import Bm25, TermLookup

Scores = dict[int, float]
# A part's documents and scores, side by side (each used once).
Pairs = tuple[Collection[int], Iterable[float]]
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
        self.size = searcher.doc_count_all()
        self._context = searcher.context(needs_current=False)
        self._lookup = TermLookup(searcher)
        self._lengths: dict[tuple[str, float, float, float], list[float]] = {}
        self._cache: OrderedDict[object, tuple[array, array] | dict[int, bytes]] = OrderedDict()
        self._sizes: dict[object, int] = {}
        self._cached = 0

    def evaluate(self, query: wq.Query) -> Scores:
        """``{docnum: score}`` for every match (a new dict: the caller may change it)."""
        if not isinstance(query, (wq.And, wq.Or)):
            return self.leaf(query)
        subs = query.subqueries
        if not subs:
            return {}
        if len(subs) == 1:  # Whoosh matches the part itself, without the compound's boost
            return self.evaluate(subs[0])
        if isinstance(query, wq.And):
            scores = _all([self.evaluate(sub) for sub in subs])
        else:  # an Or adds its parts: a leaf's cached arrays are added without a dict
            scores = _any([self._pairs(sub) for sub in subs])
        if query.boost != 1.0:
            boost = query.boost
            scores = dict(zip(scores.keys(), map(mul, scores.values(), repeat(boost)), strict=True))
        return scores

    def _pairs(self, query: wq.Query) -> Pairs:
        while isinstance(query, (wq.And, wq.Or)) and len(query.subqueries) == 1:
            query = query.subqueries[0]
        if isinstance(query, (wq.And, wq.Or)):
            scores = self.evaluate(query)
            return scores.keys(), scores.values()
        return self._leaf_pairs(query)

    def leaf(self, query: wq.Query) -> Scores:
        """``{docnum: score}`` of one leaf query, as Whoosh's matcher gives them."""
        return dict(zip(*self._leaf_pairs(query), strict=True))

    def _leaf_pairs(self, query: wq.Query) -> Pairs:
        """The documents and scores of one leaf query (cached; the scores are used once)."""
        term = type(query) is wq.Term
        phrase = not term and self._positional(query)
        # A term or phrase is cached once, whatever boost it carries.
        key: object = (
            ("term", query.fieldname, query.text)
            if term
            else ("phrase", query.fieldname, tuple(query.words))
            if phrase
            else query
        )
        cached = self._cache.get(key)
        if cached is None:
            if term:
                scores = self._term(query)
            elif phrase:
                scores = self._phrase(query)
            elif type(query) is wq.Prefix:
                scores = self._prefix(query)
            else:
                scores = self._generic(query)
            # Kept compact (a dict entry costs ~10x): a dict is remade per use, in C.
            cached = (array("q", scores.keys()), array("d", scores.values()))
            self._remember(key, cached, len(scores))
        else:
            self._cache.move_to_end(key)
        ids, values = cast("tuple[array[int], array[float]]", cached)
        if (term or phrase) and query.boost != 1.0:
            # Whoosh wraps a boosted term in a matcher that multiplies its score, and a phrase
            # multiplies its words' sum: the same product.
            return ids, map(mul, values, repeat(query.boost))
        return ids, values

    def _positional(self, query: wq.Query) -> bool:
        """A phrase of consecutive words in a field with positions: matched here, not by
        Whoosh's ``SpanNear2``."""
        if type(query) is not wq.Phrase or query.slop != 1 or query.fieldname not in self._schema:
            return False
        field = self._schema[query.fieldname]
        return bool(field.format) and type(field.format) is Positions

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
        return dict.fromkeys(_any([self._leaf_pairs(t) for t in terms]), 1.0)

    def _phrase(self, query: wq.Phrase) -> Scores:
        """Whoosh's ``Phrase`` (a ``SpanNear2`` of its words, slop 1), unboosted: the documents
        with the words at consecutive positions, scored as the sum of the words' term scores.

        Only documents with every word are checked. A word's positions in a document are a
        bit mask (bit p: position p), made once and cached, so a phrase matches where
        ``((first << 1) & second) << 1 & third ...`` is not zero: C-level integer operations
        instead of comparing position lists (words recur across the phrases of synonyms).
        """
        fieldname = query.fieldname
        field = self._schema[fieldname]
        words = []
        for word in query.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return {}
            if (fieldname, text) not in self._reader:
                return {}
            words.append(_text(text))
        for word in words:  # one pass over a new word's blocks for its scores and positions
            self._read_with_positions(fieldname, word)
        terms = [self.leaf(wq.Term(fieldname, word)) for word in words]
        candidates: Set[int] = terms[0].keys()
        for scores in terms[1:]:
            candidates = scores.keys() & candidates
        docs = list(candidates)
        chained = self._masks(fieldname, words[0], docs)
        for word in words[1:]:
            chained = list(
                map(and_, map(lshift, chained, repeat(1)), self._masks(fieldname, word, docs))
            )
        found = list(compress(docs, chained))
        totals = list(map(terms[0].__getitem__, found))
        for scores in terms[1:]:
            totals = list(map(add, totals, map(scores.__getitem__, found)))
        return dict(zip(found, totals, strict=True))

    def _masks(self, fieldname: str, word: str, docs: list[int]) -> list[int]:
        """The position mask of ``word`` in each of ``docs`` (decoded once, then cached)."""
        table = self._positions(fieldname, word)
        out = []
        for docnum in docs:
            value = table[docnum]
            if value.__class__ is bytes:
                value = table[docnum] = _position_mask(value)
            out.append(value)
        return cast("list[int]", out)

    def _positions(self, fieldname: str, word: str) -> dict[int, bytes | int]:
        """docnum -> the encoded positions of ``word`` in ``fieldname``, or their mask once
        decoded (cached)."""
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
        return cast("dict[int, bytes | int]", cached)

    def _term(self, query: wq.Term) -> Scores:
        fieldname = query.fieldname
        if fieldname not in self._schema:
            return {}
        try:
            text = self._schema[fieldname].to_bytes(query.text)
        except ValueError:
            return {}
        found = self._lookup.lookup(fieldname, text)  # one term lookup, not three
        if found is None:
            return {}
        matcher, params = found
        if params is None:
            return self._generic(wq.Term(fieldname, query.text))
        ids, weights, _ = _read_blocks(matcher)
        return self._bm25(fieldname, params, ids, weights)

    def _read_with_positions(self, fieldname: str, word: str) -> None:
        """Cache a phrase word's term scores and positions from one read of its blocks (each
        block is decompressed and unpickled whole), unless either is cached already."""
        if ("positions", fieldname, word) in self._cache or (
            "term",
            fieldname,
            word,
        ) in self._cache:
            return
        found = self._lookup.lookup(fieldname, self._schema[fieldname].to_bytes(word))
        matcher, params = found or (None, None)
        if params is None:
            return  # ``leaf`` and ``_positions`` read them their own way
        ids, weights, values = _read_blocks(matcher, with_values=True)
        scores = self._bm25(fieldname, params, ids, weights)
        cached = (array("q", scores.keys()), array("d", scores.values()))
        self._remember(("term", fieldname, word), cached, len(scores))
        positions = dict(zip(ids, values, strict=True))
        self._remember(("positions", fieldname, word), positions, len(ids) * POSITIONS_WEIGHT)

    def _bm25(self, fieldname: str, scorer: Bm25, ids: list[int], weights: list[float]) -> Scores:
        norms = self._norms(fieldname, scorer)
        # whoosh.scoring.bm25, operation for operation:
        # idf * ((w * (k1 + 1)) / (w + k1 * ((1 - b) + b * length / avgfl))), the last part
        # per document (``_norms``), the rest as C-level maps over the postings.
        idf, k1 = scorer.idf, scorer.K1
        tops = map(mul, weights, repeat(k1 + 1))
        bottoms = map(add, weights, map(norms.__getitem__, ids))
        return dict(zip(ids, map(mul, repeat(idf), map(truediv, tops, bottoms)), strict=True))

    def _norms(self, fieldname: str, scorer: Bm25) -> list[float]:
        """Per document ``k1 * ((1 - b) + b * length / avgfl)`` for one field (the same for
        every term of the field: ``b``, ``k1`` and the average length are the field's)."""
        key = (fieldname, scorer.avgfl, scorer.B, scorer.K1)
        norms = self._lengths.get(key)
        if norms is None:
            length = self._reader.doc_field_length
            avgfl, b, k1 = scorer.avgfl, scorer.B, scorer.K1
            lengths = [length(n, fieldname, 1) for n in range(self.size)]
            # No length (a document without the field) never has a posting there: 0.0 unused.
            norms = [k1 * ((1 - b) + b * n / avgfl) if n is not None else 0.0 for n in lengths]
            self._lengths[key] = norms
        return norms


def _text(word: bytes | str) -> str:
    return word.decode("utf-8") if isinstance(word, bytes) else word


def _any(parts: list[Pairs]) -> Scores:
    """Whoosh's union: every document of any part, with the scores of the parts it is in
    added up, the largest part first (the same additions in the same order)."""
    parts = sorted(parts, key=lambda part: len(part[0]), reverse=True)
    scores = dict(zip(*parts[0], strict=True))
    for ids, values in parts[1:]:
        # scores[d] = scores.get(d, 0.0) + s for every (d, s) of the part, as C-level maps
        added = list(map(add, map(scores.get, ids, repeat(0.0)), values))
        scores.update(zip(ids, added, strict=True))
    return scores


def _all(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    keys = parts[0].keys() & parts[1].keys()
    for part in parts[2:]:
        keys = part.keys() & keys
    docs = list(keys)
    totals = list(map(parts[0].__getitem__, docs))
    for part in parts[1:]:
        totals = list(map(add, totals, map(part.__getitem__, docs)))
    return dict(zip(docs, totals, strict=True))


def _read_blocks(
    matcher: W3LeafMatcher, with_values: bool = False
) -> tuple[list[int], list[float], list[bytes]]:
    """All ids and weights (and, if asked, values: encoded positions) of a posting list, a
    block at a time (Whoosh reads them so too)."""
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    while matcher.is_active():
        if matcher._ids is None:
            if matcher._data is None:
                matcher._read_data()
            # As ``W3LeafMatcher._read_ids``, with a C-level running sum for the deltas.
            raw = matcher._data[0]
            matcher._ids = raw if matcher._byteids else tuple(accumulate(raw))
        if matcher._weights is None:
            matcher._read_weights()
        start, end = matcher._i, matcher._blocklength
        ids.extend(matcher._ids[start:end])
        weights.extend(matcher._weights[start:end])
        if with_values:
            if matcher._values is None:
                matcher._read_values()
            values.extend(matcher._values[start:end])
        matcher._next_block()
    return ids, weights, values


def _position_mask(value: bytes) -> int:
    """``Positions.decode_positions`` as a bit mask: a pickled list of position deltas after
    the count (a running sum gives the positions)."""
    if not value.endswith(b"."):
        value += b"."
    return reduce(or_, map(lshift, repeat(1), accumulate(loads(value[_INT_SIZE:]))), 0)


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
