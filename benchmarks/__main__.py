"""``python -m benchmarks``: measure search, start-up, build, export and memory; print a table
and write ``benchmarks/results/latest.json``.

Corpora: the real library and synthetic libraries of 1,000 and 10,000 interventions (see
``corpus.py``), built with the real pipeline. Built synthetic libraries are kept in
``benchmarks/results/cache`` under a key of everything that shapes them (generator, pipeline,
search and store code, content, schema), so a re-run skips the slow 10k build; the build times
reported are always fresh builds. ``--quick`` runs a tiny corpus and a few queries (the smoke
test); ``--only build,memory`` runs only those parts. Builds report wall-clock and CPU time
(this process and its worker processes, ``os.times``): on a shared machine only the CPU time
says what the build costs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpus, memory, report, startup
from benchmarks.export_bench import bench_export
from benchmarks.quality import bench_quality
from benchmarks.queries import all_queries, quick_queries
from benchmarks.search_bench import bench_library
from benchmarks.stats import load, machine, median

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PARTS = ("search", "quality", "startup", "build", "memory", "export")
SIZES = {"1k": 1000, "10k": 10000}
COPIES = {"copies-1k": 1000, "copies-10k": 10000}  # the real content again under new ids
QUICK_SIZE = 30
# Search modules that only read an index (never shape what is built): changing them must not
# force a rebuild of the cached 10k libraries. ``snippets.py`` is not one of them: its
# ``analyse`` fills the snippet table at build time.
RUNTIME_ONLY = {
    "service.py",
    "explain.py",
    "understand.py",
    "spelling.py",
    "related.py",
    "fastpath.py",
    "termlookup.py",
    "query.py",
}


def _cache_key(count: int) -> str:
    digest = hashlib.sha256(f"{count}:{corpus.SEED}".encode())
    code = [
        path
        for package in ("core", "pipeline", "search", "store")
        for path in sorted((corpus.ROOT / "kb_app" / package).glob("*.py"))
        if not (package == "search" and path.name in RUNTIME_ONLY)
    ]
    roots = [
        HERE / "corpus.py",
        *code,
        *sorted(corpus.CONTENT.rglob("*")),
        *sorted(corpus.SCHEMA.glob("*")),
    ]
    for path in roots:
        if path.is_file():
            digest.update(path.as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def timed_build(content_dir: Path, out_dir: Path) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one build. CPU time is what the build costs, counting the
    worker processes that read and render a large library (``pipeline/workers.py``); on a shared
    machine the wall clock also counts the time spent waiting for a core."""
    from kb_app.pipeline.build import build

    start, cpu = time.perf_counter(), _cpu()
    build(content_dir, corpus.SCHEMA, out_dir)
    return time.perf_counter() - start, _cpu() - cpu


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    used = os.times()
    return used.user + used.system + used.children_user + used.children_system


