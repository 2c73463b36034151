"""Start-up and memory: each run is a fresh process (see ``startup_child.py``), offscreen.

The clock starts just before the process is spawned, so interpreter start-up counts. The real app
runs through ``kb_app.app.run_gui`` with the shipped library; the floor is a bare PySide6 window
with a list and a text browser. Runs of the two are interleaved, so a burst of load on the
shared machine hits both alike, and every figure is a median over the runs, in wall-clock and in
CPU time (the process's, all threads): on a busy machine the wall clock mostly measures the wait
for a core, the CPU time what start-up costs.

Milestones, each measured from the spawn: ``usable`` (``total_ms``) — the window has painted and
the search field has the keyboard focus (the bare window: painted, list filled); ``answered`` —
the first search has been answered (the index is open). Phases in between: interpreter start,
imports, what ``run_gui`` does before it looks for the library (QApplication, checks, language),
finding and opening the library's contents, building and showing the window, first paint, until
usable. ``before=ROOT`` also runs the app from another checkout (e.g. the commit before a change)
in the same interleaved rounds, for a before → after in one run:
``python -m benchmarks.startup --runs 25 --before /tmp/old-checkout``. Each checkout's app
starts every time with the same user folder, as a user starts it again (``--fresh-home``:
every start is the first one); ``--bytecode-cache`` keeps Python's compiled bytecode between
starts as an installed app has it (see ``bench_startup``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import median

CHILD = Path(__file__).with_name("startup_child.py")
ROOT = CHILD.parent.parent


def _env(basedir: str, root: Path = ROOT, pycache: Path | None = None) -> dict[str, str]:
    """The child's environment; ``pycache``: where it keeps compiled bytecode (see
    ``bench_startup``; None: as this process does)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KB_APP_BASEDIR=basedir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


CHILD_TIMEOUT_S = 120  # the child bounds itself sooner (startup_child.LIFETIME_S)


def _die_with_parent() -> None:
    """Run in the child between fork and exec (Linux): the kernel kills it when this process
    dies, even by SIGKILL, when no ``finally`` here runs."""
    import ctypes

    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _run_child(args: list[str], env: dict[str, str], cwd: Path) -> tuple[str, str]:
    """(stdout, stderr) of one child, in its own process group: on a timeout, an interrupt or
    any other way out of here, the whole group is killed and reaped, so no window is left."""
    child = subprocess.Popen(
        args,
        env=env,
        cwd=str(cwd),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )
    try:
        return child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired as timed_out:
        raise RuntimeError(f"start-up run took over {CHILD_TIMEOUT_S} s; stopped") from timed_out
    finally:
        if child.poll() is None:
            _kill_group(child)


def _kill_group(child: subprocess.Popen) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)  # its own group: start_new_session
    except (ProcessLookupError, PermissionError, AttributeError):
        child.kill()  # no process groups (Windows), or it just ended
    child.communicate()


