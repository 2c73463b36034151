"""The Word export, opened again with python-docx: real headings, the matrix table, A4, TOC."""

import io

import docx
import pytest
from docx.oxml.ns import qn

from kb_app.export.docx import docx_bytes, write_docx


@pytest.fixture
def word(plan_document, tmp_path):
    path = tmp_path / "plan.docx"
    write_docx(plan_document, path)
    return docx.Document(str(path))


def _headings(word, level):
    return [p.text for p in word.paragraphs if p.style.name == f"Heading {level}"]


def test_headings_use_word_heading_styles(word, plan):
    assert _headings(word, 1) == [
        "Context en aanleiding",
        "Prioriteiten",
        "Dekking van het plan",
        "Interventies en activiteiten",
        "Begroting",
        "Overwogen en afgewezen",
        "Bronnen",
    ]
    level2 = _headings(word, 2)
    for item in plan.chosen():
        assert item.title in level2
    assert "Werkzame elementen" in _headings(word, 3)
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == [plan.title]


def test_matrix_is_a_word_table(word):
    matrix = word.tables[0]
    assert [c.text for c in matrix.rows[0].cells] == [
        "Voorwaarde",
        "Persoonlijk",
        "Gemeenschappelijk",
        "Institutioneel",
    ]
    assert len(matrix.rows) == 5
    assert matrix.rows[3].cells[2].text == "KiVa\nBuurtcirkel\nWijkontbijt *Oost*"
    header = matrix.rows[0]._tr.trPr
    assert header is not None and header.xpath("./w:tblHeader")  # repeats on every page


def test_page_toc_breaks_and_links(word, plan_document):
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    body = word.element.body.xml
    assert 'TOC \\o "1-2"' in body
    assert "Uitvoering" in body
    breaks = [p.text for p in word.paragraphs if p.paragraph_format.page_break_before]
    assert {"Dekking van het plan", "Interventies en activiteiten", "Bronnen"} <= set(breaks)
    links = [r for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert any(r.target_ref == "https://www.movisie.nl/interventie/buurtcirkel" for r in links)
    assert word.core_properties.title == plan_document.title
    assert word.core_properties.language == "nl-NL"


def test_footer_has_page_numbers(word):
    assert "PAGE" in word.sections[0].footer._element.xml


def test_pages_keep_lines_together(plan_document):
    """Widow control on, remarks never split, no table row split over two pages (the header row
    repeats on every page)."""
    word = docx.Document(io.BytesIO(docx_bytes(plan_document)))
    assert word.styles["Normal"].paragraph_format.widow_control is True
    assert word.styles["Toelichting"].paragraph_format.keep_together is True
    assert word.styles["Heading 2"].paragraph_format.keep_with_next is True
    rows = [row for table in word.tables for row in table.rows]
    assert rows and all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
