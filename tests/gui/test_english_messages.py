"""Messages from below the GUI in the interface language: a hostile plan file and a broken
figures spreadsheet are explained in English in the English window and in the same Dutch as
before in the Dutch one; the figure dialog shows and reads decimals the way each language writes
them; and the plan panel's menu buttons show their whole text beside the menu arrow."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from kb_app.gui.language import install_translators
from kb_app.plans import operations as ops
from tests.gui.plan_input import answer_dialogs, click
from tests.gui.test_local_picture import button, in_dialog, open_local_tab

pytestmark = pytest.mark.gui
NOW = "2026-03-02T09:30:00+00:00"


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "nl")  # back to what the session runs in


def choose_file(monkeypatch, path) -> None:
    """The platform's file dialog answers with ``path`` (it is not Qt's to click through)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def plan_file(tmp_path, change) -> object:
    document = ops.new_plan(now=NOW).to_dict()
    change(document)
    path = tmp_path / "van-collega.wwplan"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


HOSTILE_PLANS = {
    "schema": (
        lambda d: d.update(title=12),
        "field 'title' (title) has the wrong kind of value: expected text. Correct this in "
        "the file",
        "veld 'title' (titel) heeft het verkeerde soort waarde: verwacht tekst. Herstel dit in "
        "het bestand",
    ),
    "number": (
        lambda d: d.update(items=[{"budget_amount": 10**20}]),
        "contains 100000000000… (21 characters), and that is no ordinary number.",
        "bevat 100000000000… (21 tekens), en dat is geen gewoon getal.",
    ),
    "version": (
        lambda d: d.update(version=99),
        "was made with a newer version of Wat Werkt (plan format 99",
        "is gemaakt met een nieuwere versie van Wat Werkt (planformaat 99",
    ),
}


@pytest.mark.parametrize("kind", HOSTILE_PLANS)
def test_a_hostile_plan_file_is_explained_in_the_window_language(
    lang, kind, make_window, qtbot, tmp_path, monkeypatch
):
    change, english, dutch = HOSTILE_PLANS[kind]
    window = make_window()
    window.show_plan()
    choose_file(monkeypatch, plan_file(tmp_path, change))
    seen: list[str] = []
    answer_dialogs(qtbot, "OK", seen=seen)
    click(qtbot, button(window.plans, "Open…" if lang == "en" else "Openen…"))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert (english if lang == "en" else dutch) in seen[0], seen[0]
    assert seen[0].startswith("van-collega.wwplan ")
    if lang == "en":
        assert "geen" not in seen[0] and "bestand" not in seen[0]


def test_a_broken_spreadsheet_is_explained_in_the_window_language(
    lang, make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)
    bad = tmp_path / "cijfers.csv"
    bad.write_text("indicator;waarde;jaar\nEenzaamheid;veel;ooit\n", encoding="utf-8")
    choose_file(monkeypatch, bad)
    problems: list[str] = []

    def look(dialog):
        problems.extend(dialog.problems.item(n).text() for n in range(dialog.problems.count()))
        dialog.reject()

    in_dialog(qtbot, look)
    click(qtbot, button(view, "&Import figures…" if lang == "en" else "Cijfers &importeren…"))
    qtbot.waitUntil(lambda: bool(problems), timeout=3000)
    if lang == "en":
        assert problems == [
            "row 2, column 'value': 'veel' is not a number.",
            "row 2, column 'year': 'ooit' is not a year.",
        ]
    else:
        assert problems == [
            "rij 2, kolom 'waarde': 'veel' is geen getal.",
            "rij 2, kolom 'jaar': 'ooit' is geen jaartal.",
        ]
    assert window.plans.current_plan().local.figures == ()


def test_an_unreadable_spreadsheet_is_explained_in_the_window_language(
    lang, make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)
    bad = tmp_path / "cijfers.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    choose_file(monkeypatch, bad)
    seen: list[str] = []
    answer_dialogs(qtbot, "OK", seen=seen)
    click(qtbot, button(view, "&Import figures…" if lang == "en" else "Cijfers &importeren…"))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    expected = {
        "en": "cijfers.xlsx is not a valid Excel file (.xlsx).",
        "nl": "cijfers.xlsx is geen geldig Excel-bestand (.xlsx).",
    }
    assert seen == [expected[lang]]