class Corpora:
    """Built libraries by name, made on first use (synthetic ones cached across runs)."""

    def __init__(self, cache: Path, scratch: Path) -> None:
        self.cache, self.scratch = cache, scratch
        self.built: dict[str, dict] = {}  # name -> build timing, when built in this run
        self._stats: corpus.Statistics | None = None

    def synthetic(self, name: str, count: int, fresh: bool = False) -> Path:
        copies = name.startswith("copies")
        target = self.cache / f"{name}-{_cache_key(count)}"
        if (target / "manifest.json").is_file() and not fresh:
            return target
        start = time.perf_counter()
        if copies:
            content = corpus.write_copies(self.scratch / f"content-{name}", count)
        else:
            self._stats = self._stats or corpus.learn()
            content = corpus.write_corpus(
                self.scratch / f"content-{name}", count, stats=self._stats
            )
        generated = time.perf_counter() - start
        seconds, cpu = timed_build(content, self.scratch / f"library-{name}")
        self.built[name] = {
            "docs": count,
            "median_s": round(seconds, 2),
            "runs_s": [round(seconds, 2)],
            "cpu_s": round(cpu, 2),
            "generate_s": round(generated, 2),
            "load": load(),
        }
        shutil.rmtree(content, ignore_errors=True)
        for stale in self.cache.glob(f"{name}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.cache.mkdir(parents=True, exist_ok=True)
        shutil.move(str(self.scratch / f"library-{name}"), target)
        return target

    def real(self) -> Path:
        target = self.scratch / "library-real"
        if not (target / "manifest.json").is_file():
            timed_build(corpus.CONTENT, target)
        return target


def bench_build(corpora: Corpora, quick: bool, names: tuple[str, ...]) -> dict:
    # The first build is kept as the real library the other parts use.
    runs = [
        timed_build(
            corpus.CONTENT, corpora.scratch / ("library-real" if n == 0 else f"build-real-{n}")
        )
        for n in range(1 if quick else 3)
    ]
    out = {
        "real": {
            "docs": len(list((corpus.CONTENT / "interventions").glob("*.md"))),
            "median_s": round(median([wall for wall, _ in runs]), 2),
            "runs_s": [round(wall, 2) for wall, _ in runs],
            "cpu_s": round(median([cpu for _, cpu in runs]), 2),
        }
    }
    sizes = {"tiny": QUICK_SIZE} if quick else {"1k": SIZES["1k"]}
    if not quick:  # issue 18: building 10,000 interventions, both kinds, from scratch
        sizes.update({name: n for name, n in {**SIZES, **COPIES}.items() if name in names})
    for name, count in sizes.items():
        print(f"build {name} ...", file=sys.stderr, flush=True)
        corpora.synthetic(name, count, fresh=True)
        out[name] = corpora.built[name]
    return out


def run(
    parts: tuple[str, ...],
    quick: bool,
    out: Path,
    names: tuple[str, ...] = ("real", "1k", "10k", "copies-10k"),
    reference: bool = False,
) -> dict:
    results: dict = {
        "machine": machine(),
        "quick": quick,
        "load_before": load(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as scratch:
        corpora = Corpora(out.parent / "cache", Path(scratch))
        if "build" in parts:
            print("build ...", file=sys.stderr, flush=True)
            results["build"] = bench_build(corpora, quick, names)
        if "search" in parts:
            queries = quick_queries() if quick else all_queries()
            libraries = (
                {"tiny": lambda: corpora.synthetic("tiny", QUICK_SIZE)}
                if quick
                else {
                    "real": corpora.real,
                    "1k": lambda: corpora.synthetic("1k", SIZES["1k"]),
                    "10k": lambda: corpora.synthetic("10k", SIZES["10k"]),
                    **{
                        name: (lambda name=name, n=n: corpora.synthetic(name, n))
                        for name, n in COPIES.items()
                    },
                }
            )
            results["search"] = {}
            for name, make in libraries.items():
                if not quick and name not in names:
                    continue
                print(f"search {name} ...", file=sys.stderr, flush=True)
                repeats = 1 if quick or name.endswith("10k") else 3
                results["search"][name] = bench_library(make(), queries, repeats, reference)
                results["search"][name]["load"] = load()
        if "quality" in parts:
            print("quality ...", file=sys.stderr, flush=True)
            results["quality"] = bench_quality(
                corpora.synthetic("tiny", QUICK_SIZE) if quick else corpora.real()
            )
        if "startup" in parts:
            print("start-up ...", file=sys.stderr, flush=True)
            results["startup"] = startup.bench_startup(1 if quick else 12)
            name, count = ("tiny", QUICK_SIZE) if quick else ("1k", SIZES["1k"])
            results["memory"] = startup.bench_memory(corpora.synthetic(name, count))
        if "memory" in parts:
            print("memory ...", file=sys.stderr, flush=True)
            name, count = ("tiny", QUICK_SIZE) if quick else ("10k", SIZES["10k"])
            results["memory_session"] = memory.bench_session_memory(
                corpora.synthetic(name, count), name, 10 if quick else memory.SESSION_QUERIES
            )
        if "export" in parts:
            results["export"] = bench_export(corpora.real(), runs=1 if quick else 3)
        results["corpora_built"] = corpora.built  # synthetic builds this run (not cached)
    results["load_after"] = load()
    results["elapsed_s"] = round(time.perf_counter() - started, 1)
    results["budgets"] = report.budgets(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return results


def _parts(text: str) -> tuple[str, ...]:
    parts = tuple(part for part in text.split(",") if part)
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(f"kies uit {', '.join(PARTS)}: niet {unknown or text!r}")
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="tiny corpus, few queries")
    parser.add_argument(
        "--only",
        type=_parts,
        help=f"run these parts only, comma-separated ({', '.join(PARTS)})",
    )
    parser.add_argument(
        "--corpora",
        default="real,1k,10k,copies-10k",
        help="search corpora, comma-separated (default: real,1k,10k,copies-10k;"
        " copies-1k also exists)",
    )
    parser.add_argument(
        "--reference",
        action="store_true",
        help="also time Whoosh's own search path (the fast path's 'before')",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS / "latest.json",
        help="where to write the JSON (default: benchmarks/results/latest.json)",
    )
    args = parser.parse_args(argv)
    corpora = tuple(name for name in args.corpora.split(",") if name)
    results = run(args.only or PARTS, args.quick, args.out, corpora, args.reference)
    print(report.table(results))
    print(f"\n{results['elapsed_s']} s; written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
