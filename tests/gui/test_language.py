"""One language at a time: Dutch by default, English all through when chosen, Qt's own buttons
and dialogs in the same language, and real plural forms in both."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from kb_app.gui.detail_html import ENGLISH
from kb_app.gui.language import choose_language, install_translators
from kb_app.gui.models import ID_ROLE, MARKS_ROLE
from kb_app.plans.coverage import MESSAGES
from kb_app.plans.model import STATUS_LABELS
from tests.conftest import ROOT
from tests.gui.conftest import wait_for_search
from tests.gui.plan_input import (
    CTRL,
    add_from_search,
    choose_from_menu,
    choose_status,
    click,
    open_tab,
    type_into,
)

pytestmark = pytest.mark.gui
TS = ROOT / "kb_app" / "gui" / "i18n" / "wat_werkt_en.ts"
# Content section headings come from the (Dutch) content itself, not from the app.
VERTICAL = Qt.Orientation.Vertical
CONTENT_WORDS = {"Doel", "Doelgroep", "Aanpak", "Werkzame elementen", "Randvoorwaarden en kosten"}
PRINCIPLE_HEADINGS = {"Kern", "Meer weten", "Valkuilen", "Wat betekent dit voor de praktijk"}
PRINCIPLE_HEADINGS |= {"Wat werkt"}


def clean(text: str) -> str:
    return (
        re.sub(r"<[^>]+>", "", text or "")
        .replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
        .strip()
    )


def dutch_only_strings() -> set[str]:
    """Every app text whose English differs, without placeholders: it must not show in English."""
    found, same = set(), set()  # same: a word English shares ("Indicator", "Plan")
    for message in ET.parse(TS).iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        english = translation.text or " ".join(f.text or "" for f in translation)
        if clean(english) == clean(source):
            same.add(clean(source).strip(" :…().,—"))
            continue
        for part in re.split(r"%[0-9ns]|<[^>]+>", source):
            part = clean(part).strip(" :…().,—")
            if len(part) >= 4:
                found.add(part)
    found -= same
    return found | {k for k in ENGLISH if ENGLISH[k] != k and k not in CONTENT_WORDS}


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [clean(t) for t in texts if t]


def view_texts(root: QWidget) -> list[str]:
    """What the plan panel shows besides widget captions: group titles, the rows and headers of
    its lists and tables (text and tooltip), and the lines of its read-only pages."""
    texts = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTextBrowser):
            texts += widget.toPlainText().splitlines()
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            # A list has one column (its model's columnCount is not callable from Python).
            columns = 1 if isinstance(widget, QListView) else model.columnCount()
            rows = model.rowCount()
            for row in range(rows):
                for column in range(columns):
                    texts += [str(model.index(row, column).data(r) or "") for r in roles]
            for orientation, count in ((Qt.Orientation.Horizontal, columns), (VERTICAL, rows)):
                texts += [str(model.headerData(n, orientation) or "") for n in range(count)]
    return [clean(t) for t in texts if t]


def dutch_core_strings(vocabulary) -> set[str]:
    """Dutch words that reach the window from below the GUI: vocabulary labels with an English
    label, plan statuses, and the fixed parts of the plan warnings."""
    found = {
        term.label
        for section in ("conditions", "basis_levels", "target_groups", "evidence_levels")
        for term in vocabulary.terms(section)
        if term.label_en and term.label_en != term.label and len(term.label) >= 4
    }
    found |= set(STATUS_LABELS.values())
    for message in MESSAGES.values():
        for part in re.split(r"\{\w+\}", message["nl"]):
            part = part.strip(" :.,;()'")
            if len(part) >= 12:
                found.add(part)
    return found


def menu_texts(window) -> list[str]:
    out = []
    for action in window.menuBar().actions():
        out.append(clean(action.text()))
        out += [clean(a.text()) for a in action.menu().actions() if a.text()]
    return out


def dutch_in(texts, dutch) -> list[tuple[str, str]]:
    """Interface texts: a Dutch text itself, or a longer one inside a composed message."""
    hits = []
    for text in texts:
        for word in dutch:
            if text == word or (len(word) >= 12 and word in text):
                hits.append((word, text))
    return hits


def dutch_page_lines(lines, dutch) -> list[str]:
    """Page text mixes the app's words with Dutch content: the app's words stand alone on a
    line (headings) or open it as a label ("Bronnen", "Bewijsniveau: ...")."""
    words = dutch - CONTENT_WORDS
    return [
        line
        for line in lines
        if line in words or any(line.startswith(w.rstrip(":") + ":") for w in words)
    ]


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")  # back to what the session runs in


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "nl_NL", "nl"),
        ("", "C", "nl"),
        ("", "POSIX", "nl"),
        ("", "", "nl"),
        ("", "de_DE", "nl"),
        ("", "en_US", "en"),
        ("", "en_GB", "en"),
        ("nl", "en_US", "nl"),
        ("en", "nl_NL", "en"),
        ("xx", "C", "nl"),
    ],
)
def test_dutch_unless_english_is_chosen_or_spoken(setting, system, expected):
    assert choose_language(setting, system) == expected


def test_qt_dialogs_speak_the_language_of_the_window(qapp):
    for system, close, cancel in (("C", "Sluiten", "Annuleren"), ("en_US", "Close", "Cancel")):
        install_translators(qapp, "", system)
        try:
            box = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
            )
            assert {b.text() for b in box.buttons()} == {close, cancel}
        finally:
            install_translators(qapp, "nl")


def test_dutch_counts_have_real_plurals(qapp, make_window, qtbot):
    install_translators(qapp, "", "C")
    window = make_window()
    qtbot.keyClicks(window.search_view.field, "kiva")
    wait_for_search(qtbot, window)
    status = window.search_view.status.text()
    assert re.search(r"\b1 interventie\b", status) or "interventies" in status, status
    assert "(s)" not in status


def test_english_shows_no_dutch_interface_text(english, make_window, qtbot):
    dutch = dutch_only_strings()
    assert "In het kort" in dutch and "Zoek zonder filters" in dutch  # the list is real
    window = make_window()
    texts = visible_texts(window) + menu_texts(window)
    assert "The library’s content is in Dutch." in texts  # said once, in the status bar
    qtbot.keyClicks(window.search_view.field, "parenting zzqx")
    wait_for_search(qtbot, window)
    texts += visible_texts(window)
    for doc_id in ("kiva", "burendag", "kanjertraining"):
        window.detail.show_document("intervention", doc_id)
        lines = [clean(line) for line in window.detail.browser.toPlainText().splitlines()]
        assert dutch_page_lines(lines, dutch) == []
        assert "At a glance" in lines and "Sources" in lines
    window.show_plan()
    texts += visible_texts(window)
    assert dutch_in(texts, dutch) == []


def test_english_dialogs_and_about(english, make_window, qtbot):
    from kb_app.gui.dialogs import CompareDialog, PreferencesDialog, about_text

    dutch = dutch_only_strings()
    window = make_window()
    preferences = PreferencesDialog("", window)
    compare = CompareDialog(window.library.reader, ["kiva", "kanjertraining"], window.today, window)
    texts = visible_texts(preferences) + visible_texts(compare)
    texts += [clean(line) for line in about_text({"library_version": "1"}, 3).split("<p>")]
    assert dutch_in(texts, dutch) == []
    lines = [clean(line) for line in compare.browser.toPlainText().splitlines()]
    assert "Evidence level and date" in lines
    assert dutch_page_lines(lines, dutch) == []
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def plan_with_warnings(qtbot, window):
    """A plan as a person makes it: an intervention chosen without indicator or budget, an
    uncovered priority, and local figures with weak spots that nothing answers yet."""
    from tests.gui.test_local_picture import EXAMPLE, in_dialog

    add_from_search(qtbot, window, "kiva")
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    panel = window.plans
    open_tab(qtbot, panel.tabs, 0)
    type_into(qtbot, panel.fields["title"], " Zuid")
    click(qtbot, panel.priorities.rows["sociaaleconomische-zekerheid"][0])
    open_tab(qtbot, panel.tabs, 2)
    choose_status(qtbot, panel.item_form, "gekozen")
    panel.flush()
    in_dialog(qtbot, lambda dialog: click(qtbot, dialog.import_button))
    panel.local_view.import_dialog(str(EXAMPLE))  # the file dialog itself is the platform's
    kinds = set(panel.coverage.coverage.kinds())
    assert {"priority-uncovered", "missing-indicator", "weak-figure-unanswered"} <= kinds
    return panel


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the menu popup
def test_english_plan_panel_shows_no_dutch_interface_text(english, make_window, qtbot):
    window = make_window()
    dutch = dutch_only_strings() | dutch_core_strings(window.library.reader.vocabulary())
    assert {"Sociale cohesie", "Gekozen", "er is nog geen budget ingevuld"} <= dutch
    panel = plan_with_warnings(qtbot, window)
    seen = {}
    for index in range(panel.tabs.count()):
        open_tab(qtbot, panel.tabs, index)
        texts = visible_texts(panel) + view_texts(panel)
        seen[panel.tabs.tabText(index)] = texts
        assert dutch_in(texts, dutch) == [], panel.tabs.tabText(index)
    assert list(seen) == ["Plan", "Local picture", "Items", "Coverage and gaps"]
    assert "Warnings" in seen["Coverage and gaps"]
    assert any(t.startswith("Priority Socio-economic security:") for t in seen["Coverage and gaps"])
    assert any(" against " in t and "percentage points worse" in t for t in seen["Local picture"])
    assert "KiVa — chosen" in seen["Items"] and "Social cohesion" in seen["Items"]
    # A plan from a template starts with its title and prompts in English too.
    choose_from_menu(qtbot, panel.new_button, "Policy plan for the social base")
    assert panel.chooser.currentText() == "Policy plan for the social base"
    assert panel.context.toPlainText().startswith("## Reason\n\n_Why is the municipality")


def model_texts(view, roles) -> list[str]:
    """The text a list's cards paint or say, read from its model in ``roles``."""
    model = view.model()
    return [
        clean(str(model.index(row, 0).data(role) or ""))
        for row in range(model.rowCount())
        for role in roles
    ]


