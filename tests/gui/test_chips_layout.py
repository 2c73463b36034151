"""Filter chips and the layout pieces that keep text from widening the window, on their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from kb_app.gui.chips import CHIP_MAX_CHARS, ChipBar
from kb_app.gui.layout import ElidedLabel, FlowLayout, PageTabs

pytestmark = pytest.mark.gui
LONG = "Mensen die discriminatie ervaren op de arbeidsmarkt en in de wijk"


def test_a_chip_click_removes_that_filter_and_long_labels_are_shortened(qtbot):
    bar = ChipBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_chips([("themes", "pesten", "Pesten"), ("target_groups", "d", LONG), ("", "", "x")])
    short, long_chip, _ = bar.chips
    assert short.text() == "Pesten  ✕"
    assert long_chip.text() == LONG[: CHIP_MAX_CHARS - 1] + "…  ✕"
    assert LONG in long_chip.toolTip() and LONG in long_chip.accessibleName()
    with qtbot.waitSignal(bar.removed) as removed:
        QTest.mouseClick(long_chip, Qt.MouseButton.LeftButton)
    assert removed.args == ["target_groups", "d"]
    bar.set_chips([])
    assert bar.chips == [] and not bar.isVisible()
    assert not [c for c in bar.findChildren(QToolButton) if c.isVisible()]


def test_the_flow_layout_wraps_to_as_many_rows_as_the_width_needs(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=6)
    for _ in range(6):
        button = QToolButton()
        button.setFixedSize(100, 20)
        layout.addWidget(button)
    assert layout.count() == 6 and layout.hasHeightForWidth()
    assert layout.heightForWidth(700) == 20  # one row of six
    assert layout.heightForWidth(320) == 20 + 6 + 20  # three per row
    assert layout.heightForWidth(50) == 6 * 20 + 5 * 6  # one per row, never zero wide
    assert layout.minimumSize().width() == 100  # as narrow as the widest item
    host.resize(320, 100)
    host.show()
    qtbot.waitExposed(host)
    rows = sorted({b.y() for b in host.findChildren(QToolButton)})
    assert rows == [0, 26]
    assert layout.takeAt(99) is None and layout.itemAt(-1) is None


def test_an_elided_label_shows_what_fits_and_keeps_the_whole_text(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(80, 20)
    label.setText(LONG)
    label.show()
    shown = QLabel.text(label)
    assert shown.endswith("…") and len(shown) < len(LONG)
    assert label.text() == LONG and label.toolTip() == LONG and label.accessibleName() == LONG
    assert label.sizeHint().width() == 1  # it never asks for the room its text would take
    label.resize(2000, 20)
    qtbot.waitUntil(lambda: QLabel.text(label) == LONG)


def test_page_tabs_are_as_small_as_the_page_on_show(qtbot):
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    narrow, wide = QWidget(), QWidget()
    narrow.setMinimumSize(100, 50)
    wide.setMinimumSize(900, 50)
    tabs.addTab(narrow, "Zoeken")
    tabs.addTab(wide, "Plan")
    assert tabs.minimumSizeHint().width() < 300
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentWidget() is wide
    assert tabs.minimumSizeHint().width() >= 900
