from pathlib import Path

import pytest

from questions.article import parse_article_text, read_article
from questions.nlp import ModelError, load_nlp, parse_articles

SEED = Path(__file__).resolve().parents[2] / "seeds" / "bts-bbma-2018.txt"


def test_headings_are_never_sentences_and_map_to_paragraphs(nlp):
    [parsed] = parse_articles(nlp, [read_article(SEED)])
    sentences = [s.text.strip() for s in parsed.doc.sents]
    assert not any(s.startswith("When John Legend met BTS") for s in sentences)
    second = next(s for s in parsed.doc.sents if s.text.startswith("BTS’ influence"))
    assert parsed.heading_of(second) == "When John Legend met BTS"
    first = next(iter(parsed.doc.sents))
    assert parsed.heading_of(first) is None


def test_a_line_break_always_starts_a_sentence(bare_nlp):
    doc = bare_nlp("The set\n\nThe quartet took the stage at nine.")
    assert [t.is_sent_start for t in doc if t.text == "The"] == [True, True]


def test_quoted_titles_become_one_token_and_a_title(bare_nlp):
    doc = bare_nlp("BLACKPINK performed “Kill This Love” and “DDU-DU DDU-DU” in Seoul.")
    titles = [t.text for t in doc if t._.ft_title]
    assert titles == ["Kill This Love", "DDU-DU DDU-DU"]
    assert {e.text for e in doc.ents if e.label_ == "WORK_OF_ART"} >= set(titles)
    # quoted speech is not a title
    doc = bare_nlp('He told them "we love you all so much." and left.')
    assert not any(t._.ft_title for t in doc)


def test_fine_types_from_glossary_role_nouns_and_labels(nlp, bare_nlp):
    doc = nlp("V met singer Khalid at the BBMAs 2018 in Las Vegas.")
    types = {e.text: e._.fine_type for e in doc.ents}
    assert types["V"] == "member"
    assert types["BBMAs 2018"] == "award_show"  # the year joins the event's name
    assert types["Khalid"] == "singer"
    doc = bare_nlp("The band played their hit single Dynamite for singer Khalid.")
    types = {e.text: e._.fine_type for e in doc.ents}
    assert types.get("Khalid") == "singer"


def test_unknown_model_is_a_one_line_error():
    with pytest.raises(ModelError, match="not installed") as info:
        load_nlp("xx_no_such_model")
    assert "\n" not in str(info.value)


def test_load_nlp_is_cached(glossary):
    assert load_nlp(glossary=glossary) is load_nlp(glossary=glossary)


def test_empty_and_long_articles_parse(nlp):
    long = parse_article_text(
        "\n\n".join(["Liverpool beat Everton 2-0 at Anfield."] * 60), name="x"
    )
    [parsed] = parse_articles(nlp, [long])
    assert len(list(parsed.doc.sents)) == 60


def test_a_facility_named_with_an_edition_numeral_is_an_event(bare_nlp):
    """The model labels "Super Bowl XLII" a facility: with a Roman edition numeral it is
    an event, not a venue ("Which venue fills the blank: ... at _____ at the Dome?")."""
    from spacy.tokens import Span

    doc = bare_nlp("Mara Lane sang the anthem at Super Bowl XLII at the Lakeside Dome.")
    start = next(t.i for t in doc if t.text == "Super")
    dome = next(t.i for t in doc if t.text == "Lakeside")
    doc.ents = [Span(doc, start, start + 3, label="FAC"), Span(doc, dome, dome + 2, label="FAC")]
    assert doc.ents[0]._.fine_type == "event"
    assert doc.ents[1]._.fine_type == "venue"
