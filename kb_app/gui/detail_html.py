"""The HTML shown in the detail pane and the compare view, built from plain data (no Qt).

Everything that comes from content or the user is escaped; section HTML comes pre-rendered and
sanitised from the build. Only the app's own styles are used — nothing refers to the network.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from kb_app.core.evidence_text import judged_phrase, rating_line
from kb_app.core.formatting import dutch_date
from kb_app.core.model import Evidence, Intervention, Principle, Vocabulary

BADGE_COLOURS = {  # evidence level -> (background, text); the label is always shown too
    "effectief-sterke-aanwijzingen": ("#1b5e20", "#ffffff"),
    "effectief-goede-aanwijzingen": ("#2e7d32", "#ffffff"),
    "effectief-eerste-aanwijzingen": ("#558b2f", "#ffffff"),
    "goed-onderbouwd": ("#1565c0", "#ffffff"),
    "goed-beschreven": ("#5c6bc0", "#ffffff"),
    "niet-beoordeeld": ("#eeeeee", "#333333"),
    "geen-erkenning-gevonden": ("#eeeeee", "#333333"),
    "buiten-erkenningssysteem": ("#e0f2f1", "#004d40"),
    "niet-erkend": ("#b71c1c", "#ffffff"),
}
COMPARE_SECTIONS = ("Doel", "Doelgroep", "Aanpak", "Werkzame elementen",
                    "Randvoorwaarden en kosten")


def badge(level: str, vocabulary: Vocabulary) -> str:
    background, colour = BADGE_COLOURS.get(level, ("#eeeeee", "#333333"))
    label = escape(vocabulary.label("evidence_levels", level))
    return (f'<span style="background-color:{background}; color:{colour};">'
            f"&nbsp;{label}&nbsp;</span>")


def evidence_block(item: Intervention, vocabulary: Vocabulary, today: dt.date) -> str:
    evidence = item.evidence
    term = vocabulary.term("evidence_levels", evidence.level)
    parts = [f"<p><b>Bewijsniveau:</b> {badge(evidence.level, vocabulary)}"]
    phrase = judged_phrase(evidence.level, evidence.date, vocabulary)
    if phrase:
        parts.append(f" &nbsp;{escape(phrase)}")
    if evidence.checked:
        parts.append(f" &nbsp;— nagekeken op {escape(dutch_date(evidence.checked))}")
    if evidence.databank:
        parts.append(f" &nbsp;({escape(evidence.databank)})")
    parts.append("</p>")
    # A rejection is a note a reader must not miss; every other level explains itself.
    if term and evidence.level == "niet-erkend":
        parts.append(f'<p class="warn"><b>Let op:</b> {escape(term.explanation)}</p>')
    elif term:
        parts.append(f"<p><i>{escape(term.explanation)}</i></p>")
    if evidence.is_outdated(today, vocabulary.validity_years):
        parts.append('<p class="warn"><b>Let op:</b> het oordeel is ouder dan 5 jaar — mogelijk '
                     "in herbeoordeling. Kijk in de databank voor de actuele stand.</p>")
    if evidence.note:
        parts.append(f"<p>{escape(evidence.note)}</p>")
    if evidence.source:
        parts.append(f'<p><small>Bron van dit niveau: <a href="{escape(evidence.source)}">'
                     f"{escape(evidence.source)}</a></small></p>")
    parts.extend(_claims_and_ratings(evidence))
    return "".join(parts)


def _claims_and_ratings(evidence: Evidence) -> list[str]:
    """A provider's claim and foreign ratings, each labelled so nobody reads them as the level."""
    parts = []
    if evidence.provider_claim:
        claim = evidence.provider_claim
        parts.append(f'<p class="claim"><b>Volgens de aanbieder:</b> {escape(claim.text)} '
                     "<i>Dit is een claim van de aanbieder zelf, geen erkenning.</i> "
                     f'<small>(<a href="{escape(claim.source)}">bron</a>)</small></p>')
    if evidence.ratings:
        parts.append("<p><b>Buitenlandse beoordelingen</b> (een tweede oordeel, naast het "
                     "Nederlandse niveau):</p><ul>")
        parts.extend(f"<li>{escape(rating_line(r))} "
                     f'<small>(<a href="{escape(r.source)}">bron</a>)</small></li>'
                     for r in evidence.ratings)
        parts.append("</ul>")
    return parts


