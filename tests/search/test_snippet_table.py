"""The snippet table (``kb_app/search/snippet_table.py``) gives exactly the snippets that
analysing each text at query time gives, and a library without it, or with it damaged, still
searches with the same results.

The service made with the table is compared with one whose table is taken away (it analyses at
query time, as before the table), over every benchmark query, on the real library and on a
generated one; every stored analysis is compared with ``analyse``; Hypothesis writes odd texts
through the table and back.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import write_corpus
from benchmarks.queries import all_queries
from kb_app.pipeline.integrity import check_library
from kb_app.search import snippet_table
from kb_app.search.service import SearchQuery, SearchService
from kb_app.search.snippet_table import FILE_NAME, SnippetTable, decode, encode, write_table
from kb_app.search.snippets import analyse, make_snippet
from kb_app.store.content import ContentReader
from tests.conftest import SCHEMA


def _requests() -> list[SearchQuery]:
    requests = [
        SearchQuery(text=q.text, prefix_last=q.prefix_last, filters=q.filters, limit=20)
        for q in all_queries()
    ]
    for text in ("jongeren", "taal ouders", "discriminatie werk"):
        requests.append(SearchQuery(text=text, sort="title", limit=40, snippet_limit=40))
        requests.append(SearchQuery(text=text, offset=20, limit=20))
        requests.append(SearchQuery(text=text, doctype="principle", limit=10))
    return requests


def _without_table(index_dir: Path, reader: ContentReader, monkeypatch) -> SearchService:
    """A service that analyses every text at query time (as a library without the table)."""
    with monkeypatch.context() as patch:
        patch.setattr(SnippetTable, "open", classmethod(lambda cls, folder: None))
        return SearchService(index_dir, reader)


def _assert_same_results(library: Path, monkeypatch, min_snippets: int) -> None:
    reader = ContentReader(library / "content.sqlite")
    table_service = SearchService(library / "index", reader)
    plain_service = _without_table(library / "index", reader, monkeypatch)
    try:
        assert table_service._snippet_table is not None
        assert plain_service._snippet_table is None
        shown = 0
        for request in _requests():
            with_table, plain = table_service.search(request), plain_service.search(request)
            assert with_table == plain, request.text
            shown += sum(1 for hit in with_table.hits if hit.snippet)
        assert shown >= min_snippets
        # Every text the table served is the analysis ``analyse`` makes of it.
        assert len(table_service._text_cache) > 50
        for text, analysed in table_service._text_cache.values():
            assert analysed == analyse(text)
    finally:
        table_service.close()
        plain_service.close()
        reader.close()


def test_the_real_library_shows_the_snippets_analysed_at_query_time(built_library, monkeypatch):
    _assert_same_results(built_library, monkeypatch, min_snippets=2000)


@pytest.fixture(scope="module")
def generated_library(tmp_path_factory) -> Path:
    """120 generated interventions (the benchmark's generator) and the real principles."""
    from kb_app.pipeline.build import build

    root = tmp_path_factory.mktemp("generated")
    content = write_corpus(root / "content", 120)
    build(content, SCHEMA, root / "library")
    return root / "library"


def test_a_generated_library_shows_the_snippets_analysed_at_query_time(
    generated_library, monkeypatch
):
    _assert_same_results(generated_library, monkeypatch, min_snippets=1000)


def test_every_stored_analysis_is_what_analyse_makes(built_library, reader):
    table = SnippetTable.open(built_library / "index")
    assert table is not None
    service = SearchService(built_library / "index", reader)
    try:
        for docnum, doc in service._docs.items():
            text = reader.text(doc.id)
            assert table.analysed(docnum, doc.id, text) == analyse(text), doc.id
        assert len(service._docs) > 100
    finally:
        service.close()
        table.close()


# -- odd texts, through the table and back ---------------------------------------------------

WORDS = st.sampled_from(
    [
        "jongeren",
        "Arbeidsmarktdiscriminatie",
        "discriminatie",
        "financiën",
        "FINANCIEN",
        "café",
        "İstanbul",
        "ΟΔΟΣ",
        "straße",
        "de",
        "het",
        "scholen",
        "12",
        "x",
        "a_b",
        "taal" * 40,  # a very long word
        "vrijwilligers\u0301",
    ]
)
SEPARATORS = st.sampled_from([" ", ". ", "! ", "?\n", "\n\n", "\t", "\x00", "\x1f", "… ", ", "])
ODD = st.text(
    st.characters(codec=None, categories=("L", "M", "N", "P", "Z", "C", "S")), max_size=300
)


@st.composite
def texts(draw) -> str:
    pieces = draw(st.lists(st.tuples(WORDS, SEPARATORS), max_size=90))
    return draw(ODD) + "".join(w + s for w, s in pieces) + draw(ODD)


@settings(max_examples=300, deadline=None)
@given(text=texts())
def test_any_text_comes_back_from_a_row_as_analyse_made_it(text):
    width, data = encode(analyse(text))
    assert decode(width, data, len(text)) == analyse(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents=st.lists(texts(), min_size=1, max_size=6),
    stems=st.lists(st.sampled_from(["jonger", "discriminatie", "financien", "taal", "x"])),
    prefixes=st.lists(st.sampled_from(["jo", "fin", "caf", "ta"]), max_size=2),
)
def test_a_written_table_gives_the_snippets_of_analysing_at_query_time(documents, stems, prefixes):
    with tempfile.TemporaryDirectory() as folder:
        write_table(Path(folder) / FILE_NAME, ((f"doc-{n}", t) for n, t in enumerate(documents)))
        table = SnippetTable.open(Path(folder))
        assert table is not None
        try:
            for docnum, text in enumerate(documents):
                stored = table.analysed(docnum, f"doc-{docnum}", text)
                assert stored == analyse(text)
                assert make_snippet(text, stems, prefixes, analysed=stored) == make_snippet(
                    text, stems, prefixes
                )
                # Another text or another document is never served this row.
                assert table.analysed(docnum, f"doc-{docnum}", text + "x") is None
                assert table.analysed(docnum, "elders", text) is None
        finally:
            table.close()


def test_a_text_of_many_sentences_keeps_every_sentence():
    text = " ".join(f"Zin {n} over taal." for n in range(300)) + " Jongeren en taal."
    width, data = encode(analyse(text))
    assert width > 8
    assert decode(width, data, len(text)) == analyse(text)


# -- older, damaged and foreign tables ---------------------------------------------------------


@pytest.fixture
def library_copy(built_library, tmp_path) -> Path:
    target = tmp_path / "library"
    shutil.copytree(built_library, target)
    return target


def _reference_results(built_library: Path) -> list:
    reader = ContentReader(built_library / "content.sqlite")
    service = SearchService(built_library / "index", reader)
    try:
        return [service.search(r) for r in _requests()[::7]]
    finally:
        service.close()
        reader.close()


def _results(library: Path) -> tuple[list, SnippetTable | None]:
    reader = ContentReader(library / "content.sqlite")
    service = SearchService(library / "index", reader)
    try:
        return [service.search(r) for r in _requests()[::7]], service._snippet_table
    finally:
        service.close()
        reader.close()


def _rewrite(library: Path, statement: str, *args: object) -> None:
    conn = sqlite3.connect(library / "index" / FILE_NAME)
    with conn:
        conn.execute(statement, args)
    conn.close()


def test_a_library_built_before_the_table_searches_as_before(built_library, library_copy):
    (library_copy / "index" / FILE_NAME).unlink()
    results, table = _results(library_copy)
    assert table is None
    assert results == _reference_results(built_library)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"dit is geen database" * 100),
        lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
        lambda path: path.write_bytes(b""),
        lambda path: path.unlink() or path.mkdir(),
    ],
    ids=["garbage", "truncated", "empty", "folder"],
)
def test_a_damaged_table_file_falls_back_to_analysing(built_library, library_copy, damage):
    damage(library_copy / "index" / FILE_NAME)
    results, _ = _results(library_copy)
    assert results == _reference_results(built_library)
    # At start-up the checksums already call the library damaged: the app rebuilds it.
    check = check_library(library_copy)
    assert not check.ok and FILE_NAME in check.problem