def run_once(
    mode: str,
    library: Path | None = None,
    root: Path = ROOT,
    home: Path | None = None,
    pycache: Path | None = None,
) -> dict:
    """One start-up of ``mode`` ("app" or "bare"); ``root``: the checkout whose app runs;
    ``home``: the user's data folder (None: a new, empty one, as on the very first start);
    ``pycache``: see ``_env``."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-home-") as fresh:
        args = [sys.executable, str(CHILD), mode, *([str(library)] if library else [])]
        spawned = time.time()
        stdout, stderr = _run_child(args, _env(str(home or fresh), root, pycache), root)
    line = next((x for x in stdout.splitlines() if x.startswith("STARTUP ")), None)
    if line is None:
        raise RuntimeError(f"start-up run failed ({mode}): {stderr[-2000:]}")
    marks = json.loads(line.removeprefix("STARTUP "))
    marks["spawned"] = spawned
    return marks


def _phases(marks: dict) -> dict[str, float]:
    def between(a: str, b: str) -> float:
        return (marks[b] - marks[a]) * 1000 if a in marks and b in marks else float("nan")

    def cpu(name: str) -> float:
        return marks.get("cpu_" + name, float("nan")) * 1000

    answered = "answered" if "answered" in marks else "ready"
    return {
        "interpreter_ms": between("spawned", "main"),
        "imports_ms": between("main", "imported"),
        "qapp_gui_ms": between("imported", "open_start"),
        "open_data_ms": between("open_start", "opened"),
        "window_ms": between("opened", "shown"),
        "first_paint_ms": between("shown", "painted"),
        "usable_ms": between("painted", "ready"),
        "total_ms": between("spawned", "ready"),
        "answered_ms": between("spawned", answered),
        "cpu_total_ms": cpu("ready"),
        "cpu_answered_ms": cpu(answered),
    }


def _timeline(runs: list[dict]) -> dict[str, list[float]]:
    """Every mark the runs share, in order: [median wall ms since the spawn, median CPU ms]."""
    names = [k for k, v in runs[0].items() if isinstance(v, float) and not k.startswith("cpu_")]
    shared = [n for n in names if n != "spawned" and all(n in r for r in runs)]
    rows = {
        name: [
            round(median([(r[name] - r["spawned"]) * 1000 for r in runs]), 1),
            round(median([r.get("cpu_" + name, float("nan")) * 1000 for r in runs]), 1),
        ]
        for name in shared
    }
    return dict(sorted(rows.items(), key=lambda row: row[1][0]))


def _summarise(runs: list[dict]) -> dict:
    phases = [_phases(r) for r in runs]
    out = {name: round(median([p[name] for p in phases]), 1) for name in phases[0]}
    out["runs"] = len(runs)
    out["all_total_ms"] = [round(p["total_ms"], 1) for p in phases]
    out["usable"] = all(r.get("focus") or r.get("listed") for r in runs)
    out["focused"] = all(r.get("focus") for r in runs)
    out["window_class"] = runs[-1].get("window_class")
    out["timeline"] = _timeline(runs)
    return out


def bench_startup(
    runs: int, before: Path | None = None, fresh_home: bool = False, bytecode: bool = False
) -> dict:
    """Medians for the app and the floor (and the app from ``before``, a checkout); an app that
    does not start is reported, not timed.

    As a user starts it again: each checkout starts every time with the same user folder (its
    first start, the warm-up, made it). ``fresh_home``: every start is the very first one, in a
    new empty folder (as before 30 November). ``bytecode``: Python's compiled bytecode is kept
    between starts (in a folder of this run, so no checkout is written to), as an installed app
    has it, even where ``PYTHONDONTWRITEBYTECODE`` is set (as on the development machine, where
    every start otherwise compiles every module of the app afresh)."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-homes-") as homes:
        top = Path(homes)
        out = _bench_startup(
            runs, before, None if fresh_home else top, top / "pycache" if bytecode else None
        )
    out["home"] = "fresh" if fresh_home else "kept"
    out["bytecode"] = "kept" if bytecode else "as the environment says"
    return out


def _bench_startup(
    runs: int, before: Path | None, homes: Path | None, pycache: Path | None
) -> dict:
    roots = {"app": ROOT, **({"before": before} if before else {})}
    home = {name: homes / name if homes else None for name in roots}
    try:
        for name, root in roots.items():
            # warm-up: builds the library if missing or stale, makes the user's folder
            run_once("app", root=root, home=home[name], pycache=pycache)
    except RuntimeError as error:
        return {"error": str(error).splitlines()[-1], "runs": 0}
    run_once("bare", pycache=pycache)
    measured: dict[str, list[dict]] = {name: [] for name in ("bare", *roots)}
    for _ in range(runs):  # interleaved, so a burst of load hits all alike
        measured["bare"].append(run_once("bare", pycache=pycache))
        for name, root in roots.items():
            run = run_once("app", root=root, home=home[name], pycache=pycache)
            measured[name].append(run)
    out = {name: _summarise(found) for name, found in measured.items()}
    bare = out["bare"]
    for name in roots:
        ratio = {
            "ratio": round(out[name]["total_ms"] / bare["total_ms"], 2),
            "cpu_ratio": round(out[name]["cpu_total_ms"] / bare["cpu_total_ms"], 2),
        }
        out.update(ratio if name == "app" else {f"{k}_before": v for k, v in ratio.items()})
    return out


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


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up: the app against a bare window.")
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--before", type=Path, help="another checkout to measure in the same run")
    parser.add_argument(
        "--fresh-home", action="store_true", help="every start in a new, empty user folder"
    )
    parser.add_argument(
        "--bytecode-cache",
        action="store_true",
        help="keep compiled bytecode between starts even if PYTHONDONTWRITEBYTECODE is set",
    )
    args = parser.parse_args()
    # SIGTERM (e.g. an outer timeout) ends this process through its ``finally`` blocks, so the
    # child running at that moment is killed with it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    out = bench_startup(args.runs, args.before, args.fresh_home, args.bytecode_cache)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
