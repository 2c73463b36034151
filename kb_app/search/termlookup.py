"""A term's postings and BM25F parameters from one lookup in Whoosh's term table.

Reading a term the public way looks it up three times: ``(field, term) in reader``, then the
scorer (``BM25F.scorer`` asks the document frequency for the idf and the term's statistics for
its quality bound, which the fast path never uses), then ``reader.postings``. At 1,000
interventions that was ~70 µs per new term, and a one-letter prefix or a word with synonyms
reads dozens. Here the term's ``TermInfo`` is read once and the same numbers are computed from
it as Whoosh computes them: ``WeightingModel.idf`` (``log(N / (df + 1)) + 1`` over all
documents), ``Searcher.avg_field_length`` (``or 1``, as ``BM25FScorer``), and the field's
``B`` and ``K1`` (~23 µs per term). The postings reader is the codec's own (what
``W3TermsReader.matcher`` returns).

Whatever this cannot reproduce exactly (another weighting model, a field that is not scorable,
an index with deleted documents, postings inlined in the term table) is left to Whoosh's own
path: ``lookup`` then gives no parameters. ``tests/search/test_fastpath.py`` holds the scores
equal to Whoosh's.
"""

from __future__ import annotations

from math import log
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F


class Bm25(NamedTuple):
    """What ``whoosh.scoring.bm25`` needs besides a posting's weight and length."""

    idf: float
    avgfl: float
    B: float
    K1: float


class TermLookup:
    """Term -> (leaf matcher, BM25F parameters) for one open searcher."""

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher
        self._schema = searcher.schema
        reader = searcher.reader()
        self._terms = getattr(reader, "_terms", None)
        weighting = searcher.weighting
        # Only the plain case is reproduced; anything else keeps Whoosh's scorer.
        self._plain = (
            type(weighting) is BM25F
            and searcher.get_parent() is searcher
            and not reader.has_deletions()
            and self._terms is not None
            and hasattr(self._terms, "_codec")
        )
        self._weighting = weighting
        self._count = searcher.doc_count_all()
        self._fields: dict[str, tuple[float, float, float]] = {}

    def exists(self, fieldname: str, text: bytes) -> bool:
        return (fieldname, text) in self._searcher.reader()

    def lookup(self, fieldname: str, text: bytes) -> tuple[Any, Bm25 | None] | None:
        """None when the index lacks the term; else its leaf matcher and BM25F parameters,
        or (None, None) when Whoosh's own scorer must score it."""
        if not self._plain:
            return (None, None) if self.exists(fieldname, text) else None
        try:
            info = self._terms.term_info(fieldname, text)  # type: ignore[union-attr]
        except TermNotFound:
            return None
        field = self._schema[fieldname]
        if not field.scorable:
            return None, None
        matcher = self._terms._codec.postings_reader(  # type: ignore[union-attr]
            self._terms._postfile,  # type: ignore[union-attr]
            info,
            field.format,
            term=(fieldname, text),
            scorer=None,
        )
        if type(matcher) is not W3LeafMatcher:
            return None, None
        avgfl, b, k1 = self._field(fieldname)
        return matcher, Bm25(log(self._count / (info.doc_frequency() + 1)) + 1, avgfl, b, k1)

    def _field(self, fieldname: str) -> tuple[float, float, float]:
        found = self._fields.get(fieldname)
        if found is None:
            weighting = self._weighting
            found = self._fields[fieldname] = (
                self._searcher.avg_field_length(fieldname) or 1,
                weighting._field_B.get(fieldname, weighting.B),
                weighting.K1,
            )
        return found
