"""Pages for the PDF: the HTML laid out on the PDF writer's pages, a heading never left alone at
the foot of a page, a short paragraph never split over two, and every page printed with its
number.

QTextDocument knows no keep-with-next or keep-together. So the document is paginated here on the
writer itself (its resolution, its fonts), each problem found gets a page break before it, and the
same layout is then printed page by page — what was measured is what is printed. ``print_()``
would lay the document out again on a copy of its own, slightly differently.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

MARGIN_CM = 2.0  # around the text on every page, as print_() had it
SHORT_BLOCK_LINES = 4  # a paragraph or list item this short is never split over two pages
# Each fix lays out the rest of the document again, and a long table makes that slow: the work is
# bounded. A plan of some twenty items is some twenty pages and needs a dozen fixes; a document
# past these bounds keeps the rest of Qt's own page breaks.
MAX_PAGES = 80
MAX_FIXES = 60


def paginate(text: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``text`` out in pages of ``writer`` and move what would be stranded to a new page."""
    text.documentLayout().setPaintDevice(writer)
    frame = text.rootFrame().frameFormat()
    # Frame lengths are in the document's own units (the screen's dots per inch); the layout
    # scales them to the writer's resolution.
    frame.setMargin(int(MARGIN_CM / 2.54 * _source_dpi()))
    text.rootFrame().setFrameFormat(frame)
    text.setPageSize(QSizeF(writer.width(), writer.height()))
    if text.pageCount() > MAX_PAGES:
        return  # bounded work: Qt's own page breaks for a document this long
    start = 0
    for _fix in range(MAX_FIXES):
        number = _first_problem(text, start)
        if number is None:
            break
        block = text.findBlockByNumber(number)
        _break_before(block)
        # The layout follows a change only as far as it is asked; everything after the break
        # moves, so lay it out again before measuring (and before printing). A break only
        # pushes what follows, so the search goes on after it: one pass over the document.
        text.markContentsDirty(block.position(), text.characterCount() - block.position())
        start = max(start, number) + 1


def print_pages(text: QTextDocument, writer: QPdfWriter) -> None:
    """Print the paginated ``text`` on ``writer``, with the page number at the foot."""
    size = text.pageSize()
    margin = MARGIN_CM / 2.54 * writer.logicalDpiY()
    painter = QPainter(writer)
    font = text.defaultFont()
    for page in range(_pages_used(text)):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * size.height())
        text.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
        painter.restore()
        painter.setFont(font)
        # As print_() placed it: right-aligned with the text, just below the text area.
        number = str(page + 1)
        metrics = QFontMetricsF(font, writer)
        x = size.width() - margin - metrics.horizontalAdvance(number)
        y = size.height() - margin + metrics.ascent() + 5 * writer.logicalDpiY() / 72
        painter.drawText(QPointF(x, y), number)
    painter.end()


def _pages_used(text: QTextDocument) -> int:
    """The pages up to the last line: the bottom margin of the last block may reach into one
    more page, which would print empty."""
    last = text.lastBlock()
    while last.isValid() and not last.layout().lineCount():
        last = last.previous()
    if not last.isValid():
        return 1
    lines = last.layout()
    bottom = (
        text.documentLayout().blockBoundingRect(last).top()
        + lines.lineAt(lines.lineCount() - 1).rect().bottom()
    )
    return max(1, min(text.pageCount(), int(bottom // text.pageSize().height()) + 1))


def _source_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def _first_problem(text: QTextDocument, start: int) -> int | None:
    """The number of the first block from ``start`` on that should start a new page, or None."""
    height = text.pageSize().height()
    layout = text.documentLayout()

    def page(block: QTextBlock, last_line: bool = False) -> int:
        """The page of the block's first (or last) line; a line pushed past a page break
        lies below the block's own position."""
        lines = block.layout()
        top = layout.blockBoundingRect(block).top()
        if lines.lineCount():  # an empty block has no line at all
            top += lines.lineAt(lines.lineCount() - 1 if last_line else 0).y()
        return int(top // height)

    block = text.findBlockByNumber(max(start, 1))  # never a break before the very first block
    while block.isValid():
        after = block.next()
        if _in_body(block):
            lonely_heading = (
                block.blockFormat().headingLevel() > 0
                and after.isValid()
                and _in_body(after)
                and page(after) > page(block)
            )
            split_short = block.layout().lineCount() <= SHORT_BLOCK_LINES and page(
                block, last_line=True
            ) > page(block)
            if lonely_heading or split_short:
                return _with_headings_above(block, page)
        block = after
    return None


def _in_body(block: QTextBlock) -> bool:
    """Not inside a table: a cell cannot carry a page break of its own (a table's rows are
    placed by the table, and its first row is measured through its frame)."""
    return QTextCursor(block).currentTable() is None


def _with_headings_above(block: QTextBlock, page: Callable[[QTextBlock], int]) -> int:
    """``block``, or the first of the headings right above it on the same page (a section
    heading over an item heading goes along to the next page)."""
    previous = block.previous()
    while (
        previous.isValid()
        and previous.blockFormat().headingLevel() > 0
        and page(previous) == page(block)
    ):
        block, previous = previous, previous.previous()
    return block.blockNumber()


def _break_before(block: QTextBlock) -> None:
    fmt = QTextBlockFormat(block.blockFormat())
    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
