"""Read and check the whole content folder, collecting every problem before failing.

Checks: YAML and UTF-8, the JSON Schemas in ``schema/``, vocabulary terms, duplicate ids, required
sections, links between documents, raw HTML and unsafe links, and that every stated evidence level
names its source. Each problem carries the file and line an editor should open.

The content folder is outside input: files are read through ``read_bytes_safely`` (regular files
inside the folder only, size-capped) and YAML through ``load_yaml`` (no aliases, capped nesting),
so a hostile folder yields problems, never a traceback, hang or memory blow-up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from kb_app.core.errors import ContentError, Problem
from kb_app.core.model import REQUIRED_SECTIONS, VOCABULARY_SECTIONS, Vocabulary
from kb_app.pipeline.evidence_rules import evidence_problems
from kb_app.pipeline.frontmatter import (
    SourceFile,
    impossible_date,
    load_yaml,
    read_bytes_safely,
    read_source,
    yaml_problem,
)
from kb_app.pipeline.indicator_check import good_indicators
from kb_app.pipeline.problem_messages import KINDS, problem
from kb_app.pipeline.render import Rendered, Renderer, heading_lines, raw_html_lines

# front-matter field -> vocabulary section whose ids it may hold
TERM_FIELDS = {
    "themes": "themes",
    "conditions": "conditions",
    "basis_levels": "basis_levels",
    "target_groups": "target_groups",
    "kind": "kinds",
}
# Real bodies nest lists two deep; Python-Markdown recurses per level, so 400 levels overflow.
MAX_BODY_DEPTH = 12
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")


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
        return jsonschema.Draft202012Validator(inline_refs(json.load(handle)))


def inline_refs(schema: Any) -> Any:
    """The schema with each ``{"$ref": "#/$defs/NAME"}`` replaced by that definition.

    The same checks and messages, without a reference lookup per field per file: resolving
    them was half of the schema check's time when building 10,000 interventions. A definition
    that refers to itself keeps its ``$ref``.
    """
    definitions = schema.get("$defs", {}) if isinstance(schema, dict) else {}

    def inline(node: Any, within: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, within) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name in definitions and name not in within:
                return inline(definitions[name], (*within, name))
        return {key: inline(value, within) for key, value in node.items()}

    return inline(schema, ())


def _display(path: Path, content_dir: Path) -> str:
    return f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"


def _read_vocabulary(content_dir: Path, problems: list[Problem]) -> dict[str, Any]:
    path = content_dir / "vocabularies.yaml"
    shown = _display(path, content_dir)
    if not path.exists() and not path.is_symlink():
        problems.append(problem(shown, 0, "file-missing"))
        return {}
    raw = read_bytes_safely(path, content_dir, shown, problems)
    if raw is None:
        return {}
    try:
        data = load_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(problem(shown, line, "not-utf8"))
        return {}
    except yaml.YAMLError as error:
        problems.append(yaml_problem(shown, error, first_line=1))
        return {}
    if not isinstance(data, dict):
        problems.append(problem(shown, 1, "vocabulary-shape"))
        return {}
    for section in VOCABULARY_SECTIONS:
        items = data.get(section)
        if not isinstance(items, list) or not items:
            problems.append(problem(shown, 0, "section-empty", section=section))
            data[section] = []
            continue
        data[section] = _good_terms(items, section, shown, problems)
    # Indicators are optional; the malformed ones are reported and left out, like terms.
    data["indicators"] = good_indicators(data, shown, problems)
    return data


def _good_terms(items: list, section: str, shown: str, problems: list[Problem]) -> list[dict]:
    """The well-formed terms of one section; every other one is a problem and left out, so a
    hostile vocabulary can never break building the ``Vocabulary`` itself."""
    good, seen = [], set()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or "label" not in item:
            problems.append(problem(shown, 0, "term-unnamed", section=section))
        elif item["id"] in seen:
            problems.append(problem(shown, 0, "term-twice", term=item["id"], section=section))
        elif not _term_types_ok(item):
            problems.append(problem(shown, 0, "term-types", term=item["id"], section=section))
        else:
            seen.add(item["id"])
            good.append(item)
    return good


def _term_types_ok(item: dict) -> bool:
    lists_ok = all(isinstance(item.get(key) or [], list) for key in ("synonyms", "synonyms_en"))
    rank = item.get("rank", 0)
    return lists_ok and isinstance(rank, int) and not isinstance(rank, bool)


def _vocabulary(data: dict[str, Any], shown: str, problems: list[Problem]) -> Vocabulary:
    try:
        return Vocabulary.from_dict(data)
    except (TypeError, ValueError, AttributeError) as error:  # a shape no check above foresaw
        problems.append(problem(shown, 0, "vocabulary-unreadable", error=error))
        return Vocabulary.from_dict({})


def _schema_problems(doc: SourceFile, validator: jsonschema.Draft202012Validator) -> list[Problem]:
    found = []
    for error in validator.iter_errors(doc.meta):
        keys = list(error.absolute_path)
        field_name = ".".join(str(k) for k in keys) or "front matter"
        value = error.instance if isinstance(error.instance, str) else None
        line = doc.line_of(*keys, value=value) if keys else 2
        found.append(problem(doc.path, line, "schema", field=field_name, message=error.message))
    return found


def _as_list(value: Any) -> list:
    """A field that should hold a list, as one; any other shape is the schema's to report, so
    the checks after it never iterate a number or a mapping."""
    if isinstance(value, str):
        return [value]
    return value if isinstance(value, list) else []


def _term_problems(doc: SourceFile, vocabulary: Vocabulary) -> list[Problem]:
    found = []
    meta = doc.meta or {}
    for field_name, section in TERM_FIELDS.items():
        values = _as_list(meta.get(field_name))
        allowed = vocabulary.ids(section)
        for value in values:
            if isinstance(value, str) and value not in allowed:
                found.append(
                    problem(
                        doc.path,
                        doc.line_of(field_name, value=value),
                        "unknown-term",
                        field=field_name,
                        value=value,
                        section=section,
                    )
                )
    evidence = meta.get("evidence")
    if isinstance(evidence, dict):
        level = evidence.get("level")
        if isinstance(level, str) and level not in vocabulary.ids("evidence_levels"):
            found.append(
                problem(doc.path, doc.line_of("evidence", "level"), "unknown-level", level=level)
            )
        else:
            found.extend(evidence_problems(doc, evidence))
    return found


def _body_problems(doc: Document, required: tuple[str, ...]) -> list[Problem]:
    found = []
    src = doc.source
    headings = heading_lines(src.body)
    for section in required:
        if section not in headings:
            found.append(problem(src.path, src.body_line, "section-missing", section=section))
        elif section not in doc.rendered.sections or not doc.rendered.sections[section].strip():
            found.append(
                problem(
                    src.path,
                    src.body_line + headings[section] - 1,
                    "section-blank",
                    section=section,
                )
            )
    for line in raw_html_lines(src.body):
        found.append(problem(src.path, src.body_line + line - 1, "raw-html"))
    for href in doc.rendered.bad_links:
        found.append(problem(src.path, _body_line(src, href), "bad-link", href=href))
    if doc.rendered.images:
        found.append(problem(src.path, src.body_line, "images"))
    return found


def _body_line(src: SourceFile, needle: str) -> int:
    for number, line in enumerate(src.body.split("\n")):
        if needle and needle in line:
            return src.body_line + number
    return src.body_line


def _date_problems(doc: SourceFile, value: Any, keys: tuple = ()) -> list[Problem]:
    """Quoted dates escape YAML's own date check; an impossible one is refused here too."""
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _date_problems(doc, item, (*keys, key))]
    if isinstance(value, list):
        return [
            p for index, item in enumerate(value) for p in _date_problems(doc, item, (*keys, index))
        ]
    if isinstance(value, str) and impossible_date(value):
        name = ".".join(str(k) for k in keys)
        return [
            problem(
                doc.path, doc.line_of(*keys, value=value), "impossible-date", name=name, value=value
            )
        ]
    return []