@pytest.mark.parametrize(
    ("statement", "args"),
    [
        ("UPDATE analysed SET data = ?", (b"geen zlib",)),
        ("UPDATE analysed SET data = ?", (zlib.compress(b"a\x00b\x00c\x00d"),)),
        ("UPDATE analysed SET data = ?", (zlib.compress(b"a\nb\x00a\x00\x00" + bytes(16)),)),
        ("UPDATE analysed SET data = ?", ("tekst in plaats van bytes",)),
        ("UPDATE analysed SET width = ?", (3,)),
        ("UPDATE analysed SET width = ?", ("acht",)),
        ("UPDATE analysed SET crc = crc + ?", (1,)),
        ("UPDATE analysed SET id = id || ?", ("-ander",)),
        ("UPDATE analysed SET length = length + ?", (1,)),
        ("UPDATE analysed SET docnum = docnum + ?", (100_000,)),
        ("DROP TABLE analysed", ()),
        ("UPDATE meta SET value = ? WHERE key = 'version'", ("0",)),
        ("UPDATE meta SET value = ? WHERE key = 'probe'", (b"een andere analyse",)),
        ("DELETE FROM meta WHERE key = ?", ("probe",)),
    ],
)
def test_a_row_that_does_not_fit_its_text_is_not_used(built_library, library_copy, statement, args):
    _rewrite(library_copy, statement, *args)
    results, _ = _results(library_copy)
    assert results == _reference_results(built_library)