def _tags(item: Intervention, vocabulary: Vocabulary) -> str:
    groups = (("Thema", "themes", item.themes), ("Voorwaarde", "conditions", item.conditions),
              ("Niveau", "basis_levels", item.basis_levels),
              ("Doelgroep", "target_groups", item.target_groups))
    rows = []
    for label, section, ids in groups:
        names = ", ".join(escape(vocabulary.label(section, i)) for i in ids)
        rows.append(f"<tr><td><b>{label}</b></td><td>{names}</td></tr>")
    kind = escape(vocabulary.label("kinds", item.kind))
    rows.append(f"<tr><td><b>Soort</b></td><td>{kind}</td></tr>")
    return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def intervention_html(item: Intervention, vocabulary: Vocabulary, today: dt.date,
                      principles: list[Principle]) -> str:
    out = [f"<h1>{escape(item.title)}</h1>", f'<p class="summary">{escape(item.summary)}</p>',
           _tags(item, vocabulary), evidence_block(item, vocabulary, today), item.html]
    facts = [("Eigenaar", item.owner), ("Vorm", item.format), ("Kosten", item.costs)]
    out.append("<h2>In het kort</h2><ul>")
    out.extend(f"<li><b>{k}:</b> {escape(v)}</li>" for k, v in facts if v)
    if item.website:
        out.append(f'<li><b>Website:</b> <a href="{escape(item.website)}">'
                   f"{escape(item.website)}</a></li>")
    out.append("</ul>")
    if principles:
        out.append("<h2>Wat werkt: achtergrond</h2><ul>")
        out.extend(f'<li><a href="kb://principle/{escape(p.id)}">{escape(p.title)}</a> — '
                   f"{escape(p.summary)}</li>" for p in principles)
        out.append("</ul>")
    out.append("<h2>Bronnen</h2><ol>")
    out.extend(f'<li><a href="{escape(s.url)}">{escape(s.title)}</a> '
               f"<small>(geraadpleegd {escape(s.accessed)})</small></li>" for s in item.sources)
    out.append(f"</ol><p><small>Laatst nagekeken: {escape(item.last_reviewed)}</small></p>")
    return "".join(out)


def principle_html(principle: Principle, titles: dict[str, str]) -> str:
    out = [f"<h1>{escape(principle.title)}</h1>",
           f'<p class="summary">{escape(principle.summary)}</p>', principle.html]
    if principle.used_by:
        out.append("<h2>Interventies die hierop steunen</h2><ul>")
        out.extend(f'<li><a href="kb://intervention/{escape(i)}">{escape(titles.get(i, i))}'
                   "</a></li>" for i in principle.used_by)
        out.append("</ul>")
    out.append("<h2>Bronnen</h2><ol>")
    out.extend(f'<li><a href="{escape(s.url)}">{escape(s.title)}</a> '
               f"<small>(geraadpleegd {escape(s.accessed)})</small></li>"
               for s in principle.sources)
    out.append("</ol>")
    return "".join(out)


def compare_html(items: list[Intervention], vocabulary: Vocabulary, today: dt.date) -> str:
    width = 100 // max(1, len(items))
    head = "".join(f'<th width="{width}%">{escape(i.title)}</th>' for i in items)
    rows = [f"<tr><th></th>{head}</tr>"]
    for section in COMPARE_SECTIONS:
        cells = "".join(f"<td>{i.sections.get(section, '<p>—</p>')}</td>" for i in items)
        rows.append(f"<tr><th>{escape(section)}</th>{cells}</tr>")
    evidence = "".join(f"<td>{_compare_evidence(i.evidence, vocabulary, today)}</td>"
                       for i in items)
    rows.append(f"<tr><th>Bewijsniveau en datum</th>{evidence}</tr>")
    owners = "".join(f"<td>{escape(i.owner)}</td>" for i in items)
    rows.append(f"<tr><th>Eigenaar</th>{owners}</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="6" width="100%">'
            + "".join(rows) + "</table>")


def _compare_evidence(evidence: Evidence, vocabulary: Vocabulary, today: dt.date) -> str:
    phrase = judged_phrase(evidence.level, evidence.date, vocabulary)
    out = [badge(evidence.level, vocabulary)]
    if phrase:
        out.append(escape(phrase))
    if evidence.checked:
        out.append(f"nagekeken op {escape(dutch_date(evidence.checked))}")
    if evidence.is_outdated(today, vocabulary.validity_years):
        out.append("let op: ouder dan 5 jaar")
    if evidence.provider_claim:
        out.append("<i>volgens de aanbieder:</i> " + escape(evidence.provider_claim.text))
    out.extend(escape(rating_line(r)) for r in evidence.ratings)
    return "<br>".join(out)


STYLE = """
body { font-size: 11pt; line-height: 140%; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 14px; }
p.summary { font-size: 12pt; }
p.warn { background-color: #fff4e5; color: #5d4037; padding: 4px; }
p.claim { background-color: #f3e5f5; color: #4a148c; padding: 4px; }
th { text-align: left; vertical-align: top; }
td { vertical-align: top; }
"""
