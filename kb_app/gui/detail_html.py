"""The HTML shown in the detail pane and the compare view, built from plain data (no Qt).

Everything that comes from content or the user is escaped; section HTML comes pre-rendered and
sanitised from the build. Only the app's own styles are used — nothing refers to the network.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from kb_app.core.evidence_colours import evidence_colours
from kb_app.core.model import Intervention, Principle, Vocabulary

# The app's fixed words in these pages, in English; the content itself stays Dutch. Tests take
# this table as the list of Dutch words that must not show in the English interface.
ENGLISH = {
    "Bewijsniveau:": "Evidence level:", "beoordeeld": "judged", "Let op:": "Note:",
    "het oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling. Kijk in de databank voor de "
    "actuele stand.": "the judgement is more than 5 years old and may be under review. Check "
    "the databank for the current state.",
    "Thema": "Theme", "Voorwaarde": "Condition", "Niveau": "Level", "Doelgroep": "Target group",
    "Soort": "Kind", "Eigenaar": "Owner", "Vorm": "Format", "Kosten": "Costs",
    "Website:": "Website:", "In het kort": "At a glance", "Wat werkt: achtergrond":
    "What works: background", "Bronnen": "Sources", "geraadpleegd": "accessed",
    "Laatst nagekeken:": "Last checked:", "Interventies die hierop steunen":
    "Interventions that build on this", "datum onbekend": "date unknown",
    "let op: ouder dan 5 jaar": "note: more than 5 years old",
    "Bewijsniveau en datum": "Evidence level and date", "Doel": "Aim", "Aanpak": "Approach",
    "Werkzame elementen": "Active ingredients",
    "Randvoorwaarden en kosten": "Conditions and costs",
}


def _t(text: str, lang: str) -> str:
    """The fixed word in the interface language (Dutch is the source)."""
    return ENGLISH.get(text, text) if lang == "en" else text


COMPARE_SECTIONS = ("Doel", "Doelgroep", "Aanpak", "Werkzame elementen",
                    "Randvoorwaarden en kosten")


def badge(level: str, vocabulary: Vocabulary, lang: str = "nl") -> str:
    """The level's label on its colour; non-breaking spaces keep it on one line."""
    background, colour = evidence_colours(level)
    label = escape(vocabulary.label("evidence_levels", level, lang)).replace(" ", "&nbsp;")
    return (f'<span style="background-color:{background}; color:{colour}; '
            f'white-space:nowrap;">&nbsp;{label}&nbsp;</span>')


def evidence_block(item: Intervention, vocabulary: Vocabulary, today: dt.date,
                   lang: str = "nl") -> str:
    term = vocabulary.term("evidence_levels", item.evidence.level)
    parts = [f"<p><b>{_t('Bewijsniveau:', lang)}</b> "
             f"{badge(item.evidence.level, vocabulary, lang)}"]
    if item.evidence.date:
        parts.append(f" &nbsp;{_t('beoordeeld', lang)} {escape(item.evidence.date)}")
    if item.evidence.databank:
        parts.append(f" &nbsp;({escape(item.evidence.databank)})")
    parts.append("</p>")
    # Unknown and rejected levels are notes a reader must not miss; the others explain.
    if term and item.evidence.level in ("niet-beoordeeld", "niet-erkend"):
        parts.append(f'<p class="warn"><b>{_t("Let op:", lang)}</b> '
                     f"{escape(term.explain(lang))}</p>")
    elif term:
        parts.append(f"<p><i>{escape(term.explain(lang))}</i></p>")
    if item.evidence.is_outdated(today, vocabulary.validity_years):
        old = _t("het oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling. Kijk in de "
                 "databank voor de actuele stand.", lang)
        parts.append(f'<p class="warn"><b>{_t("Let op:", lang)}</b> {old}</p>')
    if item.evidence.note:
        parts.append(f"<p>{escape(item.evidence.note)}</p>")
    return "".join(parts)


