"""Spelling: the words within an edit distance of a misspelling, and the real words left alone.

Public behaviour only (words in, words out): the query-speed work may change how candidates are
found, never which.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.search.spelling import KnownWords, SpellIndex, distance, within_distance


def test_distance_counts_insertions_deletions_and_substitutions():
    assert distance("kitten", "sitting") == 3
    assert distance("", "abc") == distance("abc", "") == 3
    assert distance("jongeren", "jongeren") == 0
    assert distance("jongren", "jongeren") == 1
    assert distance("ab", "ba") == 2  # a swap is two edits (Levenshtein, not Damerau)


def test_within_distance_is_a_bound_on_the_distance():
    assert within_distance("vrijwiligers", "vrijwilligers", 1)
    assert not within_distance("vrijwiligers", "vrijwilligers", 0)
    assert not within_distance("a", "abcd", 2)  # length alone rules it out
    assert within_distance("discrimminatie", "discriminatie", 2)


def test_the_index_finds_the_word_itself_and_its_near_misspellings():
    index = SpellIndex(["jongeren", "jongere", "ouderen", "schulden", "eenzaamheid", "aa"])
    assert index.within("jongren", 1) == ["jongeren"]
    assert sorted(index.within("jongren", 2)) == ["jongere", "jongeren"]
    assert index.within("ouderen", 0) == ["ouderen"]
    assert index.within("eeeeeeeee", 2) == []
    assert sorted(index.within("a", 1)) == ["aa"]  # too short to filter on letter pairs


LETTERS = st.text(alphabet="aeno", min_size=0, max_size=9)


@settings(max_examples=200, deadline=None)
@given(st.lists(LETTERS, max_size=40), LETTERS, st.integers(min_value=0, max_value=3))
def test_the_index_finds_exactly_the_words_within_the_distance(words, word, maxdist):
    expected = sorted({w for w in words if distance(word, w) <= maxdist})
    assert sorted(SpellIndex(words).within(word, maxdist)) == expected


@settings(max_examples=200, deadline=None)
@given(LETTERS, LETTERS, st.integers(min_value=0, max_value=4))
def test_within_distance_agrees_with_distance(first, second, limit):
    assert within_distance(first, second, limit) == (distance(first, second) <= limit)


def test_known_words_include_inflections_of_a_base_form():
    known = KnownWords(b"burn\nhuis\nwerk\nzwaan\n")
    assert "werk" in known and "werken" in known and "gewerkt" in known
    assert "zwanen" not in known  # a spelling change is not an ending
    assert "huizen" not in known and "wer" not in known
    assert "burns" in known and "burning" in known


def test_a_damaged_word_list_knows_nothing_and_does_not_fail():
    empty = KnownWords(b"")
    assert "jongeren" not in empty and "" not in empty
