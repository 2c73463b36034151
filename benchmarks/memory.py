"""Memory with the window open on a library and a search session in the same process.

Each run is a fresh process (``memory_child.py``), offscreen, with its own user folder. Issue 18
asks for RSS at most 250 MB with the window on 10,000 interventions; the session (200 searches
through the window's ``SearchService``) is what fills the search caches (terms, postings,
analysed snippet texts), so window and session are measured together.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.startup import _env

CHILD = Path(__file__).with_name("memory_child.py")
SESSION_QUERIES = 200


def bench_session_memory(library: Path, name: str, queries: int = SESSION_QUERIES) -> dict:
    """RSS after the window opened on ``library``, after the session, and the peak (MB)."""
    with tempfile.TemporaryDirectory(prefix="kb-bench-home-") as basedir:
        done = subprocess.run(
            [sys.executable, str(CHILD), str(library), str(queries)],
            env=_env(basedir),
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    line = next((x for x in done.stdout.splitlines() if x.startswith("MEMORY ")), None)
    if line is None:
        return {"library": name, "error": done.stderr.strip()[-300:] or "no result"}
    return {"library": name, **json.loads(line.removeprefix("MEMORY "))}