def too_deep_line(body: str, limit: int = MAX_BODY_DEPTH) -> int:
    """The first 1-based body line where lists and block quotes nest deeper than ``limit``, or 0.

    Estimated per line, linear in the body: quote markers, list markers on one line
    (``- - - x``) and indentation (four columns a level, as Python-Markdown nests lists).
    """
    for number, line in enumerate(body.split("\n"), 1):
        stripped = line.lstrip(" \t")
        indent = len(line.expandtabs(4)) - len(stripped.expandtabs(4))
        depth, position = indent // 4, 0
        while position < len(stripped) and depth <= limit:
            if stripped[position] == ">":
                depth, position = depth + 1, position + 1
                while position < len(stripped) and stripped[position] in " \t":
                    position += 1
                continue
            marker = _LIST_MARKER.match(stripped, position)
            if marker is None:
                break
            depth, position = depth + 1, marker.end()
        if depth > limit:
            return number
    return 0


def read_one(
    path: Path,
    kind: str,
    content_dir: Path,
    validator: jsonschema.Draft202012Validator,
    vocabulary: Vocabulary,
    problems: list[Problem],
    renderer: Renderer | None = None,
) -> Document | None:
    shown = _display(path, content_dir)
    raw = read_bytes_safely(path, content_dir, shown, problems)
    if raw is None:
        return None
    source = read_source(shown, raw, problems)
    if source.meta is None:
        return None
    problems.extend(_schema_problems(source, validator) + _term_problems(source, vocabulary))
    problems.extend(_date_problems(source, source.meta))
    if not isinstance(source.meta.get("id"), str):
        return None
    line = too_deep_line(source.body)
    if line:
        problems.append(
            problem(shown, source.body_line + line - 1, "too-deep", limit=MAX_BODY_DEPTH)
        )
        return None
    try:
        rendered = (renderer or Renderer()).render(source.body)
    except RecursionError:  # a nesting shape body_depth does not count; still a problem
        problems.append(problem(shown, source.body_line, "too-deep-to-show"))
        return None
    document = Document(kind, source, source.meta, rendered)
    required = REQUIRED_SECTIONS if kind == "intervention" else ()
    problems.extend(_body_problems(document, required))
    return document


