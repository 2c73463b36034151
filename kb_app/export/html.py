"""Write a ``Document`` as one self-contained HTML file: inline CSS, no scripts, no external
resources, and every piece of text escaped.

The same HTML is what Qt prints to PDF (``kb_app.gui.pdf``), so it sticks to what QTextDocument
understands: simple CSS, ``border``/``cellpadding`` attributes on tables, widths in percent and
``page-break-before`` on the element after a page break.
"""

from __future__ import annotations

import base64
from html import escape

from kb_app.export.document import (
    Block,
    BulletList,
    Chart,
    Contents,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Table,
    TitlePage,
    heading_anchors,
)

_SAFE_LINKS = ("http://", "https://", "mailto:")
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


def inline(runs: Inline) -> str:
    parts = []
    for run in runs:
        if run.text == "\n":
            parts.append("<br>")
            continue
        value = escape(run.text)
        if run.italic:
            value = f"<em>{value}</em>"
        if run.bold:
            value = f"<strong>{value}</strong>"
        if run.link and run.link.lower().startswith(_SAFE_LINKS):
            value = f'<a href="{escape(run.link)}">{value}</a>'
        parts.append(value)
    return "".join(parts)


def _cell(tag: str, value: str, width: str = "") -> str:
    body = "<br>".join(escape(line) for line in value.split("\n"))
    return f"<{tag}{width}>{body}</{tag}>"


def _table(block: Table, brk: str) -> str:
    weights = block.widths or (1,) * len(block.header)
    total = sum(weights)
    widths = [f' width="{round(100 * w / total)}%"' for w in weights]
    head = "".join(_cell("th", h, w) for h, w in zip(block.header, widths, strict=False))
    rows = "".join("<tr>" + "".join(_cell("td", c) for c in row) + "</tr>\n" for row in block.rows)
    return (
        f'<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%"{brk}>'
        f"\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody></table>"
    )


def _contents(block: Contents, document: Document, brk: str) -> str:
    anchors = heading_anchors(document.blocks)
    entries = []
    for index, item in enumerate(document.blocks):
        if isinstance(item, Heading) and item.level <= 2:
            link = f'<a href="#{anchors[index]}">{escape(item.text)}</a>'
            entries.append(
                f"<li>{link}</li>"
                if item.level == 1
                else f'<li style="margin-left: 1.5em">{link}</li>'
            )
    return (
        f'<div class="contents"{brk}><p class="contents-title">{escape(block.title)}</p>\n'
        f'<ul style="list-style-type: none">\n' + "\n".join(entries) + "\n</ul></div>"
    )


def _title_page(block: TitlePage, brk: str) -> str:
    # The spacing is inline: QTextDocument ignores margins on a div around the title.
    parts = [
        f'<div class="titlepage"{brk}>',
        f'<h1 style="margin-top: 160px">{escape(block.title)}</h1>',
    ]
    if block.subtitle:
        parts.append(f'<p class="subtitle">{escape(block.subtitle)}</p>')
    parts += [f"<p>{escape(line)}</p>" for line in block.lines]
    return "\n".join([*parts, "</div>"])


def _chart(block: Chart, brk: str) -> str:
    """The chart as an embedded PNG (one self-contained file); nothing when none was drawn."""
    if not block.png:
        return ""
    data = base64.b64encode(block.png).decode("ascii")
    return (
        f'<p class="chart"{brk}><img src="data:image/png;base64,{data}" width="600" '
        f'alt="{escape(block.alt)}"></p>'
    )


def _block(block: Block, document: Document, anchor: str, brk: str) -> str:
    if isinstance(block, Heading):
        level = min(block.level + 1, 6)
        return f'<h{level} id="{anchor}"{brk}>{escape(block.text)}</h{level}>'
    if isinstance(block, Paragraph):
        css = f' class="{block.style}"' if block.style else ""
        return f"<p{css}{brk}>{inline(block.runs)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.ordered else "ul"
        items = "\n".join(f"<li>{inline(item)}</li>" for item in block.items)
        return f"<{tag}{brk}>\n{items}\n</{tag}>"
    if isinstance(block, Table):
        return _table(block, brk)
    if isinstance(block, TitlePage):
        return _title_page(block, brk)
    if isinstance(block, Contents):
        return _contents(block, document, brk)
    if isinstance(block, Chart):
        return _chart(block, brk)
    raise TypeError(f"unknown block {block!r}")


def write_html(document: Document) -> str:
    anchors = heading_anchors(document.blocks)
    body: list[str] = []
    pending_break = False
    for index, block in enumerate(document.blocks):
        if isinstance(block, PageBreak):
            pending_break = bool(body)  # a break before anything would make an empty page
            continue
        body.append(
            _block(block, document, anchors.get(index, ""), _BREAK if pending_break else "")
        )
        pending_break = False
    language = escape(document.language.split("-")[0])
    author = (
        f'<meta name="author" content="{escape(document.author)}">\n' if document.author else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(document.title)}</title>\n{author}"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
