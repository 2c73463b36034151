"""``.wwplan`` files: a faithful round trip, and every hostile file refused with a clear message."""

import json
from pathlib import Path

import pytest

from kb_app.plans import planfile
from kb_app.plans.model import FORMAT_VERSION
from kb_app.plans.planfile import PlanFileError, read_plan_file, write_plan_file


def test_write_then_read_gives_the_same_plan(plan, tmp_path):
    path = tmp_path / "plan.wwplan"
    write_plan_file(plan, path)
    assert read_plan_file(path) == plan
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "wwplan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.wwplan"]  # no temporary file left


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "collega.wwplan"
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    return path


def _document(plan) -> dict:
    return plan.to_dict()


def test_invalid_json(tmp_path):
    path = _write(tmp_path, '{"format": "wwplan", version: 1}')
    with pytest.raises(PlanFileError, match="geen geldige JSON \\(regel 1, kolom 22\\)"):
        read_plan_file(path)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_file(plan, tmp_path, fraction):
    text = json.dumps(_document(plan), indent=2, ensure_ascii=False)
    with pytest.raises(PlanFileError, match="onvolledig"):
        read_plan_file(_write(tmp_path, text[: int(len(text) * fraction)]))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["items"][2].update(status="misschien"), "items[2].status"),
        (lambda d: d["items"][0].update(budget_amount="veel"), "items[0].budget_amount"),
        (lambda d: d["priorities"][1].pop("condition"), "priorities[1].condition"),
        (lambda d: d.pop("title"), "title"),
        (lambda d: d["items"][0]["actions"][0].update(what=1), "items[0].actions[0].what"),
    ],
)
def test_schema_invalid_names_the_field(plan, tmp_path, change, field):
    document = _document(plan)
    change(document)
    with pytest.raises(PlanFileError, match="geen geldig plan") as caught:
        read_plan_file(_write(tmp_path, json.dumps(document)))
    assert field in str(caught.value)


def test_unknown_field_is_named(plan, tmp_path):
    document = _document(plan)
    document["items"][0]["geheim"] = "x"
    with pytest.raises(PlanFileError, match=r"onbekend veld.*geheim"):
        read_plan_file(_write(tmp_path, json.dumps(document)))


def test_newer_version_is_refused_before_schema(plan, tmp_path):
    document = _document(plan)
    document["version"] = FORMAT_VERSION + 1
    document["nieuw_veld"] = {"iets": "wat deze versie niet kent"}
    with pytest.raises(
        PlanFileError, match=f"nieuwere versie van Wat Werkt \\(planformaat {FORMAT_VERSION + 1}"
    ):
        read_plan_file(_write(tmp_path, json.dumps(document)))


def test_oversized_file_is_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.wwplan"
    with path.open("wb") as stream:
        stream.truncate(planfile.MAX_BYTES + 1)  # sparse: big on paper, cheap to make

    def no_opening(*args, **kwargs):
        raise AssertionError("the size must be checked before the file is opened")

    monkeypatch.setattr(planfile.os, "open", no_opening)
    with pytest.raises(PlanFileError, match=r"te groot.*hooguit 5 MB"):
        read_plan_file(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "iets anders", "version": 1}', "geen planbestand van Wat Werkt"),
        ("[1, 2, 3]", "geen planbestand van Wat Werkt"),
        (b"\xff\xfe\x00bin", "het is geen tekst"),
        ("   ", "is leeg"),
    ],
)
def test_not_a_plan(tmp_path, content, message):
    with pytest.raises(PlanFileError, match=message):
        read_plan_file(_write(tmp_path, content))


def test_duplicate_item_ids(plan, tmp_path):
    document = _document(plan)
    document["items"][1]["id"] = document["items"][0]["id"]
    with pytest.raises(PlanFileError, match="dezelfde id"):
        read_plan_file(_write(tmp_path, json.dumps(document)))


def test_missing_file(tmp_path):
    with pytest.raises(PlanFileError, match="bestaat niet"):
        read_plan_file(tmp_path / "weg.wwplan")


def test_invalid_plan_is_not_written_and_old_file_survives(plan, tmp_path):
    import dataclasses

    path = tmp_path / "plan.wwplan"
    write_plan_file(plan, path)
    before = path.read_bytes()
    broken = dataclasses.replace(plan, items=(dataclasses.replace(plan.items[0], status="later"),))
    with pytest.raises(PlanFileError, match=r"items\[0\]\.status"):
        write_plan_file(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.wwplan"]


def test_failed_write_leaves_no_temporary_file(plan, tmp_path, monkeypatch):
    import os

    from kb_app.core.files import WriteError

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(WriteError, match="kan niet worden geschreven"):
        write_plan_file(plan, tmp_path / "plan.wwplan")
    assert list(tmp_path.iterdir()) == []
