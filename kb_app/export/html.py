"""Write a ``Document`` as one self-contained HTML file: inline CSS, no scripts, no external
resources, and every piece of text escaped.

The same HTML is what Qt prints to PDF (``kb_app.gui.pdf``), so it sticks to what QTextDocument
understands: simple CSS, ``border``/``cellpadding`` attributes on tables, widths in percent and
``page-break-before`` on the element after a page break.
"""

from __future__ import annotations

import base64
from html import escape

from kb_app.export import document as d
from kb_app.export.document import BlockWriter, InlineStyle, flow, heading_anchors, inline_markup

_BREAK = ' style="page-break-before: always"'

CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a;
       line-height: 1.4; max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 24pt; color: #123b5c; margin: 0 0 0.3em 0; }
h2 { font-size: 17pt; color: #123b5c; margin: 1.2em 0 0.4em 0; }
h3 { font-size: 13.5pt; color: #1f5a85; margin: 1.1em 0 0.3em 0; }
h4 { font-size: 11.5pt; color: #1f5a85; margin: 0.9em 0 0.2em 0; }
p { margin: 0.35em 0; }
p.note { color: #3d3d3d; background-color: #eef3f7; padding: 4px; }
p.subtitle { font-size: 15pt; color: #1f5a85; }
p.contents-title { font-size: 15pt; font-weight: bold; color: #123b5c; }
table.grid { border-collapse: collapse; margin: 0.5em 0 0.8em 0; font-size: 9pt; }
table.grid th { background-color: #dbe6ef; text-align: left; }
table.grid th, table.grid td { border: 1px solid #8a9aa8; padding: 4px; vertical-align: top; }
a { color: #1f5a85; }
ul, ol { margin-top: 0.2em; margin-bottom: 0.5em; }
"""


def _emphasis(value: str, bold: bool, italic: bool) -> str:
    value = f"<em>{value}</em>" if italic else value
    return f"<strong>{value}</strong>" if bold else value


STYLE = InlineStyle(
    line_break="<br>",
    escape=escape,
    emphasis=_emphasis,
    link=lambda value, url: f'<a href="{escape(url)}">{value}</a>',
)


def inline(runs: d.Inline) -> str:
    return inline_markup(runs, STYLE)


def _cell(tag: str, value: str, width: str = "") -> str:
    body = "<br>".join(escape(line) for line in value.split("\n"))
    return f"<{tag}{width}>{body}</{tag}>"


class _Writer(BlockWriter[str]):
    """One block as HTML; ``anchor`` and ``brk`` (a page break before it) are set per block."""

    def __init__(self, document: d.Document) -> None:
        self.document = document
        self.anchors = heading_anchors(document.blocks)
        self.anchor = self.brk = ""

    def table(self, block: d.Table) -> str:
        weights = block.widths or (1,) * len(block.header)
        total = sum(weights)
        widths = [f' width="{round(100 * w / total)}%"' for w in weights]
        head = "".join(_cell("th", h, w) for h, w in zip(block.header, widths, strict=False))
        rows = "".join(
            "<tr>" + "".join(_cell("td", c) for c in row) + "</tr>\n" for row in block.rows
        )
        return (
            f'<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%"'
            f"{self.brk}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody></table>"
        )

    def contents(self, block: d.Contents) -> str:
        entries = []
        for index, item in enumerate(self.document.blocks):
            if isinstance(item, d.Heading) and item.level <= 2:
                link = f'<a href="#{self.anchors[index]}">{escape(item.text)}</a>'
                entries.append(
                    f"<li>{link}</li>"
                    if item.level == 1
                    else f'<li style="margin-left: 1.5em">{link}</li>'
                )
        return (
            f'<div class="contents"{self.brk}><p class="contents-title">{escape(block.title)}</p>'
            '\n<ul style="list-style-type: none">\n' + "\n".join(entries) + "\n</ul></div>"
        )

    def title_page(self, block: d.TitlePage) -> str:
        # The spacing is inline: QTextDocument ignores margins on a div around the title.
        parts = [
            f'<div class="titlepage"{self.brk}>',
            f'<h1 style="margin-top: 160px">{escape(block.title)}</h1>',
        ]
        if block.subtitle:
            parts.append(f'<p class="subtitle">{escape(block.subtitle)}</p>')
        parts += [f"<p>{escape(line)}</p>" for line in block.lines]
        return "\n".join([*parts, "</div>"])

    def chart(self, block: d.Chart) -> str:
        """The chart as an embedded PNG (one self-contained file); nothing when none was drawn."""
        if not block.png:
            return ""
        data = base64.b64encode(block.png).decode("ascii")
        return (
            f'<p class="chart"{self.brk}><img src="data:image/png;base64,{data}" width="600" '
            f'alt="{escape(block.alt)}"></p>'
        )

    def heading(self, block: d.Heading) -> str:
        level = min(block.level + 1, 6)
        return f'<h{level} id="{self.anchor}"{self.brk}>{escape(block.text)}</h{level}>'

    def paragraph(self, block: d.Paragraph) -> str:
        css = f' class="{block.style}"' if block.style else ""
        return f"<p{css}{self.brk}>{inline(block.runs)}</p>"

    def bullet_list(self, block: d.BulletList) -> str:
        tag = "ol" if block.ordered else "ul"
        items = "\n".join(f"<li>{inline(item)}</li>" for item in block.items)
        return f"<{tag}{self.brk}>\n{items}\n</{tag}>"


def write_html(document: d.Document) -> str:
    writer = _Writer(document)
    body: list[str] = []
    for index, block, broken in flow(document.blocks):
        writer.anchor = writer.anchors.get(index, "")
        writer.brk = _BREAK if broken and body else ""  # no empty page before everything
        body.append(writer.block(block))
    language = escape(document.language.split("-")[0])
    author = (
        f'<meta name="author" content="{escape(document.author)}">\n' if document.author else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(document.title)}</title>\n{author}"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
