"""argparse in Dutch: ``kb-app`` speaks one language, also in its usage lines and its errors.

argparse writes its fixed text through ``gettext`` from a catalogue that no system ships in Dutch.
Rather than install a catalogue or patch argparse's module, the parser and its formatter put the
Dutch in where argparse lets them: the usage prefix, the group titles, the help and version
options, and the error messages, which ``dutch`` rewrites by pattern. A message no pattern knows
stays as argparse wrote it: English, but never lost.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from typing import Any

HELP = "toon deze hulp en stop"
VERSION_HELP = "toon het versienummer en stop"

# argparse's English (Python 3.11 to 3.13) -> Dutch. ``{n}`` is the argument's name.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<a>.+)", "deze argumenten ontbreken: {a}"),
    (r"unrecognized arguments: (?P<a>.+)", "onbekende argumenten: {a}"),
    (r"invalid choice: (?P<a>.+) \(choose from (?P<b>.+)\)", "ongeldige keuze: {a} (kies uit {b})"),
    (r"expected one argument", "hier hoort één waarde bij"),
    (r"expected at most one argument", "hier hoort hooguit één waarde bij"),
    (r"expected at least one argument", "hier hoort minstens één waarde bij"),
    (r"expected (?P<a>\d+) arguments?", "hier horen {a} waarden bij"),
    (r"invalid \w+ value: (?P<a>.+)", "ongeldige waarde: {a}"),
    (r"not allowed with argument (?P<a>.+)", "niet samen met {a}"),
    (r"ignored explicit argument (?P<a>.+)", "overbodige waarde {a}"),
    (r"ambiguous option: (?P<a>.+) could match (?P<b>.+)", "dubbelzinnige optie: {a} past bij {b}"),
    (r"one of the arguments (?P<a>.+) is required", "een van deze argumenten is nodig: {a}"),
)
_ARGUMENT = re.compile(r"argument (?P<n>.+?): (?P<rest>.+)", re.DOTALL)


def dutch(message: str) -> str:
    """argparse's error ``message`` in Dutch; unchanged when no pattern fits."""
    prefix = ""
    if found := _ARGUMENT.fullmatch(message):
        prefix, message = f"argument {found['n']}: ", found["rest"]
    for pattern, text in _ERRORS:
        if match := re.fullmatch(pattern, message, re.DOTALL):
            return prefix + text.format(**match.groupdict())
    return prefix + message


class DutchFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose fixed text is Dutch (its subcommands' parsers too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # argparse's own -h has English help; ours is added below
        super().__init__(*args, **kwargs)
        # The two default groups are argparse's attributes, the only way to name them.
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", help=HELP)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("title", "opdrachten")
        kwargs.setdefault("parser_class", type(self))
        return super().add_subparsers(**kwargs)
