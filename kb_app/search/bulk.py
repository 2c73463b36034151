"""Write the search index's one segment in bulk: what Whoosh's ``add_document`` writes, faster.

Whoosh's own writer sends every token through a chain of generators, every posting through an
external sort (a size estimate per posting, runs written with marshal, merged with heapq) and
then asks the per-document field length back, posting by posting. At 10,000 interventions that
took minutes. Here each distinct word is analysed once (a dict from the word as written to its
index term), postings are collected per term in document order (documents are added in order,
so they come out sorted without a sort), and each term's postings are cut into blocks of the
codec's size and handed to Whoosh's own block writer. The result is the same segment: the same
terms, postings, weights, field lengths and stored fields. ``tests/search/test_bulk.py``
compares it with Whoosh's own writer, term by term and posting by posting.

The writer reaches into ``SegmentWriter`` and ``W3PostingsWriter`` (Whoosh 2.7.5, pinned in
``pyproject.toml``); that test is what notices when a new Whoosh changes them.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pickle import dumps  # what whoosh.compat.dumps is on Python 3
from typing import Any

from whoosh.fields import TEXT
from whoosh.formats import Existence, Frequency, Positions
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte

from kb_app.search.analysis import STOP_WORDS, WORD_RE, fold, stem

_findall = WORD_RE.findall
DUTCH, SURFACE = "dutch", "surface"  # the analyzers of ``index`` this module reproduces


def _dutch_term(word: str) -> str | None:
    """The index term of one word as written (None for a stop word): ``DutchFilter``'s rule."""
    folded = fold(word)
    return None if folded in STOP_WORDS else stem(folded)


class _Memo(dict):
    """Word as written -> index term (None: dropped), computed once per distinct word."""

    def __init__(self, convert: Callable[[str], str | None]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, word: str) -> str | None:
        term = self[word] = self.convert(word)
        return term


class _Postings:
    """One field's postings: per term, document numbers and frequencies in compact arrays, and
    for positions the encoded values. A frequency value is the frequency itself, so it is
    encoded only when written."""

    __slots__ = ("keep_values", "terms")

    def __init__(self, keep_values: bool) -> None:
        # term -> (docnums, frequencies, encoded values when kept)
        self.terms: dict[str, tuple[array, array, list[bytes]]] = {}
        self.keep_values = keep_values

    def add_document(self, docnum: int, items: Iterable[tuple[str, int, bytes]]) -> int:
        """Add one document's (term, frequency, value) triples; returns the summed frequency."""
        terms, get, keep, length = self.terms, self.terms.get, self.keep_values, 0
        for term, freq, value in items:
            entry = get(term)
            if entry is None:
                entry = terms[term] = (array("I"), array("I"), [])
            entry[0].append(docnum)
            entry[1].append(freq)
            if keep:
                entry[2].append(value)
            length += freq
        return length


