from kb_app.search.query import SynonymTable, parse


def test_operators_and_field_syntax_are_plain_words(search_service):
    table = SynonymTable.from_vocabulary(search_service.vocabulary)
    parsed = parse('title:x AND (y OR z*) NOT "', table)
    assert [c.text for c in parsed.concepts] == ["title", "x", "and", "y", "or", "z", "not"]


def test_generic_words_are_optional_unless_alone(search_service):
    vocabulary = search_service.vocabulary
    table = SynonymTable.from_vocabulary(vocabulary)
    parsed = parse("interventies voor jongeren", table, vocabulary.generic_words)
    assert [c.text for c in parsed.concepts] == ["jongeren"]
    assert parsed.dropped == ("interventies",)
    alone = parse("interventies", table, vocabulary.generic_words)
    assert [c.text for c in alone.concepts] == ["interventies"]


def test_vocabulary_synonym_becomes_one_concept_with_its_term(search_service):
    table = SynonymTable.from_vocabulary(search_service.vocabulary)
    parsed = parse("sociaal isolement", table)
    assert len(parsed.concepts) == 1
    assert "eenzame-mensen" in parsed.concepts[0].tag_ids


def test_quoted_words_form_a_phrase(search_service):
    table = SynonymTable.from_vocabulary(search_service.vocabulary)
    parsed = parse('"sociale basis" wijk', table)
    assert parsed.concepts[0].phrase and parsed.concepts[0].text == "sociale basis"


def test_only_an_unfinished_last_word_is_a_prefix(search_service):
    table = SynonymTable.from_vocabulary(search_service.vocabulary)
    assert parse("discri", table, prefix_last=True).concepts[-1].prefix
    assert not parse("discri ", table, prefix_last=True).concepts[-1].prefix
    assert not parse("discri", table, prefix_last=False).concepts[-1].prefix
