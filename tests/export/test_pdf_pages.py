"""The PDF's pages: no heading alone at the foot of a page, no short paragraph split over two
pages, long addresses in a table wrapped instead of cut off at the page edge, page numbers.

Text is read back page by page with ``pdftotext`` (skipped with a reason when it is missing).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from kb_app.export.document import Document, Heading, Paragraph, Run, Table

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


def _sections() -> Document:
    """Forty sections of one to nine lines: some heading is bound to reach a page's foot."""
    blocks: list = []
    for number in range(1, 41):
        blocks.append(Heading(2, f"Kop {number}"))
        blocks.append(Paragraph((Run(SENTENCE * (1 + (number * 7) % 9)),)))
    return Document(title="Secties", blocks=tuple(blocks))


def test_no_heading_ends_a_page(qapp, tmp_path):
    from kb_app.gui.pdf import write_pdf

    path = tmp_path / "secties.pdf"
    write_pdf(_sections(), path)
    pages = [page for page in _pages(path) if page]
    assert len(pages) >= 3
    for number, lines in enumerate(pages[:-1], 1):
        assert lines[-1] == str(number)  # the page number at the foot
        assert not lines[-2].startswith("Kop "), f"page {number} ends with {lines[-2]!r}"
    # Nothing lost on the way: every heading is printed once.
    printed = [line for page in pages for line in page if line.startswith("Kop ")]
    assert printed == [f"Kop {n}" for n in range(1, 41)]


def test_a_long_address_in_a_table_stays_on_the_page(qapp, tmp_path):
    from kb_app.gui.pdf import write_pdf

    url = (
        "https://www.waarstaatjegemeente.nl/dashboard/sociaal-domein/jeugdhulp-en-jeugdbescherming"
    )
    table = Table(
        header=("Indicator", "Zuid", "Referentie", "Verschil", "Jaar en bron"),
        rows=(("Ervaren eenzaamheid", "14 %", "10 %", "+4 (slechter)", f"2024\n{url}"),),
        widths=(4, 2, 3, 3, 5),
    )
    path = tmp_path / "tabel.pdf"
    write_pdf(Document(title="Tabel", blocks=(table,)), path)
    text = " ".join(_pages(path)[0])
    # pdftotext reads only what lies on the page: a column pushed past its edge is missing.
    assert "Jaar en bron" in text and "Verschil" in text and "jeugdbescherming" in text
