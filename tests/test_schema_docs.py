"""schema/README.md explains every schema field and vocabulary term (Datasette's test_docs idea)."""

import json
import re

import yaml

from tests.conftest import CONTENT, SCHEMA

DOC = (SCHEMA / "README.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"`([^`]+)`", DOC))


def schema_fields(schema, prefix=""):
    for name, spec in schema.get("properties", {}).items():
        yield prefix + name
        if spec.get("type") == "object":
            yield from schema_fields(spec, f"{prefix}{name}.")
        items = spec.get("items", {})
        if items.get("type") == "object":
            yield from schema_fields(items, f"{prefix}{name}[].")


def test_every_schema_field_is_documented():
    for name in ("intervention.schema.json", "principle.schema.json", "plan.schema.json"):
        schema = json.loads((SCHEMA / name).read_text())
        missing = [f for f in schema_fields(schema) if f not in DOCUMENTED]
        assert missing == [], f"{name}: document these fields in schema/README.md"


def test_every_vocabulary_term_is_documented():
    vocabulary = yaml.safe_load((CONTENT / "vocabularies.yaml").read_text())
    missing = [
        f"{section}: {term['id']}"
        for section, terms in vocabulary.items()
        if isinstance(terms, list) and terms and isinstance(terms[0], dict)
        for term in terms
        if term["id"] not in DOCUMENTED
    ]
    assert missing == []
    for key in vocabulary:
        assert key in DOCUMENTED, key
