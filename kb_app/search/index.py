"""The Whoosh schema and the index builder.

The index holds only what search needs to find and rank documents; everything shown to the user
(titles, tags, snippets' source text) comes from content.sqlite. The index is built in a temporary
folder and renamed into place, so a crash mid-build never leaves a half-written index behind.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.analysis import Filter, RegexTokenizer
from whoosh.fields import ID, KEYWORD, TEXT, Schema

from kb_app.core.files import swap_folder
from kb_app.search import mapped, snippet_table
from kb_app.search.analysis import STOP_WORDS, WORD_RE, fold, stem
from kb_app.search.bulk import DUTCH, SURFACE, BulkSegment
from kb_app.search.compounds import Decompounder

INDEX_NAME = "library"


class DutchFilter(Filter):
    """Fold, drop stop words (keeping positions for phrases) and stem."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        for token in tokens:
            word = fold(token.text)
            if word in STOP_WORDS:
                continue
            token.text = stem(word)
            yield token


class FoldFilter(Filter):
    """Fold only: the surface words spelling correction and typed prefixes are matched against."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


def fast_kinds(schema: Schema) -> dict[str, str]:
    """Fields whose analyzer ``bulk`` reproduces word by word: exactly ``dutch_analyzer`` or
    ``surface_analyzer``. Any other analyzer keeps Whoosh's own (slower) path."""
    kinds = {}
    for name in schema.names():
        items = getattr(schema[name].analyzer, "items", None) or []
        if (
            len(items) == 2
            and type(items[0]) is RegexTokenizer
            and items[0].expression == WORD_RE
            and not items[0].gaps
            and type(items[1]) in (DutchFilter, FoldFilter)
        ):
            kinds[name] = DUTCH if type(items[1]) is DutchFilter else SURFACE
    return kinds


def dutch_analyzer() -> Any:
    return RegexTokenizer(WORD_RE) | DutchFilter()


def surface_analyzer() -> Any:
    return RegexTokenizer(WORD_RE) | FoldFilter()


def make_schema() -> Schema:
    dutch = dutch_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        # "intervention" or "principle"; searches choose one.
        doctype=ID(stored=True),
        # What a user most often types is (part of) the name: weigh it highest.
        title=TEXT(analyzer=dutch, field_boost=6.0),
        aliases=TEXT(analyzer=dutch, field_boost=4.0),
        summary=TEXT(analyzer=dutch, field_boost=2.0),
        # Labels and synonyms of the document's vocabulary terms (thema, doelgroep, ...).
        tags=TEXT(analyzer=dutch, field_boost=2.0),
        # Vocabulary term ids, so a synonym in the query matches the tag itself.
        tagids=KEYWORD(lowercase=False, commas=False, scorable=True, field_boost=2.0),
        body=TEXT(analyzer=dutch),
        # Parts of compounds found in the text (arbeidsmarkt|discriminatie): weak evidence.
        parts=TEXT(analyzer=dutch, field_boost=0.6, phrase=False),
        # Unstemmed surface words: spelling suggestions and prefixes typed so far.
        spell=TEXT(analyzer=surface_analyzer(), phrase=False, field_boost=0.5),
        # Words of titles and aliases only: cheap prefix matching for 1–2 typed letters.
        titlewords=TEXT(analyzer=surface_analyzer(), phrase=False, field_boost=3.0),
    )


@dataclass(frozen=True)
class IndexDoc:
    id: str
    doctype: str
    title: str
    aliases: str
    summary: str
    tags: str
    tagids: str
    body: str


def build_lexicon(documents: Iterable[IndexDoc], extra: Iterable[str] = ()) -> set[str]:
    written: set[str] = set()
    for doc in documents:
        for text in (doc.title, doc.aliases, doc.summary, doc.tags, doc.body):
            written.update(WORD_RE.findall(text))
    # Fold each distinct word once: the library repeats its words millions of times.
    return {fold(w) for w in extra} | {fold(w) for w in written}


def compound_parts(doc: IndexDoc, decompounder: Decompounder) -> str:
    written = dict.fromkeys(  # each distinct word once, in order of first use
        chain.from_iterable(
            WORD_RE.findall(text) for text in (doc.title, doc.aliases, doc.summary, doc.body)
        )
    )
    return " ".join(dict.fromkeys(decompounder.parts_of_words(written)))


def index_fields(doc: IndexDoc, decompounder: Decompounder) -> dict[str, str]:
    """What one document puts in each field of ``make_schema``."""
    return {
        "id": doc.id,
        "doctype": doc.doctype,
        "title": doc.title,
        "aliases": doc.aliases,
        "summary": doc.summary,
        "tags": doc.tags,
        "tagids": doc.tagids,
        "body": doc.body,
        "parts": compound_parts(doc, decompounder),
        "spell": " ".join((doc.title, doc.aliases, doc.summary, doc.body)),
        "titlewords": f"{doc.title} {doc.aliases}",
    }


def build_index(target: Path, documents: list[IndexDoc], extra_words: Iterable[str] = ()) -> None:
    """Write a fresh index for ``documents`` at ``target`` (replacing what was there).

    One segment, written by ``bulk.BulkSegment``: the segment Whoosh's ``add_document`` would
    write, without its per-posting sorting pool (see ``bulk``); beside it the snippet table
    (``snippet_table``), each document's text analysed for snippets."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    decompounder = Decompounder(build_lexicon(documents, extra_words))
    scratch = Path(tempfile.mkdtemp(prefix=".index-", dir=target.parent))
    scratch.chmod(0o755)  # mkdtemp makes it private; a shipped library must be readable by all
    try:
        ix = index.create_in(str(scratch), make_schema(), indexname=INDEX_NAME)
        writer = ix.writer(procs=1)
        bulk = BulkSegment(writer, fast_kinds(ix.schema))
        ordered = sorted(documents, key=lambda d: (d.doctype, d.id))
        for doc in ordered:
            bulk.add_document(**index_fields(doc, decompounder))
        bulk.write_postings()
        writer.commit(optimize=True)  # writes the lengths and stored fields; the pool is empty
        ix.close()
        # The body is the text content.sqlite stores and snippets are cut from.
        snippet_table.write_table(
            scratch / snippet_table.FILE_NAME, ((doc.id, doc.body) for doc in ordered)
        )
        swap_folder(scratch, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def open_index(folder: Path) -> Any:
    """Open the index read-only; raises whoosh's errors when it is missing or damaged.
    The segment is read from its memory map in place, not copied (see ``mapped``)."""
    mapped.install()
    return index.open_dir(str(folder), indexname=INDEX_NAME, readonly=True)
