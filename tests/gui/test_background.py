"""The window's one helper for work off the GUI thread (``gui/background.py``)."""

import threading
from pathlib import Path

import pytest

from kb_app.core.errors import KbError

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def background(qapp):
    from kb_app.gui.background import Background

    made = Background("test")
    yield made
    made.stop()


def test_answers_arrive_on_the_gui_thread(background, qtbot):
    got = []

    def on_main() -> bool:
        return threading.current_thread() is threading.main_thread()

    background.submit(
        on_main, lambda worked_on_main: got.append((worked_on_main, on_main())), got.append
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(False, True)]  # worked off the GUI thread, answered on it


def test_only_the_newest_of_replacing_work_is_run_and_answered(background, qtbot):
    started, gate, ran, got = threading.Event(), threading.Event(), [], []

    def job(name: str, wait: bool = False):
        def work() -> str:
            if wait:
                started.set()
                gate.wait(5)
            ran.append(name)
            return name

        return work

    background.submit(job("eerste", wait=True), got.append, got.append, replaces=True)
    assert started.wait(5)  # the first is running when the newer ones come in
    background.submit(job("tweede"), got.append, got.append, replaces=True)
    background.submit(job("derde"), got.append, got.append, replaces=True)
    gate.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    qtbot.wait(50)  # room for a stale answer to arrive, if one were sent
    assert got == ["derde"]
    assert ran == ["eerste", "derde"]  # the first had started; the second never ran


def test_work_that_replaces_nothing_is_always_answered(background, qtbot):
    got = []
    background.submit(lambda: "index open", got.append, got.append)
    background.submit(lambda: "zoekvraag", got.append, got.append, replaces=True)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == ["index open", "zoekvraag"]


def test_a_failure_is_a_dutch_message_and_the_thread_goes_on(background, qtbot, caplog):
    def broken():
        raise ValueError("intern detail")

    def refused():
        raise KbError("De bibliotheek is beschadigd.")

    done, failed = [], []
    background.submit(broken, done.append, failed.append, error="Zoeken lukte niet.")
    background.submit(refused, done.append, failed.append)
    background.submit(lambda: 42, done.append, failed.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert failed == ["Zoeken lukte niet.", "De bibliotheek is beschadigd."]
    assert done == [42]
    assert "intern detail" in caplog.text  # the details are logged, not shown


def test_no_busy_waiting_on_the_gui_thread_is_left():
    """Issue 16: one way to work off the GUI thread; no processEvents + sleep loop."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kb_app").rglob("*.py")
        if "processEvents(" in (text := path.read_text(encoding="utf-8")) and "sleep(" in text
    ]
    assert offenders == []


def test_every_thread_of_the_window_is_the_background_helper():
    """Issue 16: start-up, search and library updates all work off the GUI thread through
    ``gui/background.py``; no other module makes its own thread."""
    own_threads = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kb_app").rglob("*.py")
        if path.name != "background.py"
        and any(
            marker in path.read_text(encoding="utf-8")
            for marker in ("QThread)", "QThread(", "threading.Thread(", "QThreadPool")
        )
    ]
    assert own_threads == []
