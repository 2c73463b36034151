"""The PDF's pages: no heading alone at the foot of a page, no short paragraph split over two
pages, long addresses in a table wrapped instead of cut off at the page edge, page numbers.

Text is read back page by page with ``pdftotext`` (skipped with a reason when it is missing).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from kb_app.export.document import Block, Document, Heading, Paragraph, Run, Table, text

pytestmark = pytest.mark.gui

SENTENCE = "Deze zin vult een regel met gewone tekst over de sociale basis in de wijk. "


def _pages(path) -> list[list[str]]:
    """The non-empty lines of each page."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", out)
    return [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]


def _after_lines(count: int, *blocks: Block) -> Document:
    """``count`` one-line paragraphs, then ``blocks``: as ``count`` grows, the blocks pass
    every position at the foot of the first page."""
    filler = tuple(text(f"Regel {n}.") for n in range(1, count + 1))
    return Document(title="Pagina", blocks=(*filler, *blocks))


def _write(document: Document, path) -> list[list[str]]:
    from kb_app.gui.pdf import write_pdf

    write_pdf(document, path)
    return [page for page in _pages(path) if page]


def test_a_heading_never_ends_a_page(qapp, tmp_path):
    closing = (Heading(2, "Kop"), text(SENTENCE * 3))
    for count in range(24, 40):
        pages = _write(_after_lines(count, *closing), tmp_path / f"kop-{count}.pdf")
        for lines in pages:
            assert lines[-2] != "Kop", f"after {count} lines the heading ends a page"
        assert sum(line == "Kop" for page in pages for line in page) == 1


def test_a_short_paragraph_is_never_split(qapp, tmp_path):
    three = Paragraph((Run("Eerste"), Run("\n"), Run("Tweede"), Run("\n"), Run("Derde")))
    for count in range(24, 40):
        pages = _write(_after_lines(count, three), tmp_path / f"alinea-{count}.pdf")
        page = next(lines for lines in pages if "Eerste" in lines)
        assert "Derde" in page, f"after {count} lines the paragraph is split"
        assert page[-1].isdigit()  # the page number at the foot


def test_a_long_address_in_a_table_stays_on_the_page(qapp, tmp_path):
    from kb_app.gui.pdf import write_pdf

    url = (
        "https://www.waarstaatjegemeente.nl/dashboard/sociaal-domein/jeugdhulp-en-jeugdbescherming"
    )
    table = Table(
        header=("Indicator", "Zuid", "Referentie", "Verschil", "Jaar en bron"),
        rows=(
            ("Ervaren eenzaamheid", "14 %", "10 %", "+4 (slechter)", f"2024\n{url}"),
            ("Jeugdgezondheidszorgmedewerkersopleidingstrajectevaluatie", "1", "2", "3", "4"),
        ),
        widths=(4, 2, 3, 3, 5),
    )
    path = tmp_path / "tabel.pdf"
    write_pdf(Document(title="Tabel", blocks=(table,)), path)
    text = " ".join(_pages(path)[0])
    # pdftotext reads only what lies on the page: a column pushed past its edge is missing.
    assert "Jaar en bron" in text and "Verschil" in text and "jeugdbescherming" in text
