"""Read and check the whole content folder, collecting every problem before failing.

Checks: YAML and UTF-8, the JSON Schemas in ``schema/``, vocabulary terms, duplicate ids, required
sections, links between documents, raw HTML and unsafe links, and that every stated evidence level
names its source. Each problem carries the file and line an editor should open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from kb_app.core.errors import ContentError, Problem
from kb_app.core.model import Vocabulary
from kb_app.pipeline.evidence_rules import evidence_problems
from kb_app.pipeline.frontmatter import SourceFile, read_source
from kb_app.pipeline.render import Rendered, heading_lines, raw_html_lines, render

REQUIRED_SECTIONS = (
    "Doel", "Doelgroep", "Aanpak", "Werkzame elementen", "Randvoorwaarden en kosten",
    "Onderbouwing en onderzoek", "Eigenaar en contact",
)
# front-matter field -> vocabulary section whose ids it may hold
TERM_FIELDS = {
    "themes": "themes", "conditions": "conditions", "basis_levels": "basis_levels",
    "target_groups": "target_groups", "kind": "kinds",
}


@dataclass
class Document:
    kind: str  # "intervention" or "principle"
    source: SourceFile
    meta: dict[str, Any]
    rendered: Rendered

    @property
    def id(self) -> str:
        return str(self.meta["id"])


@dataclass
class CheckedContent:
    vocabulary_data: dict[str, Any]
    vocabulary: Vocabulary
    interventions: list[Document] = field(default_factory=list)
    principles: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_schema(schema_dir: Path, name: str) -> jsonschema.Draft202012Validator:
    with open(schema_dir / name, encoding="utf-8") as handle:
        return jsonschema.Draft202012Validator(json.load(handle))


def _display(path: Path, content_dir: Path) -> str:
    return f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"


def _read_vocabulary(content_dir: Path, problems: list[Problem]) -> dict[str, Any]:
    path = content_dir / "vocabularies.yaml"
    shown = _display(path, content_dir)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(Problem(shown, 0, "Bestand ontbreekt."))
        return {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        problems.append(Problem(shown, mark.line + 1 if mark else 0, f"Ongeldige YAML: {error}"))
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(shown, 1, "De woordenlijst moet uit secties met termen bestaan."))
        return {}
    for section in ("themes", "conditions", "basis_levels", "evidence_levels", "kinds",
                    "target_groups"):
        items = data.get(section)
        if not isinstance(items, list) or not items:
            problems.append(Problem(shown, 0, f"Sectie '{section}' ontbreekt of is leeg."))
            continue
        seen: set[str] = set()
        for item in items:
            if not isinstance(item, dict) or "id" not in item or "label" not in item:
                problems.append(Problem(shown, 0, f"Term in '{section}' zonder id of label."))
            elif item["id"] in seen:
                problems.append(Problem(shown, 0, f"Term '{item['id']}' staat dubbel in "
                                                  f"'{section}'."))
            else:
                seen.add(item["id"])
    return data


def _schema_problems(doc: SourceFile, validator: jsonschema.Draft202012Validator) -> list[Problem]:
    found = []
    for error in validator.iter_errors(doc.meta):
        keys = list(error.absolute_path)
        field_name = ".".join(str(k) for k in keys) or "front matter"
        value = error.instance if isinstance(error.instance, str) else None
        line = doc.line_of(*keys, value=value) if keys else 2
        found.append(Problem(doc.path, line, f"{field_name}: {error.message}"))
    return found


def _term_problems(doc: SourceFile, vocabulary: Vocabulary) -> list[Problem]:
    found = []
    meta = doc.meta or {}
    for field_name, section in TERM_FIELDS.items():
        values = meta.get(field_name)
        values = [values] if isinstance(values, str) else values or []
        allowed = vocabulary.ids(section)
        for value in values:
            if isinstance(value, str) and value not in allowed:
                found.append(Problem(doc.path, doc.line_of(field_name, value=value),
                                     f"{field_name}: onbekende term '{value}'. Kies uit "
                                     f"vocabularies.yaml ({section}) of voeg hem daar toe."))
    evidence = meta.get("evidence")
    if isinstance(evidence, dict):
        level = evidence.get("level")
        if isinstance(level, str) and level not in vocabulary.ids("evidence_levels"):
            found.append(Problem(doc.path, doc.line_of("evidence", "level"),
                                 f"evidence.level: onbekend bewijsniveau '{level}'."))
        else:
            found.extend(evidence_problems(doc, evidence))
    return found


def _body_problems(doc: Document, required: tuple[str, ...]) -> list[Problem]:
    found = []
    src = doc.source
    headings = heading_lines(src.body)
    for section in required:
        if section not in headings:
            found.append(Problem(src.path, src.body_line, f"Sectie '## {section}' ontbreekt."))
        elif section not in doc.rendered.sections or not doc.rendered.sections[section].strip():
            found.append(Problem(src.path, src.body_line + headings[section] - 1,
                                 f"Sectie '## {section}' is leeg."))
    for line in raw_html_lines(src.body):
        found.append(Problem(src.path, src.body_line + line - 1,
                             "HTML in de tekst is niet toegestaan; gebruik Markdown."))
    for href in doc.rendered.bad_links:
        found.append(Problem(src.path, _body_line(src, href),
                             f"Link '{href}' is niet toegestaan: gebruik https://, mailto:, "
                             "principe:ID of interventie:ID."))
    if doc.rendered.images:
        found.append(Problem(src.path, src.body_line, "Afbeeldingen worden niet ondersteund "
                                                      "(de app haalt niets van internet)."))
    return found


def _body_line(src: SourceFile, needle: str) -> int:
    for number, line in enumerate(src.body.split("\n")):
        if needle and needle in line:
            return src.body_line + number
    return src.body_line


def _read_documents(folder: Path, kind: str, content_dir: Path, validator, vocabulary: Vocabulary,
                    problems: list[Problem]) -> list[Document]:
    documents = []
    if not folder.is_dir():
        problems.append(Problem(_display(folder, content_dir), 0, "Map ontbreekt."))
        return documents
    for path in sorted(folder.glob("*.md")):
        shown = _display(path, content_dir)
        source = read_source(shown, path.read_bytes(), problems)
        if source.meta is None:
            continue
        file_problems = _schema_problems(source, validator) + _term_problems(source, vocabulary)
        problems.extend(file_problems)
        if not isinstance(source.meta.get("id"), str):
            continue
        document = Document(kind, source, source.meta, render(source.body))
        required = REQUIRED_SECTIONS if kind == "intervention" else ()
        problems.extend(_body_problems(document, required))
        documents.append(document)
    return documents


def _cross_problems(content: CheckedContent) -> list[Problem]:
    """Duplicate ids and links between documents, which need the whole library to check."""
    found = []
    known = {"intervention": {}, "principle": {}}
    for document in content.interventions + content.principles:
        other = known[document.kind].get(document.id)
        if other is not None:
            found.append(Problem(document.source.path, document.source.line_of("id"),
                                 f"id '{document.id}' wordt ook gebruikt in {other.source.path}."))
        else:
            known[document.kind][document.id] = document
    for document in content.interventions + content.principles:
        for kind, target in document.rendered.links:
            if target not in known[kind]:
                found.append(Problem(document.source.path, _body_line(document.source, target),
                                     f"Link naar onbekende {_dutch(kind)} '{target}'."))
        for field_name, kind in (("principles", "principle"), ("related", "principle")):
            for target in document.meta.get(field_name) or []:
                if isinstance(target, str) and target not in known[kind]:
                    found.append(Problem(document.source.path,
                                         document.source.line_of(field_name, value=target),
                                         f"{field_name}: onbekend principe '{target}'."))
    return found


def _dutch(kind: str) -> str:
    return "interventie" if kind == "intervention" else "principe"


def check_content(content_dir: Path, schema_dir: Path) -> CheckedContent:
    """Read everything and collect every problem; never raises for bad content."""
    problems: list[Problem] = []
    data = _read_vocabulary(content_dir, problems)
    vocabulary = Vocabulary.from_dict(data)
    content = CheckedContent(vocabulary_data=data, vocabulary=vocabulary, problems=problems)
    content.interventions = _read_documents(
        content_dir / "interventions", "intervention", content_dir,
        load_schema(schema_dir, "intervention.schema.json"), vocabulary, problems)
    content.principles = _read_documents(
        content_dir / "principles", "principle", content_dir,
        load_schema(schema_dir, "principle.schema.json"), vocabulary, problems)
    problems.extend(_cross_problems(content))
    content.problems = sorted(set(problems))
    return content


def validate(content_dir: Path, schema_dir: Path) -> CheckedContent:
    """Like ``check_content`` but raises ``ContentError`` listing every problem."""
    content = check_content(content_dir, schema_dir)
    if content.problems:
        raise ContentError(content.problems)
    return content