def _document_paths(folder: Path, content_dir: Path, problems: list[Problem]) -> list[Path]:
    shown = _display(folder, content_dir)
    if not folder.is_dir():
        problems.append(problem(shown, 0, "folder-missing"))
        return []
    if not folder.resolve().is_relative_to(content_dir.resolve()):
        problems.append(problem(shown, 0, "folder-link-outside"))
        return []
    return sorted(folder.glob("*.md"))


def _cross_problems(content: CheckedContent) -> list[Problem]:
    """Duplicate ids and links between documents, which need the whole library to check."""
    found = []
    known: dict[str, dict[str, Document]] = {"intervention": {}, "principle": {}}
    for document in content.interventions + content.principles:
        other = known[document.kind].get(document.id)
        if other is not None:
            found.append(
                problem(
                    document.source.path,
                    document.source.line_of("id"),
                    "id-twice",
                    ident=document.id,
                    other=other.source.path,
                )
            )
        else:
            known[document.kind][document.id] = document
    for document in content.interventions + content.principles:
        for kind, target in document.rendered.links:
            if target not in known[kind]:
                found.append(
                    problem(
                        document.source.path,
                        _body_line(document.source, target),
                        "link-unknown",
                        kind=KINDS[kind],
                        target=target,
                    )
                )
        for field_name, kind in (("principles", "principle"), ("related", "principle")):
            for target in _as_list(document.meta.get(field_name)):
                if isinstance(target, str) and target not in known[kind]:
                    found.append(
                        problem(
                            document.source.path,
                            document.source.line_of(field_name, value=target),
                            "principle-unknown",
                            field=field_name,
                            target=target,
                        )
                    )
    return found


def check_content(content_dir: Path, schema_dir: Path) -> CheckedContent:
    """Read everything and collect every problem; never raises for bad content."""
    problems: list[Problem] = []
    data = _read_vocabulary(content_dir, problems)
    vocabulary = _vocabulary(
        data, _display(content_dir / "vocabularies.yaml", content_dir), problems
    )
    content = CheckedContent(vocabulary_data=data, vocabulary=vocabulary, problems=problems)
    # Imported here: the worker module imports this one (workers need ``read_one``).
    from kb_app.pipeline.workers import read_files

    jobs = [
        (path, kind)
        for kind, folder in (("intervention", "interventions"), ("principle", "principles"))
        for path in _document_paths(content_dir / folder, content_dir, problems)
    ]
    for document, found in read_files(jobs, content_dir, schema_dir, vocabulary):
        problems.extend(found)
        if document is not None:
            kind_list = (
                content.interventions if document.kind == "intervention" else content.principles
            )
            kind_list.append(document)
    problems.extend(_cross_problems(content))
    content.problems = sorted(set(problems))
    return content


def validate(content_dir: Path, schema_dir: Path) -> CheckedContent:
    """Like ``check_content`` but raises ``ContentError`` listing every problem."""
    content = check_content(content_dir, schema_dir)
    if content.problems:
        raise ContentError(content.problems)
    return content
