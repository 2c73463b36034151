"""The workshop kit: a factsheet per chosen library intervention, principles, questions."""

import docx

from kb_app.core.formatting import dutch_date
from kb_app.export.document import Heading, Paragraph, Table, plain
from kb_app.export.docx import write_docx
from tests.plans.sample import CHOSEN


def test_factsheets_principles_and_questions(kit_document, reader):
    level1 = [b.text for b in kit_document.blocks if isinstance(b, Heading) and b.level == 1]
    titles = [reader.intervention(i).title for i in CHOSEN]
    assert level1 == [*titles, "Achtergrond: wat werkt", "Gespreksvragen (suggesties)", "Bronnen"]
    assert "Wijkontbijt *Oost*" not in level1  # a local activity has no library factsheet
    level2 = [b.text for b in kit_document.blocks if isinstance(b, Heading) and b.level == 2]
    for principle_id in reader.intervention("kiva").principles:
        assert reader.principle(principle_id).title in level2
    facts = [b for b in kit_document.blocks if isinstance(b, Table)]
    assert len(facts) == len(CHOSEN)
    checked = dutch_date(reader.intervention("kiva").evidence.checked)
    assert (
        "Bewijsniveau",
        f"Effectief volgens sterke aanwijzingen (erkend 2022) — nagekeken op {checked}",
    ) in facts[0].rows


def test_questions_are_labelled_as_suggestions(kit_document):
    notes = [
        plain(b.runs) for b in kit_document.blocks if isinstance(b, Paragraph) and b.style == "note"
    ]
    assert any("voorgestelde vragen" in n and "niet aan de bronnen ontleend" in n for n in notes)


def test_kit_docx_opens(kit_document, tmp_path):
    path = tmp_path / "kit.docx"
    write_docx(kit_document, path)
    word = docx.Document(str(path))
    level1 = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert level1[0] == "KiVa" and "Gespreksvragen (suggesties)" in level1
