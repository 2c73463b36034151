"""The start-up benchmark never leaves a process behind: the parent kills a child's whole process
group when it takes too long, and a child ends itself after a bounded time (issue 18: a child once
ran on for 40 minutes after its parent had given up)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks import startup

ROOT = Path(__file__).resolve().parent.parent


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper that never comes in a container counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
def test_a_child_that_takes_too_long_is_killed_with_its_own_children(tmp_path, monkeypatch):
    monkeypatch.setattr(startup, "CHILD_TIMEOUT_S", 1)
    pids = tmp_path / "pids"
    script = (
        "import os, subprocess, sys, time\n"
        "helper = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{helper.pid}}')\n"
        "time.sleep(60)\n"
    )
    began = time.monotonic()
    with pytest.raises(RuntimeError, match="stopped"):
        startup._run_child([sys.executable, "-c", script], dict(os.environ), tmp_path)
    assert time.monotonic() - began < 30  # bounded: not the 60 s the child would sleep
    child, helper = (int(pid) for pid in pids.read_text().split())
    deadline = time.monotonic() + 10
    while (_alive(child) or _alive(helper)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child) and not _alive(helper)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
def test_the_child_ends_itself_after_its_lifetime():
    script = (
        "import sys, time\n"
        "sys.path.insert(0, 'benchmarks')\n"
        "import startup_child\n"
        "startup_child._bound_lifetime(1)\n"
        "time.sleep(60)\n"
    )
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=50, check=False
    )
    assert done.returncode != 0 and time.monotonic() - began < 30