def test_a_sentence_bit_beyond_the_text_is_not_used(built_library, library_copy):
    conn = sqlite3.connect(library_copy / "index" / FILE_NAME)
    docnum, length, data = conn.execute(
        "SELECT docnum, length, data FROM analysed WHERE length > 500 LIMIT 1"
    ).fetchone()
    words, stems, starts, masks = zlib.decompress(data).split(b"\x00", 3)
    damaged = [
        zlib.compress(b"\x00".join([words, stems, starts, b"\xff" * len(masks)])),
        zlib.compress(b"\x00".join([words, stems, f"{length + 5}".encode(), masks])),
        zlib.compress(b"\x00".join([words, stems, b"-1 " + starts, masks])),
    ]
    conn.close()
    for data in damaged:
        assert decode(8, data, length) is None
    # A row that would unpack to far more than any analysis of its text is not unpacked.
    assert decode(8, zlib.compress(bytes(200 * length + 8192)), length) is None
    _rewrite(library_copy, "UPDATE analysed SET data = ? WHERE docnum = ?", damaged[0], docnum)
    results, _ = _results(library_copy)
    assert results == _reference_results(built_library)


def test_the_table_is_opened_read_only_and_leaves_no_files(built_library, library_copy):
    before = sorted(p.name for p in (library_copy / "index").iterdir())
    _results(library_copy)
    assert sorted(p.name for p in (library_copy / "index").iterdir()) == before
    assert check_library(library_copy).ok


def test_the_probe_notices_another_analysis(monkeypatch, tmp_path):
    write_table(tmp_path / FILE_NAME, [("a", "Jongeren en taal.")])
    assert SnippetTable.open(tmp_path) is not None
    # A later version whose analysis differs (here: no sentence ends) must not use old rows.
    real = snippet_table.analyse
    monkeypatch.setattr(snippet_table, "analyse", lambda text: real(text.replace(".", ",")))
    assert SnippetTable.open(tmp_path) is None
