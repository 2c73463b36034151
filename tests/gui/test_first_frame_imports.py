"""Issue 18: what start-up imports before the window's first frame. Every module costs CPU time
before the user can type, so what the first frame does not use waits until after it: the other
panes' code, the search engine, the build tools and the log file's handler."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Runs the real run_gui; QApplication.exec — called once the window is shown, before it has
# painted — reports the imported modules instead of waiting for the user.
SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import kb_app.app, kb_app.library
from kb_app.core.paths import AppPaths
from kb_app.pipeline.library import LibraryLocation, read_manifest

folder = Path(sys.argv[1])
kb_app.library.find_library = lambda *a, **k: LibraryLocation(folder, read_manifest(folder))

def report(*_args):
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    return 0

QApplication.exec = report
sys.exit(kb_app.app.run_gui(AppPaths.resolve(), []))
"""

NOT_BEFORE_THE_FIRST_FRAME = (
    "logging.handlers",  # the log file's handler opens with the first record
    "kb_app.gui.compare",
    "kb_app.gui.search_flow",
    "kb_app.gui.theme",
    "kb_app.gui.side_panel",
    "kb_app.gui.detail_pane",
    "kb_app.gui.plan_panel",
    "kb_app.gui.menus",
    "kb_app.search.service",
    "whoosh",
    "markdown",
    "yaml",
    "jsonschema",
    "sqlite_utils",
    "kb_app.pipeline.build",
)


def test_the_first_frame_imports_only_what_it_shows(built_library, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KB_APP_BASEDIR=str(tmp_path / "home"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(built_library)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("MODULES ")), None)
    assert line is not None, done.stderr[-2000:]
    modules = set(json.loads(line.removeprefix("MODULES ")))
    assert "kb_app.gui.main_window" in modules and "kb_app.gui.search_view" in modules
    early = [name for name in NOT_BEFORE_THE_FIRST_FRAME if name in modules]
    assert early == []
