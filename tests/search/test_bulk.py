"""The bulk index writer (``kb_app/search/bulk.py``) writes exactly the segment Whoosh's own
``add_document`` writes: every term, posting, weight, value, field length and stored field.

The reference here is the build as it was before the bulk writer: one ``SegmentWriter``, one
``add_document`` per document with the same field values, ``commit(optimize=True)``. Both are
built with the same segment name, so the files inside the segment must be equal byte for byte;
the reader-level comparison before that says *what* differs when they are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import whoosh.codec.base
from whoosh import index
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from kb_app.search import bulk
from kb_app.search.compounds import Decompounder
from kb_app.search.index import (
    INDEX_NAME,
    IndexDoc,
    build_index,
    build_lexicon,
    fast_kinds,
    index_fields,
    make_schema,
)
from tests.conftest import CONTENT, SCHEMA

# Odd words the fast analysis must treat exactly as Whoosh's analyzers: accents, ligatures,
# a dotted capital I, digits, stop words only, underscores, long compounds.
ODD = (
    "Financiën İstanbul ǅemal Œuvre straße café's 2026 x_y het de een "
    "arbeidsmarktdiscriminatie laaggeletterdheid ouderen oudere ouders mensen interventies"
)


def _reference(target: Path, documents: list[IndexDoc], extra: list[str]) -> None:
    """The index as Whoosh's own writer builds it (the build before ``bulk``)."""
    decompounder = Decompounder(build_lexicon(documents, extra))
    target.mkdir(parents=True)
    ix = index.create_in(str(target), make_schema(), indexname=INDEX_NAME)
    writer = ix.writer(procs=1, limitmb=128)
    for doc in sorted(documents, key=lambda d: (d.doctype, d.id)):
        writer.add_document(**index_fields(doc, decompounder))
    writer.commit(optimize=True)
    ix.close()


def _snapshot(folder: Path) -> dict:
    """Everything search reads from an index, in plain values."""
    ix = index.open_dir(str(folder), indexname=INDEX_NAME, readonly=True)
    with ix.reader() as reader:
        docs = range(reader.doc_count_all())
        out: dict = {"stored": [reader.stored_fields(d) for d in docs]}
        for name in ix.schema.names():
            out[f"length:{name}"] = (
                reader.field_length(name),
                [reader.doc_field_length(d, name) for d in docs],
            )
        for name, text in reader.all_terms():
            info = reader.term_info(name, text)
            matcher = reader.postings(name, text)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            out[f"term:{name}:{text!r}"] = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                postings,
            )
    ix.close()
    return out


def _segment_files(folder: Path) -> dict[str, bytes]:
    storage = FileStorage(str(folder))
    (name,) = [n for n in storage.list() if n.endswith(".seg")]
    compound = CompoundStorage(storage.open_file(name), use_mmap=False)
    try:
        return {n: compound.open_file(n).read() for n in compound.list()}
    finally:
        compound.close()


def _assert_same(documents: list[IndexDoc], extra: list[str], tmp_path: Path, monkeypatch):
    # The same segment name for both, so file names inside the segment match too.
    monkeypatch.setattr(whoosh.codec.base, "random_name", lambda size=28: "s" * size)
    _reference(tmp_path / "whoosh", documents, extra)
    build_index(tmp_path / "bulk", documents, extra)
    expected, actual = _snapshot(tmp_path / "whoosh"), _snapshot(tmp_path / "bulk")
    assert actual.keys() == expected.keys()
    for key in expected:
        assert actual[key] == expected[key], key
    assert _segment_files(tmp_path / "bulk") == _segment_files(tmp_path / "whoosh")


@pytest.fixture(scope="module")
def real_documents() -> list[IndexDoc]:
    from kb_app.pipeline.build import _index_doc
    from kb_app.pipeline.validate import validate

    content = validate(CONTENT, SCHEMA)
    titles = {d.id: d.meta["title"] for d in content.principles}
    documents = content.interventions + content.principles
    return [_index_doc(d, content.vocabulary, titles) for d in documents]


def test_the_real_library_indexes_as_whoosh_indexes_it(real_documents, tmp_path, monkeypatch):
    _assert_same(real_documents, ["Arbeidsmarkt", "geletterdheid"], tmp_path, monkeypatch)


def test_many_documents_odd_words_and_block_boundaries(tmp_path, monkeypatch):
    # 300 documents: common terms get more postings than one block (128) holds, and two.
    documents = [
        IndexDoc(
            id=f"doc-{n:03d}",
            doctype="intervention" if n % 7 else "principle",
            title=f"Taalcafé {n} voor ouderen" if n % 3 else "het de een",
            aliases="" if n % 4 else f"Alias {n} straße",
            summary=ODD if n % 5 == 0 else "Samen werken aan financiën en taal.",
            tags="Sociale cohesie Ouderen (65+)" + " jongeren" * (n % 4),
            tagids="sociale-cohesie ouderen-65+" if n % 2 else "",
            # Long bodies: lengths above ~100 are stored rounded, and must be rounded alike.
            body=" ".join([ODD] * (1 + n % 3) * (1 + n % 40)) + f"\n{n} café café Café",
        )
        for n in range(300)
    ]
    _assert_same(documents, ["Arbeidsmarkt", "discriminatie"], tmp_path, monkeypatch)


def test_positions_encode_as_whoosh_encodes_them():
    encode = make_schema()["body"].format.encode
    for positions in ([0], [5], [0, 1, 2], [3, 9, 400, 70_000], list(range(0, 3000, 7))):
        assert bulk.encode_positions(positions) == encode(positions)


def test_every_analysed_field_takes_the_fast_path():
    kinds = fast_kinds(make_schema())
    assert kinds == {
        "title": "dutch",
        "aliases": "dutch",
        "summary": "dutch",
        "tags": "dutch",
        "body": "dutch",
        "parts": "dutch",
        "spell": "surface",
        "titlewords": "surface",
    }
