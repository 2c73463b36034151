"""Write a ``Document`` as a Word file with python-docx.

What makes it a real Word document rather than styled text: headings use Word's own "Heading N"
styles (so the navigation pane and the table of contents work), the contents is a TOC field that
Word fills in with page numbers (pre-filled with the headings for readers that do not update
fields), tables are Word tables with a repeating header row, the page is A4, and page numbers sit
in the footer. Links are real hyperlinks. The file is written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as WordParagraph

from kb_app.core.files import atomic_write
from kb_app.core.links import is_safe_link
from kb_app.export import document as d
from kb_app.export.document import BlockWriter, flow
from kb_app.export.wording import Wording

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4
SIDE_MARGIN, TOP_MARGIN = Mm(22), Mm(20)
TEXT_WIDTH_MM = 210 - 2 * 22
TABLE_FONT = Pt(9.5)
BODY_FONT = "Calibri"  # what Word users have; LibreOffice substitutes a metric twin
LINK_COLOUR = "1F5A85"


def write_docx(document: d.Document, path: Path) -> None:
    atomic_write(Path(path), docx_bytes(document))


def docx_bytes(document: d.Document) -> bytes:
    word = docx.Document()
    _set_up(word, document)
    writer = _Writer(word, document)
    for _index, block, broken in flow(document.blocks):
        # No empty page before everything (counting paragraphs only when it matters: the count
        # walks the whole body).
        started = broken and len(word.paragraphs) > 0
        first = writer.block(block)
        if started:
            _break_before(word, first)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# -- set-up ------------------------------------------------------------------------------------


def _set_up(word: WordDocument, document: d.Document) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = SIDE_MARGIN
    section.top_margin = section.bottom_margin = TOP_MARGIN
    properties = word.core_properties
    properties.title, properties.author = document.title, document.author or "Wat Werkt"
    properties.language = document.language
    normal = word.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = BODY_FONT
    normal.paragraph_format.space_after = Pt(4)
    # Never a paragraph's lone first or last line at a page's edge (Word's own default, which
    # python-docx's template leaves out; headings already keep with the next paragraph).
    normal.paragraph_format.widow_control = True
    _set_language(normal.element, document.language)  # Dutch spelling check, not English
    say = Wording.for_tag(document.language)
    note = word.styles.add_style(say("note_style"), WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.color.rgb = RGBColor(0x3D, 0x3D, 0x3D)
    note.paragraph_format.left_indent = Mm(5)
    note.paragraph_format.keep_together = True  # a remark is short: never split over two pages
    _shade(note.element.get_or_add_pPr(), "EEF3F7")
    _footer(section, document.title, say("page"))
    _ask_to_update_fields(word)


def _set_language(style_element: CT_Style, language: str) -> None:
    r_pr = style_element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    r_pr.append(lang)


# Word refuses files whose property elements are out of schema order, so new elements go
# before the first of their schema successors that is present.
_AFTER_SHD = {
    "pPr": (
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ),
    "tcPr": (
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
        "w:headers",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
        "w:tcPrChange",
    ),
}
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _shade(properties: BaseOxmlElement, fill: str) -> None:
    """Background colour of a paragraph style (pPr) or a table cell (tcPr)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tag = properties.tag.rsplit("}", 1)[-1]
    properties.insert_element_before(shading, *_AFTER_SHD[tag])


def _footer(section: Section, title: str, page: str) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{title} — {page} ")
    run.font.size = Pt(8.5)
    _field(paragraph, "PAGE", "1", size=Pt(8.5))


def _field(
    paragraph: WordParagraph, instruction: str, shown: str, size: Length | None = None
) -> None:
    """A simple Word field (PAGE, ...) with ``shown`` as its last computed result."""
    for kind, value in (
        ("begin", None),
        ("instr", instruction),
        ("separate", None),
        ("text", shown),
        ("end", None),
    ):
        run = paragraph.add_run()
        if size is not None:
            run.font.size = size
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {value} "
            run._r.append(element)
        elif kind == "text":
            run.text = value or ""
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _ask_to_update_fields(word: WordDocument) -> None:
    # Word then fills in the contents' page numbers when the file is opened.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    word.settings.element.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


# -- blocks ------------------------------------------------------------------------------------


Written = WordParagraph | WordTable | None  # a block's first paragraph or table


class _Writer(BlockWriter[Written]):
    """Each method writes one block and returns its first paragraph or table, which carries
    the page break when one comes before the block."""

    def __init__(self, word: WordDocument, document: d.Document) -> None:
        self.word, self.document = word, document
        self.note_style = Wording.for_tag(document.language)("note_style")

    def heading(self, block: d.Heading) -> Written:
        return self.word.add_heading(block.text, level=min(block.level, 9))

    def paragraph(self, block: d.Paragraph) -> Written:
        paragraph = self.word.add_paragraph(
            style=self.note_style if block.style == "note" else None
        )
        add_runs(paragraph, block.runs)
        return paragraph

    def bullet_list(self, block: d.BulletList) -> Written:
        style = "List Number" if block.ordered else "List Bullet"
        paragraphs = [self.word.add_paragraph(style=style) for _ in block.items]
        for paragraph, item in zip(paragraphs, block.items, strict=True):
            add_runs(paragraph, item)
        return paragraphs[0] if paragraphs else None

    def table(self, block: d.Table) -> Written:
        return _table(self.word, block)

    def title_page(self, block: d.TitlePage) -> Written:
        return _title_page(self.word, block)

    def contents(self, block: d.Contents) -> Written:
        return _contents(self.word, block, self.document)

    def chart(self, block: d.Chart) -> Written:
        return _chart(self.word, block)


