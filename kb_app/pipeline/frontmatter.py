"""Split a content file into YAML front matter and Markdown body, keeping line numbers.

Problems must name the line a human should look at, so this module also maps front-matter keys
(``themes``, ``evidence.level``) and list values back to the line where they are written.

Content comes from outside, so the YAML reader is stricter than ``yaml.safe_load``: anchors and
aliases are refused (an alias bomb expands a few hundred bytes into gigabytes), nesting is capped
(PyYAML composes recursively, so 20,000 levels end in a RecursionError), and an impossible date
such as ``2026-13-45`` is a problem at its line instead of a ``ValueError`` deep in the parser.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kb_app.core.errors import Problem
from kb_app.pipeline.problem_messages import KINDS, problem

MAX_FILE_BYTES = 1_000_000  # a real content file is a few kB; anything this big is a mistake
MAX_YAML_DEPTH = 32  # real front matter nests 3 deep (sources -> item -> field)
_FENCE = "---"
_DATE_LIKE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


class ContentYamlLoader(yaml.SafeLoader):
    """``SafeLoader`` without anchors or aliases, with a nesting cap and checked dates."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None,
                None,
                "ankers en aliassen (& en *) zijn niet toegestaan; schrijf de waarde gewoon uit",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"te diep genest (meer dan {MAX_YAML_DEPTH} niveaus)",
                    event.start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"'{node.value}' is geen bestaande datum (gebruik JJJJ-MM-DD)",
                node.start_mark,
            ) from None


ContentYamlLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", ContentYamlLoader.construct_yaml_timestamp
)


class _FastContentLoader(ContentYamlLoader):
    """The same loader with libyaml's scanner and parser (C) under it, when PyYAML has them.

    Only reading the characters and turning them into events moves to C; composing (with the
    alias and depth checks above) and constructing stay the Python code of
    ``ContentYamlLoader``. Building 10,000 interventions spent a sixth of its time in PyYAML's
    Python scanner.
    """

    def __init__(self, stream: str) -> None:  # not super(): no Python reader, scanner, parser
        self._events = yaml._yaml.CParser(stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._depth = 0

    def check_event(self, *choices: Any) -> bool:
        return bool(self._events.check_event(*choices))

    def peek_event(self) -> Any:
        return self._events.peek_event()

    def get_event(self) -> Any:
        return self._events.get_event()

    def dispose(self) -> None:
        self._events.dispose()


def load_yaml(text: str) -> Any:
    """Parse untrusted YAML; raises ``yaml.YAMLError`` (with a mark when there is one)."""
    if getattr(yaml, "__with_libyaml__", False) and not yaml.reader.Reader.NON_PRINTABLE.search(
        text
    ):
        try:
            return _load(_FastContentLoader, text)
        except yaml.YAMLError:
            pass  # libyaml words its errors differently: let the Python loader report it
    return _load(ContentYamlLoader, text)


def _load(loader_class: type[ContentYamlLoader], text: str) -> Any:
    loader = loader_class(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def yaml_problem(path: str, error: yaml.YAMLError, first_line: int) -> Problem:
    """A YAML error as a problem at its line; ``first_line`` is the file line of YAML line 1."""
    mark = getattr(error, "problem_mark", None)
    line = mark.line + first_line if mark is not None else max(first_line - 1, 1)
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return problem(path, line, "invalid-yaml", reason=reason)


def impossible_date(value: str) -> bool:
    """True for a string shaped like a (partial) date that names no real day or month."""
    match = _DATE_LIKE.match(value)
    if match is None:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return True
    return False


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
                mention = rf"(^|[\s\[,:]){re.escape(value)}($|[\s\],])"
                if re.search(mention, self.front_lines[index]):
                    return index + 2
        return line


def read_bytes_safely(path: Path, root: Path, shown: str, problems: list[Problem]) -> bytes | None:
    """The bytes of a content file, or None with a problem appended.

    Only regular files inside ``root`` are read: a symbolic link that leaves the content folder
    is not followed (a checkout must not read ``/etc`` or a home folder), a link loop is named,
    and folders, pipes and devices are refused before ``open`` (a FIFO would block forever). The
    size is checked on the open file and the read is capped, so a file that grows meanwhile or
    lies about its size still cannot fill memory.
    """
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        problems.append(problem(shown, 0, "link-loop"))
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        looped = error.errno == errno.ELOOP
        problems.append(problem(shown, 0, "link-loop" if looped else "cannot-read", reason=reason))
        return None
    if not target.is_relative_to(Path(root).resolve()):
        problems.append(problem(shown, 0, "link-outside", target=target))
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags)
    except OSError as error:
        problems.append(_cannot_read(shown, error))
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = KINDS["folder" if stat.S_ISDIR(info.st_mode) else "pipe"]
        problems.append(problem(shown, 0, "not-regular", kind=kind))
        return None
    with os.fdopen(fd, "rb") as stream:
        if info.st_size > MAX_FILE_BYTES:
            problems.append(_too_big(shown, info.st_size))
            return None
        return stream.read(MAX_FILE_BYTES + 1)


def _cannot_read(shown: str, error: OSError) -> Problem:
    if error.errno == errno.EISDIR:
        return problem(shown, 0, "is-folder")
    return problem(shown, 0, "cannot-read", reason=error.strerror or error)


def _too_big(shown: str, size: int) -> Problem:
    return problem(shown, 0, "too-big", size=size, limit=MAX_FILE_BYTES)


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
        problems.append(_too_big(path, len(raw)))
        return empty
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(problem(path, line, "not-utf8-at", byte=error.start))
        return empty
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        problems.append(problem(path, 1, "empty-file"))
        return empty
    lines = text.split("\n")
    if lines[0].strip() != _FENCE:
        problems.append(problem(path, 1, "no-front-matter"))
        return empty
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        problems.append(problem(path, 1, "front-matter-open"))
        return empty
    front_lines = lines[1:end]
    body = "\n".join(lines[end + 1 :])
    result = SourceFile(path=path, meta=None, body=body, body_line=end + 2, front_lines=front_lines)
    try:
        meta = load_yaml("\n".join(front_lines))
    except yaml.YAMLError as error:
        problems.append(yaml_problem(path, error, first_line=2))
        return result
    if not isinstance(meta, dict):
        problems.append(problem(path, 2, "front-matter-shape"))
        return result
    result.meta = _plain(meta)
    return result
