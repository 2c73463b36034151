"""The command line: the documented commands, their JSON shapes, and clear failures."""

import json
import os
import subprocess
import sys

import pytest

from kb_app import cli
from tests.conftest import ROOT


@pytest.fixture
def run(built_library, monkeypatch, capsys):
    """Run ``kb-app`` in-process against the session's built library."""
    from kb_app.pipeline import library

    def fake_find(paths, **kwargs):
        return library.LibraryLocation(built_library, library.read_manifest(built_library))

    monkeypatch.setattr("kb_app.library.find_library", fake_find)

    def invoke(*args):
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_search_json_shape(run):
    code, out, _ = run("search", "interventies voor jongeren", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"query", "total", "hits", "facets", "suggestion"}
    assert data["total"] >= 5 and data["hits"]
    hit = data["hits"][0]
    assert set(hit) >= {
        "id",
        "title",
        "summary",
        "score",
        "evidence",
        "themes",
        "conditions",
        "basis_levels",
        "target_groups",
        "snippet",
    }
    assert set(hit["evidence"]) == {"level", "date"}
    assert set(data["facets"]) == {
        "themes",
        "conditions",
        "basis_levels",
        "target_groups",
        "evidence",
        "kind",
    }
    assert all(
        "jongeren-12-18" in h["target_groups"] or "jonger" in h["snippet"].lower()
        for h in data["hits"][:5]
    )


def test_search_typo_prints_the_correction(run):
    code, out, _ = run("search", "discrimminatie")
    assert code == 0
    assert "Resultaten voor 'discriminatie'" in out
    assert "resultaten" in out


