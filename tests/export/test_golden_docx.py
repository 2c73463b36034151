"""The Word export of the sample plan, Dutch and English, against a reviewed golden
``word/document.xml``.

Only the main part is compared, normalised so that what python-docx or Word may vary between runs
does not count: revision ids (``w:rsid*``), paragraph and text ids (``w14:paraId``,
``w14:textId``), relationship and drawing ids, and any date. Everything a reader sees — text,
styles, tables, fields, page breaks, links — does count. The XML is pretty-printed one element a
line, so a difference reads as a small diff.

To accept a change on purpose, regenerate and review the diff in git:
    KB_UPDATE_GOLDEN=1 python -m pytest tests/export/test_golden_docx.py
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from kb_app.export.document import Document
from kb_app.export.docx import docx_bytes
from kb_app.export.writers import clean_document
from tests.export.conftest import assert_golden

# Attributes whose values change between runs or tools without changing the document.
_NUMBERED = {"id"}  # wp:docPr/@id, pic:cNvPr/@id, r:id: renumbered in order of appearance
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?")


def normalised_document_xml(data: bytes) -> str:
    """``word/document.xml`` of a .docx and its footers (the page numbers' words), without
    volatile ids and dates, pretty-printed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        footers = sorted(n for n in archive.namelist() if re.match(r"word/footer\d+\.xml$", n))
        parts = {name: archive.read(name) for name in ("word/document.xml", *footers)}
    return "".join(f"<!-- {name} -->\n{_normalised(xml)}" for name, xml in parts.items())


def _normalised(xml: bytes) -> str:
    root = etree.fromstring(xml)
    numbers: dict[str, str] = {}
    for element in root.iter():
        for name in list(element.attrib):
            local = etree.QName(name).localname
            if re.match(r"rsid\w*$|paraId$|textId$", local):
                del element.attrib[name]
            elif local in _NUMBERED:
                value = element.attrib[name]
                element.attrib[name] = numbers.setdefault(f"{name}={value}", f"#{len(numbers) + 1}")
            else:
                element.attrib[name] = _DATE.sub("DATE", element.attrib[name])
        if element.text:
            element.text = _DATE.sub("DATE", element.text)
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="unicode") + "\n"


def assert_docx_golden(name: str, document: Document) -> None:
    assert_golden(name, normalised_document_xml(docx_bytes(clean_document(document))))


def test_plan_docx_dutch(plan_document):
    assert_docx_golden("plan.docx.xml", plan_document)


def test_plan_docx_english(plan_document_en):
    assert_docx_golden("plan.en.docx.xml", plan_document_en)


def test_normalising_drops_only_what_varies():
    xml = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:body><w:p w:rsidR="00AB12CD"><w:r><w:t>Tekst 2026-11-30T12:00:00Z</w:t></w:r></w:p>'
        b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
        archive.writestr("word/footer1.xml", xml.replace(b"Tekst", b"Voet"))
    text = normalised_document_xml(buffer.getvalue())
    assert "rsid" not in text and "<w:t>Tekst DATE</w:t>" in text
    assert text.index("<!-- word/document.xml -->") < text.index("<w:t>Voet DATE</w:t>")
