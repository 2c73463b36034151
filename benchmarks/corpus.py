"""Synthetic Dutch libraries, generated reproducibly from the real library's statistics.

The real interventions (``content/interventions/*.md``) give, per section, a word-bigram model of
their sentences (so phrases such as "sociaal isolement" occur with their real frequency) and the
number of sentences a section has; the real front matter gives how often each vocabulary term is
used. ``write_corpus`` writes ``count`` new interventions as ordinary content files next to a
copy of the real vocabulary and principles, so the real pipeline (validation, Markdown, indexing)
builds them. The same seed always gives the same files.
"""

from __future__ import annotations

import random
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core.model import UNJUDGED_LEVELS
from kb_app.pipeline.validate import REQUIRED_SECTIONS

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SCHEMA = ROOT / "schema"
SEED = 20261123

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_TERM_FIELDS = ("themes", "conditions", "basis_levels", "target_groups")
_END = "\x00"  # end-of-sentence marker in the bigram model


@dataclass
class SectionModel:
    """Word bigrams of one section's sentences, and how many sentences the section has."""

    starts: list[str] = field(default_factory=list)
    following: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lengths: list[int] = field(default_factory=list)

    def learn(self, text: str) -> None:
        sentences = [s for s in _SENTENCE.split(text) if _WORD.search(s)]
        self.lengths.append(len(sentences))
        for sentence in sentences:
            tokens = _WORD.findall(sentence)
            self.starts.append(tokens[0])
            for first, second in zip(tokens, [*tokens[1:], _END], strict=True):
                self.following[first].append(second)

    def sentence(self, rng: random.Random, max_words: int = 40) -> str:
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < max_words:
            word = rng.choice(self.following.get(word) or [_END])
            if word == _END:
                break
            out.append(word)
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."


@dataclass
class Statistics:
    sections: dict[str, SectionModel]
    summary: SectionModel
    title_words: list[str]
    term_use: dict[str, Counter]
    kinds: Counter
    evidence: Counter


def _clean(markdown: str) -> str:
    text = _LINK.sub(r"\1", markdown)
    return re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", text, flags=re.MULTILINE).replace("*", "")


