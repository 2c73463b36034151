"""Check and render content files in worker processes when the library is large.

Reading a file (YAML, JSON Schema, vocabulary terms, Markdown) needs nothing from the other
files, so a large library is read in chunks by one process per core. The result is the same as
reading in this process, in the same order: ``Executor.map`` returns the chunks in the order they
were given, each file's problems travel with it, and ``check_content`` sorts all problems at the
end anyway. Small libraries (the real one has about 150 files) are read here: starting the
processes costs more than it saves. So does a frozen bundle, which has no content folder to
rebuild from and would have to re-launch itself for each process.

Workers are forked where that is safe (POSIX, no other Python thread, Qt not loaded): they start
at once with everything imported, and a script without a ``__main__`` guard still works. In the
window (Qt runs threads of its own, unseen by ``threading``) forking could deadlock, so there
they are spawned.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kb_app.core.errors import Problem
from kb_app.core.model import Vocabulary
from kb_app.pipeline.render import Renderer
from kb_app.pipeline.validate import Document, load_schema, read_one

MIN_PARALLEL = 400  # files: below this one process is quicker (measured, see the README)
CHUNK = 100  # files per task: large enough to hide the hand-over, small enough to balance
SCHEMAS = {"intervention": "intervention.schema.json", "principle": "principle.schema.json"}

Result = tuple[Document | None, list[Problem]]


class FileReader:
    """Everything reading one file needs, made once per process."""

    def __init__(self, content_dir: Path, schema_dir: Path, vocabulary: Vocabulary) -> None:
        self.content_dir = content_dir
        self.vocabulary = vocabulary
        self.validators = {kind: load_schema(schema_dir, name) for kind, name in SCHEMAS.items()}
        self.renderer = Renderer()

    def read(self, path: Path, kind: str) -> Result:
        problems: list[Problem] = []
        document = read_one(
            path,
            kind,
            self.content_dir,
            self.validators[kind],
            self.vocabulary,
            problems,
            self.renderer,
        )
        return document, problems


_reader: FileReader | None = None  # one per worker process


def _start(content_dir: Path, schema_dir: Path, vocabulary: Vocabulary) -> None:
    global _reader
    _reader = FileReader(content_dir, schema_dir, vocabulary)


def _read_chunk(chunk: list[tuple[Path, str]]) -> list[Result]:
    assert _reader is not None, "the pool's initializer makes the reader"
    return [_reader.read(path, kind) for path, kind in chunk]


def worker_count(files: int) -> int:
    """How many processes to read ``files`` files with; 0 means read them here."""
    cores = os.cpu_count() or 1
    if files < MIN_PARALLEL or cores < 2 or getattr(sys, "frozen", False):
        return 0
    return min(cores, -(-files // CHUNK))


def _context() -> multiprocessing.context.BaseContext:
    forkable = (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules
    )
    return multiprocessing.get_context("fork" if forkable else "spawn")


def read_files(
    jobs: list[tuple[Path, str]], content_dir: Path, schema_dir: Path, vocabulary: Vocabulary
) -> list[Result]:
    """(document or None, problems) for each (path, kind), in the order given."""
    workers = worker_count(len(jobs))
    if workers:
        chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
        try:
            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=_context(),
                initializer=_start,
                initargs=(content_dir, schema_dir, vocabulary),
            ) as pool:
                return [result for done in pool.map(_read_chunk, chunks) for result in done]
        except (OSError, BrokenProcessPool):
            pass  # no processes here (a sandbox, a lost worker): read the files in this process
    reader = FileReader(content_dir, schema_dir, vocabulary)
    return [reader.read(path, kind) for path, kind in jobs]
