"""GUI fixtures: a real main window over the session's built library, on a temporary basedir."""

import datetime as dt

import pytest

from kb_app.core.paths import AppPaths

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session", autouse=True)
def dutch_interface(qapp):
    """The window as the app starts it on a Dutch (or C) system: Dutch, with Qt's Dutch texts
    and the Dutch plural forms. Tests of the English interface install English on top."""
    from kb_app.gui.language import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def library(built_library, reader, search_service):
    from kb_app.library import Library
    from kb_app.pipeline.library import LibraryLocation, read_manifest

    location = LibraryLocation(built_library, read_manifest(built_library))
    return Library(location=location, reader=reader, search=search_service)


@pytest.fixture
def paths(tmp_path):
    return AppPaths.from_basedir(tmp_path / "base")


@pytest.fixture
def make_window(qtbot, library, paths):
    from kb_app.app import build_window

    made = []

    def make():
        window = build_window(library, paths, TODAY)
        qtbot.addWidget(window)
        window.show()
        wait_for_search(qtbot, window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible():
            window.close()
        window.user.close()


def wait_for_search(qtbot, window):
    """Wait until the debounce has fired and the newest search request has been answered."""
    qtbot.waitUntil(
        lambda: (
            not window.search_view._timer.isActive()
            and window.search_view.answered_generation == window.runner.generation
        ),
        timeout=5000,
    )
