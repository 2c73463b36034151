""" "Vergelijkbare interventies": related interventions by shared tags and shared words.

A small vector model over the library, built lazily on first use: each intervention becomes a set
of weighted features — its vocabulary tags (a shared target group weighs most) and the rarer words
of its title, summary and text (idf-weighted). Relatedness is the cosine of those vectors. Pure
Python: the library is small and this runs once per opened detail page.
"""

from __future__ import annotations

import math
from collections import Counter

from kb_app.store.content import ContentReader

TAG_WEIGHTS = {"target_groups": 3.0, "themes": 2.0, "conditions": 1.0, "basis_levels": 0.5}
TEXT_WEIGHT = 1.0


class RelatedFinder:
    def __init__(self, reader: ContentReader) -> None:
        self._reader = reader
        self._vectors: dict[str, dict[str, float]] | None = None

    def _build(self) -> dict[str, dict[str, float]]:
        # Imported here: the Dutch analysis (Snowball) is not needed to open the window.
        from kb_app.search.analysis import terms

        rows = self._reader.listing()
        words = {
            row["id"]: Counter(
                terms(f"{row['title']} {row['summary']} {self._reader.text(row['id'])}")
            )
            for row in rows
        }
        document_frequency = Counter(w for counts in words.values() for w in counts)
        total = len(rows)
        vectors = {}
        for row in rows:
            vector: dict[str, float] = {}
            for field_name, weight in TAG_WEIGHTS.items():
                for tag in row[field_name]:
                    vector[f"{field_name}:{tag}"] = weight
            for word, count in words[row["id"]].items():
                idf = math.log(total / document_frequency[word])
                if idf > 1.0:  # words in most documents say nothing about relatedness
                    vector[f"w:{word}"] = TEXT_WEIGHT * (1 + math.log(count)) * idf / 4
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            vectors[row["id"]] = {k: v / norm for k, v in vector.items()}
        return vectors

    def related(self, doc_id: str, limit: int = 5) -> list[str]:
        if self._vectors is None:
            self._vectors = self._build()
        mine = self._vectors.get(doc_id)
        if not mine:
            return []
        scores = []
        for other_id, other in self._vectors.items():
            if other_id != doc_id:
                score = sum(weight * other.get(key, 0.0) for key, weight in mine.items())
                scores.append((-score, other_id))
        return [other_id for _, other_id in sorted(scores)[:limit]]
