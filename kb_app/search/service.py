"""``SearchService``: one call from typed text and filters to ranked hits, facet counts, snippets
and a spelling suggestion.

Design choices that keep a keystroke inside one frame (see the benchmark): the searcher is opened
once and reused; the query tree is evaluated by ``fastpath.Postings`` (Whoosh's postings and
BM25F scores per term, cached, combined with dict and set operations instead of Whoosh's Python
matcher tree; ``fast=False`` keeps Whoosh's own path as the reference the tests compare with);
facet counts and filters use per-term document masks (``fastpath.Masks``) instead of Whoosh's
``groupedby`` (which rescans every document); only the shown page is sorted in full; snippets
are made only for the returned page, from texts analysed at build time (``snippet_table``; a
library without that table analyses each shown text once); fuzzy matching runs only when a
query finds nothing, against an in-memory bigram index of the words; a one- or two-letter word
being typed is matched against title words only.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.scoring import BM25F

from kb_app.core.model import FACETS, Vocabulary
from kb_app.search.analysis import STOP_WORDS, WORD_RE, fold
from kb_app.search.explain import Explanation, explain, matched_fields
from kb_app.search.fastpath import Masks, Postings, top
from kb_app.search.index import open_index
from kb_app.search.query import MAX_QUERY_CHARS, Concept, ParsedQuery, SynonymTable, parse
from kb_app.search.snippet_table import SnippetTable
from kb_app.search.snippets import Analysed, analyse, make_snippet
from kb_app.search.spelling import KnownWords, SpellIndex, distance
from kb_app.search.understand import Understanding
from kb_app.store.content import ContentReader

SORTS = ("relevance", "evidence", "title")
STEM_FIELDS = ("title", "aliases", "summary", "tags", "body", "parts")
PHRASE_FIELDS = ("title", "aliases", "summary", "tags", "body")
SHORT_PREFIX = 3  # shorter typed prefixes only match title words (cheap, few terms)
FEW = 3  # fewer complete matches than this: also show documents that miss one word
MAX_RELAXED_CONCEPTS = 5  # beyond this, "all but one" would mean too many clauses
MAX_LIMIT = 1000
TEXT_CACHE = 400  # analysed texts for snippets (~25 KB each with the text, ~10 MB as 256 were)
COUNT_FIELDS = ("title", "aliases", "summary", "body")  # where a stem counts as "in the library"
MAX_CORRECTED = 3  # distinct unknown words corrected per query: bounds the fallback's work
MAX_CORRECTABLE = 24  # longer words are not corrected (nobody mistypes them into a match)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: Mapping[str, frozenset[str]] = field(default_factory=dict)
    min_evidence: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    prefix_last: bool = False  # search-as-you-type: the last word may be unfinished
    snippets: bool = True
    snippet_limit: int = 20  # only the first hits get a snippet: the rows a user sees first
    doctype: str = "intervention"
    correct: bool = True  # False: search exactly what was typed ("zoek toch naar ...")


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    summary: str
    score: float
    kind: str
    evidence_level: str
    evidence_date: str
    themes: tuple[str, ...]
    conditions: tuple[str, ...]
    basis_levels: tuple[str, ...]
    target_groups: tuple[str, ...]
    snippet: str = ""  # HTML: escaped text with <mark> around matched words


@dataclass(frozen=True)
class SearchResult:
    query: SearchQuery
    hits: tuple[Hit, ...]
    total: int
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None  # "bedoelde u ...?"
    corrected: bool = False  # the hits are for the suggestion, not for what was typed
    partial: bool = False  # some hits (listed after the complete ones) miss a word
    explanation: Explanation | None = None  # "waarom dit resultaat?"


@dataclass(frozen=True)
class _Doc:
    id: str
    doctype: str
    title: str
    sort_title: str
    summary: str
    kind: str
    evidence_level: str
    evidence_date: str
    evidence_rank: int
    values: dict[str, tuple[str, ...]]
    pairs: tuple[tuple[str, str], ...] = ()  # (facet, term) for every tag: one-pass counting


class SearchService:
    """Searches one built library. Thread-safe: one search runs at a time."""

    def __init__(self, index_dir: Path, reader: ContentReader, fast: bool = True) -> None:
        """``fast=False`` keeps Whoosh's own scoring and Python facet counts: the reference
        the tests hold the fast path (``fastpath.py``) to."""
        self._reader = reader
        self._vocabulary: Vocabulary = reader.vocabulary()
        self._index = open_index(Path(index_dir))
        self._searcher = self._index.searcher(weighting=BM25F())
        data = reader.vocabulary_data()
        self._synonyms = SynonymTable.from_vocabulary(
            self._vocabulary, [t for t in data.get("search_terms") or () if isinstance(t, dict)]
        )
        # Question words ("hoe", "welke") are dropped like generic words when others remain.
        self._generic = self._vocabulary.generic_words | frozenset(
            str(w) for w in data.get("question_words") or ()
        )
        reader_ix = self._searcher.reader()
        self._understanding = Understanding(
            self._stem_count, lambda w: reader_ix.doc_frequency("titlewords", w) > 0
        )
        self._known_words = KnownWords()
        self._corrections: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._docs = self._load_docs()
        self._ranks = {t.id: t.rank for t in self._vocabulary.terms("evidence_levels")}
        self._postings = Postings(self._searcher) if fast else None
        self._masks = (
            Masks(self._searcher.doc_count_all(), self._docs, tuple(FACETS), self._ranks.values())
            if fast
            else None
        )
        self._valid = {
            doctype: {n for n, d in self._docs.items() if d.doctype == doctype}
            for doctype in {d.doctype for d in self._docs.values()}
        }
        self._others: dict[str, set[int]] = {}  # per doctype: every other document number
        self._spell_index: SpellIndex | None = None
        # The analysed text of documents whose snippets were shown (bounded; the index and the
        # texts never change while the service is open).
        self._text_cache: OrderedDict[str, tuple[str, Analysed]] = OrderedDict()
        # The analyses made at build time; None for a library built without them (then
        # ``analyse`` makes them here, as before).
        self._snippet_table = SnippetTable.open(Path(index_dir))

    def close(self) -> None:
        if self._snippet_table is not None:
            self._snippet_table.close()
        self._searcher.close()
        self._index.close()

    @property
    def vocabulary(self) -> Vocabulary:
        return self._vocabulary

    def _load_docs(self) -> dict[int, _Doc]:
        rows = {row["id"]: row for row in self._reader.listing()}
        docs: dict[int, _Doc] = {}
        for docnum, stored in self._searcher.reader().iter_docs():
            row = rows.get(stored["id"])
            if stored["doctype"] == "intervention" and row is None:
                continue  # index and database disagree: never show a hit we cannot open
            row = row or {
                "title": stored["id"],
                "summary": "",
                "kind": "",
                "evidence_level": "",
                "evidence_date": "",
                "evidence_rank": 0,
            }
            values = {
                name: tuple(row.get(name) or ())
                for name in ("themes", "conditions", "basis_levels", "target_groups")
            }
            values["evidence"] = (row["evidence_level"],) if row["evidence_level"] else ()
            values["kind"] = (row["kind"],) if row["kind"] else ()
            docs[docnum] = _Doc(
                id=stored["id"],
                doctype=stored["doctype"],
                title=row["title"],
                sort_title=fold(row["title"]),
                summary=row["summary"],
                kind=row["kind"],
                evidence_level=row["evidence_level"],
                evidence_date=row["evidence_date"] or "",
                evidence_rank=int(row["evidence_rank"] or 0),
                values=values,
                pairs=tuple((name, v) for name in FACETS for v in values[name]),
            )
        return docs

    # -- the one public operation -------------------------------------------------------------

    def search(self, request: SearchQuery) -> SearchResult:
        request = _sanitised(request)
        with self._lock:
            return self._search_locked(request, self._parse(request.text, request.prefix_last))

    def _parse(self, text: str, prefix_last: bool = False) -> ParsedQuery:
        parsed = parse(text, self._synonyms, self._generic, prefix_last=prefix_last)
        # A word typed twice asks nothing more: searching it once bounds the work.
        unique = list({(c.surface, c.phrase, c.prefix): c for c in parsed.concepts}.values())
        return replace(parsed, concepts=tuple(self._understanding.refine(unique)))

    def _stem_count(self, stem: str) -> int:
        reader = self._searcher.reader()
        return max(reader.doc_frequency(name, stem) for name in COUNT_FIELDS)

    def _search_locked(self, request: SearchQuery, parsed: ParsedQuery) -> SearchResult:
        suggestion, corrected, typed = None, False, parsed
        scored = self._run(parsed.concepts, request, require_all=True)
        fixed = (
            self._corrected(request.text, parsed, found=bool(scored))
            if parsed.concepts and request.correct
            else None
        )
        changes: dict[str, str] = {}
        if fixed is not None and not scored:
            # Nothing found: show the correction's results ("Resultaten voor X").
            fixed_scored = self._run(fixed[0].concepts, request, require_all=True)
            if fixed_scored:
                parsed, suggestion, changes = fixed
                corrected, scored = True, fixed_scored
        elif fixed is not None:
            suggestion = fixed[1]  # found something: only offer "Bedoelde u X?"
        complete = set(scored)
        if len(parsed.concepts) > 1 and len(scored) < FEW:
            relaxed = self._run(parsed.concepts, request, require_all=False)
            scored = {**relaxed, **scored}
        hits, total, facets = self._filter_and_count(scored, request, complete)
        page = hits[request.offset : request.offset + request.limit]
        marks = _marks(parsed) if request.snippets and parsed.concepts else None
        return SearchResult(
            query=request,
            total=total,
            facets=facets,
            suggestion=suggestion,
            corrected=corrected,
            partial=len(scored) > len(complete),
            explanation=explain(
                typed, parsed if corrected else None, self._dropped(typed), changes
            ),
            hits=tuple(
                self._hit(docnum, score, marks if n < request.snippet_limit else None)
                for n, (docnum, score) in enumerate(page)
            ),
        )

    @staticmethod
    def _dropped(parsed: ParsedQuery) -> tuple[str, ...]:
        return parsed.dropped

    def explain_json(self, result: SearchResult) -> dict:
        """The explanation as JSON data: every word, and per hit the fields each word matched."""
        data = result.explanation.to_dict() if result.explanation else {"words": []}
        data["hits"] = {hit.id: self.why(result, hit.id) for hit in result.hits}
        return data

    def why(self, result: SearchResult, doc_id: str) -> dict[str, list[str]]:
        """For one hit of ``result``: typed word -> the fields of that document it matched."""
        docnum = next((n for n, d in self._docs.items() if d.id == doc_id), None)
        if docnum is None or result.explanation is None:
            return {}
        with self._lock:
            return matched_fields(self._searcher.reader(), docnum, result.explanation.concepts)

    # -- matching ------------------------------------------------------------------------------

    def _run(
        self, concepts: Iterable[Concept], request: SearchQuery, require_all: bool
    ) -> dict[int, float]:
        """docnum -> score for every document of the requested type that matches."""
        concepts = list(concepts)
        if not concepts:
            return {n: 0.0 for n, d in self._docs.items() if d.doctype == request.doctype}
        clauses = [self._concept_query(c) for c in concepts]
        if require_all:
            whole = wq.And(clauses)
        elif 2 < len(clauses) <= MAX_RELAXED_CONCEPTS:  # every word but one
            whole = _Or([wq.And(clauses[:i] + clauses[i + 1 :]) for i in range(len(clauses))])
        else:
            whole = _Or(clauses)
        if self._postings is not None:
            return self._fast_run(whole, request)
        results = self._searcher.search(whole, limit=None)
        return {
            docnum: score
            for score, docnum in results.top_n
            if docnum in self._docs and self._docs[docnum].doctype == request.doctype
        }

    def _fast_run(self, whole: wq.Query, request: SearchQuery) -> dict[int, float]:
        assert self._postings is not None  # the fast path exists only with its postings
        scored = self._postings.evaluate(whole)  # a new dict
        valid = self._valid.get(request.doctype, set())
        others = self._others.get(request.doctype)
        if others is None:
            others = self._others[request.doctype] = set(range(self._postings.size)) - valid
        if len(others) < len(valid):  # drop the few others (C-level set intersection)
            for docnum in scored.keys() & others:
                del scored[docnum]
        else:
            scored = {d: s for d, s in scored.items() if d in valid}
        if request.sort == "evidence":
            # Whoosh's order (best first, then by document number): the evidence sort keeps
            # it among equals. The other sorts order every document fully.
            scored = dict(sorted(scored.items(), key=lambda item: (-item[1], item[0])))
        return scored

    def _concept_query(self, concept: Concept) -> wq.Query:
        options: list[wq.Query] = []
        if concept.prefix and len(concept.surface[0]) < SHORT_PREFIX:
            return wq.Prefix("titlewords", concept.surface[0])
        options.extend(
            _stems_query(concept.stems, STEM_FIELDS if not concept.phrase else PHRASE_FIELDS)
        )
        if concept.prefix:
            options.append(wq.Prefix("spell", concept.surface[0]))
            options.append(wq.Prefix("titlewords", concept.surface[0]))
        for term_id in sorted(concept.tag_ids):
            options.append(wq.Term("tagids", term_id))
        for alternative in concept.alternatives:
            # A name typed apart ("voorlees express") is the name itself: full weight.
            fields = PHRASE_FIELDS if concept.joined else ("summary", "body", "title")
            options.extend(_stems_query(alternative, fields, boost=1.0 if concept.joined else 0.5))
        for variant in concept.variants:  # vereenzaamd -> eenzaam: nearly the word itself
            options.extend(_stems_query((variant,), STEM_FIELDS, boost=0.8))
        if concept.parts:  # a compound's parts, all of them, weigh less than the whole word
            options.append(
                wq.And(
                    [_Or(_stems_query((part,), STEM_FIELDS)) for part in concept.parts], boost=0.5
                )
            )
        return _Or(options)

    def _corrected(
        self, text: str, parsed: ParsedQuery, found: bool
    ) -> tuple[ParsedQuery, str, dict[str, str]] | None:
        """The query with unknown words replaced by the closest library word, if any: the
        parsed query, the corrected text (the typed text with only those words replaced) and
        which correction replaced which typed word.

        A word is left alone when the library has it, when search understood it otherwise
        (vocabulary, English, other forms, compound parts, a joined name), or when it is a real
        Dutch or English word the library simply lacks (``burn-out``, ``debt``). At most
        ``MAX_CORRECTED`` distinct words are looked up, each once per service (cached). When
        the query ``found`` something, a word still being typed is never corrected.
        """
        if len(self._corrections) > 10_000:
            self._corrections.clear()
        changes: dict[str, str] = {}  # typed word -> correction
        looked_up = 0
        for concept in parsed.concepts:
            # A word that splits into two library words is a compound the library writes
            # apart (schuldenproblematiek), not a typo: a typo rarely splits so cleanly.
            if (
                concept.tag_ids
                or concept.variants
                or concept.joined
                or concept.parts
                or concept.english
                or concept.phrase
                or (found and concept.prefix)
            ):
                continue
            for word in concept.surface:
                if word in changes or not self._correctable(word):
                    continue
                if word not in self._corrections:
                    if looked_up >= MAX_CORRECTED:
                        continue
                    looked_up += 1
                    self._corrections[word] = self._closest(word)
                corrected = self._corrections[word]
                if corrected is not None:
                    changes[word] = corrected
        if not changes:
            return None
        fixed = WORD_RE.sub(lambda m: changes.get(fold(m.group()), m.group()), text)
        return self._parse(fixed), fixed.strip(), {v: k for k, v in changes.items()}

    def _correctable(self, word: str) -> bool:
        return (
            4 <= len(word) <= MAX_CORRECTABLE
            and not word.isdigit()
            and not self._searcher.reader().doc_frequency("spell", word)
            and word not in self._known_words
        )

    def _spelling(self) -> SpellIndex:
        """The surface words, indexed for approximate lookup; made on the first misspelling."""
        if self._spell_index is None:
            self._spell_index = SpellIndex(
                _text(term) for term in self._searcher.reader().lexicon("spell")
            )
        return self._spell_index

    def _closest(self, word: str) -> str | None:
        """The closest, most frequent indexed word within one or two edits."""
        reader = self._searcher.reader()
        maxdist = 1 if len(word) < 7 else 2
        candidates = [
            c for c in self._spelling().within(word, maxdist) if c != word and c not in STOP_WORDS
        ]
        if not candidates:
            return None
        return max(
            candidates, key=lambda c: (-distance(word, c), reader.doc_frequency("spell", c), c)
        )

    # -- filters, facets, paging ---------------------------------------------------------------

    def _filter_and_count(
        self, scored: dict[int, float], request: SearchQuery, complete: set[int]
    ) -> tuple[list[tuple[int, float]], int, Any]:
        active = {
            name: set(terms) for name, terms in request.filters.items() if name in FACETS and terms
        }
        min_rank = self._ranks.get(request.min_evidence) if request.min_evidence else None
        if self._masks is not None:
            return self._fast_filter_and_count(scored, request, active, min_rank, complete)
        facets: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        if not active and min_rank is None:  # the common case, counted in one C-level pass
            counts = Counter(chain.from_iterable(self._docs[n].pairs for n in scored))
            for (name, value), count in counts.items():
                facets[name][value] = count
            everything = list(scored.items())
            everything.sort(key=self._sort_key(request.sort, complete))
            return everything, len(everything), facets
        kept: list[tuple[int, float]] = []
        for docnum, score in scored.items():
            doc = self._docs[docnum]
            failed = [
                name for name, wanted in active.items() if not wanted.intersection(doc.values[name])
            ]
            if min_rank is not None and doc.evidence_rank < min_rank and "evidence" not in failed:
                failed.append("evidence")
            if len(failed) > 1:
                continue
            # Disjunctive counts: a facet's counts ignore its own selection, so every term
            # shows how many results choosing it (too) would give.
            for name in failed or FACETS:
                for value in doc.values[name]:
                    facets[name][value] = facets[name].get(value, 0) + 1
            if not failed:
                kept.append((docnum, score))
        kept.sort(key=self._sort_key(request.sort, complete))
        return kept, len(kept), facets

    def _fast_filter_and_count(
        self,
        scored: dict[int, float],
        request: SearchQuery,
        active: dict[str, set[str]],
        min_rank: int | None,
        complete: set[int],
    ) -> tuple[list[tuple[int, float]], int, Any]:
        """As ``_filter_and_count``, with facet masks; the hits list holds only the sorted
        first ``offset + limit`` (all the caller pages), the total counts all."""
        masks = self._masks
        assert masks is not None  # the fast path is only taken when the masks were built
        matched = masks.of(scored)
        kept, facets = masks.filter_and_count(matched, active, min_rank)
        if kept == matched:
            items = list(scored.items())
        else:
            member = masks.members(kept)
            items = [(d, s) for d, s in scored.items() if member[d]]
        wanted = request.offset + request.limit
        key = self._sort_key(request.sort, complete)
        if request.sort != "relevance":
            return sorted(items, key=key)[:wanted], len(items), facets
        if len(complete) >= len(scored):
            return top(items, wanted, key), len(items), facets
        # Documents with every word first, then those missing one: each tier on its own.
        first = [item for item in items if item[0] in complete]
        hits = top(first, wanted, key)
        if len(hits) < wanted:
            rest = [item for item in items if item[0] not in complete]
            hits += top(rest, wanted - len(hits), key)
        return hits, len(items), facets

    def _sort_key(
        self, sort: str, complete: set[int]
    ) -> Callable[[tuple[int, float]], tuple[Any, ...]]:
        """Documents with every word come before those missing one, whatever the order."""
        docs = self._docs
        tier = (lambda n: 0) if len(complete) == len(docs) else (lambda n: n not in complete)
        if sort == "title":
            return lambda item: (tier(item[0]), docs[item[0]].sort_title, docs[item[0]].id)
        if sort == "evidence":
            return lambda item: (
                tier(item[0]),
                -docs[item[0]].evidence_rank,
                -item[1],
                docs[item[0]].sort_title,
            )
        return lambda item: (
            tier(item[0]),
            -round(item[1], 6),
            docs[item[0]].sort_title,
            docs[item[0]].id,
        )

    def _analysed_text(self, docnum: int, doc_id: str) -> tuple[str, Analysed]:
        cached = self._text_cache.get(doc_id)
        if cached is None:
            text = self._reader.text(doc_id)
            table = self._snippet_table
            analysed = table.analysed(docnum, doc_id, text) if table is not None else None
            if analysed is None:
                analysed = analyse(text)
            cached = self._text_cache[doc_id] = (text, analysed)
            if len(self._text_cache) > TEXT_CACHE:
                self._text_cache.popitem(last=False)
        else:
            self._text_cache.move_to_end(doc_id)
        return cached

    def _hit(
        self, docnum: int, score: float, marks: tuple[frozenset[str], list[str]] | None
    ) -> Hit:
        """One hit; with a snippet when ``marks`` (the query's stems and prefixes) is given."""
        doc = self._docs[docnum]
        snippet = ""
        if marks is not None:
            text, analysed = self._analysed_text(docnum, doc.id)
            snippet = make_snippet(text, marks[0], marks[1], analysed=analysed)
        return Hit(
            id=doc.id,
            title=doc.title,
            summary=doc.summary,
            score=round(score, 4),
            kind=doc.kind,
            evidence_level=doc.evidence_level,
            evidence_date=doc.evidence_date,
            themes=doc.values["themes"],
            conditions=doc.values["conditions"],
            basis_levels=doc.values["basis_levels"],
            target_groups=doc.values["target_groups"],
            snippet=snippet,
        )


class _Or(wq.Or):
    """An Or that sizes whoosh's preloaded score array to the library.

    For small indexes whoosh preloads every Or's matches into an array of 2,048 scores that it
    fills in a Python loop, for each Or of the query; a query with many synonyms has dozens of
    Ors, and that filling was most of its time. Larger indexes keep whoosh's own choice.
    """

    def _matcher(self, subs: Any, searcher: Any, context: Any) -> Any:
        count = searcher.doc_count_all()
        if (
            count > 2048
            or (context is not None and context.needs_current)
            or len(subs) == 2
            or self.scale
        ):
            return super()._matcher(subs, searcher, context)
        scored = context.weighting is not None if context is not None else True
        return matching.ArrayUnionMatcher(
            [sub.matcher(searcher, context) for sub in subs],
            count,
            boost=self.boost,
            scored=scored,
            partsize=max(count, 1),
        )


def _marks(parsed: ParsedQuery) -> tuple[frozenset[str], list[str]]:
    """What a snippet marks for ``parsed``: its stems and typed prefixes (once per query)."""
    stems = {s for c in parsed.concepts for s in c.stems}
    # Single-word synonyms only: the words of a label such as "Jongeren 12–18 jaar" mean
    # nothing on their own.
    stems.update(alt[0] for c in parsed.concepts for alt in c.alternatives if len(alt) == 1)
    return frozenset(stems), [c.surface[0] for c in parsed.concepts if c.prefix]


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _stems_query(stems: tuple[str, ...], fields: Iterable[str], boost: float = 1.0) -> list[Any]:
    if len(stems) == 1:
        return [wq.Term(name, stems[0], boost=boost) for name in fields]
    return [wq.Phrase(name, list(stems), boost=boost) for name in fields]


def _sanitised(request: SearchQuery) -> SearchQuery:
    """Clamp what a caller (or a fuzzer) could pass so no value can make the search fail."""
    text = request.text if isinstance(request.text, str) else ""
    text = text.replace("\x00", " ")[:MAX_QUERY_CHARS]
    filters = {
        name: frozenset(str(t) for t in terms)
        for name, terms in dict(request.filters or {}).items()
        if name in FACETS
    }
    return SearchQuery(
        text=text,
        filters=filters,
        min_evidence=request.min_evidence or None,
        sort=request.sort if request.sort in SORTS else "relevance",
        limit=max(0, min(int(request.limit), MAX_LIMIT)),
        offset=max(0, int(request.offset)),
        prefix_last=bool(request.prefix_last),
        snippets=bool(request.snippets),
        snippet_limit=max(0, min(int(request.snippet_limit), MAX_LIMIT)),
        doctype=request.doctype,
        correct=bool(request.correct),
    )
