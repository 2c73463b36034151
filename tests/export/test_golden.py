"""Markdown and HTML exports of the sample plan and kit, compared with reviewed golden files."""

from kb_app.export.html import write_html
from kb_app.export.markdown import write_markdown
from tests.export.conftest import assert_golden


def test_plan_markdown(plan_document):
    assert_golden("plan.md", write_markdown(plan_document))


def test_plan_html(plan_document):
    assert_golden("plan.html", write_html(plan_document))


def test_kit_markdown(kit_document):
    assert_golden("kit.md", write_markdown(kit_document))
