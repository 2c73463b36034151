"""The benchmark runner works end to end on a tiny corpus (``--quick``).

Only the shape of the output is checked, never a timing: timings belong to the benchmark's report
(``python -m benchmarks``), not to a test that must pass on any machine under any load.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LATENCY_KEYS = {"n", "p50", "p95", "p99", "max"}


@pytest.mark.slow
def test_quick_benchmark_prints_the_table_and_writes_the_json(tmp_path):
    out = tmp_path / "results" / "latest.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,  # a bound for a hang, not a timing: seven builds share two cores
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for heading in ("Search, tiny", "kind", "overall", "Build real", "Budgets"):
        assert heading in done.stdout

    results = json.loads(out.read_text(encoding="utf-8"))
    assert {
        "machine",
        "search",
        "startup",
        "memory",
        "memory_session",
        "build",
        "export",
        "budgets",
        "load_before",
        "load_after",
    } <= results.keys()
    tiny = results["search"]["tiny"]
    for engine in ("watwerkt", "fts5"):
        assert "overall" in tiny[engine] and "prefix-1-2" in tiny[engine]
        assert all(row.keys() >= LATENCY_KEYS for row in tiny[engine].values())
    assert {"p50", "p95"} <= tiny["ratio"]["overall"].keys()
    startup = results["startup"]
    # The runners report a child that failed as {"error": ...}; here that is a failure.
    assert "error" not in startup, startup
    assert {"app", "bare", "ratio"} <= startup.keys()
    assert {"imports_ms", "open_data_ms", "first_paint_ms", "total_ms"} <= startup["app"].keys()
    assert {"real", "tiny"} <= results["build"].keys()
    assert all("cpu_s" in build for build in results["build"].values())
    session = results["memory_session"]
    assert "error" not in session, session
    assert {"window_rss_mb", "session_rss_mb", "peak_rss_mb"} <= session.keys()
    assert session["session"]["queries"] == 10
    assert {"status", "docx_s", "pdf_s"} <= results["export"].keys()
    assert all({"name", "limit", "value", "met"} <= b.keys() for b in results["budgets"])
