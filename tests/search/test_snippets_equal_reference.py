"""Snippets (``kb_app/search/snippets.py``) equal the algorithm they replaced, character for
character: ``snippets_reference.py`` is that algorithm as it was (sentences split, each
sentence's words as a set). The fast path test compares the service with Whoosh's own path,
but both make snippets with the same function, so only this test sees a snippet change.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.queries import all_queries
from kb_app.search import snippets
from kb_app.search.service import SearchQuery
from tests.search import snippets_reference as reference


def _terms(service, text: str, prefix_last: bool) -> tuple[set[str], list[str]]:
    """The stems and prefixes the service marks for a query (as ``SearchService._hit``)."""
    parsed = service._parse(text, prefix_last)
    stems = {s for c in parsed.concepts for s in c.stems}
    stems.update(alt[0] for c in parsed.concepts for alt in c.alternatives if len(alt) == 1)
    return stems, [c.surface[0] for c in parsed.concepts if c.prefix]


def test_every_benchmark_query_shows_the_reference_snippets(search_service, reader):
    compared = 0
    for query in all_queries():
        result = search_service.search(
            SearchQuery(text=query.text, prefix_last=query.prefix_last, limit=20)
        )
        stems, prefixes = (
            _terms(search_service, result.suggestion, False)  # the hits of the correction
            if result.corrected and result.suggestion
            else _terms(search_service, query.text, query.prefix_last)
        )
        for hit in result.hits:
            text = reader.text(hit.id)
            expected = reference.make_snippet(text, stems, prefixes) if stems or prefixes else ""
            assert hit.snippet == expected, (query.text, hit.id)
            compared += 1
    assert compared > 2000


@pytest.mark.parametrize("text", ["jongeren school", "eenzaamheid ouderen", "taal", "vrijw"])
def test_every_document_gives_the_reference_snippet(search_service, reader, text):
    stems, prefixes = _terms(search_service, text, prefix_last=True)
    for row in reader.listing():
        body = reader.text(row["id"])
        analysed = snippets.analyse(body)
        got = snippets.make_snippet(body, stems, prefixes, analysed=analysed)
        assert got == reference.make_snippet(body, stems, prefixes), row["id"]


WORDS = st.sampled_from(
    [
        "jongeren",
        "Jongeren",
        "hangjongeren",
        "jongerenwerk",
        "de",
        "en",
        "hebben",
        "financiën",
        "Financien",
        "café",
        "İstanbul",
        "ΟΔΟΣ",
        "school",
        "scholen",
        "ouders",
        "ouderen",
        "taal",
        "taalles",
        "a_b",
        "12",
        "x",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "! ", "?", ".\n", "\n\n", "\t", "\u00a0", "… "])


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.tuples(WORDS, SEPARATORS), max_size=60),
    picked=st.lists(st.integers(0, 59), max_size=4),
    prefixes=st.lists(st.sampled_from(["jo", "sch", "fin", "taa", "ou", "heb"]), max_size=2),
    lead=st.sampled_from(["", "\n", ". ", " "]),
    max_chars=st.sampled_from([20, 60, 220]),
)
def test_any_text_gives_the_reference_snippet(pieces, picked, prefixes, lead, max_chars):
    text = lead + "".join(word + sep for word, sep in pieces)
    words = [snippets.fold(w.lower()) for w, _ in pieces]
    stems = {snippets.stem(words[n]) for n in picked if n < len(words)}
    expected = reference.make_snippet(text, stems, prefixes, max_chars=max_chars)
    assert snippets.make_snippet(text, stems, prefixes, max_chars=max_chars) == expected
