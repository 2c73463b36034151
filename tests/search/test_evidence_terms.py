"""The four terms without a judgement in search: a facet each with its own count, never passing a
"ten minste" filter, and ranked below every judgement when sorting by evidence."""

from kb_app.core.model import UNJUDGED_LEVELS
from kb_app.search.service import SearchQuery


def search(service, **options):
    return service.search(SearchQuery(text="", limit=500, **options))


def test_each_unjudged_term_is_its_own_facet(search_service, reader):
    counts = search(search_service).facets["evidence"]
    expected = {}
    for doc_id in reader.intervention_ids():
        level = reader.intervention(doc_id).evidence.level
        expected[level] = expected.get(level, 0) + 1
    for level in UNJUDGED_LEVELS:
        assert counts.get(level, 0) == expected.get(level, 0) > 0, level


def test_at_least_goed_beschreven_excludes_every_unjudged_term(search_service):
    result = search(search_service, min_evidence="goed-beschreven")
    assert result.total > 0
    assert not {h.evidence_level for h in result.hits} & UNJUDGED_LEVELS


def test_filtering_on_one_unjudged_term(search_service):
    result = search(search_service, filters={"evidence": frozenset({"buiten-erkenningssysteem"})})
    assert result.total > 0
    assert {h.evidence_level for h in result.hits} == {"buiten-erkenningssysteem"}


def test_sorting_by_evidence_puts_judgements_first(search_service):
    levels = [h.evidence_level for h in search(search_service, sort="evidence").hits]
    first_unjudged = next(i for i, level in enumerate(levels) if level in UNJUDGED_LEVELS)
    judged_after = [
        lv for lv in levels[first_unjudged:] if lv not in UNJUDGED_LEVELS and lv != "niet-erkend"
    ]
    assert judged_after == []