def test_english_start_search_favourites_principles_show_no_dutch(english, make_window, qtbot):
    window = make_window()
    dutch = dutch_only_strings() | dutch_core_strings(window.library.reader.vocabulary())
    seen = {"start": visible_texts(window.start) + view_texts(window.start)}
    assert "Themes" in seen["start"] and "Search" in seen["start"]
    # A search with results: the cards' title, evidence and marks, their spoken text and tip.
    window.user.add_favorite("kiva", "KiVa")
    window.user.add_favorite("verdwenen-aanpak", "Verdwenen aanpak")  # gone from the library
    window.user.set_note("kiva", "Past bij onze scholen.")
    window.refresh_favorites()
    qtbot.keyClicks(window.search_view.field, "pesten")
    wait_for_search(qtbot, window)
    roles = (Qt.ItemDataRole.AccessibleTextRole, MARKS_ROLE)
    results = model_texts(window.search_view.list, roles)
    assert len(results) > 4
    seen["search"] = visible_texts(window.search_view) + results
    # The side panel's tabs: filters, favourites (cards), "what works" pages.
    tabs = window.tabs
    for index in range(tabs.count()):
        open_tab(qtbot, tabs, index)
        seen[tabs.tabText(index)] = visible_texts(tabs) + view_texts(tabs)
    # The "what works" pages are listed by their own (Dutch) titles: content, not interface.
    titles = set(model_texts(tabs.principles_view, (Qt.ItemDataRole.DisplayRole,)))
    seen["&What works"] = [t for t in seen["&What works"] if t not in titles]
    window.show_principles()
    principle = tabs.principles_view.model().index(0, 0).data(ID_ROLE)
    window.detail.show_document("principle", principle)
    lines = [clean(line) for line in window.detail.browser.toPlainText().splitlines()]
    # A principle's own headings ("## Wat werkt", "## Kern") are its (Dutch) content.
    assert lines and dutch_page_lines(lines, dutch - PRINCIPLE_HEADINGS) == []
    for doc_id in ("buurtcirkel", "taalcoaching-door-vrijwilligers", "kiva"):
        if window.library.reader.has(doc_id):
            window.detail.show_document("intervention", doc_id)
            seen[doc_id] = visible_texts(window.detail)
    for name, texts in seen.items():
        assert dutch_in(texts, dutch) == [], name
    assert list(seen)[:3] == ["start", "search", "&Filters"]
    assert "★ favourite  ✎ note" in seen["search"]  # the marks were read, in English
    assert "Verdwenen aanpak — no longer in the library" in seen["F&avourites"]
