"""``TermLookup`` gives, from one term lookup, the postings and BM25F numbers Whoosh's own reader
and scorer give (``test_fastpath.py`` compares the resulting scores over every query; this
compares the parts, term by term), and leaves what it cannot reproduce to Whoosh."""

from __future__ import annotations

from itertools import islice

from whoosh.scoring import BM25F, TF_IDF

from kb_app.search.index import open_index
from kb_app.search.termlookup import TermLookup


def _postings(matcher) -> list[tuple[int, float]]:
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight()))
        matcher.next()
    return out


def test_every_term_has_whoosh_numbers_and_postings(built_library):
    ix = open_index(built_library / "index")
    searcher = ix.searcher(weighting=BM25F(title_B=0.5))
    reader = searcher.reader()
    lookup = TermLookup(searcher)
    compared = 0
    try:
        for fieldname in ("title", "body", "tagids", "parts", "titlewords"):
            for text in islice(reader.lexicon(fieldname), 0, None, 3):
                found = lookup.lookup(fieldname, text)
                assert found is not None
                matcher, params = found
                assert params is not None  # every field here is scorable, no posting inlined
                scorer = searcher.weighting.scorer(searcher, fieldname, text)
                assert params == (scorer.idf, scorer.avgfl, scorer.B, scorer.K1)
                assert _postings(matcher) == _postings(reader.postings(fieldname, text))
                compared += 1
            assert lookup.lookup(fieldname, b"zzz-niet-in-de-index") is None
        assert compared > 1000
    finally:
        searcher.close()
        ix.close()


def test_another_weighting_is_left_to_whoosh(built_library):
    ix = open_index(built_library / "index")
    searcher = ix.searcher(weighting=TF_IDF())
    try:
        lookup = TermLookup(searcher)
        assert lookup.lookup("body", b"jonger") == (None, None)
        assert lookup.lookup("body", b"zzz-niet-in-de-index") is None
    finally:
        searcher.close()
        ix.close()
