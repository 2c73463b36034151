""" "Vergelijkbare interventies": shared tags and shared rare words make two interventions alike."""

from __future__ import annotations

from kb_app.search.related import RelatedFinder

FILLER = "hulp voor mensen in de wijk"  # in every document: says nothing about likeness


class Library:
    """The two reader calls RelatedFinder makes, over rows written out here."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = [
            {"title": r["id"], "summary": "", "text": FILLER}
            | {f: () for f in ("target_groups", "themes", "conditions", "basis_levels")}
            | r
            for r in rows
        ]

    def listing(self) -> list[dict]:
        return self.rows

    def text(self, doc_id: str) -> str:
        return next(r["text"] for r in self.rows if r["id"] == doc_id)


def library(*rows: dict) -> RelatedFinder:
    others = [{"id": f"ander-{n}", "themes": (f"thema-{n}",)} for n in range(8)]
    return RelatedFinder(Library([*rows, *others]))  # type: ignore[arg-type]


def test_a_shared_target_group_weighs_more_than_a_shared_theme_or_condition():
    finder = library(
        {"id": "a", "target_groups": ("jongeren",), "themes": ("pesten",), "conditions": ("c",)},
        {"id": "thema", "themes": ("pesten",)},
        {"id": "doelgroep", "target_groups": ("jongeren",)},
        {"id": "voorwaarde", "conditions": ("c",)},
    )
    assert finder.related("a", limit=3) == ["doelgroep", "thema", "voorwaarde"]


def test_a_rare_shared_word_relates_two_texts_and_a_common_word_does_not():
    finder = library(
        {"id": "a", "text": f"{FILLER} schuldhulpverlening"},
        {"id": "b", "text": f"{FILLER} schuldhulpverlening"},
        {"id": "c", "text": FILLER},
    )
    assert finder.related("a", limit=1) == ["b"]
    assert finder.related("c", limit=1) == ["a"]  # nothing shared: ties fall back to the id


def test_never_itself_at_most_limit_and_nothing_for_an_unknown_id():
    finder = library({"id": "a", "themes": ("pesten",)}, {"id": "b", "themes": ("pesten",)})
    assert finder.related("a", limit=4) == ["b", "ander-0", "ander-1", "ander-2"]
    assert "a" not in finder.related("a", limit=100)
    assert len(finder.related("a", limit=100)) == 9
    assert finder.related("bestaat-niet") == []