def _tags(item: Intervention, vocabulary: Vocabulary, lang: str = "nl") -> str:
    groups = (("Thema", "themes", item.themes), ("Voorwaarde", "conditions", item.conditions),
              ("Niveau", "basis_levels", item.basis_levels),
              ("Doelgroep", "target_groups", item.target_groups))
    rows = []
    for label, section, ids in groups:
        names = ", ".join(escape(vocabulary.label(section, i, lang)) for i in ids)
        rows.append(f"<tr><td><b>{_t(label, lang)}</b></td><td>{names}</td></tr>")
    kind = escape(vocabulary.label("kinds", item.kind, lang))
    rows.append(f"<tr><td><b>{_t('Soort', lang)}</b></td><td>{kind}</td></tr>")
    return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def intervention_html(item: Intervention, vocabulary: Vocabulary, today: dt.date,
                      principles: list[Principle], lang: str = "nl") -> str:
    out = [f"<h1>{escape(item.title)}</h1>", f'<p class="summary">{escape(item.summary)}</p>',
           _tags(item, vocabulary, lang), evidence_block(item, vocabulary, today, lang), item.html]
    facts = [("Eigenaar", item.owner), ("Vorm", item.format), ("Kosten", item.costs)]
    out.append(f"<h2>{_t('In het kort', lang)}</h2><ul>")
    out.extend(f"<li><b>{_t(k, lang)}:</b> {escape(v)}</li>" for k, v in facts if v)
    if item.website:
        out.append(f'<li><b>{_t("Website:", lang)}</b> <a href="{escape(item.website)}">'
                   f"{escape(item.website)}</a></li>")
    out.append("</ul>")
    if principles:
        out.append(f"<h2>{_t('Wat werkt: achtergrond', lang)}</h2><ul>")
        out.extend(f'<li><a href="kb://principle/{escape(p.id)}">{escape(p.title)}</a> — '
                   f"{escape(p.summary)}</li>" for p in principles)
        out.append("</ul>")
    out.append(_sources(item.sources, lang))
    out.append(f"<p><small>{_t('Laatst nagekeken:', lang)} "
               f"{escape(item.last_reviewed)}</small></p>")
    return "".join(out)


def _sources(sources, lang: str) -> str:
    items = "".join(f'<li><a href="{escape(s.url)}">{escape(s.title)}</a> '
                    f"<small>({_t('geraadpleegd', lang)} {escape(s.accessed)})</small></li>"
                    for s in sources)
    return f"<h2>{_t('Bronnen', lang)}</h2><ol>{items}</ol>"


def principle_html(principle: Principle, titles: dict[str, str], lang: str = "nl") -> str:
    out = [f"<h1>{escape(principle.title)}</h1>",
           f'<p class="summary">{escape(principle.summary)}</p>', principle.html]
    if principle.used_by:
        out.append(f"<h2>{_t('Interventies die hierop steunen', lang)}</h2><ul>")
        out.extend(f'<li><a href="kb://intervention/{escape(i)}">{escape(titles.get(i, i))}'
                   "</a></li>" for i in principle.used_by)
        out.append("</ul>")
    out.append(_sources(principle.sources, lang))
    return "".join(out)


def compare_html(items: list[Intervention], vocabulary: Vocabulary, today: dt.date,
                 lang: str = "nl") -> str:
    """Row labels in a fixed first column that never squeezes to a letter per line."""
    width = 84 // max(1, len(items))
    head = "".join(f'<th width="{width}%">{escape(i.title)}</th>' for i in items)
    rows = [f'<tr><th width="16%"></th>{head}</tr>']

    def row(label: str, cells: str) -> str:
        return f'<tr><th style="white-space:nowrap;">{escape(_t(label, lang))}</th>{cells}</tr>'

    for section in COMPARE_SECTIONS:
        rows.append(row(section, "".join(f"<td>{i.sections.get(section, '<p>—</p>')}</td>"
                                         for i in items)))
    unknown, old = _t("datum onbekend", lang), _t("let op: ouder dan 5 jaar", lang)
    evidence = "".join(
        f"<td>{badge(i.evidence.level, vocabulary, lang)}<br>{escape(i.evidence.date or unknown)}"
        + (f"<br>{old}" if i.evidence.is_outdated(today) else "") + "</td>" for i in items)
    rows.append(row("Bewijsniveau en datum", evidence))
    rows.append(row("Eigenaar", "".join(f"<td>{escape(i.owner)}</td>" for i in items)))
    return ('<table border="1" cellspacing="0" cellpadding="6" width="100%">'
            + "".join(rows) + "</table>")


STYLE = """
body { font-size: 11pt; line-height: 140%; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 14px; }
p.summary { font-size: 12pt; }
p.warn { background-color: #fff4e5; color: #5d4037; padding: 4px; }
th { text-align: left; vertical-align: top; }
td { vertical-align: top; }
"""
