"""A cheap first look at a pack's YAML before full validation builds anything from it.

Content validation parses YAML into Python objects. Two YAML features make that step cost far
more than the file's size: aliases (``*a`` repeating an anchored ``&a`` node — a few lines can
stand for billions of nodes) and very deep nesting (the composer recurses). Neither is ever needed
in our content (nor are custom tags such as ``!!python/object``), so a pack that uses them is
refused here, from the parser's event stream, which
builds no objects and does not recurse. Defence in depth: validation refuses them too.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kb_app.packs.messages import Text, both

MAX_DEPTH = 40  # our deepest real structure (sources in front matter) is 3 levels
_FENCE = "---"
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}
# The pure-Python parser on purpose: libyaml (when PyYAML has it) gives up on deep nesting with
# its own error, so the same pack would be refused for a different reason on another machine.
# Front matter is small and the depth check stops at MAX_DEPTH, so speed is not at stake.
_LOADER = yaml.SafeLoader


def _front_matter(text: str) -> str:
    """The YAML between the first two ``---`` lines, as validation reads it (else nothing)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return ""
    for number in range(1, len(lines)):
        if lines[number].strip() == _FENCE:
            return "\n".join(lines[1:number])
    return ""


def yaml_problem(text: str) -> Text | None:
    """Why this YAML is refused (aliases, anchors, nesting), in both languages, or None."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return both("yaml-alias")
            tag = getattr(event, "tag", None)
            if tag and tag not in _PLAIN_TAGS:
                return both("yaml-tag", tag=tag[:40])
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return both("yaml-deep", limit=MAX_DEPTH)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # a syntax error: validation reports it with file and line
    return None


def screen_content(folder: Path) -> list[Text]:
    """ "name: reason" for every content file whose YAML is refused (``str()``: Dutch)."""
    found = []
    for path in sorted(Path(folder).rglob("*")):
        if not path.is_file() or path.suffix not in (".yaml", ".md"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # validation says which byte is not UTF-8
        yaml_text = text if path.suffix == ".yaml" else _front_matter(text)
        problem = yaml_problem(yaml_text) if yaml_text else None
        if problem:
            found.append(
                both(
                    "screened-file",
                    path=path.relative_to(folder.parent).as_posix(),
                    problem=problem,
                )
            )
    return found
