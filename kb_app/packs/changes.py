"""What changed between two libraries, and which of the user's own things it touches.

Shown before a pack install and after a rollback: new interventions, removed ones, changed
titles and evidence levels, and the favourites and plan items that refer to a removed or
re-judged intervention.
The user's data is only read here; ids of removed interventions stay in it on purpose (see
``store.user``), this report is how the user learns about them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.model import Vocabulary
from kb_app.packs.messages import Text, both, say
from kb_app.store.content import ContentReader
from kb_app.store.user import UserStore


@dataclass(frozen=True)
class EvidenceChange:
    id: str
    title: str
    before: str
    after: str


@dataclass(frozen=True)
class TitleChange:
    id: str
    before: str
    after: str


@dataclass(frozen=True)
class Affected:
    """One favourite or plan item that refers to a removed or re-judged intervention."""

    intervention_id: str
    title: str
    where: str  # "favorieten" or "plan '<title>'"; a ``Text`` also knows its English
    why: str  # "verwijderd uit de bibliotheek" or "bewijsniveau gewijzigd", likewise

    def text(self, lang: str = "nl") -> str:
        """The line about this favourite or plan item, in ``lang``."""
        where, why = (v.text(lang) if isinstance(v, Text) else v for v in (self.where, self.why))
        return say("affected-line", lang, title=self.title, where=where, why=why)


@dataclass(frozen=True)
class LibraryChanges:
    added: tuple[tuple[str, str], ...]  # (id, title), sorted by title
    removed: tuple[tuple[str, str], ...]
    evidence: tuple[EvidenceChange, ...]
    affected: tuple[Affected, ...]
    vocabulary: Vocabulary
    retitled: tuple[TitleChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.evidence or self.retitled)

    def lines(self, lang: str = "nl") -> list[str]:
        """The change list in plain words, one line each, for the CLI (Dutch) and the dialog
        (the interface language). Titles stay as the library writes them."""
        if self.empty:
            return [say("no-changes", lang)]
        out = [say("added-head", lang, count=len(self.added))]
        out += [f"  + {t} ({i})" for i, t in self.added]
        out += [say("removed-head", lang, count=len(self.removed))]
        out += [f"  - {t} ({i})" for i, t in self.removed]
        out += [say("retitled-head", lang, count=len(self.retitled))]
        out += [f"  ~ {c.before} → {c.after} ({c.id})" for c in self.retitled]
        out.append(say("evidence-head", lang, count=len(self.evidence)))
        label = self.vocabulary.label
        out += [
            f"  * {c.title}: {label('evidence_levels', c.before, lang)} → "
            f"{label('evidence_levels', c.after, lang)}"
            for c in self.evidence
        ]
        out.append(say("affected-head", lang, count=len(self.affected)))
        out += [a.text(lang) for a in self.affected]
        return out


def _summary(folder: Path) -> tuple[dict[str, tuple[str, str]], Vocabulary]:
    """id -> (title, evidence level) of every intervention, and the vocabulary."""
    reader = ContentReader(Path(folder) / "content.sqlite")
    try:
        rows = {r["id"]: (r["title"], r["evidence_level"]) for r in reader.listing()}
        return rows, reader.vocabulary()
    finally:
        reader.close()


def _by_title(ids: Iterable[str], rows: dict[str, tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(((i, rows[i][0]) for i in ids), key=lambda pair: (pair[1].lower(), pair[0]))
    )


def compare(before: Path | None, after: Path, user: UserStore | None = None) -> LibraryChanges:
    """Changes from the library in ``before`` (None: there was none) to the one in ``after``."""
    old, _ = _summary(before) if before is not None else ({}, None)
    new, vocabulary = _summary(after)
    added = _by_title(new.keys() - old.keys(), new)
    removed = _by_title(old.keys() - new.keys(), old)
    evidence = tuple(
        EvidenceChange(i, new[i][0], old[i][1], new[i][1])
        for i in sorted(old.keys() & new.keys(), key=lambda i: new[i][0].lower())
        if old[i][1] != new[i][1]
    )
    retitled = tuple(
        TitleChange(i, old[i][0], new[i][0])
        for i in sorted(old.keys() & new.keys(), key=lambda i: new[i][0].lower())
        if old[i][0] != new[i][0]
    )
    why = {i: both("why-removed") for i, _ in removed}
    why.update({c.id: both("why-evidence") for c in evidence})
    affected = _affected(user, why) if user is not None else ()
    return LibraryChanges(added, removed, evidence, affected, vocabulary, retitled)


def _affected(user: UserStore, why: dict[str, Text]) -> tuple[Affected, ...]:
    found = [
        Affected(f.intervention_id, f.title, both("in-favourites"), why[f.intervention_id])
        for f in user.favorites()
        if f.intervention_id in why
    ]
    for plan in user.plans():
        for item in plan.document.get("items", []):
            doc_id = item.get("intervention_id") if isinstance(item, dict) else None
            if doc_id in why:
                found.append(
                    Affected(
                        doc_id,
                        str(item.get("title") or doc_id),
                        both("in-plan", plan=plan.title),
                        why[doc_id],
                    )
                )
    return tuple(found)