class BulkSegment:
    """Add documents to a fresh ``SegmentWriter`` and write their postings in one go.

    Fields analysed by ``index.dutch_analyzer`` or ``index.surface_analyzer`` (named in
    ``kinds``) take the fast path; every other field (ids, keywords) goes through Whoosh's own
    ``field.index``, which is cheap for a few tokens.
    """

    def __init__(self, writer: Any, kinds: dict[str, str]) -> None:
        self.writer = writer
        self.schema = writer.schema
        self.kinds = kinds
        self.memos = {DUTCH: _Memo(_dutch_term), SURFACE: _Memo(fold)}
        self.postings: dict[str, _Postings] = {}
        # field -> quantised length per document number, as the codec reads it back
        self.lengths: dict[str, array] = {}
        for name in self.schema.names():
            field = self.schema[name]
            if field.column_type or field.vector or field.separate_spelling():
                raise ValueError(f"veld {name}: kolommen en vectoren schrijft bulk niet")
            if type(field.format) not in (Existence, Frequency, Positions):
                raise ValueError(f"veld {name}: onbekend postingformaat")
            if name in kinds and not isinstance(field, TEXT):
                raise ValueError(f"veld {name}: alleen tekstvelden gaan via de snelle analyse")
            self.postings[name] = _Postings(type(field.format) is Positions)
            self.lengths[name] = array("I")

    def add_document(self, **fields: str) -> None:
        """Like ``SegmentWriter.add_document`` for text values without boosts."""
        writer, perdoc = self.writer, self.writer.perdocwriter
        docnum = writer.docnum
        perdoc.start_doc(docnum)
        for name in sorted(fields):  # Whoosh adds fields in name order too
            value = fields[name]
            field = self.schema[name]
            length = self._index(name, field, value, docnum) if field.indexed else 0
            perdoc.add_field(name, field, value if field.stored else None, length)
        perdoc.finish_doc()
        writer.docnum += 1
        writer._added = True

    def _index(self, name: str, field: Any, value: str, docnum: int) -> int:
        kind = self.kinds.get(name)
        items: Iterable[tuple[str, int, bytes]]
        if kind is None:
            items = _whoosh_items(name, field, value)
        elif type(field.format) is Positions:
            found = _positions(self.memos[kind], value)
            items = ((term, len(p), encode_positions(p)) for term, p in found.items())
        else:
            items = ((t, f, b"") for t, f in _frequencies(self.memos[kind], value).items())
        length = self.postings[name].add_document(docnum, items)
        if not field.scorable:
            return 0
        lengths = self.lengths[name]
        lengths.extend(bytes(docnum + 1 - len(lengths)))  # zeros up to and including docnum
        lengths[docnum] = byte_to_length(length_to_byte(length)) if length else 0
        return length

    def write_postings(self) -> None:
        """Hand every field's postings to the segment's field writer, in Whoosh's order
        (field name, then term bytes, then document number)."""
        fieldwriter = self.writer.fieldwriter
        for name in sorted(self.schema.names()):
            table = self.postings[name]
            if not table.terms:
                continue
            field = self.schema[name]
            fieldwriter.start_field(name, field)
            lengths = self.lengths[name]
            lengths.extend(bytes(self.writer.docnum - len(lengths)))  # one per document
            blocks = _Blocks(fieldwriter._postwriter, field, lengths)
            for term in sorted(table.terms):  # str order is UTF-8 byte order
                fieldwriter.start_term(term.encode("utf-8"))
                blocks.fill(table.terms[term])
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        self.postings.clear()


def _whoosh_items(name: str, field: Any, value: str) -> Iterator[tuple[str, int, bytes]]:
    for tbytes, freq, weight, vbytes in field.index(value):
        if weight != freq * field.format.field_boost:
            raise ValueError(f"veld {name}: gewicht zonder frequentie")
        yield tbytes.decode("utf-8"), freq, vbytes


def _positions(memo: _Memo, text: str) -> dict[str, list[int]]:
    """Term -> positions, counting every word (stop words too) as RegexTokenizer does."""
    found: dict[str, list[int]] = {}
    for position, word in enumerate(_findall(text)):
        term = memo[word]
        if term is not None:
            positions = found.get(term)
            if positions is None:
                found[term] = [position]
            else:
                positions.append(position)
    return found


_ONE = pack_uint(1)


def encode_positions(positions: list[int]) -> bytes:
    """``Positions.encode``: the count, then the gaps between positions, pickled (protocol 2).
    Most words occur once in a field, so that case skips the gaps."""
    if len(positions) == 1:
        return _ONE + dumps(positions, 2)
    gaps = [b - a for a, b in zip([0, *positions], positions, strict=False)]
    return pack_uint(len(positions)) + dumps(gaps, 2)


def _frequencies(memo: _Memo, text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word, count in Counter(_findall(text)).items():
        term = memo[word]
        if term is not None:
            counts[term] = counts.get(term, 0) + count
    return counts


class _Blocks:
    """Buffers of ``W3PostingsWriter`` filled a block at a time, as ``add_posting`` would fill
    them posting by posting: full blocks are written here, the last by ``finish_term``."""

    def __init__(self, postwriter: Any, field: Any, lengths: array) -> None:
        self.postwriter = postwriter
        self.boost = field.format.field_boost
        self.kind = type(field.format)
        self.lengths = lengths

    def fill(self, entry: tuple[array, array, list[bytes]]) -> None:
        docnums, freqs, values = entry
        writer, limit, length = self.postwriter, self.postwriter._blocklimit, self.lengths
        for start in range(0, len(docnums), limit):
            if start:
                writer._write_block()
            stop = start + limit
            writer._ids = ids = docnums[start:stop]
            weights = [freq * self.boost for freq in freqs[start:stop]]
            writer._weights = array("f", weights)
            writer._maxweight = max(0, *weights)
            if self.kind is Positions:
                writer._values = values[start:stop]
            elif self.kind is Frequency:  # fixed size: the block stores the values end to end
                writer._values = [b"".join(map(pack_uint, freqs[start:stop]))]
            else:
                writer._values = []  # no value: the posting's presence is all it says
            known = [n for n in map(length.__getitem__, ids) if n]
            writer._minlength = min(known) if known else None
            writer._maxlength = max(known) if known else 0
