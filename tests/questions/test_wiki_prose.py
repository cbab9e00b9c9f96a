"""Wikipedia-style prose about a game: a console named after "the", a figure true "as of"
a day, a private expectation, a franchise word before a noun."""

from questions.article import parse_article_text
from questions.engine import QuestionEngine


def questions_for(text: str, engine: QuestionEngine, name: str) -> dict[str, str]:
    article = parse_article_text(text, name=name)
    return {q.question: q.answer for q in engine.generate([article]).questions}


def test_a_console_after_the_is_a_name_and_as_of_pins_the_figure(engine):
    text = (
        "Harbor Lights is a 2009 puzzle game developed by Amberfold.\n\n"
        "The Wii version added a co-op mode.\n\n"
        "Harbor Lights had sold 3.4 million copies on the Wii as of June 30, 2020, and "
        "900,000 on the PlayStation 4 as of June 30, 2019."
    )
    got = questions_for(text, engine, "squad_Harbor_Lights")
    asked = [q for q, a in got.items() if a == "3.4 million"]
    assert asked, got
    assert all("on the Wii as of June 30, 2020?" in q for q in asked), asked
    assert not any("2019" in q for q in asked), asked


def test_a_descriptor_after_the_stays_vague(engine):
    text = (
        "Lars Jensen won the stage in Bergen.\n\n"
        "The Dane had sold 40,000 copies of his memoir as of May 2, 2021."
    )
    got = questions_for(text, engine, "cycling-bergen-stage")
    assert not any("Dane" in q for q in got), got


def test_a_private_expectation_is_not_asked(engine):
    text = (
        "Harbor Lights is a 2009 puzzle game developed by Amberfold.\n\n"
        "Mira Solberg had anticipated building a Harbor Lights sequel for the handheld "
        "market."
    )
    got = questions_for(text, engine, "squad_Harbor_Lights")
    assert not any("anticipated" in q for q in got), got


def test_a_franchise_word_before_a_noun_is_not_a_full_name():
    from questions.nlp import load_nlp  # noqa: F401  (the engine's pipeline)
    from questions.render import _name_as_modifier

    class Tok:
        def __init__(self, i, text, dep, head=None, pos="NOUN"):
            self.i, self.text, self.dep_, self.pos_ = i, text, dep, pos
            self.head = head if head is not None else self

    class Men:
        start, end, name = 3, 4, "Princess Pyra"

    noun = Tok(4, "game", "pobj")
    assert _name_as_modifier(Tok(3, "Pyra", "amod", noun), Men())
    assert not _name_as_modifier(Tok(3, "Pyra", "nsubj", noun), Men())
    assert not _name_as_modifier(Tok(3, "she", "compound", noun), Men())


def test_a_numeral_ordinal_is_a_place_in_a_list(engine):
    text = (
        "Harbor Lights is a 2009 puzzle game developed by Amberfold.\n\n"
        "Harbor Lights placed 14th in Retro Arcade Monthly's list of the 100 Best Puzzle "
        "Games Ever."
    )
    facts = engine.generate([parse_article_text(text, name="squad_Harbor_Lights")]).facts
    assert any(f.relation == "place" and f.object == "14th" and f.object_type == "position"
               for f in facts), facts
