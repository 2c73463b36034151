"""The HTML shown in the detail pane and the compare view, built from plain data (no Qt).

Everything that comes from content or the user is escaped; section HTML comes pre-rendered and
sanitised from the build; a link from a field (website, source) is a link only when
``core.links`` calls it safe. Only the app's own styles are used — nothing refers to the network.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from kb_app.core.evidence_colours import evidence_colours
from kb_app.core.evidence_text import judged_phrase, rating_line
from kb_app.core.formatting import local_date
from kb_app.core.links import is_safe_link
from kb_app.core.model import Evidence, Intervention, Principle, Source, Vocabulary

# The app's fixed words in these pages, in English; the content itself stays Dutch. Tests take
# this table as the list of Dutch words that must not show in the English interface.
ENGLISH = {
    "Bewijsniveau:": "Evidence level:",
    "beoordeeld": "judged",
    "erkend": "recognised",
    "Let op:": "Note:",
    "het oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling. Kijk in de databank voor de "
    "actuele stand.": "the judgement is more than 5 years old and may be under review. Check "
    "the databank for the current state.",
    "Thema": "Theme",
    "Voorwaarde": "Condition",
    "Niveau": "Level",
    "Doelgroep": "Target group",
    "Soort": "Kind",
    "Eigenaar": "Owner",
    "Vorm": "Format",
    "Kosten": "Costs",
    "Website:": "Website:",
    "In het kort": "At a glance",
    "Wat werkt: achtergrond": "What works: background",
    "Bronnen": "Sources",
    "geraadpleegd": "accessed",
    "Laatst nagekeken:": "Last checked:",
    "Interventies die hierop steunen": "Interventions that build on this",
    "datum onbekend": "date unknown",
    "let op: ouder dan 5 jaar": "note: more than 5 years old",
    "Bewijsniveau en datum": "Evidence level and date",
    "Doel": "Aim",
    "Aanpak": "Approach",
    "Werkzame elementen": "Active ingredients",
    "Randvoorwaarden en kosten": "Conditions and costs",
    "nagekeken op": "checked on",
    "Bron van dit niveau:": "Source of this level:",
    "Volgens de aanbieder:": "According to the provider:",
    "volgens de aanbieder:": "according to the provider:",
    "Dit is een claim van de aanbieder zelf, geen erkenning.": (
        "This is the provider's own claim, not a recognition."
    ),
    "bron": "source",
    "Buitenlandse beoordelingen": "International ratings",
    "(een tweede oordeel, naast het Nederlandse niveau):": (
        "(a second judgement, beside the Dutch level):"
    ),
}


def _t(text: str, lang: str) -> str:
    """The fixed word in the interface language (Dutch is the source)."""
    return ENGLISH.get(text, text) if lang == "en" else text


COMPARE_SECTIONS = (
    "Doel",
    "Doelgroep",
    "Aanpak",
    "Werkzame elementen",
    "Randvoorwaarden en kosten",
)


def badge(level: str, vocabulary: Vocabulary, lang: str = "nl") -> str:
    """The level's label on its colour; non-breaking spaces keep it on one line."""
    background, colour = evidence_colours(level)
    label = escape(vocabulary.label("evidence_levels", level, lang)).replace(" ", "&nbsp;")
    return (
        f'<span style="background-color:{background}; color:{colour}; '
        f'white-space:nowrap;">&nbsp;{label}&nbsp;</span>'
    )


def _link(url: str, label_html: str) -> str:
    """``label_html`` linked to ``url``; just the label when the link is not safe to follow."""
    if not is_safe_link(url):
        return label_html
    return f'<a href="{escape(url)}">{label_html}</a>'


def _phrase(evidence: Evidence, vocabulary: Vocabulary, lang: str) -> str:
    """``erkend 2021`` in the interface language (as precise as the source gives the date)."""
    phrase = judged_phrase(evidence.level, evidence.date, vocabulary)
    if lang == "en" and phrase:
        verb = phrase.partition(" ")[0]
        when = local_date(evidence.date, lang)
        phrase = _t(phrase, lang) if phrase == "datum onbekend" else f"{_t(verb, lang)} {when}"
    return phrase