def test_search_filters(run):
    code, out, _ = run(
        "search",
        "--theme",
        "discriminatie",
        "--target-group",
        "werkgevers",
        "--min-evidence",
        "niet-beoordeeld",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["total"] > 0
    assert all("werkgevers" in h["target_groups"] for h in data["hits"])


def test_unknown_filter_value_is_a_clear_error(run):
    code, _, err = run("search", "x", "--theme", "sport")
    assert code == 1
    assert "Onbekende waarde voor --theme: sport" in err and "discriminatie" in err


def test_show_json(run):
    code, out, _ = run("show", "kiva", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "kiva"
    assert data["evidence"]["level"] == "effectief-sterke-aanwijzingen"
    assert set(data) >= {"sources", "sections", "owner", "website", "last_reviewed"}
    assert "Doel" in data["sections"] and data["sources"]


def test_show_text(run):
    code, out, _ = run("show", "kiva")
    assert code == 0 and out.startswith("KiVa") and "Bewijsniveau: Effectief volgens sterke" in out


def test_show_unknown_id(run):
    code, out, err = run("show", "bestaat-niet")
    assert code == 1 and out == ""
    assert "Onbekende id: 'bestaat-niet'" in err and "Traceback" not in err


def test_list_json(run):
    code, out, _ = run("list", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) >= 100
    assert "score" not in data[0] and "snippet" not in data[0]
    from kb_app.search.analysis import fold

    assert [fold(d["title"]) for d in data] == sorted(fold(d["title"]) for d in data)


def test_bad_arguments_exit_2_without_traceback(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["search", "--limit", "veel"])
    assert caught.value.code == 2
    assert "kb-app --help" in capsys.readouterr().err


def test_validate_real_content(capsys):
    assert cli.main(["validate"]) == 0
    assert "geen problemen" in capsys.readouterr().out


def test_build_to_folder_and_bad_content_exit_code(tmp_path, capsys):
    assert cli.main(["build", "--out", str(tmp_path / "lib")]) == 0
    assert (tmp_path / "lib" / "manifest.json").is_file()
    broken = tmp_path / "content"
    (broken / "interventions").mkdir(parents=True)
    (broken / "principles").mkdir()
    (broken / "vocabularies.yaml").write_text((ROOT / "content" / "vocabularies.yaml").read_text())
    (broken / "interventions" / "x.md").write_text("---\nid: x\n---\n")
    assert cli.main(["validate", "--content", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "content/interventions/x.md:2: front matter:" in err


@pytest.mark.slow
def test_fresh_checkout_builds_on_first_search(tmp_path):
    """The first run of a fresh clone simply works: missing data is built, then searched."""
    env = {**os.environ, "KB_APP_BASEDIR": str(tmp_path / "base"), "PYTHONPATH": str(ROOT)}
    code = (
        "import sys, kb_app.core.paths as p; from pathlib import Path;"
        f"p.shipped_library_dir = lambda: Path({str(tmp_path / 'ship')!r});"
        "import kb_app.pipeline.library as l; l.shipped_library_dir = p.shipped_library_dir;"
        "from kb_app.cli import main; sys.exit(main(['search', 'buurtcirkel', '--json']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert "wordt nu opgebouwd" in out.stderr
    assert json.loads(out.stdout)["hits"][0]["id"] == "buurtcirkel"
    assert (tmp_path / "ship" / "manifest.json").is_file()


# -- plan export and kit ------------------------------------------------------------------------


@pytest.fixture
def plan_file(reader, tmp_path):
    from kb_app.plans.planfile import write_plan_file
    from tests.plans.sample import sample_plan

    path = tmp_path / "plan.wwplan"
    write_plan_file(sample_plan(reader), path)
    return path


@pytest.mark.parametrize(
    ("fmt", "marker"), [("md", b"# Uitvoeringsplan"), ("html", b"<!DOCTYPE html>"), ("docx", b"PK")]
)
def test_plan_export_formats(run, plan_file, tmp_path, fmt, marker):
    out = tmp_path / f"uit.{fmt}"
    code, stdout, err = run("plan", "export", str(plan_file), "--format", fmt, "--out", str(out))
    assert (code, err) == (0, "") and str(out) in stdout
    assert out.read_bytes().startswith(marker)


def test_plan_kit_docx(run, plan_file, tmp_path):
    import docx

    out = tmp_path / "kit.docx"
    assert run("plan", "kit", str(plan_file), "--format", "docx", "--out", str(out))[0] == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Gespreksvragen (suggesties)" in headings


@pytest.mark.gui
def test_plan_export_pdf(qapp, run, plan_file, tmp_path):
    out = tmp_path / "plan.pdf"
    assert run("plan", "export", str(plan_file), "--format", "pdf", "--out", str(out))[0] == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{niet: json}", "geen geldige JSON"),
        ('{"format": "wwplan", "version": 1, "items": [', "onvolledig"),
        ('{"format": "wwplan", "version": 9}', "nieuwere versie"),
        ('{"format": "wwplan", "version": 1, "id": "x"}', "geen geldig plan"),
    ],
)
def test_plan_export_refuses_bad_files(run, tmp_path, content, message):
    bad = tmp_path / "slecht.wwplan"
    bad.write_text(content)
    out = tmp_path / "uit.docx"
    code, stdout, err = run("plan", "export", str(bad), "--format", "docx", "--out", str(out))
    assert code == 1 and stdout == "" and message in err and "Traceback" not in err
    assert not out.exists()


def test_plan_export_oversized_and_missing(run, tmp_path):
    big = tmp_path / "groot.wwplan"
    with big.open("wb") as stream:
        stream.truncate(6 * 1024 * 1024)
    code, _, err = run(
        "plan", "kit", str(big), "--format", "docx", "--out", str(tmp_path / "k.docx")
    )
    assert code == 1 and "te groot" in err
    code, _, err = run(
        "plan",
        "export",
        str(tmp_path / "weg.wwplan"),
        "--format",
        "md",
        "--out",
        str(tmp_path / "x.md"),
    )
    assert code == 1 and "bestaat niet" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["basedir", "groot.wwplan"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["groot.wwplan"]


def test_plan_export_to_missing_folder(run, plan_file, tmp_path):
    code, _, err = run(
        "plan",
        "export",
        str(plan_file),
        "--format",
        "md",
        "--out",
        str(tmp_path / "nergens" / "plan.md"),
    )
    assert code == 1 and "bestaat niet" in err


def test_plan_kit_rejects_markdown(capsys, plan_file):
    with pytest.raises(SystemExit) as caught:
        cli.main(["plan", "kit", str(plan_file), "--format", "md", "--out", "x.md"])
    assert caught.value.code == 2 and "ongeldige keuze" in capsys.readouterr().err
