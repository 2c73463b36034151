""" "Waarom dit resultaat?": what each typed word became, and which fields of a hit it matched."""

from __future__ import annotations

from kb_app.search.explain import concept_terms, explain, matched_fields
from kb_app.search.query import Concept, ParsedQuery

PESTEN = Concept(
    surface=("pesten",),
    stems=("pest",),
    tag_ids=frozenset({"pesten", "sociale-veiligheid"}),
    alternatives=(("treiter",), ("digitaal", "pest")),
    labels=("Pesten",),
    labels_en=("Bullying",),
    shown=("treiteren", "digitaal pesten"),
)
TAAL = Concept(surface=("taalles",), stems=("taalles",), parts=("taal", "les"), shown=("taal",))


def test_each_typed_word_says_what_it_was_searched_as():
    explanation = explain(ParsedQuery((PESTEN, TAAL)), None, dropped=("hoe",))
    first, second = explanation.words
    assert (first.typed, first.terms, first.terms_en) == ("pesten", ("Pesten",), ("Bullying",))
    assert first.synonyms == ("treiteren", "digitaal pesten") and first.parts == ()
    assert second.parts == ("taal",) and second.synonyms == ()
    data = explanation.to_dict()
    assert data["dropped"] == ["hoe"] and data["corrected"] is False
    assert "concepts" not in data and data["words"][1]["typed"] == "taalles"


def test_a_correction_shows_the_corrected_words_and_what_was_typed():
    typed = ParsedQuery((Concept(surface=("pestn",), stems=("pestn",)),))
    corrected = ParsedQuery((PESTEN, TAAL))
    explanation = explain(typed, corrected, changes={"pesten": "pestn"})
    assert explanation.corrected and explanation.concepts == (PESTEN, TAAL)
    assert [(w.typed, w.corrected_from) for w in explanation.words] == [
        ("pesten", "pestn"),
        ("taalles", ""),
    ]


def test_a_concept_matches_its_stems_in_every_text_field_and_its_terms_by_id():
    pairs = concept_terms(PESTEN)
    assert ("title", "pest") in pairs and ("body", "treiter") in pairs
    assert not any(term == "digitaal" for _, term in pairs)  # phrases are not single terms
    assert [t for f, t in pairs if f == "tagids"] == ["pesten", "sociale-veiligheid"]
    assert not any(f in ("titlewords", "spell") for f, _ in pairs)
    typing = Concept(surface=("jonge",), stems=("jong",), prefix=True)
    assert concept_terms(typing)[-2:] == [("titlewords", "jonge"), ("spell", "jonge")]


class Matcher:
    def __init__(self, docs: list[int]) -> None:
        self.docs, self.at = sorted(docs), 0

    def skip_to(self, docnum: int) -> None:
        while self.at < len(self.docs) and self.docs[self.at] < docnum:
            self.at += 1

    def is_active(self) -> bool:
        return self.at < len(self.docs)

    def id(self) -> int:
        return self.docs[self.at]


class Reader:
    """The two index calls ``matched_fields`` makes; an unknown term raises KeyError as Whoosh."""

    def __init__(self) -> None:
        self.postings_by_term = {
            ("summary", "pest"): [1, 3],
            ("body", "pest"): [3],
            ("body", "treiter"): [3],
            ("tagids", "pesten"): [2, 3],
            ("titlewords", "jonge"): [3],
            ("spell", "jonge"): [3],
        }

    def doc_frequency(self, field: str, term: str) -> int:
        return len(self.postings_by_term.get((field, term), ()))

    def postings(self, field: str, term: str) -> Matcher:
        if (field, term) not in self.postings_by_term:
            raise KeyError(term)
        return Matcher(self.postings_by_term[field, term])


def test_the_fields_of_one_document_each_word_matched_named_once():
    typing = Concept(surface=("jonge",), stems=("jong",), prefix=True)
    found = matched_fields(Reader(), 3, (PESTEN, TAAL, typing))
    assert found == {
        "pesten": ["samenvatting", "tekst", "tag"],  # body twice: "tekst" once
        "taalles": [],
        "jonge": ["titel", "tekst"],
    }
    assert matched_fields(Reader(), 2, (PESTEN,)) == {"pesten": ["tag"]}
