"""Every export format written atomically and verified, and hostile text in every writer.

The common case the issue found: a PDF over an existing file on a nearly full disk "succeeded"
and left a cut-off PDF. Here each format is written over an old file while the disk fills up or
the writer produces a cut-off file; the old file must survive byte for byte, the message must say
why, and no temporary file may stay behind.
"""

from __future__ import annotations

import errno
import io
import os
import zipfile

import docx
import pytest

from kb_app.core import files
from kb_app.core.files import WriteError
from kb_app.export import writers
from kb_app.export.builder import build_plan_document
from kb_app.export.writers import write_document
from kb_app.plans import operations as ops
from tests.plans.conftest import TODAY

OLD = b"het vorige bestand, dat heel moet blijven\n"
NASTY = "Be\x00gin\x07 \x1b[31mrood\x1b[0m \ud800half\udfff \x0bverticaal\r\nregel \ufffe\x85einde"


def _stub_pdf(content: bytes):
    def write(document, path):
        path.write_bytes(content)

    return write


def _only(folder, *names):
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_full_disk_keeps_the_old_file(plan_document, tmp_path, monkeypatch, fmt):
    target = tmp_path / f"plan.{fmt}"
    target.write_bytes(OLD)
    real_write, real_fsync = os.write, os.fsync

    def no_room(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    # Bytes written by Python go through os.write; the PDF printer writes itself, so its disk
    # runs full at the sync. Either way the old file must survive.
    monkeypatch.setattr(files.os, "write", lambda fd, d: no_room() if fd > 2 else real_write(fd, d))
    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(WriteError, match="niet genoeg ruimte op de schijf"):
        write_document(plan_document, fmt, target, _stub_pdf(b"%PDF-1.4\n...\n%%EOF\n"))
    assert target.read_bytes() == OLD
    _only(tmp_path, target.name)
    assert real_fsync  # (kept for readability of the monkeypatch above)


@pytest.mark.parametrize("cut", [b"%PDF-1.4\n1 0 obj << >> endobj\n", b"", b"%PD"])
def test_a_cut_off_pdf_is_refused(plan_document, tmp_path, cut):
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)
    with pytest.raises(WriteError, match=r"leeg|niet compleet"):
        write_document(plan_document, "pdf", target, _stub_pdf(cut))
    assert target.read_bytes() == OLD
    _only(tmp_path, "plan.pdf")


def test_a_cut_off_docx_is_refused(plan_document, tmp_path, monkeypatch):
    from kb_app.export import docx as docx_module

    whole = docx_module.docx_bytes(plan_document)
    monkeypatch.setattr(docx_module, "docx_bytes", lambda document: whole[: len(whole) // 2])
    target = tmp_path / "plan.docx"
    target.write_bytes(OLD)
    with pytest.raises(WriteError, match="Word-bestand is niet compleet"):
        write_document(plan_document, "docx", target)
    assert target.read_bytes() == OLD
    _only(tmp_path, "plan.docx")


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_an_existing_folder_as_target(plan_document, tmp_path, fmt):
    (tmp_path / "uit").mkdir()
    with pytest.raises(WriteError, match="is een map"):
        write_document(plan_document, fmt, tmp_path / "uit")
    _only(tmp_path, "uit")


def _nasty_plan(plan):
    plan = ops.update_plan(
        plan,
        title=f"Plan {NASTY}",
        context=f"## Kop {NASTY}\n\n{NASTY}",
        author=NASTY,
        organisation=NASTY,
        period=NASTY,
    )
    plan = ops.set_priority(plan, "sociale-cohesie", NASTY)
    return ops.add_local_activity(
        plan,
        f"Activiteit {NASTY}",
        status="gekozen",
        indicator=NASTY,
        rationale=NASTY,
        budget_note=NASTY,
        partner=NASTY,
    )


def test_control_characters_and_surrogates_never_reach_a_writer(plan, reader, tmp_path):
    document = build_plan_document(_nasty_plan(plan), reader, TODAY)
    for fmt in ("md", "html", "docx"):
        write_document(document, fmt, tmp_path / f"plan.{fmt}")
    for fmt in ("md", "html"):
        text = (tmp_path / f"plan.{fmt}").read_text(encoding="utf-8")  # strict: no surrogates
        assert not [c for c in text if ord(c) < 32 and c not in "\n\t"]
        assert "\ufffe" not in text and "\x85" not in text and "\x1b" not in text
        assert "Activiteit Begin" in text and "half verticaal\nregel einde" in text
    word = docx.Document(str(tmp_path / "plan.docx"))
    assert any("Activiteit Begin" in p.text for p in word.paragraphs)
    with zipfile.ZipFile(io.BytesIO((tmp_path / "plan.docx").read_bytes())) as archive:
        assert b"\x1b" not in archive.read("word/document.xml")


def test_the_document_is_cleaned_in_one_place(plan, reader):
    document = writers.clean_document(build_plan_document(_nasty_plan(plan), reader, TODAY))
    texts = []

    def collect(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            for item in value:
                collect(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                collect(getattr(value, name))

    collect(document)
    assert texts and not [t for t in texts if any(ord(c) < 32 and c not in "\n\t" for c in t)]
    assert not [t for t in texts if any(0xD800 <= ord(c) <= 0xDFFF for c in t)]


@pytest.mark.gui
def test_real_pdf_is_verified_and_gets_normal_permissions(qapp, plan, reader, tmp_path):
    from kb_app.gui.pdf import write_pdf

    document = build_plan_document(_nasty_plan(plan), reader, TODAY)
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)
    previous = os.umask(0o022)
    try:
        write_document(document, "pdf", target, write_pdf)
    finally:
        os.umask(previous)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    _only(tmp_path, "plan.pdf")
