"""The command line under attack: hostile plan files, odd output paths, argv bytes, locales.

Every case must end with its own Dutch message and exit 1 (or argparse's 2) — never a traceback
and never the error boundary (``cli._unexpected``, exit 70): the fixture below fails the test if
the boundary is reached, so a case that is only "caught" by the boundary counts as a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt

from kb_app import cli
from tests.conftest import ROOT
from tests.plans.hostile import EXPORTABLE, REFUSED, SPECIAL, exportable_bytes, special_file

FORMATS = ("md", "html", "docx")


@pytest.fixture
def boundary(monkeypatch):
    """Records every time the error boundary is reached; the test asserts it stays empty."""
    hits: list[BaseException] = []
    real = cli._unexpected

    def record(error, paths):
        hits.append(error)
        return real(error, paths)

    monkeypatch.setattr(cli, "_unexpected", record)
    return hits


@pytest.fixture
def run(built_library, monkeypatch, capsys, boundary, tmp_path):
    from kb_app.pipeline import library

    def fake_find(paths, **kwargs):
        return library.LibraryLocation(built_library, library.read_manifest(built_library))

    monkeypatch.setattr("kb_app.library.find_library", fake_find)
    monkeypatch.setenv("KB_APP_BASEDIR", str(tmp_path / "basis"))

    def invoke(*args):
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert boundary == [], f"the error boundary was reached: {boundary!r}"
        assert "Traceback" not in err
        return code, out, err

    return invoke


@pytest.mark.parametrize("name", REFUSED)
def test_every_refused_plan_file_gets_its_own_message(run, tmp_path, name):
    content, message = REFUSED[name]
    path = tmp_path / "vijandig.wwplan"
    path.write_bytes(content)
    out = tmp_path / "uit.docx"
    code, stdout, err = run("plan", "export", path, "--format", "docx", "--out", out)
    assert code == 1 and stdout == ""
    assert message in err, err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "basis") == ["vijandig.wwplan"]


@pytest.mark.parametrize("name", EXPORTABLE)
def test_odd_but_valid_plans_export_to_every_format(run, tmp_path, name):
    path = tmp_path / "plan.wwplan"
    path.write_bytes(exportable_bytes(name))
    for fmt in FORMATS:
        out = tmp_path / f"plan.{fmt}"
        code, _, err = run("plan", "export", path, "--format", fmt, "--out", out)
        assert (code, err) == (0, ""), err
        assert out.stat().st_size > 0
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")  # strict UTF-8: no surrogates
    assert not [c for c in text if ord(c) < 32 and c not in "\n\t"]
    for html in (
        MarkdownIt("commonmark").render(text),
        (tmp_path / "plan.html").read_text(encoding="utf-8"),
    ):
        assert not re.search(r"<(img|script)\b", html)


def test_kit_of_a_hostile_plan(run, tmp_path):
    path = tmp_path / "plan.wwplan"
    path.write_bytes(exportable_bytes("control characters and lone surrogates everywhere"))
    code, _, err = run("plan", "kit", path, "--format", "docx", "--out", tmp_path / "kit.docx")
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is een map. Geef een bestandsnaam op"),
        (lambda p: os.mkfifo(p), "geen gewoon bestand"),
        (lambda p: None, None),
    ],
)
def test_odd_output_paths(run, tmp_path, make, message):
    from kb_app.plans.planfile import write_plan_file
    from tests.plans.hostile import base_plan

    plan = tmp_path / "plan.wwplan"
    write_plan_file(base_plan(), plan)
    out = tmp_path / "uit.md"
    make(out)
    code, _, err = run("plan", "export", plan, "--format", "md", "--out", out)
    if message is None:
        assert code == 0
    else:
        assert code == 1 and message in err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_folder_missing(run, tmp_path):
    from kb_app.plans.planfile import write_plan_file
    from tests.plans.hostile import base_plan

    write_plan_file(base_plan(), tmp_path / "plan.wwplan")
    code, _, err = run(
        "plan",
        "export",
        tmp_path / "plan.wwplan",
        "--format",
        "md",
        "--out",
        tmp_path / "weg" / "uit.md",
    )
    assert code == 1 and "bestaat niet" in err


def test_the_boundary_itself_logs_and_apologises(monkeypatch, capsys, tmp_path):
    def broken(args, paths):
        raise RuntimeError("iets onvoorziens")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    code = cli.main(["--basedir", str(tmp_path), "list"])
    _, err = capsys.readouterr()
    assert code == cli.UNEXPECTED
    assert "Sorry, er ging iets mis" in err and "Traceback" not in err
    log = (tmp_path / "logs" / cli.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: iets onvoorziens" in log and "Traceback" in log


# -- a real process: argv bytes, special files, locales ------------------------------------------


def _kb(args, tmp_path, **env):
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KB_APP_BASEDIR": str(tmp_path / "b"),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "kb_app", *args],
        capture_output=True,
        env=environment,
        timeout=120,
        cwd=tmp_path,
    )


def _clean_exit(result, codes=(1,)):
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode in codes, (result.returncode, err)
    assert "Traceback" not in err and "Sorry, er ging iets mis" not in err
    return err


@pytest.mark.parametrize("kind", SPECIAL)
def test_special_files_are_refused_without_hanging(tmp_path, kind):
    path, message = special_file(kind, tmp_path)
    result = _kb(["plan", "export", str(path), "--format", "md", "--out", "x.md"], tmp_path)
    assert message in _clean_exit(result)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["search", b"discrimin\xe9"],
            "De waarde van de zoekwoorden bevat tekens die geen geldige tekst (UTF-8) zijn",
        ),
        (["search", "--theme", b"\xff\xfe"], "De waarde van --theme bevat tekens"),
        (["show", b"kiva\xc3"], "De waarde van de id bevat tekens"),
        (["search", "--limit", "99999999999999999999"], "--limit moet tussen 1 en 1000"),
        (
            ["plan", "export", b"pl\xe4n.wwplan", "--format", "md", "--out", b"\xff.md"],
            "bestaat niet",
        ),
        (["plan", "export", "p.wwplan", "--format", b"\xff", "--out", "x"], "ongeldige keuze"),
        ([b"\xff\xfe"], "ongeldige keuze"),
    ],
)
@pytest.mark.parametrize(
    "locale",
    [
        {"LANG": "C", "LC_ALL": ""},
        {"LC_ALL": "POSIX"},
        {"LANG": "C.UTF-8", "PYTHONIOENCODING": "ascii"},
    ],
)
def test_argv_bytes_in_any_locale(tmp_path, args, message, locale):
    result = _kb(args, tmp_path, **locale)
    assert message in _clean_exit(result, codes=(1, 2))


@pytest.mark.parametrize(
    "locale", [{"LC_ALL": "POSIX"}, {"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}]
)
def test_help_prints_in_any_locale(tmp_path, locale):
    result = _kb(["--help"], tmp_path, **locale)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b"kb-app" in result.stdout


@pytest.mark.gui
@pytest.mark.parametrize(
    "name",
    [
        "control characters and lone surrogates everywhere",
        "99,000 [ in the context",
        "crafted link and HTML in the context",
    ],
)
def test_odd_but_valid_plans_export_to_pdf(qapp, run, tmp_path, name):
    path = tmp_path / "plan.wwplan"
    path.write_bytes(exportable_bytes(name))
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"oud")
    code, _, err = run("plan", "export", path, "--format", "pdf", "--out", out)
    assert (code, err) == (0, "")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "basis") == [
        "plan.pdf",
        "plan.wwplan",
    ]
