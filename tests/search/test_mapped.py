"""The index is read from its memory map in place (``kb_app/search/mapped.py``): the same bytes
as Whoosh's own ``BufferFile`` gives, without copying the whole segment into memory."""

from __future__ import annotations

import mmap
import pickle
import struct

import whoosh.filedb.compound
from whoosh.filedb.structfile import BufferFile

from kb_app.search import mapped
from kb_app.search.index import open_index

DATA = struct.pack("!qi", 12, 7) + pickle.dumps({"a": [1, 2, 3]}, 2) + b"rest\nof\nthe file"


def _operations(file: BufferFile) -> list:
    out = [file.read_long(), file.read_int(), file.read_pickle(), file.tell()]
    out += [file.read(4), file.get(0, 8), file.get_int(8)]
    file.seek(3)
    out += [file.read(5), file.tell()]
    file.seek(0, 2)
    out += [file.tell(), file.read(10)]
    file.seek(len(DATA) - 8)
    out += [file.read()]
    return out


def test_a_mapped_file_reads_as_whoosh_reads_it():
    view = memoryview(bytearray(DATA))
    assert _operations(mapped.MappedBufferFile(view)) == _operations(BufferFile(view))


def test_opening_the_index_reads_the_segment_in_place(built_library):
    ix = open_index(built_library / "index")
    try:
        assert whoosh.filedb.compound.BufferFile is mapped.MappedBufferFile
        with ix.searcher() as searcher:
            assert searcher.doc_count() > 100
            postings = searcher.reader()._terms._postfile  # the segment's biggest file
            assert isinstance(postings, mapped.MappedBufferFile)
            assert isinstance(postings._buf.obj, mmap.mmap)  # a view of the map, not a copy
    finally:
        ix.close()
