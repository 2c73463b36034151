"""The fast search path (``kb_app/search/fastpath.py``) gives exactly Whoosh's own results.

Every query of the benchmark set and the judged set, with filters, "ten minste"-evidence and all
three sorts, is run through the fast service and through the reference (``fast=False``: Whoosh's
matchers score every hit, facets counted per hit in Python). Hits (ids, order, scores, snippets),
totals, facet counts, suggestions and corrections must all be equal: a speed-up that changes a
result fails here.
"""

from __future__ import annotations

import pytest

from benchmarks.quality import HARD, load_judged
from benchmarks.queries import all_queries
from kb_app.search.fastpath import Postings, top
from kb_app.search.service import SearchQuery, SearchService


@pytest.fixture(scope="module")
def reference(built_library, reader):
    service = SearchService(built_library / "index", reader, fast=False)
    yield service
    service.close()


def _requests() -> list[SearchQuery]:
    requests = [
        SearchQuery(text=q.text, prefix_last=q.prefix_last, filters=q.filters, limit=20)
        for q in all_queries()
    ]
    judged = [e["q"] for part in load_judged().values() for e in part]
    requests += [SearchQuery(text=text, limit=10, snippets=False) for text in judged + HARD]
    for text in ("jongeren", "eenzaamheid ouderen", "taal", "", "discriminatie werk"):
        for sort in ("relevance", "evidence", "title"):
            requests.append(SearchQuery(text=text, sort=sort, limit=50))
        requests.append(SearchQuery(text=text, min_evidence="goed-onderbouwd", limit=30))
        requests.append(
            SearchQuery(
                text=text,
                min_evidence="effectief-eerste-aanwijzingen",
                sort="evidence",
                filters={
                    "themes": frozenset({"sociale-basis", "inclusie"}),
                    "target_groups": frozenset({"ouderen-65+", "jongeren-12-18"}),
                },
            )
        )
        requests.append(
            SearchQuery(
                text=text, offset=5, limit=7, filters={"basis_levels": frozenset({"persoonlijk"})}
            )
        )
        requests.append(SearchQuery(text=text, doctype="principle", limit=10))
    return requests


def _view(result) -> tuple:
    return (
        result.total,
        result.facets,
        result.suggestion,
        result.corrected,
        result.partial,
        [(h.id, h.score, h.snippet) for h in result.hits],
    )


def test_fast_path_equals_reference_on_every_benchmark_and_judged_query(search_service, reference):
    requests = _requests()
    assert len(requests) > 400
    differences = [
        (r, _view(search_service.search(r)), _view(reference.search(r))) for r in requests
    ]
    differences = [d for d in differences if d[1] != d[2]]
    assert not differences, differences[:3]


def test_leaf_scores_equal_whoosh_matcher_scores(search_service):
    """The block reader and array BM25F give each posting Whoosh's own score, bit for bit."""
    from whoosh import query as wq

    postings: Postings = search_service._postings
    reader = search_service._searcher.reader()
    checked = 0
    for field in ("title", "summary", "body", "tags", "tagids", "parts"):
        for term in list(reader.lexicon(field))[::7][:60]:
            text = term.decode("utf-8")
            query = wq.Term(field, text, boost=1.5)
            assert postings.leaf(query) == postings._generic(query), (field, text)
            checked += 1
    assert checked > 200


def test_top_equals_full_sort_for_near_ties():
    """Scores that differ below the sixth decimal tie in the ranking key; ``top`` agrees."""
    items = [(n, 1.0 + (n % 7) * 3e-7 + (n // 7) * 1e-3) for n in range(400)]
    items += [(1000 + n, 0.5) for n in range(50)]

    def key(item):
        return (-round(item[1], 6), item[0])

    for count in (1, 5, 20, 60):
        assert top(items, count, key) == sorted(items, key=key)[:count]


def test_compound_parts_found_in_snippet_words_as_by_the_plain_loop(reader):
    """``_containing`` (str.find over the joined words) equals checking every word."""
    from kb_app.search.snippets import _containing, analyse

    parts = ["discriminatie", "taal", "jongeren", "schuld", "vrijwillig", "ouder", "werk"]
    texts = [reader.text(row["id"]) for row in reader.listing()[:40]]
    compared = 0
    for text in texts:
        analysed = analyse(text)
        for count in (1, 3, len(parts)):
            fast = _containing(analysed, parts[:count])
            plain = [w for w in analysed.sorted_words if any(p in w for p in parts[:count])]
            assert fast == plain
            compared += len(fast)
    assert compared > 100
