"""Turn ``content/`` into a built library: content.sqlite, the search index, manifest.json and
checksums.json (see ``integrity``).

Everything is written into a scratch folder beside the target and swapped into place only when
complete, so a failed or interrupted build leaves the previous library untouched. Output is
deterministic: rows are sorted, JSON keys sorted, and the manifest's only varying field is
``built_at``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kb_app import __version__
from kb_app.core.clock import now
from kb_app.core.files import swap_folder
from kb_app.core.model import Vocabulary
from kb_app.pipeline.integrity import (  # content_hash lives there: start-up needs it, not build
    CONTENT_DB,
    INDEX_DIR,
    LIBRARY_FORMAT,
    MANIFEST,
    content_hash,
    write_checksums,
)
from kb_app.pipeline.validate import CheckedContent, Document, validate
from kb_app.search.analysis import words
from kb_app.search.index import IndexDoc, build_index
from kb_app.store.content import to_json, write_content_db

SCHEMA_VERSIONS = {"intervention": 1, "principle": 1, "plan": 1}


@dataclass(frozen=True)
class BuildReport:
    out_dir: Path
    interventions: int
    principles: int
    content_hash: str


def _labels(vocabulary: Vocabulary, section: str, ids: list[str]) -> list[str]:
    """Labels of the terms, plus synonyms where they are true synonyms (target groups, kinds);
    theme and condition synonyms are only related words and would blur the search."""
    out = []
    for term_id in ids:
        term = vocabulary.term(section, term_id)
        if term:
            out.append(term.label)
            if section in ("target_groups", "kinds"):
                out.extend(term.synonyms)
    return out


def _intervention_row(doc: Document, vocabulary: Vocabulary) -> dict:
    meta = doc.meta
    evidence = meta.get("evidence", {})
    return {
        "id": doc.id,
        "title": meta["title"],
        "summary": " ".join(meta["summary"].split()),
        "kind": meta["kind"],
        "themes": to_json(meta["themes"]),
        "conditions": to_json(meta["conditions"]),
        "basis_levels": to_json(meta["basis_levels"]),
        "target_groups": to_json(meta["target_groups"]),
        "aliases": to_json(meta.get("aliases", [])),
        "evidence_level": evidence.get("level", ""),
        "evidence_date": evidence.get("date", ""),
        "evidence_rank": vocabulary.evidence_rank(evidence.get("level", "")),
        "evidence_databank": evidence.get("databank", ""),
        "evidence_assessor": evidence.get("assessor", ""),
        "evidence_source": evidence.get("source", ""),
        "evidence_note": " ".join(str(evidence.get("note", "")).split()),
        "evidence_checked": evidence.get("checked", ""),
        "evidence_provider_claim": to_json(evidence.get("provider_claim")),
        "evidence_ratings": to_json(evidence.get("ratings", [])),
        "owner": meta.get("owner", ""),
        "format": meta.get("format", ""),
        "costs": meta.get("costs", ""),
        "website": meta.get("website", ""),
        "sources": to_json(meta.get("sources", [])),
        "last_reviewed": meta.get("last_reviewed", ""),
        "principles": to_json(meta.get("principles", [])),
        "html": doc.rendered.html,
        "text": doc.rendered.text,
        "sections": to_json(doc.rendered.sections),
        "path": doc.source.path,
    }


def _principle_row(doc: Document) -> dict:
    meta = doc.meta
    return {
        "id": doc.id,
        "title": meta["title"],
        "summary": " ".join(meta["summary"].split()),
        "themes": to_json(meta["themes"]),
        "conditions": to_json(meta.get("conditions", [])),
        "related": to_json(meta.get("related", [])),
        "sources": to_json(meta.get("sources", [])),
        "last_reviewed": meta.get("last_reviewed", ""),
        "html": doc.rendered.html,
        "text": doc.rendered.text,
        "path": doc.source.path,
    }


def _index_doc(
    doc: Document, vocabulary: Vocabulary, principle_titles: dict[str, str] | None = None
) -> IndexDoc:
    meta = doc.meta
    tag_ids: list[str] = []
    tags: list[str] = []
    sections = (
        ("themes", "themes"),
        ("conditions", "conditions"),
        ("basis_levels", "basis_levels"),
        ("target_groups", "target_groups"),
    )
    for field_name, section in sections:
        ids = meta.get(field_name, []) or []
        tag_ids.extend(ids)
        tags.extend(_labels(vocabulary, section, ids))
    if meta.get("kind"):
        tags.extend(_labels(vocabulary, "kinds", [meta["kind"]]))
    # The "wat werkt" pages an intervention relies on name its subject in the words a
    # professional searches with ("Arbeidsmarktdiscriminatie tegengaan").
    titles = principle_titles or {}
    tags.extend(titles[p] for p in meta.get("principles", []) or [] if p in titles)
    return IndexDoc(
        id=doc.id,
        doctype=doc.kind,
        title=meta["title"],
        aliases=" ".join(meta.get("aliases", []) or []),
        summary=meta["summary"],
        tags=" ".join(tags),
        tagids=" ".join(tag_ids),
        body=doc.rendered.text,
    )


def vocabulary_words(vocabulary: Vocabulary) -> list[str]:
    """Every word of every label and synonym: known words for splitting compounds."""
    found: list[str] = []
    for terms in vocabulary.sections.values():
        for term in terms:
            for text in (term.label, *term.synonyms):
                found.extend(word for word, _, _ in words(text))
    return found


def write_library(
    content: CheckedContent, out_dir: Path, digest: str, library_version: str = ""
) -> BuildReport:
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    scratch.chmod(0o755)  # mkdtemp makes it private; a shipped library must be readable by all
    try:
        vocabulary = content.vocabulary
        principle_titles = {d.id: d.meta["title"] for d in content.principles}
        write_content_db(
            scratch / CONTENT_DB,
            content.vocabulary_data,
            [_intervention_row(d, vocabulary) for d in content.interventions],
            [_principle_row(d) for d in content.principles],
        )
        build_index(
            scratch / INDEX_DIR,
            [
                _index_doc(d, vocabulary, principle_titles)
                for d in content.interventions + content.principles
            ],
            extra_words=vocabulary_words(vocabulary),
        )
        manifest = {
            "library_format": LIBRARY_FORMAT,
            "schema_versions": SCHEMA_VERSIONS,
            "counts": {
                "interventions": len(content.interventions),
                "principles": len(content.principles),
            },
            "content_hash": digest,
            "app_version": __version__,
            "built_at": now(),
        }
        if library_version:  # given to content packs, so the About dialog can name it
            manifest["library_version"] = library_version
        (scratch / MANIFEST).write_text(
            json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        write_checksums(scratch)  # last: it covers the files written above
        swap_folder(scratch, out_dir)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return BuildReport(out_dir, len(content.interventions), len(content.principles), digest)


def build(
    content_dir: Path, schema_dir: Path, out_dir: Path, library_version: str = ""
) -> BuildReport:
    """Validate everything (raising ``ContentError`` with every problem), then write."""
    content = validate(Path(content_dir), Path(schema_dir))
    return write_library(
        content, Path(out_dir), content_hash(Path(content_dir), Path(schema_dir)), library_version
    )
