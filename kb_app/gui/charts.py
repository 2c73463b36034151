"""Bar charts of local figures, drawn with QPainter: one function paints on a widget in the plan
panel and into the PNG that the exports embed, so the window and the document show one picture.

Every indicator gets its own row and its own scale (a percentage and a distance in kilometres do
not share an axis). Colours follow the Okabe–Ito palette, which stays distinct for the common
forms of colour blindness, and never carry meaning alone: a weaker figure also says "slechter".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from kb_app.export.document import Bar, Chart
from kb_app.export.wording import Wording

WORSE = QColor("#D55E00")  # vermillion
LOCAL = QColor("#0072B2")  # blue
REFERENCE = QColor("#8C8C8C")  # grey, 3.4:1 on white: a shape, not text
TEXT = QColor("#1F1F1F")
ROW = 64.0  # logical pixels per indicator
LEGEND = 34.0


def chart_height(chart: Chart) -> float:
    return LEGEND + ROW * max(1, len(chart.bars)) + 8


def paint_chart(
    painter: QPainter, rect: QRectF, chart: Chart, local_label: str = "", slechter: str = ""
) -> None:
    """Paint ``chart`` into ``rect``: a legend, then per indicator two bars and their values.
    Its words and numbers are in the chart's language (``chart.lang``); the window passes its
    own translation of "slechter"."""
    say = Wording(chart.lang)
    slechter = slechter or say("worse_word")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, Qt.GlobalColor.white)
    font = QFont(painter.font())
    font.setPixelSize(14)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    _legend(
        painter,
        rect,
        local_label or chart.local_label,
        chart.reference_label or say("reference"),
        metrics,
        slechter,
    )
    label_width = min(rect.width() * 0.36, 260.0)
    top = rect.top() + LEGEND
    for bar in chart.bars:
        _row(
            painter,
            QRectF(rect.left(), top, rect.width(), ROW),
            bar,
            label_width,
            metrics,
            slechter,
            say.number,
        )
        top += ROW
    painter.restore()


def _legend(
    painter: QPainter,
    rect: QRectF,
    local: str,
    reference: str,
    metrics: QFontMetricsF,
    slechter: str,
) -> None:
    x = rect.left() + 4
    y = rect.top() + 8
    for colour, name in ((LOCAL, local), (WORSE, f"{local}, {slechter}"), (REFERENCE, reference)):
        painter.fillRect(QRectF(x, y + 2, 14, 14), colour)
        painter.setPen(TEXT)
        painter.drawText(QRectF(x + 20, y, 400, 18), Qt.AlignmentFlag.AlignVCenter, name)
        x += 20 + metrics.horizontalAdvance(name) + 24


def _row(
    painter: QPainter,
    row: QRectF,
    bar: Bar,
    label_width: float,
    metrics: QFontMetricsF,
    slechter: str,
    number: Callable[[float], str],
) -> None:
    painter.setPen(TEXT)
    label = QRectF(row.left() + 4, row.top() + 4, label_width - 12, row.height() - 8)
    painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, bar.label)
    values_width = metrics.horizontalAdvance(f"000.000,0 {bar.unit} — {slechter}") + 8
    left = row.left() + label_width
    span = max(40.0, row.width() - label_width - values_width)
    scale = max(abs(bar.value), abs(bar.reference or 0.0)) or 1.0
    unit = f" {bar.unit}" if bar.unit else ""
    lines: tuple[tuple[float, QColor, float, str], ...] = (
        (
            bar.value,
            WORSE if bar.worse else LOCAL,
            row.top() + 12,
            number(bar.value) + unit + (f" — {slechter}" if bar.worse else ""),
        ),
    )
    if bar.reference is not None:
        lines += ((bar.reference, REFERENCE, row.top() + 34, number(bar.reference) + unit),)
    for value, colour, y, caption in lines:
        width = span * max(0.0, value) / scale
        painter.fillRect(QRectF(left, y, max(width, 1.5), 18), colour)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(left + width + 6, y - 1, values_width, 20),
            Qt.AlignmentFlag.AlignVCenter,
            caption,
        )


def chart_png(chart: Chart, width: int = 760) -> bytes:
    """``chart`` as PNG bytes, drawn at twice the size so it stays sharp in print."""
    from kb_app.gui.pdf import ensure_gui_application  # the command line has no application

    ensure_gui_application()
    scale = 2
    height = int(chart_height(chart))
    image = QImage(width * scale, height * scale, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width, height), chart, chart.local_label)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding accepts only str (bytes raises
    # ValueError at run time); warn_unused_ignores tells us when the stub is fixed.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
