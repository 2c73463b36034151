"""``python -m benchmarks.quit_stress --cycles 200``: start → search → edit a plan → Ctrl+Q, each
cycle in a fresh ``python -X faulthandler`` process, and count fatal errors (the issue's
"Fatal Python error: none_dealloc / bool_dealloc" on quit). Cycles share a data folder per
worker, so plans grow as in a long-lived installation. Exit code 1 when any cycle failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cycle(basedir: Path, rounds: int, guard: bool) -> tuple[int, str]:
    """One process; returns its exit code and the fatal error lines it printed (if any)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-X",
        "faulthandler",
        "-m",
        "benchmarks.quit_stress_child",
        str(basedir),
        str(rounds),
        *([] if guard else ["--no-guard"]),
    ]
    done = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    fatal = [
        line
        for line in done.stderr.splitlines()
        if "Fatal Python error" in line or "Segmentation fault" in line
    ]
    return done.returncode, "\n".join(fatal)


def stress(cycles: int, rounds: int, workers: int, guard: bool = True) -> list[str]:
    """Run ``cycles`` cycles over ``workers`` data folders; the failures, one line each."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="quit-stress-") as tmp:
        folders = [Path(tmp) / f"base{n}" for n in range(workers)]

        def worker(folder: Path, count: int) -> None:
            for n in range(count):
                code, fatal = run_cycle(folder, rounds, guard)
                if code != 0 or fatal:
                    failures.append(f"{folder.name} cycle {n}: exit {code} {fatal}".strip())

        shares = [cycles // workers + (1 if n < cycles % workers else 0) for n in range(workers)]
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(worker, folders, shares))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, help="search+edit rounds per cycle")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--no-guard",
        action="store_true",
        help="without immortalise_singletons, to see the crash it prevents",
    )
    args = parser.parse_args()
    failures = stress(args.cycles, args.rounds, args.workers, guard=not args.no_guard)
    print(f"{args.cycles} cycles, {args.rounds} round(s) each: {len(failures)} failed")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