def evidence_block(
    item: Intervention, vocabulary: Vocabulary, today: dt.date, lang: str = "nl"
) -> str:
    evidence = item.evidence
    term = vocabulary.term("evidence_levels", evidence.level)
    parts = [f"<p><b>{_t('Bewijsniveau:', lang)}</b> {badge(evidence.level, vocabulary, lang)}"]
    phrase = _phrase(evidence, vocabulary, lang)
    if phrase:
        parts.append(f" &nbsp;{escape(phrase)}")
    if evidence.checked:
        checked = escape(local_date(evidence.checked, lang))
        parts.append(f" &nbsp;— {_t('nagekeken op', lang)} {checked}")
    if evidence.databank:
        parts.append(f" &nbsp;({escape(evidence.databank)})")
    parts.append("</p>")
    # A rejection is a note a reader must not miss; every other level explains itself.
    if term and evidence.level == "niet-erkend":
        parts.append(
            f'<p class="warn"><b>{_t("Let op:", lang)}</b> {escape(term.explain(lang))}</p>'
        )
    elif term:
        parts.append(f"<p><i>{escape(term.explain(lang))}</i></p>")
    if evidence.is_outdated(today, vocabulary.validity_years):
        old = _t(
            "het oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling. Kijk in de "
            "databank voor de actuele stand.",
            lang,
        )
        parts.append(f'<p class="warn"><b>{_t("Let op:", lang)}</b> {old}</p>')
    if evidence.note:
        parts.append(f"<p>{escape(evidence.note)}</p>")
    if evidence.source:
        parts.append(
            f"<p><small>{_t('Bron van dit niveau:', lang)} "
            f"{_link(evidence.source, escape(evidence.source))}</small></p>"
        )
    parts.extend(_claims_and_ratings(evidence, lang))
    return "".join(parts)


def _claims_and_ratings(evidence: Evidence, lang: str = "nl") -> list[str]:
    """A provider's claim and foreign ratings, each labelled so nobody reads them as the level."""
    parts = []
    source = _t("bron", lang)
    if evidence.provider_claim:
        claim = evidence.provider_claim
        parts.append(
            f'<p class="claim"><b>{_t("Volgens de aanbieder:", lang)}</b> '
            f"{escape(claim.text)} "
            f"<i>{_t('Dit is een claim van de aanbieder zelf, geen erkenning.', lang)}"
            f"</i> <small>({_link(claim.source, source)})</small></p>"
        )
    if evidence.ratings:
        parts.append(
            f"<p><b>{_t('Buitenlandse beoordelingen', lang)}</b> "
            f"{_t('(een tweede oordeel, naast het Nederlandse niveau):', lang)}</p><ul>"
        )
        parts.extend(
            f"<li>{escape(rating_line(r))} <small>({_link(r.source, source)})</small></li>"
            for r in evidence.ratings
        )
        parts.append("</ul>")
    return parts


def _tags(item: Intervention, vocabulary: Vocabulary, lang: str = "nl") -> str:
    groups = (
        ("Thema", "themes", item.themes),
        ("Voorwaarde", "conditions", item.conditions),
        ("Niveau", "basis_levels", item.basis_levels),
        ("Doelgroep", "target_groups", item.target_groups),
    )
    rows = []
    for label, section, ids in groups:
        names = ", ".join(escape(vocabulary.label(section, i, lang)) for i in ids)
        rows.append(f"<tr><td><b>{_t(label, lang)}</b></td><td>{names}</td></tr>")
    kind = escape(vocabulary.label("kinds", item.kind, lang))
    rows.append(f"<tr><td><b>{_t('Soort', lang)}</b></td><td>{kind}</td></tr>")
    return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def intervention_html(
    item: Intervention,
    vocabulary: Vocabulary,
    today: dt.date,
    principles: list[Principle],
    lang: str = "nl",
) -> str:
    out = [
        f"<h1>{escape(item.title)}</h1>",
        f'<p class="summary">{escape(item.summary)}</p>',
        _tags(item, vocabulary, lang),
        evidence_block(item, vocabulary, today, lang),
        item.html,
    ]
    facts = [("Eigenaar", item.owner), ("Vorm", item.format), ("Kosten", item.costs)]
    out.append(f"<h2>{_t('In het kort', lang)}</h2><ul>")
    out.extend(f"<li><b>{_t(k, lang)}:</b> {escape(v)}</li>" for k, v in facts if v)
    if item.website:
        website = _link(item.website, escape(item.website))
        out.append(f"<li><b>{_t('Website:', lang)}</b> {website}</li>")
    out.append("</ul>")
    if principles:
        out.append(f"<h2>{_t('Wat werkt: achtergrond', lang)}</h2><ul>")
        out.extend(
            f'<li><a href="kb://principle/{escape(p.id)}">{escape(p.title)}</a> — '
            f"{escape(p.summary)}</li>"
            for p in principles
        )
        out.append("</ul>")
    out.append(_sources(item.sources, lang))
    out.append(
        f"<p><small>{_t('Laatst nagekeken:', lang)} {escape(item.last_reviewed)}</small></p>"
    )
    return "".join(out)


