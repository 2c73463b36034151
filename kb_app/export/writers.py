"""Write a document in one of the export formats: the one place that maps a format to its writer.

Every export passes here, so this is where two promises are kept for all formats at once. The
document's text is cleaned first (``core.text``: no control character or lone surrogate reaches
Word's XML, the HTML or the Markdown), and the file is written atomically and verified
(``core.files``): a PDF must start with ``%PDF-`` and end with ``%%EOF``, a Word file must be a
complete zip with its main part, and only then is the old file replaced. PDF needs Qt
(``kb_app.gui.pdf``), which this layer may not import, so the caller passes the PDF writer in; it
writes into the temporary file.
"""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kb_app.core.files import WriteError, atomic_output, atomic_write
from kb_app.core.text import clean_text
from kb_app.export.document import Chart, Document


def with_chart_images(document: Document, renderer: Callable[[Chart], bytes]) -> Document:
    """``document`` with every chart drawn (``png`` filled in) by ``renderer``."""
    blocks = tuple(
        replace(block, png=renderer(block)) if isinstance(block, Chart) and not block.png else block
        for block in document.blocks
    )
    return replace(document, blocks=blocks)


FORMATS = ("docx", "pdf", "md", "html")
_PDF_TAIL = 1024  # %%EOF sits in the last bytes; writers may add a newline or two after it


def write_document(
    document: Document,
    fmt: str,
    path: Path,
    pdf_writer: Callable[[Document, Path], None] | None = None,
    chart_renderer: Callable[[Chart], bytes] | None = None,
) -> None:
    """Write ``document`` as ``fmt``; the file at ``path`` is replaced only when complete.

    ``chart_renderer`` draws a chart as PNG (``kb_app.gui.charts.chart_png``); without one, the
    charts are left out and their tables carry the figures.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "pdf" and pdf_writer is None:
        raise ValueError("PDF needs a pdf_writer (kb_app.gui.pdf.write_pdf)")
    document = clean_document(document)
    if chart_renderer is not None and fmt != "md":
        document = with_chart_images(document, chart_renderer)
    if fmt == "docx":
        from kb_app.export.docx import docx_bytes

        atomic_write(path, docx_bytes(document), verify_docx)
    elif fmt == "pdf":
        assert pdf_writer is not None
        with atomic_output(path, verify_pdf) as temporary:
            pdf_writer(document, temporary)
    elif fmt == "md":
        from kb_app.export.markdown import write_markdown

        atomic_write(path, write_markdown(document).encode("utf-8"))
    else:
        from kb_app.export.html import write_html

        atomic_write(path, write_html(document).encode("utf-8"))


def clean_document(document: Document) -> Document:
    """The document with every piece of text through ``clean_text`` (blocks are frozen)."""
    return _clean(document)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(_clean(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def verify_pdf(path: Path) -> None:
    """A PDF that starts as one and ends with ``%%EOF``: a cut-off PDF (full disk) is refused."""
    with path.open("rb") as stream:
        head = stream.read(5)
        stream.seek(0, 2)
        stream.seek(max(0, stream.tell() - _PDF_TAIL))
        tail = stream.read()
    if head != b"%PDF-" or not tail.rstrip().endswith(b"%%EOF"):
        raise WriteError(
            "De PDF is niet compleet geworden (is de schijf vol?). Er is niets veranderd."
        )


def verify_docx(path: Path) -> None:
    """A Word file is a zip with a content-types part and a main document, all readable."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError) as error:
        raise WriteError(
            "Het Word-bestand is niet compleet geworden (is de schijf vol?). Er is niets veranderd."
        ) from error
    if broken is not None or not {"[Content_Types].xml", "word/document.xml"} <= names:
        raise WriteError("Het Word-bestand is niet compleet geworden. Er is niets veranderd.")
