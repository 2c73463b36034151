"""Issue 18: the window paints its search field first and opens the rest right after; what is
typed before the index is open is searched as soon as it is (the window ``run_gui`` builds)."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def unopened(built_library):
    """The library as start-up hands it to the window: contents open, the index not yet."""
    from kb_app.library import Library
    from kb_app.pipeline.library import LibraryLocation, read_manifest
    from kb_app.store.content import ContentReader

    location = LibraryLocation(built_library, read_manifest(built_library))
    library = Library(location, ContentReader(location.content_db))
    yield library
    library.close()


@pytest.fixture
def staged_window(qtbot, unopened, paths):
    from kb_app.app import build_window

    window = build_window(unopened, paths, TODAY, staged=True)
    qtbot.addWidget(window)
    yield window
    if window.isVisible():
        window.close()
    window.user.close()


def answered(window) -> bool:
    return (
        window.built
        and not window.search_view._timer.isActive()
        and window.search_view.answered_generation == window.runner.generation > 0
    )


def test_typing_in_the_first_frame_is_searched_once_the_index_is_open(
    qtbot, unopened, paths, search_service
):
    from kb_app.app import build_window
    from kb_app.search.service import SearchQuery

    gate = threading.Event()  # the index opens only when the test says so
    open_search = unopened.open_search
    unopened.open_search = lambda: gate.wait(20) and open_search()
    window = build_window(unopened, paths, TODAY, staged=True)
    qtbot.addWidget(window)
    window.show()
    field = window.search_view.field
    assert window.focusWidget() is field
    QTest.keyClicks(field, "eenzame ouderen")  # before any event ran: nothing is open yet
    assert not window.built and not window.runner.ready and not unopened.search_open
    assert field.text() == "eenzame ouderen"
    qtbot.waitUntil(lambda: window.built and window.runner.generation > 0, timeout=15000)
    qtbot.wait(200)  # the index is still closed: the request waits, nothing is answered
    assert not window.runner.ready and window.search_view.answered_generation == 0

    gate.set()
    qtbot.waitUntil(lambda: answered(window), timeout=15000)
    assert unopened.search_open and window.runner.ready
    model = window.search_view.model
    shown = [model.hit(row).id for row in range(model.rowCount())]
    expected = search_service.search(SearchQuery(**window.current_query()))
    assert expected.query.text == "eenzame ouderen"
    assert shown and shown == [hit.id for hit in expected.hits]
    assert window.search_view.stack.currentWidget() is window.search_view.list
    assert field.text() == "eenzame ouderen" and window.focusWidget() is field
    window.close()
    window.user.close()


def test_the_first_frame_shows_the_field_and_says_what_happens(staged_window, qtbot):
    window = staged_window
    view = window.search_view
    assert not window.built
    assert view.stack.currentWidget() is view.empty  # a note, not an empty list
    assert view.empty_label.text() == "De bibliotheek wordt geopend…"
    assert not view.start_button.isVisibleTo(view.empty)
    window.show()
    qtbot.waitUntil(lambda: answered(window), timeout=15000)
    # Then the whole window: side tabs, start page, details, plan and menus.
    assert window.splitter.widget(0) is window.tabs and window.splitter.widget(2) is window.right
    assert view.stack.currentWidget() is window.start
    assert view.status.text().startswith("Startpagina — ")
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]


def test_keys_typed_while_the_panes_are_built_are_kept(staged_window, qtbot):
    window = staged_window
    window.show()
    QTest.keyClicks(window.search_view.field, "taal")
    qtbot.waitUntil(lambda: window.built, timeout=15000)
    QTest.keyClicks(window.search_view.field, "huis")
    QTest.keyClick(window.search_view.field, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: answered(window), timeout=15000)
    assert window.search_view.field.text() == "taalhuis"
    first = window.search_view.model.hit(0)
    assert first is not None and first.id == "taalhuis"


def test_closing_before_the_panes_exist_saves_nothing_and_stops(staged_window, paths):
    window = staged_window
    window.show()
    window.close()  # at once: the panes, menus and index never came
    assert not window.built
    assert not (paths.config / "settings.ini").exists() or "geometry" not in (
        paths.config / "settings.ini"
    ).read_text(encoding="utf-8")


def test_a_rebuild_is_explained_while_the_gui_thread_keeps_running(qapp, paths, monkeypatch):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from kb_app.gui import startup

    def building(paths_, on_rebuild, search):
        assert not search  # the index opens later, from the window
        on_rebuild("De bibliotheek ontbreekt nog en wordt nu opgebouwd.")
        time.sleep(0.6)  # the build, on the worker thread
        return "de bibliotheek"

    def dialogs() -> list[str]:
        return [
            w.labelText()
            for w in qapp.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]

    seen: list[str] = []
    monkeypatch.setattr(startup, "open_library", building)
    QTimer.singleShot(300, lambda: seen.extend(dialogs()))  # runs only if the GUI is not blocked
    assert startup.open_library_with_progress(qapp, paths) == "de bibliotheek"
    assert len(seen) == 1 and seen[0].startswith("De bibliotheek ontbreekt nog")
    assert dialogs() == []  # closed once the library is there


def test_failures_while_opening_reach_run_gui_as_their_own_errors(qapp, paths, monkeypatch):
    from kb_app.core.errors import ContentError, KbError, Problem
    from kb_app.gui import startup
    from kb_app.gui.background import FAILED

    problems = [Problem("content/interventions/x.md", 7, "Ongeldige YAML: kapot.")]

    def broken_content(paths_, on_rebuild, search):
        raise ContentError(problems)

    def unforeseen(paths_, on_rebuild, search):
        raise ValueError("intern detail")

    monkeypatch.setattr(startup, "open_library", broken_content)
    with pytest.raises(ContentError) as content:
        startup.open_library_with_progress(qapp, paths)
    assert content.value.problems == problems  # every problem, for the message by file and line
    monkeypatch.setattr(startup, "open_library", unforeseen)
    with pytest.raises(KbError, match="onverwachte fout") as other:
        startup.open_library_with_progress(qapp, paths)
    assert str(other.value) == FAILED and "intern detail" not in str(other.value)
