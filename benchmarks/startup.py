"""Start-up and memory: each run is a fresh process (see ``startup_child.py``), offscreen.

The clock starts just before the process is spawned, so interpreter start-up counts. The real app
runs through ``kb_app.app.run_gui`` with the shipped library; the floor is a bare PySide6 window
with a list and a text browser. Phases are medians over the runs: interpreter start, imports
(PySide6, kb_app.app, kb_app.library, the window module), what ``run_gui`` does before opening
the library (the QApplication and any further imports), opening the data (for the floor: the
QApplication), building and showing the window, first paint, and until it is usable (the search
field focused and rows listed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import median

CHILD = Path(__file__).with_name("startup_child.py")
ROOT = CHILD.parent.parent


def _env(basedir: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KB_APP_BASEDIR=basedir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def run_once(mode: str, library: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="kb-bench-home-") as basedir:
        args = [sys.executable, str(CHILD), mode, *([str(library)] if library else [])]
        spawned = time.time()
        done = subprocess.run(
            args, env=_env(basedir), capture_output=True, text=True, timeout=120, check=False
        )
    line = next((x for x in done.stdout.splitlines() if x.startswith("STARTUP ")), None)
    if line is None:
        raise RuntimeError(f"start-up run failed ({mode}): {done.stderr[-2000:]}")
    marks = json.loads(line.removeprefix("STARTUP "))
    marks["spawned"] = spawned
    return marks


def _phases(marks: dict) -> dict[str, float]:
    def between(a: str, b: str) -> float:
        return (marks[b] - marks[a]) * 1000 if a in marks and b in marks else float("nan")

    return {
        "interpreter_ms": between("spawned", "main"),
        "imports_ms": between("main", "imported"),
        "qapp_gui_ms": between("imported", "open_start"),
        "open_data_ms": between("open_start", "opened"),
        "window_ms": between("opened", "shown"),
        "first_paint_ms": between("shown", "painted"),
        "usable_ms": between("painted", "ready"),
        "total_ms": between("spawned", "ready"),
    }


def _summarise(runs: list[dict]) -> dict:
    phases = [_phases(r) for r in runs]
    out = {name: round(median([p[name] for p in phases]), 1) for name in phases[0]}
    out["runs"] = len(runs)
    out["all_total_ms"] = [round(p["total_ms"], 1) for p in phases]
    out["usable"] = all(r.get("listed") for r in runs)
    out["focused"] = all(r.get("focus") for r in runs)
    out["window_class"] = runs[-1].get("window_class")
    return out


def bench_startup(runs: int) -> dict:
    """Medians for the app and the floor; an app that does not start is reported, not timed."""
    try:
        run_once("app")  # warm-up: builds the shipped library if it is missing or stale
    except RuntimeError as error:
        return {"error": str(error).splitlines()[-1], "runs": 0}
    run_once("bare")
    app_runs, bare_runs = [], []
    for _ in range(runs):  # interleaved, so a burst of load hits both alike
        app_runs.append(run_once("app"))
        bare_runs.append(run_once("bare"))
    app, bare = _summarise(app_runs), _summarise(bare_runs)
    return {"app": app, "bare": bare, "ratio": round(app["total_ms"] / bare["total_ms"], 2)}


def bench_memory(library: Path) -> dict:
    """Peak RSS of the app process with the window open on ``library``."""
    try:
        marks = run_once("app", library)
    except RuntimeError as error:
        return {
            "library": library.name.split("-")[0],
            "error": str(error).splitlines()[-1],
            "max_rss_mb": None,
        }
    if marks.get("library") != str(library):
        return {
            "library": library.name.split("-")[0],
            "max_rss_mb": None,
            "error": f"the app opened {marks.get('library')}, not {library}",
        }
    return {
        "library": library.name.split("-")[0],
        "max_rss_mb": round(marks["max_rss_kb"] / 1024, 1),
        "usable": bool(marks.get("listed")),
    }
