"""The command line speaks Dutch in its usage, help and every argparse error a user can cause."""

from __future__ import annotations

import re

import pytest

from kb_app import cli
from kb_app.dutch_args import dutch

# Words of argparse's English fixed text that must never reach a user of ``kb-app``.
ENGLISH = re.compile(
    r"usage:|positional arguments|options:|show this help|required|unrecognized|invalid|"
    r"expected|choose from|not allowed|ambiguous|ignored explicit|program's version"
)


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        cli.main(list(args))
    out = capsys.readouterr()
    return int(stopped.value.code or 0), out.out + out.err


@pytest.mark.parametrize(
    ("args", "dutch_text"),
    [
        (["plan", "export", "p.wwplan"], "deze argumenten ontbreken: --format, --out"),
        (["zoek"], "ongeldige keuze: 'zoek' (kies uit 'build',"),
        (["search", "--sort", "bla"], "argument --sort: ongeldige keuze: 'bla'"),
        (["search", "--limit", "veel"], "argument --limit: ongeldige waarde: 'veel'"),
        (["search", "--json=ja"], "argument --json: overbodige waarde 'ja'"),
        (["search", "--theme"], "argument --theme: hier hoort één waarde bij"),
        (["list", "extra"], "onbekende argumenten: extra"),
        (["search", "--t", "x"], "dubbelzinnige optie: --t past bij --theme"),
    ],
)
def test_argument_errors_are_dutch(capsys, args, dutch_text):
    code, text = run(capsys, *args)
    assert code == 2 and dutch_text in text
    assert "Gebruik 'kb-app --help'" in text and not ENGLISH.search(text), text


@pytest.mark.parametrize("args", [["--help"], ["search", "--help"], ["plan", "export", "--help"]])
def test_help_is_dutch(capsys, args):
    code, text = run(capsys, *args)
    assert code == 0 and text.startswith("gebruik: kb-app")
    assert "opties:" in text and "toon deze hulp en stop" in text
    assert not ENGLISH.search(text), text


def test_a_message_no_pattern_knows_is_kept():
    assert dutch("something new in argparse") == "something new in argparse"
    assert dutch("argument --x: something new") == "argument --x: something new"
