"""Markdown and HTML exports of the sample plan and kit, Dutch and English, compared with
reviewed golden files (``conftest.assert_golden`` says how to accept a change on purpose)."""

import pytest

from kb_app.export.html import write_html
from kb_app.export.markdown import write_markdown
from tests.export.conftest import assert_golden


@pytest.mark.parametrize(
    ("golden", "fixture", "writer"),
    [
        ("plan.md", "plan_document", write_markdown),
        ("plan.html", "plan_document", write_html),
        ("kit.md", "kit_document", write_markdown),
        ("plan.en.md", "plan_document_en", write_markdown),
        ("plan.en.html", "plan_document_en", write_html),
        ("kit.en.md", "kit_document_en", write_markdown),
    ],
)
def test_export_matches_its_golden_file(request, golden, fixture, writer):
    assert_golden(golden, writer(request.getfixturevalue(fixture)))
