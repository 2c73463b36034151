"""PDF export with Qt's own printing: the HTML writer's output laid out by QTextDocument and
printed to an A4 QPdfWriter.

Lives in the GUI layer because it needs Qt. QTextDocument needs a QGuiApplication for fonts; the
command line has none, so one is created on demand — offscreen when there is no display, so a
scripted export works on a server without a screen.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from kb_app.core.files import WriteError
from kb_app.export.document import Document
from kb_app.export.html import write_html
from kb_app.export.longwords import breakable_tables
from kb_app.gui.pdf_pages import paginate, print_pages

_CELL_WIDTH = re.compile(r'(<t[hd]\b[^>]*?) width="\d+%"')
MARGIN_MM = 5  # print_() adds its own 2 cm margin inside this
RESOLUTION = 300  # dots per inch: sharp text, small files (text stays vector)
_APP: QGuiApplication | None = None  # kept alive for the process when we made it


def ensure_gui_application() -> None:
    """A Q(Gui)Application for text layout; created offscreen if none exists and no display."""
    global _APP
    if QGuiApplication.instance() is not None:
        return
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_display and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _APP = QGuiApplication(["kb-app"])


def write_pdf(document: Document, path: Path) -> None:
    """Print ``document`` (via its HTML) to an A4 PDF at ``path``; replaced only when complete."""
    html = write_html(breakable_tables(document))  # long addresses wrap instead of running off
    html_to_pdf(html, Path(path), title=document.title, author=document.author)


def html_to_pdf(html: str, path: Path, title: str = "", author: str = "") -> None:
    ensure_gui_application()
    if not path.parent.is_dir():
        raise WriteError(f"De map {path.parent} bestaat niet; er is niets geschreven.")
    temporary = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator("Wat Werkt")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    # Break lines between words only (Qt's default also breaks anywhere, which split long Dutch
    # compounds mid-word in narrow table columns), and size columns by their content rather
    # than by fixed shares of the page, so each column is as wide as its longest word.
    option = QTextOption(text.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    text.setDefaultTextOption(option)
    text.setHtml(_CELL_WIDTH.sub(r"\1", html))
    # Laid out on the writer and printed page by page here rather than by print_(), so the
    # pages measured for keeping headings with their text are the pages printed.
    paginate(text, writer)
    print_pages(text, writer)
    del text  # its layout measured on the writer: it goes first
    del writer  # the PDF is finished when the writer is destroyed
    if not temporary.is_file() or temporary.stat().st_size == 0:
        temporary.unlink(missing_ok=True)
        raise WriteError(f"{path.name} kon niet als PDF worden gemaakt.")
    os.replace(temporary, path)
