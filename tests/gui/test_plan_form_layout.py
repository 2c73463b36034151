"""The item form reads like a form: every input has a visible label whose mnemonic (Alt+letter)
focuses that input, and the form fits without a horizontal scrollbar at laptop size."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from tests.gui.plan_input import ALT, CTRL, add_from_search, focused, open_tab

pytestmark = pytest.mark.gui


def show_item_form(qtbot, window):
    add_from_search(qtbot, window, "kiva")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    open_tab(qtbot, window.plans.tabs, "Onderdelen")
    return window.plans.item_form


def inputs(form):
    return [
        form.status,
        form.status_reason,
        form.rationale,
        form.conditions.first(),
        form.basis_levels.first(),
        form.target_groups.first(),
        form.actions_table,
        form.partner,
        form.budget_amount,
        form.budget_note,
        form.indicator,
    ]


def test_every_input_has_a_label_whose_mnemonic_focuses_it(make_window, qtbot):
    window = make_window()
    form = show_item_form(qtbot, window)
    labels = {label.buddy(): label for label in form.findChildren(QLabel) if label.buddy()}
    for widget in inputs(form):
        label = labels.get(widget)
        assert label is not None and label.isVisible(), f"{widget} heeft geen zichtbaar label"
        text = label.text()
        assert "&" in text, f"label {text!r} heeft geen sneltoets"
        letter = text[text.index("&") + 1].upper()
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{letter}"), ALT)
        assert focused() is widget, f"Alt+{letter} ({text}) gaat niet naar het veld"
    assert [g.title() for g in form.findChildren(QGroupBox)] == [
        "Waarom",
        "Voor wie en waar",
        "Acties",
        "Partner en budget",
        "Meten",
    ]


@pytest.mark.parametrize("size", [(1366, 768), None], ids=["1366x768", "default"])
def test_item_form_needs_no_horizontal_scrollbar(make_window, qtbot, size):
    window = make_window()
    if size:
        window.resize(*size)
    show_item_form(qtbot, window)
    qtbot.wait(50)  # let the layouts settle
    scroll = window.plans.items.scroll
    assert not scroll.horizontalScrollBar().isVisible()
    assert window.plans.item_form.minimumSizeHint().width() <= scroll.viewport().width()
