"""Search latency: the window's full interactive path, and the FTS5 reference on the same data.

One call is what a keystroke costs the window: ``SearchService.search`` with 20 hits, facet counts
over every match and snippets for the 20 hits. Each repeat opens a fresh service, warms it with a
few queries that are not in the set (as the first keystrokes of a session would), then times
every query once, in order, so typed prefixes follow each other as they would in the window. No
query is timed after itself, so its own result cannot be cached; concepts it shares with earlier
queries may be, as in a session. Every timed run is a sample.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.fts5 import Fts5Library
from benchmarks.queries import KINDS, BenchQuery
from benchmarks.stats import summary
from kb_app.search.service import SearchQuery, SearchService
from kb_app.store.content import ContentReader

WARM_UP = ("welzijn", "gemeente", "b", "bi", "bib", "vrijwilligerswerk", "begeleiding")


def _time_queries(
    run: Callable[[BenchQuery], object],
    queries: Sequence[BenchQuery],
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    for text in WARM_UP:
        run(BenchQuery("warm-up", text, prefix_last=len(text) < 4))
    samples: dict[str, list[float]] = {}
    for query in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        run(query)
        samples.setdefault(query.kind, []).append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.setdefault(query.kind, []).append((time.process_time() - start_cpu) * 1000)
    return samples


def _merge(into: dict[str, list[float]], more: dict[str, list[float]]) -> None:
    for kind, values in more.items():
        into.setdefault(kind, []).extend(values)


def _table(samples: dict[str, list[float]]) -> dict[str, dict]:
    kinds = {kind: summary(samples[kind]) for kind in KINDS if kind in samples}
    kinds["overall"] = summary([s for values in samples.values() for s in values])
    return kinds


def bench_library(
    library: Path, queries: Sequence[BenchQuery], repeats: int, reference: bool = False
) -> dict:
    """Latency per kind for Wat Werkt and FTS5 on one built library folder."""
    totals: dict[str, int] = {}
    ours_samples, ours_cpu = _bench_service(library, queries, repeats, True, totals)
    opened = ours_samples.pop("_open")
    extra = {}
    if reference:
        ref_samples, ref_cpu = _bench_service(library, queries, 1, False, {})
        ref_samples.pop("_open")
        extra = {"whoosh": _table(ref_samples), "whoosh_cpu": _table(ref_cpu)}
    docs = ContentReader(library / "content.sqlite")
    try:
        docs_count = docs.count()
    finally:
        docs.close()
    start = time.perf_counter()
    reference_fts = Fts5Library(library / "content.sqlite")
    fts_built = time.perf_counter() - start
    fts_samples: dict[str, list[float]] = {}
    fts_cpu: dict[str, list[float]] = {}
    try:
        for _ in range(repeats):
            _merge(fts_samples, _time_queries(reference_fts.search, queries, fts_cpu))
    finally:
        reference_fts.close()
    ours_table, fts_table = _table(ours_samples), _table(fts_samples)
    ours_cpu_table, fts_cpu_table = _table(ours_cpu), _table(fts_cpu)
    ratios = {
        kind: {
            p: round(ours_table[kind][p] / max(fts_table[kind][p], 1e-3), 1) for p in ("p50", "p95")
        }
        for kind in ours_table
    }
    cpu_ratios = {
        kind: {
            p: round(ours_cpu_table[kind][p] / max(fts_cpu_table[kind][p], 1e-3), 1)
            for p in ("p50", "p95")
        }
        for kind in ours_cpu_table
    }
    return {
        "docs": docs_count,
        "queries": len(queries),
        "repeats": repeats,
        "open_ms": round(min(opened) * 1000, 1),
        "fts5_index_ms": round(fts_built * 1000, 1),
        "zero_hit_queries": sum(
            1 for key, total in totals.items() if total == 0 and not key.startswith("warm")
        ),
        "watwerkt": ours_table,
        "fts5": fts_table,
        "ratio": ratios,
        "watwerkt_cpu": ours_cpu_table,
        "fts5_cpu": fts_cpu_table,
        "ratio_cpu": cpu_ratios,
        **extra,
    }


def _bench_service(
    library: Path, queries: Sequence[BenchQuery], repeats: int, fast: bool, totals: dict[str, int]
) -> tuple[dict[str, list[float]], dict]:
    """Samples (wall, CPU) of the window's full path; the wall samples carry ``_open``."""
    ours_samples: dict[str, list[float]] = {}
    ours_cpu: dict[str, list[float]] = {}
    opened = []
    for _ in range(repeats):
        start = time.perf_counter()
        reader = ContentReader(library / "content.sqlite")
        service = SearchService(library / "index", reader, fast=fast)
        opened.append(time.perf_counter() - start)

        def ours(query: BenchQuery, service: SearchService = service) -> object:
            result = service.search(
                SearchQuery(
                    text=query.text,
                    prefix_last=query.prefix_last,
                    filters=query.filters,
                    limit=20,
                    snippets=True,
                )
            )
            totals[query.text + repr(sorted(query.filters.items()))] = result.total
            return result

        try:
            _merge(ours_samples, _time_queries(ours, queries, ours_cpu))
        finally:
            service.close()
            reader.close()
    ours_samples["_open"] = opened
    return ours_samples, ours_cpu
