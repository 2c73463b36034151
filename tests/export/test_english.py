"""Exports in the English interface: every fixed text English, the content itself still Dutch.

The Dutch strings to look for come from the export's own catalogue (``kb_app.export.wording``),
so a new fixed text added in Dutch only is caught as soon as a test document uses it. The Dutch
and the English document of the same plan have the same blocks; a piece of text that is the same
in both is content (a title, a summary, a user's note) and may be Dutch, every other piece is
fixed text and may not hold any Dutch fragment of the catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from kb_app.export.builder import build_plan_document
from kb_app.export.document import Document
from kb_app.export.html import write_html
from kb_app.export.htmlblocks import html_to_blocks, markdown_to_blocks
from kb_app.export.kit import build_kit_document
from kb_app.export.markdown import write_markdown
from kb_app.export.wording import TEXTS, Wording
from kb_app.plans.model import Plan
from kb_app.plans.planfile import read_plan_file
from kb_app.store.content import ContentReader

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 30)


def dutch_fragments() -> list[str]:
    """The Dutch words and phrases of the catalogue that its English does not share (the name
    "Wat Werkt" stands in English text too)."""
    english_texts = " ".join(english for _dutch, english in TEXTS.values())
    found: set[str] = set()
    for dutch, _english in TEXTS.values():
        for part in re.split(r"\{[a-z_]+\}", dutch):
            part = part.strip(" .,:;()—'‘’")
            if len(part) >= 3 and not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", english_texts):
                found.add(part)
    return sorted(found, key=len, reverse=True)


FRAGMENTS = dutch_fragments()
PATTERN = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in FRAGMENTS))


def texts(value: object) -> list[str]:
    """Every string inside a document's blocks (or a plan, an intervention), in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [t for item in value for t in texts(item)]
    if isinstance(value, dict):
        return texts(list(value.values()))
    if is_dataclass(value) and not isinstance(value, type):
        return [t for f in fields(value) for t in texts(getattr(value, f.name))]
    return []


def content_of(plan: Plan, reader: ContentReader) -> list[str]:
    """The Dutch content an export may show: the plan's own text and its library texts."""
    found = texts(plan) + texts(markdown_to_blocks(plan.context))
    library = [reader.intervention(i.intervention_id) for i in plan.items if i.intervention_id]
    library += [reader.principle(p) for p in reader.principle_ids()]
    for document in library:
        found += texts(document)
        html = [document.html, *getattr(document, "sections", {}).values()]
        found += texts(html_to_blocks("".join(html)))
    return sorted({t.strip() for t in found if len(t.strip()) >= 3}, key=len, reverse=True)


def dutch_left_in(english: Document, content: list[str]) -> list[tuple[str, str]]:
    """(text, Dutch fragment) for each piece of ``english`` that, without its content, still
    holds a Dutch fixed text of the catalogue."""
    leaks = []
    for piece in texts(english.blocks):
        rest = piece
        for known in content:
            if known in rest:
                rest = rest.replace(known, " ")
        if match := PATTERN.search(rest):
            leaks.append((piece, match.group()))
    return leaks


def test_the_catalogue_has_fragments_and_finds_them():
    assert "Bewijsniveau" in FRAGMENTS and "nog niet ingevuld" in FRAGMENTS
    assert PATTERN.search("Uitvoering") and not PATTERN.search("Implementation")


@pytest.fixture
def zuid():
    return read_plan_file(ROOT / "docs" / "examples" / "wijkplan-zuid.wwplan")


def test_english_plan_has_no_dutch_fixed_text(plan, reader, plan_document_en):
    assert dutch_left_in(plan_document_en, content_of(plan, reader)) == []


def test_english_local_picture_has_no_dutch_fixed_text(zuid, reader):
    english = build_plan_document(zuid, reader, TODAY, lang="en")
    assert "Local situation" in texts(english.blocks)
    assert dutch_left_in(english, content_of(zuid, reader)) == []


def test_english_kit_has_no_dutch_fixed_text(plan, reader):
    english = build_kit_document(plan, reader, TODAY, include_considered=True, lang="en")
    assert dutch_left_in(english, content_of(plan, reader)) == []


def test_the_dutch_export_is_what_the_check_would_catch(plan, reader, plan_document):
    # The same check on the Dutch document finds the catalogue's Dutch: it is not blind.
    assert len(dutch_left_in(plan_document, content_of(plan, reader))) > 20


def test_content_stays_dutch_and_dates_are_english(plan_document_en, reader):
    markdown = write_markdown(plan_document_en)
    summary = reader.intervention("kiva").summary
    assert summary in markdown.replace("\\", "")  # the library's text, untranslated
    assert "Pesten op basisscholen is een terugkerend signaal." in markdown  # the user's own
    assert "Updated on 2 March 2026" in markdown
    assert "€12,500 — licenties en training" in markdown
    assert plan_document_en.language == "en-GB"
    assert '<html lang="en">' in write_html(plan_document_en)


def test_an_unknown_language_is_refused(plan, reader):
    with pytest.raises(ValueError, match="unknown export language"):
        build_plan_document(plan, reader, TODAY, lang="de")


def test_english_dates_and_amounts():
    say = Wording("en")
    assert say.date("2026-11-30") == "30 November 2026"
    assert say.date("2019-04") == "April 2019" and say.date("2019") == "2019"
    assert say.date("2020-00-05") == "2020-00-05"  # not a date: shown as written
    assert say.euro(1250.5) == "€1,250.50" and say.euro(12500) == "€12,500"
    assert say.number(7.25) == "7.25" and say.number(14.0) == "14"


def test_english_local_picture_names_known_indicators_in_english(zuid, reader):
    """A known indicator is vocabulary, not the team's words: English name and unit in English,
    while the plan itself keeps the Dutch."""
    english = texts(build_plan_document(zuid, reader, TODAY, lang="en").blocks)
    joined = "\n".join(english)
    assert "Feels lonely" in joined
    assert "Reports of discrimination (per 10,000 residents)" in joined
    vocabulary = reader.vocabulary()
    # The plan's own texts (a priority's reason quotes the figures in Dutch) are content.
    own = [t for t in texts(zuid.priorities) + texts(zuid.items) if len(t) >= 3]
    for figure in zuid.local.figures:
        known = vocabulary.indicator(figure.indicator)
        assert known is not None and known.label_en
        leaks = [piece for piece in english if piece not in own and known.label in piece]
        assert not leaks, leaks
    assert not [p for p in english if p not in own and "per 10.000 inwoners" in p]
    dutch = "\n".join(texts(build_plan_document(zuid, reader, TODAY).blocks))
    assert "Voelt zich eenzaam" in dutch and "Feels lonely" not in dutch
    assert zuid.local.figures[0].label == "Voelt zich eenzaam"


def test_english_word_document_names_its_note_style_in_english(plan_document_en, plan_document):
    import io

    import docx

    from kb_app.export.docx import docx_bytes

    english = docx.Document(io.BytesIO(docx_bytes(plan_document_en)))
    names = {style.name for style in english.styles}
    assert "Note" in names and "Toelichting" not in names
    dutch = docx.Document(io.BytesIO(docx_bytes(plan_document)))
    assert "Toelichting" in {style.name for style in dutch.styles}
