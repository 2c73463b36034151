"""Write a document in one of the export formats: the one place that maps a format to its writer.

PDF needs Qt (``kb_app.gui.pdf``), which this layer may not import, so the caller passes the PDF
writer in; the command line and the window both use this function.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kb_app.core.files import atomic_write
from kb_app.export.document import Document

FORMATS = ("docx", "pdf", "md", "html")


def write_document(document: Document, fmt: str, path: Path,
                   pdf_writer: Callable[[Document, Path], None] | None = None) -> None:
    """Write ``document`` as ``fmt``; the file at ``path`` is replaced only when complete."""
    path = Path(path)
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