def _chart(word: WordDocument, block: d.Chart) -> WordParagraph | None:
    if not block.png:
        return None
    paragraph = word.add_paragraph()
    paragraph.add_run().add_picture(io.BytesIO(block.png), width=Cm(16))
    return paragraph


def add_runs(paragraph: WordParagraph, runs: d.Inline) -> None:
    for run in runs:
        if run.text == "\n":
            paragraph.add_run().add_break()
        elif run.link and is_safe_link(run.link):
            _hyperlink(paragraph, run.link, run.text, run.bold, run.italic)
        else:
            added = paragraph.add_run(run.text)
            added.bold, added.italic = run.bold or None, run.italic or None


def _hyperlink(paragraph: WordParagraph, url: str, text: str, bold: bool, italic: bool) -> None:
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = paragraph.add_run(text)
    run.font.color.rgb = RGBColor.from_string(LINK_COLOUR)
    run.font.underline = True
    run.bold, run.italic = bold or None, italic or None
    link.append(run._r)  # moves the run from the paragraph into the hyperlink
    paragraph._p.append(link)


def _break_before(word: WordDocument, first: WordParagraph | WordTable | None) -> None:
    if isinstance(first, WordParagraph):
        first.paragraph_format.page_break_before = True
    elif first is not None:  # a table: Word tables cannot carry the break themselves
        marker = first._element.getprevious()
        if marker is not None and marker.tag == qn("w:p"):
            WordParagraph(marker, first._parent).paragraph_format.page_break_before = True


def _title_page(word: WordDocument, block: d.TitlePage) -> WordParagraph:
    title = word.add_paragraph(block.title, style="Title")
    title.paragraph_format.space_before = Mm(60)
    if block.subtitle:
        word.add_paragraph(block.subtitle, style="Subtitle")
    for line in block.lines:
        word.add_paragraph(line)
    return title


def _contents(word: WordDocument, block: d.Contents, document: d.Document) -> WordParagraph:
    heading = word.add_paragraph(block.title, style="TOC Heading")
    heading.paragraph_format.page_break_before = True
    entries = document.headings(max_level=2)
    paragraphs = [word.add_paragraph() for _ in range(max(1, len(entries)))]
    first, last = paragraphs[0], paragraphs[-1]
    _field_char(first, "begin")
    instruction = first.add_run()._r
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = ' TOC \\o "1-2" \\h \\z \\u '
    instruction.append(text)
    _field_char(first, "separate")
    # The last computed result: the headings without page numbers, until Word updates it.
    for paragraph, entry in zip(paragraphs, entries, strict=False):
        paragraph.paragraph_format.left_indent = Mm(6 * (entry.level - 1))
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(entry.text).bold = entry.level == 1 or None
    _field_char(last, "end")
    return heading


def _field_char(paragraph: WordParagraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)


def _table(word: WordDocument, block: d.Table) -> WordTable:
    columns = len(block.header)
    table = word.add_table(rows=1 + len(block.rows), cols=columns)
    table.style = "Table Grid"
    table.autofit = False
    weights = block.widths or (1,) * columns
    widths = [Mm(TEXT_WIDTH_MM * w / sum(weights)) for w in weights]
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width  # the grid: LibreOffice sizes columns by it, Word by the cells
    for row_index, values in enumerate((block.header, *block.rows)):
        row = table.rows[row_index]
        for cell, value, width in zip(row.cells, values, widths, strict=False):
            cell.width = width
            _cell_text(cell, value, bold=row_index == 0)
    for index, row in enumerate(table.rows):
        _row_properties(row, header=index == 0)
    return table


def _cell_text(cell: _Cell, value: str, bold: bool) -> None:
    lines = value.split("\n")
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(lines):
        target = paragraph if number == 0 else cell.add_paragraph()
        target.paragraph_format.space_after = Pt(1)
        run = target.add_run(line)
        run.bold = bold or None
        run.font.size = TABLE_FONT
    if bold:
        _shade(cell._tc.get_or_add_tcPr(), "DBE6EF")


def _row_properties(row: _Row, header: bool) -> None:
    """No row split over two pages (a cell's lines stay together); the header row repeats on
    every page. cantSplit comes before tblHeader in the schema's order."""
    properties = row._tr.get_or_add_trPr()
    for name, wanted in (("w:cantSplit", True), ("w:tblHeader", header)):
        if wanted:
            element = OxmlElement(name)
            element.set(qn("w:val"), "true")
            properties.append(element)
