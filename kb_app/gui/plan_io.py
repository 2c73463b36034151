"""Writing a plan or workshop kit in the chosen format, and reading a shared .wwplan file.

Kept apart from the panel so the formats live in one place: Markdown, HTML and Word come from
``kb_app.export``; PDF goes through Qt's own printing (``kb_app.gui.pdf``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kb_app.plans.model import Plan
from kb_app.store.content import ContentReader

# key -> (menu label, translated where the menu is built; file filter; suffix; kit?)
FORMATS = {
    "docx": (
        QT_TRANSLATE_NOOP("PlanPanel", "Word (.docx)"),
        "Word-document (*.docx)",
        ".docx",
        False,
    ),
    "pdf": (QT_TRANSLATE_NOOP("PlanPanel", "PDF"), "PDF-document (*.pdf)", ".pdf", False),
    "md": (QT_TRANSLATE_NOOP("PlanPanel", "Markdown (.md)"), "Markdown (*.md)", ".md", False),
    "html": (QT_TRANSLATE_NOOP("PlanPanel", "Webpagina (.html)"), "HTML (*.html)", ".html", False),
    "kit-docx": (
        QT_TRANSLATE_NOOP("PlanPanel", "Workshopkit, Word"),
        "Word-document (*.docx)",
        ".docx",
        True,
    ),
    "kit-pdf": (
        QT_TRANSLATE_NOOP("PlanPanel", "Workshopkit, PDF"),
        "PDF-document (*.pdf)",
        ".pdf",
        True,
    ),
}


def export_plan(
    plan: Plan,
    reader: ContentReader,
    fmt: str,
    path: Path,
    today: dt.date,
    include_considered: bool = False,
    lang: str | None = None,
) -> None:
    """Write ``plan`` as ``fmt`` to ``path`` (replaced only when the new file is complete).
    ``include_considered``: a kit also holds the items still on "overwogen". ``lang``: the
    language of the document's fixed text, the interface's when not given."""
    # Imported here: python-docx and lxml are not needed until someone exports.
    from kb_app.export.builder import build_plan_document
    from kb_app.export.kit import build_kit_document
    from kb_app.export.writers import write_document
    from kb_app.gui.charts import chart_png
    from kb_app.gui.language import ui_language
    from kb_app.gui.pdf import write_pdf

    _label, _filter, _suffix, kit = FORMATS[fmt]
    lang = lang or ui_language()
    if kit:
        document = build_kit_document(plan, reader, today, include_considered, lang)
    else:
        document = build_plan_document(plan, reader, today, lang)
    write_document(document, fmt.removeprefix("kit-"), path, write_pdf, chart_png)


def with_suffix(path: str, fmt: str) -> Path:
    suffix = FORMATS[fmt][2]
    result = Path(path)
    return result if result.suffix.lower() == suffix else result.with_name(result.name + suffix)