def _sources(sources: tuple[Source, ...], lang: str) -> str:
    items = "".join(
        f"<li>{_link(s.url, escape(s.title))} "
        f"<small>({_t('geraadpleegd', lang)} {escape(s.accessed)})</small></li>"
        for s in sources
    )
    return f"<h2>{_t('Bronnen', lang)}</h2><ol>{items}</ol>"


def principle_html(principle: Principle, titles: dict[str, str], lang: str = "nl") -> str:
    out = [
        f"<h1>{escape(principle.title)}</h1>",
        f'<p class="summary">{escape(principle.summary)}</p>',
        principle.html,
    ]
    if principle.used_by:
        out.append(f"<h2>{_t('Interventies die hierop steunen', lang)}</h2><ul>")
        out.extend(
            f'<li><a href="kb://intervention/{escape(i)}">{escape(titles.get(i, i))}</a></li>'
            for i in principle.used_by
        )
        out.append("</ul>")
    out.append(_sources(principle.sources, lang))
    return "".join(out)


def compare_html(
    items: list[Intervention], vocabulary: Vocabulary, today: dt.date, lang: str = "nl"
) -> str:
    """Row labels in a fixed first column that never squeezes to a letter per line."""
    width = 84 // max(1, len(items))
    head = "".join(f'<th width="{width}%">{escape(i.title)}</th>' for i in items)
    rows = [f'<tr><th width="16%"></th>{head}</tr>']

    def row(label: str, cells: str) -> str:
        return f'<tr><th style="white-space:nowrap;">{escape(_t(label, lang))}</th>{cells}</tr>'

    for section in COMPARE_SECTIONS:
        rows.append(
            row(section, "".join(f"<td>{i.sections.get(section, '<p>—</p>')}</td>" for i in items))
        )
    rows.append(
        row(
            "Bewijsniveau en datum",
            "".join(
                f"<td>{_compare_evidence(i.evidence, vocabulary, today, lang)}</td>" for i in items
            ),
        )
    )
    rows.append(row("Eigenaar", "".join(f"<td>{escape(i.owner)}</td>" for i in items)))
    return (
        '<table border="1" cellspacing="0" cellpadding="6" width="100%">'
        + "".join(rows)
        + "</table>"
    )


def _compare_evidence(
    evidence: Evidence, vocabulary: Vocabulary, today: dt.date, lang: str = "nl"
) -> str:
    phrase = _phrase(evidence, vocabulary, lang)
    out = [badge(evidence.level, vocabulary, lang)]
    if phrase:
        out.append(escape(phrase))
    if evidence.checked:
        out.append(f"{_t('nagekeken op', lang)} {escape(local_date(evidence.checked, lang))}")
    if evidence.is_outdated(today, vocabulary.validity_years):
        out.append(_t("let op: ouder dan 5 jaar", lang))
    if evidence.provider_claim:
        out.append(
            f"<i>{_t('volgens de aanbieder:', lang)}</i> " + escape(evidence.provider_claim.text)
        )
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
