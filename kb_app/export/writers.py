"""Write a document in one of the export formats: the one place that maps a format to its writer.

PDF needs Qt (``kb_app.gui.pdf``), which this layer may not import, so the caller passes the PDF
writer in; the command line and the window both use this function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kb_app.core.files import atomic_write
from kb_app.export.document import Chart, Document


def with_chart_images(document: Document, renderer: Callable[[Chart], bytes]) -> Document:
    """``document`` with every chart drawn (``png`` filled in) by ``renderer``."""
    blocks = tuple(replace(block, png=renderer(block))
                   if isinstance(block, Chart) and not block.png else block
                   for block in document.blocks)
    return replace(document, blocks=blocks)

FORMATS = ("docx", "pdf", "md", "html")


def write_document(document: Document, fmt: str, path: Path,
                   pdf_writer: Callable[[Document, Path], None] | None = None,
                   chart_renderer: Callable[[Chart], bytes] | None = None) -> None:
    """Write ``document`` as ``fmt``; the file at ``path`` is replaced only when complete.

    ``chart_renderer`` draws a chart as PNG (``kb_app.gui.charts.chart_png``); without one, the
    charts are left out and their tables carry the figures.
    """
    path = Path(path)
    if chart_renderer is not None and fmt != "md":
        document = with_chart_images(document, chart_renderer)
    if fmt == "docx":
        from kb_app.export.docx import write_docx

        write_docx(document, path)
    elif fmt == "pdf":
        if pdf_writer is None:
            raise ValueError("PDF needs a pdf_writer (kb_app.gui.pdf.write_pdf)")
        pdf_writer(document, path)
    elif fmt == "md":
        from kb_app.export.markdown import write_markdown

        atomic_write(path, write_markdown(document).encode("utf-8"))
    elif fmt == "html":
        from kb_app.export.html import write_html

        atomic_write(path, write_html(document).encode("utf-8"))
    else:
        raise ValueError(f"unknown export format {fmt!r}")