def type_decimal_figure(qtbot, dialog, value: str) -> None:
    qtbot.keyClicks(dialog.indicator.lineEdit(), "Doet vrijwilligerswerk")
    for field, text in ((dialog.value, value), (dialog.reference, "33")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    QTest.keyClick(dialog, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("lang", "typed", "value"),
    [
        ("en", "7.25", 7.25),
        ("en", "7,25", 7.25),  # a Dutch habit, still understood
        ("en", "1,250.5", 1250.5),
        ("nl", "7,25", 7.25),
        ("nl", "1.250,5", 1250.5),
    ],
    indirect=["lang"],
)
def test_figure_dialog_reads_and_shows_decimals_of_the_language(
    lang, typed, value, make_window, qtbot
):
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)
    add = "&Add figure…" if lang == "en" else "Cijfer &toevoegen…"
    in_dialog(qtbot, lambda d: type_decimal_figure(qtbot, d, typed))
    click(qtbot, button(view, add))
    assert [f.value for f in window.plans.current_plan().local.figures] == [value]

    shown: list[str] = []

    def look(dialog):
        shown.append(dialog.value.text())
        dialog.reject()

    in_dialog(qtbot, look)
    view.figures.selectRow(0)
    click(qtbot, button(view, "&Edit…" if lang == "en" else "&Bewerken…"))
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    written = f"{value:.2f}".rstrip("0").rstrip(".")
    assert shown == [written if lang == "en" else written.replace(".", ",")]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_plan_menu_buttons_show_their_whole_text_beside_the_arrow(lang, make_window, qtbot):
    from PySide6.QtWidgets import QStyle

    window = make_window()
    window.resize(1366, 768)
    window.show_plan()
    window.plans.new_plan("")
    qtbot.waitUntil(lambda: window.plans.export_button.isVisible(), timeout=3000)
    for tool in (window.plans.new_button, window.plans.export_button):
        arrow = tool.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, tool)
        text = tool.fontMetrics().horizontalAdvance(tool.text())
        assert tool.width() >= text + arrow + 8, (tool.text(), tool.width(), text, arrow)


def test_adding_an_intervention_twice_is_explained_in_the_window_language(lang, make_window, qtbot):
    from tests.gui.plan_input import add_from_search

    window = make_window()
    add_from_search(qtbot, window, "kiva")
    seen: list[str] = []
    answer_dialogs(qtbot, "OK", seen=seen)
    add_from_search(qtbot, window, "kiva")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    expected = {"en": "KiVa is already in this plan.", "nl": "KiVa staat al in dit plan."}
    assert seen == [expected[lang]]
    assert len(window.plans.current_plan().items) == 1


NAMES = {
    "en": ("Reports of discrimination", "per 10,000 residents"),
    "nl": ("Meldingen van discriminatie", "per 10.000 inwoners"),
}


def test_a_known_indicator_is_named_in_the_window_language(lang, make_window, qtbot):
    """The indicator list, the unit it brings, the figures table, the weak spots and the edit
    dialog speak the interface language; the plan keeps the vocabulary's Dutch either way."""
    name, unit = NAMES[lang]
    window = make_window()
    window.plans.new_plan("")
    view = open_local_tab(qtbot, window)
    offered: list[str] = []

    def add(dialog):
        offered.extend(dialog.indicator.itemText(i) for i in range(dialog.indicator.count()))
        qtbot.keyClicks(dialog.indicator.lineEdit(), name)
        assert dialog.unit.text() == unit  # brought by the indicator, in the window's language
        for field, text in ((dialog.value, "8"), (dialog.reference, "4")):
            field.setFocus()
            qtbot.keyClicks(field, text)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(qtbot, add)
    click(qtbot, button(view, "&Add figure…" if lang == "en" else "Cijfer &toevoegen…"))
    assert name in offered and ("Feels lonely" in offered) == (lang == "en")
    (figure,) = window.plans.current_plan().local.figures
    assert (figure.label, figure.unit) == ("Meldingen van discriminatie", "per 10.000 inwoners")
    assert view.figures.item(0, 0).text() == f"{name} ({unit})"
    assert view.weak.item(0).text().startswith(f"{name}: 8 ")

    shown: list[str] = []

    def look(dialog):
        shown.extend((dialog.indicator.currentText(), dialog.unit.text()))
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # saved unchanged: still the Dutch in the plan

    in_dialog(qtbot, look)
    view.figures.selectRow(0)
    click(qtbot, button(view, "&Edit…" if lang == "en" else "&Bewerken…"))
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [name, unit]
    (figure,) = window.plans.current_plan().local.figures
    assert (figure.label, figure.unit) == ("Meldingen van discriminatie", "per 10.000 inwoners")
