"""The snippet table: every document's text analysed once at build time, stored beside the index.

A snippet needs the analysis of the document's text (``snippets.analyse``: its distinct words,
their stems and the sentences each word is in). Made at query time that was most of a keystroke
at 1,000 interventions: about a third of a millisecond per newly shown document, and more for a
word seen for the first time (the Snowball stemmer). The build analyses each text once and stores
the result here, so a snippet only decompresses one row and looks up which words match.

``snippets.sqlite`` sits in the index folder: it is built, swapped into place and checksummed
with the index, and it is a search-layer artefact like the index. One row per index document
(``rowid`` is Whoosh's document number) holds the document's id, the text's length and CRC-32
(a row is only used for the very text it was made from) and the analysis, zlib-compressed: the
sorted words, their stems, the sentence starts (text, NUL-separated) and then each word's
sentence bits as fixed-width little-endian integers.

Reading never fails a search: a library built before this table (no file), a table of another
version or analysis, a damaged file or row gives ``None`` and the caller analyses the text as
before. The meta row ``probe`` holds the encoded analysis of a fixed text; if today's ``analyse``
gives another, the table was made by a different analysis and is not used at all.
"""

from __future__ import annotations

import sqlite3
import sys
import zlib
from array import array
from collections.abc import Iterable
from pathlib import Path

from kb_app.search.snippets import Analysed, analyse

FILE_NAME = "snippets.sqlite"
VERSION = "1"  # bump when the row layout changes
# Exercises what analysis can differ in: sentence ends (. ! ? and line breaks), case, accents,
# stop words, stems, a compound, digits and a non-Latin script.
PROBE = (
    "Jongeren en hun Ouders! Financiën: de schuldhulpverlening.\n\n"
    "Hebben   scholen İstanbul-café ΟΔΟΣ? 12 maatjes; taalles... Arbeidsmarktdiscriminatie"
)
_LEVEL = 1  # zlib: the rows compress to ~40 %; level 6 saves 5 % more at twice the build time
_WIDE = 8  # bytes per word's sentence bits when the text has at most 64 sentences (most do)
_MAX_GROWTH = 128  # an analysis row unpacks to at most this many bytes per character of text


def encode(analysed: Analysed) -> tuple[int, bytes]:
    """(bytes per mask, compressed row) for one analysis."""
    masks = analysed.masks
    width = max(_WIDE, (len(analysed.sentence_starts) + 1 + 7) // 8)
    if width == _WIDE:
        packed = array("Q", masks)
        if sys.byteorder == "big":
            packed.byteswap()
        mask_bytes = packed.tobytes()
    else:
        mask_bytes = b"".join(m.to_bytes(width, "little") for m in masks)
    text = "\x00".join(
        (
            analysed.joined,
            "\n".join(analysed.word_stems),
            " ".join(map(str, analysed.sentence_starts)),
        )
    )
    return width, zlib.compress(_utf8(text) + b"\x00" + mask_bytes, _LEVEL)


def _utf8(text: str) -> bytes:
    """UTF-8, letting a lone surrogate through: a text is only ever compared with itself."""
    return text.encode("utf-8", "surrogatepass")


def decode(width: int, data: bytes, text_length: int) -> Analysed | None:
    """The analysis a row holds, or None when the row does not hold a consistent one."""
    try:
        # Bounded: an analysis is a few times its text (folding can lengthen a word), never
        # more, so a damaged row cannot unpack into memory without end.
        unpack = zlib.decompressobj()
        payload = unpack.decompress(data, _MAX_GROWTH * text_length + 4096)
        if unpack.unconsumed_tail or not unpack.eof:
            return None
        words, stems, starts, mask_bytes = payload.split(b"\x00", 3)
        joined = words.decode("utf-8", "surrogatepass")
        ordered = joined.split("\n") if joined else []
        word_stems = stems.decode("utf-8", "surrogatepass").split("\n") if ordered else []
        sentence_starts = list(map(int, starts.split()))
        masks = _masks(width, mask_bytes)
    except (zlib.error, ValueError, OverflowError):  # UnicodeDecodeError is a ValueError
        return None
    if not (len(word_stems) == len(ordered) == len(masks)) or not _fits(
        masks, sentence_starts, text_length
    ):
        return None
    return Analysed(ordered, word_stems, masks, sentence_starts, joined)


def _masks(width: int, data: bytes) -> list[int]:
    if width == _WIDE:
        packed = array("Q", data)  # raises ValueError unless a whole number of masks
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tolist()
    if width < _WIDE or len(data) % width:
        raise ValueError("mask width")
    return [int.from_bytes(data[at : at + width], "little") for at in range(0, len(data), width)]


def _fits(masks: list[int], starts: list[int], text_length: int) -> bool:
    """Every sentence bit names a sentence of the text, and every start lies inside it."""
    if masks and max(masks).bit_length() > len(starts) + 1:
        return False
    return not starts or (min(starts) >= 0 and max(starts) <= text_length)


def write_table(path: Path, documents: Iterable[tuple[str, str]]) -> None:
    """Write the table for ``documents`` (id, text) in index order (the n-th is document n)."""
    conn = sqlite3.connect(path)
    try:
        # A fresh file nobody reads until it is swapped into place: no journal needed.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)")
        conn.execute(
            "CREATE TABLE analysed (docnum INTEGER PRIMARY KEY, id TEXT NOT NULL,"
            " length INTEGER NOT NULL, crc INTEGER NOT NULL, width INTEGER NOT NULL,"
            " data BLOB NOT NULL)"
        )
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("version", VERSION), ("probe", encode(analyse(PROBE))[1])],
        )
        conn.executemany(
            "INSERT INTO analysed VALUES (?, ?, ?, ?, ?, ?)",
            (
                (docnum, doc_id, len(text), zlib.crc32(_utf8(text)), *encode(analyse(text)))
                for docnum, (doc_id, text) in enumerate(documents)
            ),
        )
        conn.commit()
    finally:
        conn.close()


class SnippetTable:
    """Read-only access to one index's snippet table; ``open`` gives None when it is unusable."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn: sqlite3.Connection | None = conn

    @classmethod
    def open(cls, index_dir: Path) -> SnippetTable | None:
        path = Path(index_dir) / FILE_NAME
        if not path.is_file():
            return None  # a library built before the table: analyse at query time
        conn = None
        try:
            # Immutable: the index folder is checksummed, so no journal or lock file may appear.
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # A row is read once per shown document and then kept by the service: SQLite's own
            # page cache (2 MB by default) would only hold copies.
            conn.execute("PRAGMA cache_size = -256")
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("version") != VERSION or meta.get("probe") != encode(analyse(PROBE))[1]:
                conn.close()
                return None
        except sqlite3.Error:
            if conn is not None:
                conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def analysed(self, docnum: int, doc_id: str, text: str) -> Analysed | None:
        """The stored analysis of ``text`` (document ``docnum``), or None: analyse it instead."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT id, length, crc, width, data FROM analysed WHERE docnum = ?", (docnum,)
            ).fetchone()
        except sqlite3.Error:
            self.close()  # the file went bad under us: stop asking it, analyse from now on
            return None
        if row is None:
            return None
        stored_id, length, crc, width, data = row
        if (
            stored_id != doc_id
            or length != len(text)
            or not isinstance(data, bytes)
            or not isinstance(width, int)
            or crc != zlib.crc32(_utf8(text))
        ):
            return None
        return decode(width, data, len(text))
