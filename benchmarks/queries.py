"""The fixed query set: what professionals type into the search field, grouped by kind.

Every query is what the window sends: the text, whether the last word is still being typed
(``prefix_last``) and the facet filters. Prefix queries are every prefix of a few words as they
are typed, letter by letter; 1–2 letter prefixes are a kind of their own because the budget says
they must cost no more than a full word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BenchQuery:
    kind: str
    text: str
    prefix_last: bool = False
    filters: dict[str, frozenset[str]] = field(default_factory=dict)


SINGLE = [
    "eenzaamheid",
    "armoede",
    "schulden",
    "discriminatie",
    "vrijwilligers",
    "jongeren",
    "ouderen",
    "ouders",
    "taal",
    "school",
    "buurt",
    "polarisatie",
    "werk",
    "gezin",
    "racisme",
    "participatie",
    "opvoeding",
    "laaggeletterdheid",
    "voorlezen",
    "mantelzorg",
    "sport",
    "radicalisering",
    "inkomen",
    "pesten",
    "nieuwkomers",
]

MULTI = [
    "eenzaamheid ouderen",
    "schulden jongeren",
    "taal ouders",
    "discriminatie werk",
    "vrijwilligers buurt",
    "armoede kinderen",
    "digitale vaardigheden ouderen",
    "pesten op school",
    "ouders met schulden",
    "jongeren en polarisatie",
    "sport en inclusie",
    "buurt bewoners ontmoeting",
    "taalles voor nieuwkomers",
    "lezen met kinderen",
    "werkgevers discriminatie",
    "eenzame ouderen in de wijk",
    "schuldhulp vrijwilligers",
    "weerbaarheid jongeren school",
    "gezinnen armoede",
    "racisme arbeidsmarkt",
    "vrouwen participatie",
    "ouders opvoeding steun",
    "mensen met een beperking",
    "vrijwilligers maatjes",
    "dialoog polarisatie",
]

PHRASES = [
    '"sociaal isolement"',
    '"digitale vaardigheden"',
    '"gelijke kansen"',
    '"eigen kracht"',
    '"sociale cohesie"',
    '"in de buurt"',
    '"met elkaar"',
    '"sociaal werkers"',
    '"gelijke behandeling"',
    '"moeite met lezen"',
    '"lage inkomens"',
    '"jonge kinderen"',
    '"eenzame ouderen"',
    '"nieuwe nederlanders"',
    '"licht verstandelijke beperking"',
]

STEMS = [
    "vrijwilliger",
    "gezinnen",
    "scholen",
    "talen",
    "buurten",
    "wijken",
    "kinderen",
    "statushouder",
    "ouder",
    "jongere",
    "bewoner",
    "trainingen",
    "gesprekken",
    "cursussen",
    "werkgever",
    "deelnemers",
    "leerling",
    "vluchteling",
    "maatje",
    "coaches",
]

COMPOUNDS = [
    "geletterdheid",
    "arbeidsmarkt",
    "taalvaardigheid",
    "buurtbemiddeling",
    "schuldhulpverlening",
    "jongerenwerk",
    "taalmaatje",
    "buurtbewoners",
    "ervaringsdeskundigen",
    "arbeidsmarktdiscriminatie",
    "opvoedondersteuning",
    "mediawijsheid",
    "wijkteam",
    "sportvereniging",
    "voorleesexpress",
]

TYPOS = [
    "discrimminatie",
    "eenzaamhied",
    "vrijwiligers",
    "armoed",
    "polarizatie",
    "opvoding",
    "laagegeletterdheid",
    "jongerne",
    "schuldne",
    "participatei",
    "radicaliseering",
    "vluchtelinge",
    "mantelzrog",
    "buurtbemidelling",
    "racisem",
    "ouderne",
    "inkomne",
    "weerbarheid",
    "digitaal vaardighedne",
    "gezinen",
]

SYNONYMS = [
    "statushouders",
    "nepnieuws",
    "veerkracht",
    "gecijferdheid",
    "zelfredzaamheid",
    "asielzoekers",
    "senioren",
    "tieners",
    "opvoeders",
    "minima",
    "geldzorgen",
    "leerkrachten",
    "digibeten",
    "handicap",
    "lhbt",
    "sollicitanten",
    "maatjes",
    "beleidsmakers",
    "vooroordelen",
    "samenleven",
]

# Typed letter by letter: every prefix from one letter on, the last word unfinished.
TYPED = [
    "eenzaamheid",
    "schulden",
    "taal",
    "discriminatie",
    "vrijwilligers",
    "jongeren",
    "ouders met schulden",
    "armoede",
]

FILTERS: list[tuple[str, dict[str, frozenset[str]]]] = [
    ("", {"themes": frozenset({"sociale-basis"})}),
    ("", {"target_groups": frozenset({"jongeren-12-18"})}),
    ("", {"themes": frozenset({"discriminatie"}), "basis_levels": frozenset({"institutioneel"})}),
    ("", {"evidence": frozenset({"goed-onderbouwd", "effectief-eerste-aanwijzingen"})}),
    ("", {"kind": frozenset({"training"})}),
    ("eenzaamheid", {"target_groups": frozenset({"ouderen-65+"})}),
    ("armoede", {"themes": frozenset({"sociale-basis"})}),
    ("taal", {"target_groups": frozenset({"ouders", "anderstaligen"})}),
    ("jongeren", {"themes": frozenset({"weerbaarheid"})}),
    ("vrijwilligers", {"conditions": frozenset({"sociale-cohesie"})}),
    ("discriminatie", {"target_groups": frozenset({"werkgevers"})}),
    ("school", {"basis_levels": frozenset({"institutioneel"})}),
    ("schulden", {"evidence": frozenset({"goed-beschreven", "goed-onderbouwd"})}),
    ("ouders", {"kind": frozenset({"programma", "training"})}),
    (
        "buurt",
        {
            "themes": frozenset({"sociale-basis", "inclusie"}),
            "target_groups": frozenset({"buurtbewoners"}),
        },
    ),
    (
        "polarisatie",
        {"themes": frozenset({"weerbaarheid"}), "conditions": frozenset({"sociale-cohesie"})},
    ),
    ("digitale vaardigheden", {"themes": frozenset({"basisvaardigheden"})}),
    ("sport", {"target_groups": frozenset({"jongeren-12-18", "kinderen-4-12"})}),
    ("werk", {"conditions": frozenset({"sociaaleconomische-zekerheid"})}),
    ("gezin", {"basis_levels": frozenset({"persoonlijk"})}),
    ("statushouders", {"themes": frozenset({"inclusie"})}),
    ("opvoeding", {"target_groups": frozenset({"ouders"})}),
    ("pesten", {"target_groups": frozenset({"leerlingen"})}),
    ("e", {"themes": frozenset({"sociale-basis"})}),
    ("taa", {"target_groups": frozenset({"anderstaligen"})}),
]


def typed_prefixes(text: str) -> list[str]:
    """Every state of the field while ``text`` is typed, from the first letter on (no spaces)."""
    return [text[:end] for end in range(1, len(text) + 1) if not text[end - 1].isspace()]


def all_queries() -> list[BenchQuery]:
    queries = [BenchQuery("single", q) for q in SINGLE]
    queries += [BenchQuery("multi", q) for q in MULTI]
    queries += [BenchQuery("phrase", q) for q in PHRASES]
    queries += [BenchQuery("stem", q) for q in STEMS]
    queries += [BenchQuery("compound", q) for q in COMPOUNDS]
    queries += [BenchQuery("typo", q) for q in TYPOS]
    queries += [BenchQuery("synonym", q) for q in SYNONYMS]
    for word in TYPED:
        for prefix in typed_prefixes(word):
            last = prefix.split()[-1]
            kind = "prefix-1-2" if len(last) <= 2 else "prefix"
            queries.append(BenchQuery(kind, prefix, prefix_last=True))
    queries += [
        BenchQuery("filtered", text, prefix_last=len(text) <= 3 and bool(text), filters=filters)
        for text, filters in FILTERS
    ]
    return queries


def quick_queries() -> list[BenchQuery]:
    """A few of each kind, for the smoke test."""
    chosen: dict[str, list[BenchQuery]] = {}
    for query in all_queries():
        chosen.setdefault(query.kind, [])
        if len(chosen[query.kind]) < 2:
            chosen[query.kind].append(query)
    return [q for group in chosen.values() for q in group]


KINDS = (
    "single",
    "multi",
    "phrase",
    "stem",
    "compound",
    "typo",
    "synonym",
    "prefix-1-2",
    "prefix",
    "filtered",
)
