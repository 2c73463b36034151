"""One memory run, as its own process: ``python memory_child.py LIBRARY QUERIES``.

The real entry point, ``kb_app.app.run_gui``, opens the window on LIBRARY (``find_library`` is
wrapped to return it, as in ``startup_child.py``). When the window is shown and lists rows, a
search session runs in the same process through the window's own ``SearchService`` (captured
where ``kb_app.library`` creates it): QUERIES searches shaped like the window's own (200 rows,
snippets for the first 30, the last word still being typed), cycling through the benchmark's
queries with their filters and through every sort. It prints RSS after the window opened, after
the session, and the peak (``VmHWM``, which starts afresh at exec), as JSON on a ``MEMORY`` line.
"""

import json
import sys
import time
from pathlib import Path

TIMEOUT_S = 60.0
result: dict = {}


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _wait_until_listed(app) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    deadline = time.time() + TIMEOUT_S
    while time.time() < deadline:
        app.processEvents()
        for window in app.topLevelWidgets():
            views = window.findChildren(QAbstractItemView) if window.isVisible() else []
            if any(v.model() is not None and v.model().rowCount() > 0 for v in views):
                return True
        time.sleep(0.005)
    return False


def _session(app, service, count: int) -> dict:
    from benchmarks.queries import all_queries
    from kb_app.search.service import SearchQuery

    queries = all_queries()
    sorts = ("relevance", "evidence", "title")
    hits = 0
    started = time.process_time()
    for n in range(count):
        bench = queries[n % len(queries)]
        answer = service.search(
            SearchQuery(
                text=bench.text,
                filters=bench.filters,
                sort=sorts[(n // len(queries)) % len(sorts)],
                limit=200,
                snippet_limit=30,
                prefix_last=True,
            )
        )
        hits += len(answer.hits)
        app.processEvents()  # the window stays alive and painting, as while a user types
    return {"queries": count, "hits": hits, "cpu_s": round(time.process_time() - started, 2)}


def main(library: str, count: int) -> int:
    from PySide6.QtWidgets import QApplication

    import kb_app.app
    import kb_app.library
    import kb_app.search.service
    from kb_app.core.paths import AppPaths
    from kb_app.pipeline.library import LibraryLocation, read_manifest

    services: list = []
    # Library.open_search imports the class when the index is first opened: patch it there.
    real_service = kb_app.search.service.SearchService

    def capture_service(*args, **kwargs):
        services.append(real_service(*args, **kwargs))
        return services[-1]

    def this_library(*_args, **_kwargs):
        return LibraryLocation(Path(library), read_manifest(Path(library)) or {})

    def measured_exec(*_args) -> int:
        app = QApplication.instance()
        result["listed"] = _wait_until_listed(app)
        # The window opens its index on the search thread after the first paint: wait for it.
        deadline = time.time() + TIMEOUT_S
        while not services and time.time() < deadline:
            app.processEvents()
            time.sleep(0.005)
        if not services:
            print("MEMORY " + json.dumps({"error": "the window never opened its index"}))
            return 1
        result["window_rss_mb"] = round(_status_kb("VmRSS") / 1024, 1)
        result["session"] = _session(app, services[-1], count)
        result["session_rss_mb"] = round(_status_kb("VmRSS") / 1024, 1)
        result["peak_rss_mb"] = round(_status_kb("VmHWM") / 1024, 1)
        print("MEMORY " + json.dumps(result), flush=True)
        return 0

    kb_app.library.find_library = this_library
    kb_app.search.service.SearchService = capture_service  # type: ignore[misc]
    QApplication.exec = measured_exec
    return kb_app.app.run_gui(AppPaths.resolve(), [])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
