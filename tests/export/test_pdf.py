"""PDF through Qt's printing (kb_app.gui.pdf) and the DOCX opened by LibreOffice.

Text is read back with ``pdftotext`` (poppler-utils); the tests skip with a reason when the tool
is missing. ``.ci/run`` installs it, and LibreOffice. The PDF tests ask for pytest-qt's ``qapp``
so the process holds a full QApplication, as the widget tests that run later expect.
"""

import os
import shutil
import subprocess
import unicodedata

import pytest

pytestmark = pytest.mark.gui


def _pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    # Ligatures (fi, fl) come back as single glyphs; NFKC folds them into letters again.
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def _pdf_info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def test_plan_pdf_holds_every_item_title(qapp, plan_document, plan, tmp_path):
    from kb_app.gui.pdf import write_pdf

    path = tmp_path / "plan.pdf"
    write_pdf(plan_document, path)
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    for item in plan.chosen():
        assert item.title in text
    assert "Dekking van het plan" in text and "ouder dan 5 jaar" in text
    info = _pdf_info(path)
    assert "(A4)" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 8  # page breaks before the major sections, nothing squeezed on one page
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_kit_pdf(qapp, kit_document, tmp_path):
    from kb_app.gui.pdf import write_pdf

    path = tmp_path / "kit.pdf"
    write_pdf(kit_document, path)
    assert "Gespreksvragen (suggesties)" in _pdf_text(path)


@pytest.mark.slow
def test_libreoffice_opens_the_docx(plan_document, plan, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from kb_app.export.docx import write_docx

    source = tmp_path / "plan.docx"
    write_docx(plan_document, source)
    profile = tmp_path / "profile"
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        env=env,
        check=False,
    )
    converted = tmp_path / "out" / "plan.pdf"
    assert converted.is_file(), "LibreOffice could not open the DOCX export"
    text = _pdf_text(converted)
    for item in plan.chosen():
        assert item.title in text


def test_pdf_tables_never_split_a_word(qapp, tmp_path):
    """Long Dutch compounds in a four-column table stay whole (Qt's default wrap breaks a word
    anywhere once the column is narrow; the PDF writer wraps at word boundaries only)."""
    from kb_app.export.document import Document, Table
    from kb_app.gui.pdf import write_pdf

    words = (
        "Sociaaleconomische",
        "Antidiscriminatievoorziening",
        "Arbeidsmarktdiscriminatie",
        "Buurtcirkel",
    )
    table = Table(
        header=("Voorwaarde", "Persoonlijk", "Gemeenschappelijk", "Institutioneel"),
        rows=(words, tuple(reversed(words))),
        widths=(10, 8, 10, 8),
    )
    path = tmp_path / "tabel.pdf"
    write_pdf(Document(title="Tabel", blocks=(table,)), path)
    text = _pdf_text(path)
    assert all(text.count(word) == 2 for word in words), text
