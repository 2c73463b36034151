"""Fixtures for plan tests: the shared sample plan and a library that can 'lose' interventions."""

from __future__ import annotations

import datetime as dt

import pytest

from kb_app.core.errors import UnknownIdError
from tests.plans.sample import sample_plan
from tests.test_cli import plan_file, run  # noqa: F401 (shared fixtures: `plan figures` tests)

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def plan(reader):
    return sample_plan(reader)


class HidingLibrary:
    """The real library, minus some ids: what a plan sees after a library update removed them."""

    def __init__(self, reader, hidden: set[str]) -> None:
        self.reader, self.hidden = reader, hidden

    def has(self, doc_id: str) -> bool:
        return doc_id not in self.hidden and self.reader.has(doc_id)

    def intervention(self, doc_id: str):
        if doc_id in self.hidden:
            raise UnknownIdError(doc_id)
        return self.reader.intervention(doc_id)

    def vocabulary(self):
        return self.reader.vocabulary()

    def principle(self, doc_id: str):
        return self.reader.principle(doc_id)

    def principle_ids(self) -> list[str]:
        return self.reader.principle_ids()
