"""Reading a large library in worker processes gives exactly what reading it here gives: the same
documents in the same order, the same problems, and the same built library, byte for byte."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from kb_app.pipeline import workers
from kb_app.pipeline.build import build
from kb_app.pipeline.validate import check_content
from tests.conftest import CONTENT, SCHEMA
from tests.pipeline.hostile import CASES


def summary(content):
    """Everything validation hands on, in order."""
    return (
        [(d.kind, d.id, d.meta, d.source, d.rendered) for d in content.interventions],
        [(d.kind, d.id, d.meta, d.source, d.rendered) for d in content.principles],
        content.problems,
    )


@pytest.fixture
def pool_used(monkeypatch):
    """Worker processes even for a small folder, in many small chunks; records each use."""
    monkeypatch.setattr(workers, "CHUNK", 7)
    used: list[int] = []
    real_map = ProcessPoolExecutor.map

    def counting_map(self, fn, *iterables, **kwargs):
        used.append(self._max_workers)
        return real_map(self, fn, *iterables, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "map", counting_map)
    return used


def both_ways(monkeypatch, read, used):
    monkeypatch.setattr(workers, "MIN_PARALLEL", 10**9)
    here = read()
    assert not used
    monkeypatch.setattr(workers, "MIN_PARALLEL", 1)
    there = read()
    assert used, "the files were not read in worker processes"
    return here, there


def test_the_real_library_is_read_in_this_process():
    files = len(list(CONTENT.glob("*/*.md")))
    assert workers.worker_count(files) == 0  # starting processes would cost more than it saves


def test_workers_read_the_real_library_as_this_process_does(monkeypatch, pool_used):
    here, there = both_ways(monkeypatch, lambda: summary(check_content(CONTENT, SCHEMA)), pool_used)
    assert there == here
    assert len(here[0]) > 100


def test_problems_are_the_same_and_in_the_same_order(
    monkeypatch, pool_used, mini_content, good_text
):
    for case in CASES[:14]:  # many broken files at once, each with its own problems
        case.make(mini_content, good_text)
    here, there = both_ways(
        monkeypatch, lambda: summary(check_content(mini_content, SCHEMA)), pool_used
    )
    assert len(here[2]) >= 10
    assert there == here


def segment_files(library):
    """The index segment's files by kind (the segment's own name is random)."""
    storage = FileStorage(str(library / "index"))
    name = next(n for n in storage.list() if n.endswith(".seg"))
    parts = CompoundStorage(storage.open_file(name), use_mmap=False)
    try:
        return {n.split(".", 1)[1]: parts.open_file(n).read() for n in sorted(parts.list())}
    finally:
        parts.close()


def test_the_built_library_is_the_same_bytes(monkeypatch, pool_used, tmp_path):
    runs = iter(("here", "there"))
    here, there = both_ways(
        monkeypatch, lambda: build(CONTENT, SCHEMA, tmp_path / next(runs)).out_dir, pool_used
    )
    for name in ("content.sqlite",):
        assert (here / name).read_bytes() == (there / name).read_bytes()
    assert segment_files(here) == segment_files(there)


def test_without_processes_the_files_are_read_here(monkeypatch):
    here = summary(check_content(CONTENT, SCHEMA))
    tried = []

    def no_processes(*args, **kwargs):
        tried.append(True)
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(workers, "MIN_PARALLEL", 1)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_processes)
    assert summary(check_content(CONTENT, SCHEMA)) == here
    assert tried


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_both_ways_of_starting_workers(method, monkeypatch, pool_used):
    """``spawn`` is what Windows, macOS and the window use; ``fork`` a script on Linux."""
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available here")
    monkeypatch.setattr(workers, "_context", lambda: multiprocessing.get_context(method))
    here, there = both_ways(monkeypatch, lambda: summary(check_content(CONTENT, SCHEMA)), pool_used)
    assert there == here
