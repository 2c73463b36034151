"""The exports' fixed text in Dutch and English: one catalogue and the formatting that goes with it.

The export layer sits below the GUI, so it cannot use Qt's translations; this small catalogue is
its own. Every heading, label, table header and sentence an export writes itself is here, keyed by
a short name, with the Dutch first (the product's language and the default) and the English
second. Content — intervention texts, a plan's own words — is never translated. Dates, amounts and
numbers follow the language too ("30 November 2026", "€12,500", "7.25"); vocabulary labels come
from the vocabulary's own English (``Term.text(lang)``), Dutch when none exists yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kb_app.core.evidence_text import RECOGNISED_FROM_RANK, evidence_line
from kb_app.core.formatting import euro, local_date
from kb_app.core.model import UNJUDGED_LEVELS, Vocabulary
from kb_app.plans.local import number

LANGUAGES = ("nl", "en")
# The language tag a document carries (Word's spelling check, the HTML ``lang`` attribute).
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}

# key: (Dutch, English). ``{name}`` fields are filled in by ``Wording.__call__``.
TEXTS: dict[str, tuple[str, str]] = {
    # the document frame
    "contents": ("Inhoud", "Contents"),
    "page": ("pagina", "page"),
    # the Word paragraph style of remarks, shown in Word's style list
    "note_style": ("Toelichting", "Note"),
    "made_with": ("Gemaakt met Wat Werkt", "Made with Wat Werkt"),
    # English only: said once, on the title page, because the content is not translated.
    "content_in_dutch": ("", "The texts of the interventions and of the plan itself are in Dutch."),
    "prepared_by": ("Opgesteld door {author}", "Prepared by {author}"),
    "updated_on": ("Bijgewerkt op {date}", "Updated on {date}"),
    "action_plan": ("Actieplan", "Action plan"),
    "template.beleidsplan-sociale-basis": (
        "Beleidsplan sociale basis",
        "Policy plan for the social basis",
    ),
    "template.workshopvoorbereiding": ("Workshopvoorbereiding", "Workshop preparation"),
    "template.wijkaanpak": ("Wijkaanpak", "Neighbourhood approach"),
    "empty": ("nog niet ingevuld", "not filled in yet"),
    # context and priorities
    "context": ("Context en aanleiding", "Context and background"),
    "context_empty": ("De context is nog niet ingevuld.", "The context is not filled in yet."),
    "priorities": ("Prioriteiten", "Priorities"),
    "no_priorities": (
        "Er zijn nog geen prioriteiten vastgelegd.",
        "No priorities have been set yet.",
    ),
    "value": ("Waarde: {value}. {explanation}", "Value: {value}. {explanation}"),
    "why_priority": ("Waarom een prioriteit", "Why a priority"),
    "chosen": ("Gekozen", "Chosen"),
    "nothing_chosen_yet": ("nog niets gekozen", "nothing chosen yet"),
    # coverage
    "coverage": ("Dekking van het plan", "Coverage of the plan"),
    "coverage_intro": (
        "Per voorwaarde van sociale kwaliteit en per niveau van de sociale basis: de "
        "gekozen interventies en activiteiten. Een streepje is een lege cel.",
        "Per condition of social quality and per level of the social basis: the chosen "
        "interventions and activities. A dash is an empty cell.",
    ),
    "condition": ("Voorwaarde", "Condition"),
    "is_priority": ("{name} (prioriteit)", "{name} (priority)"),
    "groups_reached": ("Bereikte doelgroepen", "Target groups reached"),
    "no_groups": (
        "Nog geen doelgroepen: er is niets gekozen.",
        "No target groups yet: nothing has been chosen.",
    ),
    "evidence_profile": ("Bewijsprofiel", "Evidence profile"),
    "points": ("Aandachtspunten", "Points to check"),
    "no_points": ("Geen aandachtspunten gevonden.", "No points to check found."),
    "local_no_judgement": ("Lokale activiteit (geen oordeel)", "Local activity (no judgement)"),
    "evidence_level": ("Bewijsniveau", "Evidence level"),
    "number_chosen": ("Aantal gekozen", "Number chosen"),
    # budget
    "budget_title": ("Begroting", "Budget"),
    "budget_intro": (
        "Opgeteld uit de bedragen bij de gekozen onderdelen. Een onderdeel dat bij "
        "twee prioriteiten hoort, telt in beide rijen mee; het totaal telt het één "
        "keer. Onderdelen zonder bedrag tellen niet mee in de som.",
        "Added up from the amounts of the chosen parts. A part that belongs to two "
        "priorities counts in both rows; the total counts it once. Parts without an "
        "amount are not part of the sum.",
    ),
    "without_amount": ("{count} zonder bedrag", "{count} without an amount"),
    "no_priority": ("Onder geen prioriteit", "Under no priority"),
    "budget_total": ("Totaal gekozen onderdelen", "Total of the chosen parts"),
    "priority": ("Prioriteit", "Priority"),
    "amount": ("Bedrag", "Amount"),
    "parts": ("Onderdelen", "Parts"),
    # items
    "items": ("Interventies en activiteiten", "Interventions and activities"),
    "nothing_chosen": ("Er is nog niets gekozen.", "Nothing has been chosen yet."),
    "items_intro": (
        "De gekozen onderdelen, in de volgorde van het plan.",
        "The chosen parts, in the order of the plan.",
    ),
    "local_activity": (
        "Lokale activiteit, geen interventie uit de bibliotheek.",
        "Local activity, not an intervention from the library.",
    ),
    "why_chosen": ("Waarom gekozen", "Why chosen"),
    "target_groups": ("Doelgroepen", "Target groups"),
    "basis_level": ("Niveau van de sociale basis", "Level of the social basis"),
    "conditions": ("Voorwaarden", "Conditions"),
    "section.Werkzame elementen": ("Werkzame elementen", "Active ingredients"),
    "section.Randvoorwaarden en kosten": ("Randvoorwaarden en kosten", "Conditions and costs"),
    "unknown": ("onbekend", "unknown"),
    "outdated": (
        "Let op: dit oordeel is ouder dan 5 jaar — mogelijk in herbeoordeling.",
        "Note: this judgement is older than 5 years — it may be under reassessment.",
    ),
    "left_library": (
        "Deze interventie staat niet meer in de bibliotheek. Dit is "
        "het oordeel van toen ze aan het plan werd toegevoegd.",
        "This intervention is no longer in the library. This is the judgement from when "
        "it was added to the plan.",
    ),
    "level_changed": (
        "Bij het toevoegen aan het plan was het niveau {before}; "
        "de bibliotheek is sindsdien bijgewerkt.",
        "When it was added to the plan the level was {before}; the library has been updated since.",
    ),
    "execution": ("Uitvoering", "Implementation"),
    "what": ("Wat", "What"),
    "who": ("Wie", "Who"),
    "when": ("Wanneer", "When"),
    "actions": ("Acties", "Actions"),
    "partner": ("Partner", "Partner"),
    "budget": ("Budget", "Budget"),
    "indicator": ("Waaraan zien we dat het werkt", "How we will see that it works"),
    "set_aside": ("Overwogen en afgewezen", "Considered and rejected"),
    "set_aside_intro": (
        "Onderdelen die (nog) niet gekozen zijn, met de reden als die is vastgelegd.",
        "Parts that are not (yet) chosen, with the reason where one was recorded.",
    ),
    "part": ("Onderdeel", "Part"),
    "status": ("Status", "Status"),
    "reason": ("Reden", "Reason"),
    "status.overwogen": ("Overwogen", "Considered"),
    "status.gekozen": ("Gekozen", "Chosen"),
    "status.afgewezen": ("Afgewezen", "Rejected"),
    "sources": ("Bronnen", "Sources"),
    "accessed": (" (geraadpleegd {date})", " (accessed {date})"),
    "no_library_items": (
        "Geen interventies uit de bibliotheek gekozen.",
        "No interventions from the library chosen.",
    ),
    # evidence sentences (the Dutch ones come from kb_app.core.evidence_text)
    "recognised": ("erkend {date}", "recognised {date}"),
    "judged": ("beoordeeld {date}", "judged {date}"),
    "date_unknown": ("datum onbekend", "date unknown"),
    "checked_on": (" — nagekeken op {date}", " — checked on {date}"),
    # local picture
    "local": ("Lokale situatie", "Local situation"),
    "local_intro": (
        "De cijfers van {area}, per voorwaarde van sociale kwaliteit, vergeleken met een "
        "referentie. Een zwakke plek is een cijfer dat slechter is dan de referentie.",
        "The figures of {area}, per condition of social quality, compared with a reference. "
        "A weak spot is a figure that is worse than its reference.",
    ),
    "the_area": ("het gebied", "the area"),
    "here": ("Hier", "Here"),
    "area.gemeente": ("gemeente", "municipality"),
    "area.wijk": ("wijk", "district"),
    "area.buurt": ("buurt", "neighbourhood"),
    "area.dorp": ("dorp", "village"),
    "figure": ("Indicator", "Indicator"),
    "reference": ("Referentie", "Reference"),
    "difference": ("Verschil", "Difference"),
    "year_source": ("Jaar en bron", "Year and source"),
    "residents_say": ("Wat bewoners en partners zeggen: ", "What residents and partners say: "),
    "no_reference": ("geen referentie", "no reference"),
    "equal": ("gelijk", "equal"),
    "worse": (" (slechter)", " (worse)"),
    "worse_word": ("slechter", "worse"),
    "better": (" (beter)", " (better)"),
    "weak_spots": (
        "Zwakke plekken en wat het plan eraan doet",
        "Weak spots and what the plan does about them",
    ),
    "no_weak_spots": (
        "Geen van de cijfers is slechter dan zijn referentie.",
        "None of the figures is worse than its reference.",
    ),
    "answer_in_plan": ("Antwoord in dit plan: ", "Answer in this plan: "),
    "no_answer": (
        "Nog geen gekozen onderdeel werkt hierop.",
        "No chosen part works on this yet.",
    ),
    "answers": ("Antwoord op de zwakke plek(ken): ", "Answers the weak spot(s): "),
    "chart_alt": (
        "Grafiek: {title}, lokaal tegenover {reference}",
        "Chart: {title}, local against {reference}",
    ),
    "the_reference": ("de referentie", "the reference"),
    # the workshop kit
    "kit_title": ("Workshopkit: {title}", "Workshop kit: {title}"),
    "kit_subtitle": (
        "Factsheets, achtergrond en gespreksvragen",
        "Factsheets, background and discussion questions",
    ),
    "factsheets": ("Factsheets", "Factsheets"),
    "kit_empty": (
        "Dit plan heeft nog geen gekozen interventies uit de bibliotheek.",
        "This plan has no chosen interventions from the library yet.",
    ),
    "background": ("Achtergrond: wat werkt", "Background: what works"),
    "basis_level_short": ("Niveau sociale basis", "Level of the social basis"),
    "format": ("Vorm", "Format"),
    "owner": ("Eigenaar", "Owner"),
    "website": ("Website", "Website"),
    "feature": ("Kenmerk", "Feature"),
    "factsheet": ("Factsheet", "Factsheet"),
    "questions": ("Gespreksvragen (suggesties)", "Discussion questions (suggestions)"),
    "questions_note": (
        "Dit zijn voorgestelde vragen om het gesprek te openen. Ze zijn door Wat Werkt "
        "opgesteld en niet aan de bronnen ontleend; pas ze aan uw groep aan.",
        "These are suggested questions to open the conversation. Wat Werkt wrote them; they "
        "are not taken from the sources. Adapt them to your group.",
    ),
    "q_elements": (
        "Welke werkzame elementen van {name} herkent u in uw eigen werk?",
        "Which active ingredients of {name} do you recognise in your own work?",
    ),
    "q_fit": (
        "Voor wie in uw praktijk past {name} goed, en voor wie minder?",
        "For whom in your practice does {name} fit well, and for whom less so?",
    ),
    "q_conditions": (
        "Wat is bij u nodig om aan de randvoorwaarden van {name} te voldoen?",
        "What do you need to meet the conditions of {name}?",
    ),
    "q_first": (
        "Wat zou u als eerste doen, en wie heeft u daarvoor nodig?",
        "What would you do first, and whom do you need for it?",
    ),
    "about_background": ("Over de achtergrond", "About the background"),
    "q_principle": (
        "Wat betekent ‘{title}’ voor uw eigen praktijk?",
        "What does ‘{title}’ mean for your own practice?",
    ),
}

# The value of social quality behind each condition (DESIGN.md §2); the vocabulary has it in
# Dutch only.
CONDITION_VALUES_EN = {
    "sociaaleconomische-zekerheid": "social justice",
    "sociale-inclusie": "equality",
    "sociale-cohesie": "solidarity",
    "sociale-empowerment": "human dignity",
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown export language {lang!r}; use one of {LANGUAGES}")
    return lang


@dataclass(frozen=True)
class Wording:
    """The fixed text and formatting of one export language; call it with a key."""

    lang: str = "nl"

    def __call__(self, key: str, **values: object) -> str:
        dutch, english = TEXTS[key]
        template = english if self.lang == "en" else dutch
        return template.format(**values) if values else template

    @classmethod
    def for_tag(cls, tag: str) -> Wording:
        """The wording of a document's language tag ("en-GB" -> English; Dutch otherwise)."""
        return cls("en" if tag.lower().startswith("en") else "nl")

    def get(self, key: str, default: str) -> str:
        """The text for ``key``, or ``default`` for a key the catalogue does not know (a
        template or status added after this catalogue was written)."""
        return self(key) if key in TEXTS else default

    @property
    def tag(self) -> str:
        return LANGUAGE_TAGS[self.lang]

    def date(self, value: str) -> str:
        """``2026-11-30`` as "30 november 2026" or "30 November 2026", as precise as given."""
        return local_date(value, self.lang)

    def euro(self, amount: float) -> str:
        """``€ 12.500`` / ``€12,500``; cents only when there are any."""
        if self.lang != "en":
            return euro(amount)
        whole = round(amount, 2)
        return "€" + (f"{whole:,.2f}" if whole != int(whole) else f"{int(whole):,}")

    def number(self, value: float) -> str:
        """``7,25`` / ``7.25``: no trailing zeros."""
        return number(value, self.lang)

    def label(self, vocabulary: Vocabulary, section: str, term_id: str) -> str:
        return vocabulary.label(section, term_id, self.lang)

    def labels(self, vocabulary: Vocabulary, section: str, ids: Iterable[str]) -> str:
        return ", ".join(self.label(vocabulary, section, term) for term in ids)

    def explanation(self, vocabulary: Vocabulary, section: str, term_id: str) -> str:
        term = vocabulary.term(section, term_id)
        return term.explain(self.lang) if term else ""

    def condition_value(self, vocabulary: Vocabulary, condition: str) -> str:
        term = vocabulary.term("conditions", condition)
        value = term.value if term else ""
        return CONDITION_VALUES_EN.get(condition, value) if self.lang == "en" else value

    def evidence(self, level: str, date: str, checked: str, vocabulary: Vocabulary) -> str:
        """The level as one sentence: "Well supported (recognised 2021) — checked on …"."""
        if self.lang != "en":
            return evidence_line(level, date, checked, vocabulary)
        text = self.label(vocabulary, "evidence_levels", level)
        if level not in UNJUDGED_LEVELS:
            recognised = vocabulary.evidence_rank(level) >= RECOGNISED_FROM_RANK
            phrase = (
                self("recognised" if recognised else "judged", date=self.date(date))
                if date
                else self("date_unknown")
            )
            text += f" ({phrase})"
        if checked:
            text += self("checked_on", date=self.date(checked))
        return text


DUTCH = Wording("nl")  # the default of every export function that takes a wording
