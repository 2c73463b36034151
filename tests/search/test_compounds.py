from kb_app.search.compounds import Decompounder

LEXICON = [
    "arbeidsmarkt",
    "arbeid",
    "markt",
    "discriminatie",
    "natie",
    "laag",
    "geletterdheid",
    "taal",
    "huis",
    "buurt",
    "bewoners",
]


def test_compound_is_split_into_known_words():
    split = Decompounder(LEXICON)
    assert set(split.parts("arbeidsmarktdiscriminatie")) >= {
        "arbeidsmarkt",
        "discriminatie",
        "arbeid",
        "markt",
    }
    assert split.parts("laaggeletterdheid") == ("laag", "geletterdheid")
    assert split.parts("buurtbewoners") == ("buurt", "bewoners")


def test_word_is_not_cut_into_a_non_word_and_a_word():
    # "discrimi" is no word, so "natie" must not come out of "discriminatie".
    assert Decompounder(LEXICON).parts("discriminatie") == ()


def test_short_words_are_left_alone():
    assert Decompounder(LEXICON).parts("taalhuis") == ("taal", "huis")
    assert Decompounder(LEXICON).parts("huis") == ()