def learn(content_dir: Path = CONTENT) -> Statistics:
    """Read the real interventions once and keep what generation needs."""
    sections = {name: SectionModel() for name in REQUIRED_SECTIONS}
    summary = SectionModel()
    title_words: list[str] = []
    term_use = {name: Counter() for name in _TERM_FIELDS}
    kinds: Counter = Counter()
    evidence: Counter = Counter()
    for path in sorted((content_dir / "interventions").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        summary.learn(" ".join(meta["summary"].split()))
        title_words.extend(w for w in _WORD.findall(meta["title"]) if len(w) > 2)
        for name in _TERM_FIELDS:
            term_use[name].update(meta[name])
        kinds[meta["kind"]] += 1
        evidence[meta["evidence"]["level"]] += 1
        for chunk in re.split(r"^## ", body, flags=re.MULTILINE)[1:]:
            heading, _, text = chunk.partition("\n")
            if heading.strip() in sections:
                sections[heading.strip()].learn(" ".join(_clean(text).split()))
    return Statistics(sections, summary, title_words, term_use, kinds, evidence)


def _pick(rng: random.Random, counts: Counter, low: int, high: int) -> list[str]:
    """Distinct terms, drawn in proportion to how often the real library uses them."""
    population, weights = zip(*sorted(counts.items()), strict=True)
    wanted = rng.randint(low, min(high, len(population)))
    chosen: list[str] = []
    while len(chosen) < wanted:
        term = rng.choices(population, weights)[0]
        if term not in chosen:
            chosen.append(term)
    return chosen


def _summary(stats: Statistics, rng: random.Random) -> str:
    for _ in range(50):
        text = stats.summary.sentence(rng, max_words=35)
        if 20 <= len(text) <= 300:
            return text
    return "Een aanpak die bewoners, vrijwilligers en professionals samenbrengt in de buurt."


def intervention(
    number: int, stats: Statistics, principles: list[str], rng: random.Random
) -> tuple[str, str]:
    """(id, file text) of one generated intervention."""
    title = " ".join(rng.sample(stats.title_words, rng.randint(1, 3)))
    doc_id = f"synth-{number:05d}"
    sources = [
        {
            "title": f"Bron {k + 1} over {title}",
            "url": f"https://bronnen.example.org/{doc_id}/{k + 1}",
            "accessed": "2026-11-01",
        }
        for k in range(rng.randint(1, 3))
    ]
    level = rng.choices(*zip(*sorted(stats.evidence.items()), strict=True))[0]
    evidence: dict = {"level": level, "checked": "2026-11-01"}
    if level not in UNJUDGED_LEVELS:
        evidence.update(
            date=f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}",
            databank="Databank Effectieve sociale interventies",
            source=sources[0]["url"],
        )
    else:  # what an unjudged term must say: where we searched, why, or the databank listing
        evidence["note"] = "Gezocht in de databanken van Movisie en NJi; geen oordeel gevonden."
        if level == "niet-beoordeeld":
            evidence["source"] = sources[0]["url"]
    meta = {
        "id": doc_id,
        "title": title,
        "summary": _summary(stats, rng),
        "kind": _pick(rng, stats.kinds, 1, 1)[0],
        "themes": _pick(rng, stats.term_use["themes"], 1, 3),
        "conditions": _pick(rng, stats.term_use["conditions"], 1, 2),
        "basis_levels": _pick(rng, stats.term_use["basis_levels"], 1, 2),
        "target_groups": _pick(rng, stats.term_use["target_groups"], 1, 4),
        "evidence": evidence,
        "owner": f"Stichting {rng.choice(stats.title_words)}",
        "sources": sources,
        "last_reviewed": "2026-11-01",
        "principles": rng.sample(principles, rng.randint(0, 2)),
    }
    if rng.random() < 0.3:
        meta["aliases"] = [f"{title} {rng.choice(stats.title_words)}"]
    body = []
    for heading in REQUIRED_SECTIONS:
        model = stats.sections[heading]
        count = max(1, rng.choice(model.lengths))
        sentences = [model.sentence(rng) for _ in range(count)]
        if heading == "Werkzame elementen":
            text = "\n".join(f"- {s}" for s in sentences)
        else:
            text = " ".join(sentences)
        body.append(f"## {heading}\n\n{text}\n")
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
    return doc_id, f"---\n{front}---\n" + "\n".join(body)


def write_corpus(
    target: Path, count: int, seed: int = SEED, stats: Statistics | None = None
) -> Path:
    """Write a content folder with ``count`` generated interventions; returns ``target``."""
    stats = stats or learn()
    rng = random.Random(seed)
    target = Path(target)
    shutil.rmtree(target, ignore_errors=True)
    (target / "interventions").mkdir(parents=True)
    shutil.copy2(CONTENT / "vocabularies.yaml", target / "vocabularies.yaml")
    shutil.copytree(CONTENT / "principles", target / "principles")
    principles = sorted(p.stem for p in (target / "principles").glob("*.md"))
    for number in range(1, count + 1):
        doc_id, text = intervention(number, stats, principles, rng)
        (target / "interventions" / f"{doc_id}.md").write_text(text, encoding="utf-8")
    return target


_ID_LINE = re.compile(r"^id: *(\S+) *$", re.MULTILINE)


def write_copies(target: Path, count: int, content_dir: Path = CONTENT) -> Path:
    """A content folder of ``count`` interventions that are the real ones, copied under new ids.

    Unlike ``write_corpus`` this keeps the real vocabulary and the real, dense postings (every
    word occurs as often as in the library, times the number of copies). The real files come
    first under their own ids, so links between interventions keep resolving.
    """
    target = Path(target)
    shutil.rmtree(target, ignore_errors=True)
    (target / "interventions").mkdir(parents=True)
    shutil.copy2(content_dir / "vocabularies.yaml", target / "vocabularies.yaml")
    shutil.copytree(content_dir / "principles", target / "principles")
    sources = sorted((content_dir / "interventions").glob("*.md"))
    for number in range(count):
        source = sources[number % len(sources)]
        text = source.read_text(encoding="utf-8")
        copy = number // len(sources)
        doc_id = source.stem if copy == 0 else f"{source.stem}-kopie-{copy:03d}"
        text = _ID_LINE.sub(f"id: {doc_id}", text, count=1)
        (target / "interventions" / f"{doc_id}.md").write_text(text, encoding="utf-8")
    return target
