"""Split a content file into YAML front matter and Markdown body, keeping line numbers.

Problems must name the line a human should look at, so this module also maps front-matter keys
(``themes``, ``evidence.level``) and list values back to the line where they are written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from kb_app.core.errors import Problem

MAX_FILE_BYTES = 1_000_000  # a real content file is a few kB; anything this big is a mistake
_FENCE = "---"


@dataclass
class SourceFile:
    """A content file split into its parts; ``meta`` is None when the front matter is unusable."""

    path: str
    meta: dict[str, Any] | None
    body: str
    body_line: int  # 1-based line number of the first body line
    front_lines: list[str] = field(default_factory=list)

    def line_of(self, *keys: object, value: object = None) -> int:
        """Best line for a front-matter location such as ('evidence', 'level') or ('themes', 2)."""
        if not self.front_lines:
            return 1
        line = 2
        start, indent = 0, -1
        for key in keys:
            if not isinstance(key, str):
                break
            pattern = re.compile(rf"^(\s*)(- )?{re.escape(key)}\s*:")
            for index in range(start, len(self.front_lines)):
                match = pattern.match(self.front_lines[index])
                if match and len(match.group(1)) > indent:
                    line, start, indent = index + 2, index + 1, len(match.group(1))
                    break
            else:
                break
        if value is not None and isinstance(value, str):
            for index in range(max(start - 1, 0), len(self.front_lines)):
                if re.search(rf"(^|[\s\[,:]){re.escape(value)}($|[\s\],])", self.front_lines[index]):
                    return index + 2
        return line


def _plain(value: Any) -> Any:
    """YAML turns 2020-02-13 into a date; the schema and the database want ISO strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 1000 <= value <= 9999 else value  # a bare year such as `date: 2022`
    return value


def read_source(path: str, raw: bytes, problems: list[Problem]) -> SourceFile:
    """Parse one file; every problem found is appended to ``problems``."""
    empty = SourceFile(path=path, meta=None, body="", body_line=1)
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(path, 0, f"Bestand is te groot ({len(raw):,} bytes; maximaal "
                                         f"{MAX_FILE_BYTES:,}). Splits de tekst of kort hem in."))
        return empty
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(path, line, "Bestand is geen geldige UTF-8-tekst "
                                            f"(byte {error.start}). Sla het op als UTF-8."))
        return empty
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        problems.append(Problem(path, 1, "Bestand is leeg."))
        return empty
    lines = text.split("\n")
    if lines[0].strip() != _FENCE:
        problems.append(Problem(path, 1, "Front matter ontbreekt: het bestand moet beginnen met "
                                         "een regel '---'."))
        return empty
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        problems.append(Problem(path, 1, "Front matter wordt niet afgesloten met een regel '---'."))
        return empty
    front_lines = lines[1:end]
    body = "\n".join(lines[end + 1:])
    result = SourceFile(path=path, meta=None, body=body, body_line=end + 2,
                        front_lines=front_lines)
    try:
        meta = yaml.safe_load("\n".join(front_lines))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        problems.append(Problem(path, line, f"Ongeldige YAML in de front matter: {reason}."))
        return result
    if not isinstance(meta, dict):
        problems.append(Problem(path, 2, "De front matter moet bestaan uit velden (sleutel: "
                                         "waarde), niet uit losse tekst of een lijst."))
        return result
    result.meta = _plain(meta)
    return result
