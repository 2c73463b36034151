"""Snippets: the passage a hit shows, chosen and marked by what the user searched for.

Only the public behaviour (text and query in, HTML out): the query-speed work may change how it
is computed, never what it gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.search.analysis import stem
from kb_app.search.snippets import analyse, make_snippet, plain_snippet

TEXT = (
    "Dit is een inleiding over niets. "
    "Jongeren met schulden krijgen hulp van vrijwilligers. "
    "Ouderen zijn soms eenzaam."
)


def stems(*words: str) -> list[str]:
    return [stem(word) for word in words]


def test_the_sentence_with_most_distinct_matches_is_shown_with_the_words_marked():
    snippet = make_snippet(TEXT, stems("ouderen", "jongeren", "schulden"))
    assert snippet.startswith("… <mark>Jongeren</mark> met <mark>schulden</mark> krijgen")
    assert "<mark>Ouderen</mark>" in snippet  # a match later in the window is marked too
    later = "Schulden komen voor. " + TEXT
    assert make_snippet(later, stems("jongeren", "schulden")).startswith("… <mark>Jongeren")
    repeated = "Jongeren en jongere mensen. Ouderen en jongeren."  # two words, one stem
    assert make_snippet(repeated, stems("jongeren", "ouderen")).startswith("… <mark>Ouderen")


def test_without_a_match_the_text_starts_at_its_beginning():
    assert make_snippet(TEXT, stems("fietsen")) == TEXT
    assert make_snippet("", stems("jongeren")) == ""


def test_a_typed_prefix_and_a_compound_part_are_matches():
    assert "<mark>vrijwilligers</mark>" in make_snippet(TEXT, [], ["vrijwil"])
    compound = make_snippet("Schuldhulpverlening voor iedereen.", stems("schulden"))
    assert compound == "<mark>Schuldhulpverlening</mark> voor iedereen."


def test_short_stems_and_stop_words_are_never_found_inside_other_words():
    assert "<mark>" not in make_snippet("Taalles voor iedereen.", stems("taal"))
    assert "<mark>" not in make_snippet("Een huis en een tuin.", stems("en", "een"))


def test_accents_fold_and_text_is_escaped_for_html():
    assert make_snippet("Financiële zorgen", stems("financiele")) == (
        "<mark>Financiële</mark> zorgen"
    )
    snippet = make_snippet("a <b> & jongeren", stems("jongeren"))
    assert snippet == "a &lt;b&gt; &amp; <mark>jongeren</mark>"
    assert plain_snippet(snippet) == "a <b> & jongeren"


def test_a_long_passage_is_cut_at_a_word_and_says_so():
    text = " ".join(["woord"] * 100)
    snippet = make_snippet(text, stems("woord"), max_chars=40)
    assert snippet.endswith("</mark> …")
    assert plain_snippet(snippet) == " ".join(["woord"] * 6) + " …"


def test_line_breaks_show_as_spaces_and_end_a_sentence():
    snippet = make_snippet("Kop\nEerste regel over niets\nJongeren hier", stems("jongeren"))
    assert snippet == "… <mark>Jongeren</mark> hier"
    assert "\n" not in make_snippet("Jongeren\nen ouderen", stems("jongeren"))


WORDS = st.sampled_from(
    ["jongeren", "schulden", "Ouderen", "taal", "één", "vrijwilligers", "de", "en", "x<y", "&"]
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(WORDS, min_size=1, max_size=8), min_size=1, max_size=6),
    st.lists(WORDS, max_size=3),
)
def test_a_kept_analysis_gives_the_same_snippet_and_plain_text_is_the_text(sentences, query):
    text = ". ".join(" ".join(words) for words in sentences)
    found = stems(*query)
    snippet = make_snippet(text, found, ["vrij"])
    assert snippet == make_snippet(text, found, ["vrij"], analysed=analyse(text))
    assert plain_snippet(snippet).strip(" …") in text.replace("\n", " ")
