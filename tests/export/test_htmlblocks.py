"""The HTML-to-blocks converter: keeps structure and emphasis, never passes markup through."""

from kb_app.export.document import BulletList, Heading, Paragraph, Run, Table
from kb_app.export.htmlblocks import html_to_blocks, markdown_to_blocks


def test_paragraphs_emphasis_and_links():
    [block] = html_to_blocks(
        "<p>Een <strong>vet</strong> en <em>schuin</em> woord, "
        '<a href="https://example.org/a">link</a>.</p>'
    )
    assert block == Paragraph(
        (
            Run("Een "),
            Run("vet", bold=True),
            Run(" en "),
            Run("schuin", italic=True),
            Run(" woord, "),
            Run("link", link="https://example.org/a"),
            Run("."),
        )
    )


def test_internal_and_unsafe_links_become_text():
    [block] = html_to_blocks(
        '<p><a href="kb://principle/x">zie x</a> <a href="javascript:alert(1)">klik</a></p>'
    )
    assert all(run.link == "" for run in block.runs)
    assert "".join(r.text for r in block.runs) == "zie x klik"


def test_lists_headings_tables_and_breaks():
    blocks = html_to_blocks(
        "<h2>Kop</h2>\n<ul>\n<li>een\n<ul><li>genest</li></ul></li>\n<li>twee</li>\n</ul>"
        "<ol><li>eerst</li></ol><p>regel<br>volgende</p>"
        "<table><thead><tr><th>a</th><th>b</th></tr></thead>"
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
        heading_offset=1,
    )
    assert blocks[0] == Heading(3, "Kop")
    assert isinstance(blocks[1], BulletList)
    assert [r[0].text for r in blocks[1].items] == ["een", "genest", "twee"]
    assert blocks[2] == BulletList(((Run("eerst"),),), ordered=True)
    assert [r.text for r in blocks[3].runs] == ["regel", "\n", "volgende"]
    assert blocks[4] == Table(header=("a", "b"), rows=(("1", "2"),))


def test_unknown_tags_keep_only_text_and_entities_are_decoded():
    [block] = html_to_blocks("<p><span class='x'>A &amp; B</span> <mark>c</mark></p>")
    assert block == Paragraph((Run("A & B c"),))


def test_markdown_context_keeps_raw_html_as_text():
    blocks = markdown_to_blocks(
        "## Aanleiding\n\nTekst <script>alert(1)</script> en <b>vet?</b>\n\n<div>blok</div>\n"
    )
    assert blocks[0] == Heading(2, "Aanleiding")
    texts = ["".join(r.text for r in b.runs) for b in blocks[1:]]
    assert texts == ["Tekst <script>alert(1)</script> en <b>vet?</b>", "<div>blok</div>"]
