"""Quality gates: a candidate question is kept only if it passes every one.

Each gate is a small function returning a reason (str) for rejecting, or None. The
round-trip gate (the fact look-up recovers the answer from the question alone) runs
only when a checker is given, so the engine works before and without the look-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

MAX_WORDS = 30
PRONOUNS = re.compile(
    r"\b(he|she|him|they|them|it|we|us|you|himself|herself|themselves|itself)\b", re.I
)
POSSESSIVE_PRONOUNS = re.compile(r"\b(his|her|hers|their|theirs|its|our)\b", re.I)
DEMONSTRATIVE = re.compile(r"\b(these|those|this|that|such)\s+[a-z]+", re.I)
VAGUE = re.compile(
    r"\b(the (former|latter|same|other|aforementioned|previous|following|next|new)|someone|"
    r"something|somebody|"
    r"the (tour|album|song|show|event|film|movie|game|match|ceremony|concert|star|"
    r"singer|group|band|team|club|boys|girls|septet|quartet|trio|duo|award|city|series|"
    # a side named by its part in one match or season: which match, which season?
    r"hosts|visitors|home side|away side|holders|defending champions|underdogs)\b"
    # named right after, also by a title in the single quotes of a blank's statement
    r"(?!\s+['‘]?(?-i:[A-Z0-9])))",
    re.I,
)

# Things counted back to a sentence before: "arrangements for the three compositions",
# "between the two sides" (which three? which two?).
COUNTED_BACK = re.compile(
    r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten) [a-z]+s\b(?! of\b)"
    r"(?!\s+(?-i:[A-Z0-9]))",
    re.I,
)

# A contest or its prize left unnamed: "won the title", "before the final" (which one?).
# A context frame names it ("At the 2023 World Cup, ...").
UNNAMED_CONTEST = re.compile(
    r"\bthe (?:title|cup|tournament|competition|league|championship|playoffs|"
    r"final(?=[?,.]| (?:in|at|on|of|against|with|for|to|and)\b)(?! of (?:the )?(?:\d{4} )?[A-Z])"
    r"(?! of the [a-z-]+(?:th|st|nd|rd) (?:series|season|edition) of (?:the )?[\"“]?[A-Z]))"
    r"(?!\s+[A-Z0-9])"
)  # "the final of the 2026 Norway Chess tournament" says which final, and so does "the final
# of the fifteenth series of "The Great Bake"" (the numbered series of a named show)

# A fan article's epithet for someone it named before: "the eight-member group", "the
# 36-year-old singer", "the three-time champion" (no name follows).
EPITHET = re.compile(
    r"\b[Tt]he (?:[a-z0-9]+-)+[a-z]+ (?:[a-z]+ )?(?:group|band|team|club|side|singer|rapper|"
    r"star|player|actor|actress|striker|forward|goalkeeper|champion|driver|quartet|trio|duo|"
    r"septet|veteran|winger|defender|midfielder|captain|coach|director)\b(?!\s+[A-Z0-9\"“])"
)

# A person or a pair described, not named, by age, nationality or number: "the
# 31-year-old from Cork", "the Frenchmen", "the pair's film" stand for whoever the
# sentence before named; copied into a question they name nobody (a name after them,
# "the 22-year-old Alcaraz", says who; "the 20-year-old singer" is an EPITHET).
DESCRIBED_ONLY = re.compile(
    r"\b[Tt]he (?:(?:\d+|[a-z]+)-year-old(?=[?,.]|\s+(?:from|of|in|at|on|who|and)\b)|"
    r"pair|twins|(?:Dutch|French|English|Irish|Welsh|"
    r"Scots|Norse)(?:men|women)|Brits|Britons|Swedes|Danes|Finns|Poles|Scots|"
    r"Turks|Greeks|Spaniards|Kiwis|Aussies|Argentines|Croats|Serbs|Czechs)\b"
    r"(?:'s|’s)?(?!\s+[A-Z0-9\"“])"
)

# "the third album Survivor": whose third album? (an owner or "of/by X" after says it;
# "Beyoncé's second solo album" has no "the").
UNOWNED_ORDINAL_WORK = re.compile(
    r"\b[Tt]he (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|debut|"
    r"latest|previous|final) (?:[a-z]+ )?(?:album|single|song|record|film|movie|book|series|"
    r"show|season|episode|EP|mixtape)s?\b(?!'s| (?:of|by|from|for)\b)"
)

# Times and phrases that only mean something next to the sentence before: "that night",
# "as always", "earlier in the season".
RELATIVE_REFERENCE = re.compile(
    r"\b((that|this) (night|day|evening|morning|afternoon|week|weekend|month|year|season|"
    r"summer|winter|spring|autumn|time|point)|as always|as usual|at the time|"
    r"(earlier|later) (in|that|this|on)|the night|the day before|the day after)\b"
    r"(?!\s+(?-i:[A-Z]))",
    re.I,
)
# "in the season", "of the night", "third in the table": which one is known only from the
# article (lower case: "Album of the Year" is a name).
RELATIVE_THE = re.compile(
    r"\bthe (season|night|week|weekend|month|year|day|race|table|standings|leaderboard|"
    r"card|undercard|bill)\b"  # "elsewhere on the card": which night's fights?
)
# Close to a negation ("Who was rarely troubled ...?"): no fact a quiz can ask about.
NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "almost won", "nearly quit": near-negations that flip the fact; "almost 15 hours ahead",
# "nearly 20 years": an approximate figure, which states a fact (not matched)
NEGATIVE_ADVERBS = re.compile(
    r"\b(rarely|seldom|hardly|barely|scarcely|(?:almost|nearly)(?! (?:\d|(?:"
    + NUMBER_WORDS + r")\b)))\b",
    re.I,
)
# "the Wii version", "the HD remaster": a version of something the question does not name
UNNAMED_VERSION = re.compile(
    r"\b(?i:the) (?:[A-Z][\w-]*\s+){0,2}(version|edition|port|remaster|remake|release|"
    r"sequel|prequel|soundtrack|adaptation)\b(?!\s+of\b)"
)
# "the India captain", "the Greek third seed": a role held by someone the question does
# not name (a team or country beside it names no person). "Who is the India captain?"
# asks for the name, so the role right after "Who is/was" is the question itself.
UNNAMED_ROLE = re.compile(
    r"\b(?i:the) (?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}"
    r"(captain|vice-captain|skipper|coach|manager|boss|striker|goalkeeper|keeper|defender|"
    r"midfielder|winger|forward|batter|batsman|bowler|opener|spinner|all-rounder|seed|"
    r"champion|star|player|frontman|singer|rapper|quarterback|pitcher|driver|teammate|"
    r"leader|president|chairman|rookie|veteran|international|rider|cyclist|boxer|fighter|"
    r"runner|golfer|swimmer|sprinter|racer|skater|actor|actress|winner|youngster|teenager)\b"
    r"(?!\s+(?:[A-Z0-9]|of\b))"
)
# "debuted in the magazine", "joined the pit", "the Broadway production was seen by ...":
# a publication, a company, a staging or a pit the article names elsewhere (or never),
# left a common noun; out of the article, which magazine, which production? (a name or
# "of X" after it says which: "the publisher of One Piece", "the magazine Weekly Y").
UNNAMED_OUTLET = re.compile(
    r"\b(?i:the) (?:[A-Z][\w'’.-]*\s+){0,2}(magazine|newspaper|journal|anthology|publisher|"
    r"imprint|broadcaster|network|production|staging|revival|musical|manga|anime|"
    r"franchise|company|troupe|orchestra|pit)\b(?!\s+(?:[A-Z0-9\"“]|of\b))"
    # "the production designer", "the company's boss": a modifier of another noun
    r"(?!\s+(?:designer|manager|executive|director|head|chief|boss|owner|staff|team|"
    r"crew|partner|member)s?\b)(?!['’]s)"
)
# A game's add-on or its maker said as a common noun: "When did the DLC come out?", "the
# Japanese studio is working on _____" (which expansion, which studio?). A nationality
# before the noun says nothing of which one; a name or "of X" after it says which ("the
# expansion Shadow of Nightfall", "the studio behind X" is left to other checks).
UNNAMED_ADDON_OR_MAKER = re.compile(
    r"\b(?i:the) (?:(?:new|latest|first|second|Japanese|Korean|Chinese|Polish|Swedish|"
    r"Finnish|French|German|British|American|Canadian|Danish|Dutch|Spanish|Italian|indie)\s+)?"
    r"(DLC|expansion|add-on|studio|developer)\b(?!\s+(?:[A-Z0-9\"“]|of\b))(?!['’]s)"
    # a modifier of another noun is no add-on or maker ("the expansion draft", "the
    # studio album", "the studio audience"); "the expansion pack" still is one
    r"(?!\s+(?:draft|team|teams|side|club|franchise|era|fee|slot|album|albums|version|"
    r"versions|audience|session|sessions|recording|recordings|cut|work|tour|plan|plans|"
    r"programme|program|project|process|space|system|lot|apartment|flat)\b)"
)
# A part of a work said as "the" part, the work left to the sentence before: "designed
# 100 variations of the signature step", "the hook step", "the title track", "the opening
# scene" (of which song, album, film?). "of X", a name after it, or an "In <work>, "
# frame says which work.
UNOWNED_PART = re.compile(
    r"\bthe (?:signature|hook|title|lead|opening|closing|final|famous|iconic) (?:dance )?"
    r"(?:step|move|dance|routine|choreography|track|single|scene|sequence|number|verse|"
    r"chorus|riff|shot|song)s?\b"
    r"(?!\s+(?:of|from|in|on)\b)(?!\s+['‘]?[A-Z0-9\"“])"
)
WHO_IS_ROLE = re.compile(r"^(?:[^,]*, )?Who (?:is|was|are|were) (?=the )", re.I)
# "Novak Djokovic is the king of Melbourne": a nickname, not a fact a quiz can ask. A
# monarch's title is capitalised ("the King of Hyrule") and kept.
FIGURATIVE_ROLE = re.compile(
    r"\b(?i:is|was|are|were|be|been|being|became|become|becomes|remains?|remained)"
    r"(?: [a-z]+)? (?i:the) (king|queen|god|goddess|emperor|empress|darling)s? of\b"
)
MAX_COMMAS = 1  # besides the "In <work>, " context: more is a long clause half rendered
MAX_PLAIN_WORDS = 25
NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*(?:'s)?\s+){1,}[A-Z][\w'’.-]*")

TRUNCATED = re.compile(r"\b(No|St|Mr|Mrs|Ms|Dr|Jr|Sr|vs|Vol|Nos|Op)\?$")

RoundTrip = Callable[[str, str, Collection[str]], bool]


# Asked of the same few strings over and over (each question and answer at several
# gates, each name of a sentence by `contains`): kept once worked out.
@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _NOT_WORD.sub(" ", text.casefold())
    text = _ARTICLE_WORD.sub(" ", text)
    return " ".join(text.split())


# Compiled once: the per-name patterns of the other checks (hundreds per article) push
# inline patterns out of `re`'s cache, so an inline one was compiled again and again.
_NOT_WORD = re.compile(r"[^\w\s]")
_ARTICLE_WORD = re.compile(r"\b(the|a|an)\b")


def contains(haystack: str, needle: str) -> bool:
    needle = normalise(needle)
    return bool(needle) and f" {needle} " in f" {normalise(haystack)} "


GENERIC_NAME_WORDS = {"the", "awards", "award", "music", "records", "entertainment", "best",
                      "of", "and", "for", "in", "on", "at", "a", "an", "new", "world", "tour",
                      "city", "united", "national", "international", "league", "cup",
                      "festival", "show", "game", "games", "film", "album", "song"}


WORD_RUN = re.compile(r"[\w'’-]+")


def answer_not_in_question(question: str, answer: str, aliases: Iterable[str]) -> str | None:
    if answer.lower() in {"true", "false"}:
        return None
    for name in (answer, *aliases):
        if contains(question, name):
            return f"the answer {name!r} is in the question"
    words = [w for w in re.findall(r"[\w'’-]+", answer)
             if len(w) >= 3 and w[:1].isupper() and w.lower() not in GENERIC_NAME_WORDS]
    if len(answer.split()) >= 2:
        own = {w.casefold() for w in re.findall(r"[\w'’-]+", answer)}
        # A word of the answer (all word characters) standing alone in the question is
        # one of the question's maximal word runs: split the question once rather than
        # compile a pattern per word (a per-word compile was the costliest part).
        runs = list(WORD_RUN.finditer(question))
        for word in words:
            for hit in (run for run in runs if run.group(0) == word):
                if not _in_another_name(question, hit, own):
                    # "Which award show ... in MTV history? -> MTV Video Music Awards"
                    return f"half the answer ({word!r}) is in the question"
    return None


WORK_FRAME = re.compile(r'^(?:True or false: |[^"]*fills the blank: ")?In [^,]+, ')
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’-]*(?:'s)?\s)*[A-Z][\w’-]*")


def _in_another_name(question: str, hit: re.Match[str], own: set[str]) -> bool:
    """The word is part of another name the question gives in full, with a word the
    answer does not have ("Luke" of "Luke Humphries" for "Luke Littler", "Manchester" of
    "Manchester City" for "Manchester United"): that name, not half the answer."""
    frame = WORK_FRAME.match(question)
    if frame and hit.start() < frame.end():
        return False  # "In The Legend of Zelda: Twilight Princess, ... -> Twilight Realm":
        # a work's own names echo its title, the shared word is a real hint
    for run in CAPITALISED_RUN.finditer(question):
        if run.start() <= hit.start() and hit.end() <= run.end():
            if run.start() == 0:
                return False  # the question's first word is capitalised whatever it is
            names = [w.removesuffix("'s").casefold() for w in run.group(0).split()]
            return len(names) >= 2 and any(w not in own for w in names)
    return False


QUOTED = re.compile(r'"([^"]{1,60})"')
# A title nested in single quotes inside a blank's double-quoted statement.
INNER_QUOTED = re.compile(r"(?<=[\s\"])'([A-Z0-9][^'\"]{0,58})'(?=[\s,.?!:;\"])")


def _title_quote(match: re.Match[str]) -> str:
    """A quoted title ("But Here We Are") is hidden from the pronoun check; a quoted
    statement (a blank's sentence) is not."""
    words = match.group(1).split()
    if len(words) <= 8 and "_" not in match.group(1) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words
    ):
        return '"T"'
    return match.group(0)


TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for",
                     "with", "by", "from", "is", "it", "we", "you", "me", "my"}


FULL_DATE = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}\b"
)


def _dated_final(question: str, match: re.Match[str]) -> bool:
    """"Who did Kyra Lund beat in the final on 6 May 2024?": a named player's final on a
    given day is one match. A title or a cup is not pinned so (it has a winner each year
    and the day does not say which competition)."""
    if match.group(0) != "the final" or not FULL_DATE.search(question):
        return False
    rest = FULL_DATE.sub(" ", question)
    return any(
        w[:1].isupper() for w in re.findall(r"[\w'’-]+", rest)[1:] if w not in {"I"}
    )


def _hyphen_compound(question: str, match: re.Match[str]) -> bool:
    """"a thank-you letter", "a know-it-all", "a must-see-it show": a pronoun joined by a
    hyphen to the words beside it is part of one compound word, and points at no one."""
    start, end = match.start(), match.end()
    return (start > 0 and question[start - 1] == "-") or question[end : end + 1] == "-"


def no_vague_reference(question: str, own_possessive_ok: bool = True) -> str | None:
    question = QUOTED.sub(_title_quote, question)  # "But Here We Are" is no pronoun
    # ... nor is a title in a blank's statement, single-quoted there ('We Are Young')
    question = INNER_QUOTED.sub(lambda m: _title_quote(m).replace('"', "'"), question)
    # "US" in capitals is the country ("released in the US"), not the pronoun
    match = next((m for m in PRONOUNS.finditer(question)
                  if m.group(0) != "US" and not _hyphen_compound(question, m)), None)
    if match:
        return f"pronoun {match.group(0)!r} left in"
    if not own_possessive_ok:
        match = POSSESSIVE_PRONOUNS.search(question)
        if match:
            return f"pronoun {match.group(0)!r} left in"
    match = DEMONSTRATIVE.search(question)
    if match and not match.group(0).lower().startswith("that "):
        return f"vague reference {match.group(0)!r}"
    match = VAGUE.search(question)
    if match:
        return f"vague reference {match.group(0)!r}"
    match = COUNTED_BACK.search(question)
    if match:
        return f"vague reference {match.group(0)!r}"
    match = UNNAMED_CONTEST.search(question)
    if match and not CONTEXT_FRAME.match(question) and not _dated_final(question, match):
        return f"vague reference {match.group(0)!r}"  # "At the 2023 World Cup, ... the final"
    match = EPITHET.search(question)
    if match:
        return f"vague reference {match.group(0)!r}"
    match = DESCRIBED_ONLY.search(question)
    if match:
        return f"vague reference {match.group(0)!r} (who?)"
    match = UNOWNED_ORDINAL_WORK.search(question)
    if match and not CONTEXT_FRAME.match(question):  # "In Succession, ... the final season"
        return f"vague reference {match.group(0)!r} (whose?)"
    match = UNNAMED_OUTLET.search(question)
    if match:
        return f"vague reference {match.group(0)!r} (which one?)"
    match = UNOWNED_PART.search(question)
    if match and not CONTEXT_FRAME.match(question):
        return f"vague reference {match.group(0)!r} (of which work?)"
    match = UNNAMED_ADDON_OR_MAKER.search(question)
    if match and not CONTEXT_FRAME.match(question):
        return f"vague reference {match.group(0)!r} (which one?)"
    match = UNNAMED_ROLE.search(question)
    who_is = WHO_IS_ROLE.match(question)
    asks_role = who_is is not None and match is not None and match.start() == who_is.end() and (
        re.match(r"\s*(\?|(who|that|in|at|for|during|when)\b)", question[match.end():])
    )
    if match and not asks_role:
        return f"vague reference {match.group(0)!r}"
    return None


# "there"/"here" as a place ("opened her tour there on Saturday"): it points back to a
# place the article named before, which the question does not say. (Existential "there
# was ..." is no place.)
PLACE_PRO_FORM = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"  # "How many fans were there?"
    r"\b(there|here)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|'s)\b)", re.I
)


def no_place_pro_form(question: str) -> str | None:
    """"Which tour did Mara Lind open there on 10 June 2023?": where is "there"?"""
    question = QUOTED.sub(_title_quote, question)  # "Here Comes the Sun" is a title
    question = INNER_QUOTED.sub(lambda m: _title_quote(m).replace('"', "'"), question)
    match = PLACE_PRO_FORM.search(question)
    if match is None or re.search(r"\b(?:at|in) (?:the )?[A-Z]", question[: match.start()]):
        return None  # "... at the ArenA in Amsterdam, the first of two nights there": said
    return f"vague reference {match.group(0)!r} (where?)"


# "Who is Phillipa Soo?": asks what a name is (the article's "X is Y" casts a role or
# gives an alias), not a fact a fan can be asked.
WHO_IS_NAME = re.compile(
    r"^(?:[^,]*, )?Who (?:is|was|are|were) (?:[A-Z][\w'’.-]*\s*)+\?$"
)


def asks_a_fact(question: str) -> str | None:
    if WHO_IS_NAME.match(question):
        return "asks who a name is (an identity, not a fact)"
    if HAD_A_GOOD_PLACE.search(question):
        return "a place or event had as a time ('had a remarkable Croisette': a verdict)"
    return None


# "X had a remarkable Croisette", "had a brilliant Wimbledon": a place or an event said
# with "a" and an adjective stands for the time someone spent there. Asked ("Who had a
# remarkable Croisette?") it reads as owning the place, a garbled question, and what it
# asks is the writer's verdict, not a fact. "has a new Netflix show" (a noun after the
# name) is left alone.
HAD_A_GOOD_PLACE = re.compile(
    r"\b(?:had|has|have|having) (?:a|an) "
    r"(?:(?!(?:with|in|at|on|for|of|to|by|from|as|into)\b)[a-z]+ ){1,2}"  # adjectives
    r"(?-i:[A-Z])[\w'’-]*"
    r"(?= ?[?,.]| (?:in|at|on|for|with|after|before|as|and|to|during)\b)"
)


# Moments of one match or show ("in the 58th minute", "stoppage time", "the first game",
# "the 43rd over"): only fair when the question says which match (a "In/At <event>, "
# context, a year or a full date).
MATCH_MOMENT = re.compile(
    r"\b(?:the \d+(?:st|nd|rd|th) (?:minute|over|lap|inning|innings|round|mile|kilometre|hole)"
    r"|(?:stoppage|injury|extra|added) time|overtime|(?:a|the) (?:penalty )?shoot-?out"
    r"|(?:a|the) tie-?break(?:er)?|sudden death|the (?:first|second) half|the final whistle"
    r"|the (?:(?:deciding|opening|final|last) )?"  # "the deciding fifth game"
    r"(?:first|second|third|fourth|fifth|final|opening|last|deciding) "
    r"(?:game|set|quarter|period|lap|round|leg|inning|innings|frame|map|half)"
    r"|the winning (?:runs?|goal|point|basket|shot|touchdown|try|putt|run|kick|header))\b",
    re.I,
)
CONTEXT_FRAME = re.compile(
    r"^(?:True or false: |[^\"]* fills the blank: \")?(?:In|At|On) [^,?]{3,80}, "
)
DATE_OR_YEAR = re.compile(
    r"\b(?:1[5-9]|20)\d{2}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


# An event named by its edition: "the 96th Academy Awards", "Super Bowl LVIII".
EDITION = re.compile(r"\b\d+(?:st|nd|rd|th) (?:[A-Z]|annual\b)|\b[A-Z][a-z]+ [IVXLCDM]{2,}\b")


def names_a_time_or_edition(question: str) -> bool:
    """The question is framed by its occasion ("At the 2024 BRIT Awards, ..."), or names a
    year, a day or an edition ("Super Bowl LVIII")."""
    return bool(
        CONTEXT_FRAME.match(question) or DATE_OR_YEAR.search(question)
        or EDITION.search(question)
    )


def names_the_match(question: str, moment: bool = False) -> str | None:
    """A moment of a match ("in the 58th minute") needs the match: 'Which player picked
    up his second yellow card in the 58th minute?' names none of the thousands. Two
    people named in one incident pin it down ("In which minute did Ashley Young pick up
    his second yellow card for a challenge on Luis Díaz?")."""
    match = MATCH_MOMENT.search(question)
    if not match and not moment:
        return None
    if names_a_time_or_edition(question):
        return None
    words = [w.strip('"\'(),.:;?!') for w in question.split()[1:]]
    names = {r for r in re.findall(r"(?:[A-Z][\w'’.-]*\s?)+", " ".join(
        w if w[:1].isupper() and w.casefold() not in CALENDAR_WORDS else "|" for w in words
    ))}
    if len({n.strip() for n in names if n.strip()}) >= 2:
        return None
    what = match.group(0) if match else "a minute of a match"
    return f"{what!r} of an unnamed match (not self-contained)"


# A number of honours: "How many awards did X win?", "X won three awards".
HONOURS_COUNT = re.compile(
    r"\b(?:How many (?:[\w-]+ ){0,2}|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve) (?:[\w-]+ )?)(?:awards|trophies|prizes|nominations|titles|medals|"
    r"Grammys|Oscars|Emmys|Grammy Awards|Academy Awards)\b"
)


def names_the_occasion(question: str) -> str | None:
    """A count of honours grows from one ceremony or season to the next: "How many awards
    did Alan Wake 2 win?" needs the night or the year ("At The Game Awards 2023, ...")."""
    medal = MEDAL.search(question)
    if not HONOURS_COUNT.search(question) and not medal:
        return None
    if names_a_time_or_edition(question):
        return None
    if medal:
        return "a medal with no race, event or year (every final gives one)"
    return "a count of honours with no occasion or year (it grows)"


# "Who took silver in 1:51.75?": a medal of which race?
MEDAL = re.compile(
    r"\b(?:took|takes|take|won|wins|win|claimed|claims|claim|earned|earns|earn|collected|"
    r"grabbed|picked up|finished with) (?:the |a |an )?(?:gold|silver|bronze)\b"
)


# Garble a misparse leaves: two numbers run together ("beat Arizona 5-0 5 in Game 5"),
# a fronted preposition said again
# ("For which award did X win for ...?"), a full stop inside ("married Jay Z. on"), and
# discourse asides that belong to the article's flow, not to a fact ("by contrast").
TWO_NUMBERS = re.compile(r"(?<![\w,.])\d+(?:[.,:]\d+)*(?:[-–]\d+)? \d+(?![\w%])")
FRONTED_AGAIN = re.compile(
    r"^(?:[^,]*, )?(For|From|With|About|Against|To) (?:which|whom|what)\b[^?\"]*\b(?i:\1)\b"
)
ABBREVIATIONS = {"jr", "sr", "st", "dr", "mr", "mrs", "ms", "vs", "etc", "no", "inc", "ltd",
                 "co", "mt", "ft", "approx", "vol", "op", "nos"}
STRAY_STOP = re.compile(r"(?<![.\w])([A-Za-z]+)\. (?=[a-z])")
ASIDES = re.compile(
    r"\b(?:by contrast|in contrast|however|meanwhile|nevertheless|nonetheless|therefore|"
    r"moreover|furthermore|in fact|indeed|in turn|as a result|for example|for instance|"
    r"of course|in the end|after all)\b",
    re.I,
)


# A statement (a blank's or a true/false one) that has a question inside it: "True or
# false: In which year did X ..., X teamed up with ...".
QUESTION_IN_STATEMENT = re.compile(
    r"^(?:True or false: |[^\"]* fills the blank: \")[^?]*\b(?:(?:In|At|On|For|From|To|By) "
    r"(?:which|what|whom)|(?:Who|What|Which|When|Where|How many) (?:did|does|do|was|is|were|are))\b"
)
# Cut at a conjunction: "... the Knowles family reunited, and?"
DANGLING_END = re.compile(r"(?<= )(and|or|but|nor|while|because|of|the|a|an)\?$")


# "(née Beyincé)", "(then aged 19)": a bracketed aside in lower case is the article's
# gloss, never part of a quiz question (a title's brackets start with a capital).
BRACKET_ASIDE = re.compile(r"\((?=[a-zé])[^)]*\)")


def well_formed(question: str) -> str | None:
    match = BRACKET_ASIDE.search(QUOTED.sub('"T"', question))
    if match:
        return f"a bracketed aside {match.group(0)!r}"
    if QUESTION_IN_STATEMENT.search(question):
        return "a question inside the statement"
    match = DANGLING_END.search(question)
    if match:
        return f"ends on {match.group(1)!r} (cut short)"
    match = TWO_NUMBERS.search(question)
    if match:
        return f"two numbers run together {match.group(0)!r}"
    match = FRONTED_AGAIN.search(question)
    if match:
        return f"the preposition {match.group(1)!r} said twice"
    for match in STRAY_STOP.finditer(question):
        if match.group(1).lower() not in ABBREVIATIONS:
            return f"a full stop inside {match.group(0)!r} (two sentences run on)"
    match = ASIDES.search(question)
    if match:
        return f"a discourse aside {match.group(0)!r} kept"
    return None


def short_enough(question: str) -> str | None:
    words = len(question.split())
    return f"{words} words (over {MAX_WORDS})" if words > MAX_WORDS else None


def _body(question: str) -> str:
    """The question without a leading context phrase ("In Succession, ") or, for a
    fill-in-the-blank, without its frame: what the reader must parse."""
    match = re.match(r"^(In|At|On) [^,?]{1,60}, (?=[a-z])", question)
    return question[match.end():] if match else question


MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)")
DATE_COMMA = re.compile(rf"\b({MONTHS} \d{{1,2}}), (\d{{4}})\b(,(?= [a-z]))?")
# ", Aspiro,", ", Blue Ivy Carter,", ", the first US Treasury secretary,": a short aside
# closed by its own comma is one pause, not two clauses; so is a quoted title set off the
# same way (', "The Final Chapters Special 2", aired').
# An aside ending in a past verb is a clause of its own (", the Knowles family reunited,").
CLOSED_ASIDE = re.compile(
    r", ((?:[^,?\"\s]+ ){0,5}(?![a-z]+ed\b)[^,?\"\s]+|\"[^\",?]{1,60}\"), "
)


THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def clause_commas(body: str) -> int:
    """Commas that separate clauses: not a date's ("May 12, 2023,"), and a short aside
    between two commas counts once."""
    body = DATE_COMMA.sub(r"\1 \2", body)
    body = THOUSANDS_COMMA.sub("", body)  # "$2,204,480": one number, no pause at all
    return CLOSED_ASIDE.sub(r", \1 ", body).count(",")


def plain_enough(question: str) -> str | None:
    """Long Wikipedia clauses rendered whole read as garble: at most one clause comma
    after the context phrase and at most 25 words in the question proper."""
    body = _body(question)
    commas = clause_commas(body)
    if commas > MAX_COMMAS:
        return f"{commas} commas (a long clause)"
    words = len(body.split())
    # a true/false statement is the sentence itself, read whole: the total cap only
    limit = MAX_WORDS if question.startswith("True or false: ") else MAX_PLAIN_WORDS
    if words > limit:
        return f"{words} words in the question proper (over {limit})"
    return None


def reads_cleanly(question: str) -> str | None:
    """Word-level signs of a misparse: a relative time ("that night"), a near-negation,
    the agent asked twice ("By who was X inspired by Y?"), one name said twice."""
    match = RELATIVE_REFERENCE.search(question)
    if match:
        return f"relative reference {match.group(0)!r}"
    match = RELATIVE_THE.search(question)
    if match:
        return f"relative reference {match.group(0)!r}"
    match = NEGATIVE_ADVERBS.search(question)
    if match:
        return f"near-negation {match.group(0)!r}"
    match = FIGURATIVE_ROLE.search(question)
    if match:
        return f"a figurative role {match.group(0)!r}"
    match = re.search(r"(?<=[a-z,] )(A|An) [a-z]", question)
    if match:
        return f"a sentence's capital {match.group(1)!r} mid-question (two clauses run on)"
    if re.search(r"\w[—–]\s?[a-z]", question):
        return "a dash aside run into the question"  # "eleven dungeons—large, contained"
    match = re.search(r"\bHow many (other|more|additional|further|extra)\b", question) or (
        re.search(rf"\b(\d+|{NUMBER_WORDS}) (other|more|additional|further|extra) [a-z]",
                  question, re.I)
    )
    if match:
        return f"relative count {match.group(0)!r} (other than what?)"
    match = UNNAMED_VERSION.search(question)
    if match:
        return f"vague reference {match.group(0)!r} (the version of what?)"
    if re.search(r"\bby [A-Z][^,?]*? by [A-Z]", question):
        return "two agents"  # "inspired by Jay Z by Etta James"
    match = re.search(r"\b(\w{3,})s \1\b", question)
    if match:
        return f"a word said twice {match.group(0)!r}"  # "Grammy Awards Award nomination"
    if re.match(r"^By (who|whom|which|what)\b.*\bby\b", question):
        return "two agents"
    runs = [" ".join(r.split()) for r in NAME_RUN.findall(question.split(" ", 1)[-1])]
    for run in set(runs):
        if runs.count(run) > 1:
            return f"the name {run!r} twice"
    return None


# A single quote opening a title: at the start or after a space or bracket, before a
# capital ("'The Lost Moon'"); never an apostrophe inside a word ("Tanaka's") or a cut
# year ("the '90s"). It closes at a quote that no letter follows ("Moon'", "Moon',").
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\"]))'(?=[A-Z])")
CLOSING_SINGLE = re.compile(r"(?<=\S)'(?![A-Za-z])")


def unclosed_single_quote(text: str) -> bool:
    """A single-quoted title opened and never closed: "of 'The Lost Moon" (the closing
    quote, a token of its own, was left with the cut or hung on the verb). A question
    that reads so is odd; a phrase that ends so gets its quote back (`tidy`)."""
    for match in OPENING_SINGLE.finditer(text):
        if not CLOSING_SINGLE.search(text, match.end()):
            return True
    return False


def is_question(question: str) -> str | None:
    if not question.rstrip().endswith("?"):
        return "does not end with '?'"
    if TRUNCATED.search(question):
        return "cut at an abbreviation"
    if question.count('"') % 2 or question.count("(") != question.count(")"):
        return "unbalanced quotes or brackets"
    if unclosed_single_quote(question):
        return "unbalanced quotes or brackets"  # "of 'The Lost Moon?": a title's quote lost
    if "[" in question or "]" in question:
        return "a footnote mark left in"  # "in parallel.[o]": two sentences run together
    return None


CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "i", "true", "false", "or",
}
# Nationality words name no one: "Who performed the American national anthem?"
DEMONYMS = {
    "american", "british", "english", "scottish", "welsh", "irish", "french", "german",
    "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "swedish", "norwegian",
    "danish", "finnish", "polish", "russian", "ukrainian", "greek", "turkish", "korean",
    "japanese", "chinese", "indian", "australian", "canadian", "mexican", "brazilian",
    "argentine", "argentinian", "african", "european", "asian", "latin", "nigerian",
    "egyptian", "serbian", "croatian", "austrian", "colombian", "chilean", "filipino",
    "thai", "vietnamese", "indonesian",
}


def names_something(question: str) -> str | None:
    """Self-contained: it names at least one person, group, title or event (a date or a
    number alone does not: "What arrived in 2022?")."""
    words = [w.strip('"\'(),.:;?!') for w in question.split()[1:]]
    if any(
        w[:1].isupper() and w.casefold() not in CALENDAR_WORDS | DEMONYMS for w in words
    ):
        return None
    return "names nobody and nothing (not self-contained)"


# "won" with nothing after it but a year: "In which year did X's rink win?", "X's rink won
# in 2009?" ("to win" is a purpose, said with the deed before it).
BARE_WIN = re.compile(r"(?<!\bto )\b(?:win|won|wins)(?: in (?:19|20)\d\d)?\"?\?$")
# Words before "win" that make it the noun ("record her first win"), not the verb.
WIN_NOUN_MARKS = {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "first",
                  "second", "third", "fourth", "fifth", "last", "maiden", "home", "away",
                  "big", "biggest", "famous", "debut", "latest", "another", "straight",
                  "consecutive", "narrow", "historic", "this", "that"}
EVENT_FRAME = re.compile(r"^(?:True or false: )?(?:In|At|On) [^,?]{1,60}, ")


def win_says_what(question: str) -> str | None:
    """"the first title since Murdoch's rink won in 2009": asked alone, "won" with no
    object names neither the title nor the event (won what?), unless a frame names the
    event ("At the 2009 Worlds, who won?")."""
    found = BARE_WIN.search(question)
    if EVENT_FRAME.match(question) or found is None:
        return None
    before = question[: found.start()].split()
    if before and (before[-1].lower() in WIN_NOUN_MARKS or re.fullmatch(
        r"\d+(?:st|nd|rd|th)|\w+-(?:time|ever)", before[-1].lower()
    )):
        return None  # "her first win", "a home win": the noun, whose sentence says of what
    return "a win without what was won (not self-contained)"


# A part of an event's bill: a named stage ("the Park Stage") or a quoted slot ("the
# Sunday "Legends" slot"). It names a festival's part, not which festival or year.
YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
BILL_PART = re.compile(
    r"\b[Tt]he (?:[A-Z][\w'-]* ){1,3}Stage\b|\b[Tt]he (?:[A-Z]?[\w-]+ ){0,3}\"[^\"]+\" slot\b"
)


def part_of_an_unnamed_bill(question: str) -> str | None:
    """"Who takes the Sunday teatime "Legends" slot?", "Which group does the Park Stage
    add?": a stage or a slot of a line-up names no festival; the question is asked only
    when something else in it is named (the festival, its year)."""
    if not BILL_PART.search(question):
        return None
    rest = BILL_PART.sub(" ", question)
    rest = re.sub(r'fills the blank: "', "fills the blank: x ", rest)
    if names_something(rest) is None or YEAR_WORD.search(rest):
        return None
    return "a stage or slot of an unnamed event (not self-contained)"


# Nouns of close kin that a given name follows in apposition: "with her father Michael".
# A parent, child or sibling so named mostly shares the family name the sentence has just
# said (Michael Eavis), so the given name alone is a part of the name; an uncle, a cousin or
# a spouse often has another one, or is known by the one name ("his uncle Aemond").
KIN_NOUNS = ("father", "mother", "son", "daughter", "brother", "sister")


def kin_given_name_whole(question: str, answer: str, sentence: str) -> str | None:
    """"runs the festival with her father Michael" -> "Who does she run the festival
    with?" -> "Michael": the one given name is only a part of who is meant (her father,
    Michael Eavis); the question that keeps the kin word ("her father _____", "the name
    of her father") asks for the given name itself."""
    if " " in answer.strip() or not answer[:1].isupper():
        return None
    # the pattern below needs the answer written in the sentence: a pure reject, tested
    # first so the per-answer pattern is compiled only for a sentence that can match
    if answer not in sentence:
        return None
    kin = re.search(rf"\b({'|'.join(KIN_NOUNS)}),? {re.escape(answer)}\b(?! [A-Z])", sentence)
    if kin is None or re.search(rf"\b{kin.group(1)}\b", question, re.I):
        return None
    return f"a given name answered without its {kin.group(1)!r} (partial answer)"


# A title ending in a number and "'s" ("Number 1's", "The 1975's"? no: a digit then 's
# is a plural or part of the name, not a possessive): copied without its "'s" it is cut.
DIGIT_S = re.compile(r"\b([A-Z][\w-]*(?: [\w-]+){0,3} \d+)['’]s\b")


def title_kept_whole(question: str, sentence: str) -> str | None:
    """"their first compilation album Number 1" from "Number 1's": a title cut short."""
    for match in DIGIT_S.finditer(sentence):
        name = match.group(1)
        for cut in re.finditer(rf"\b{re.escape(name)}(?!['’]s)\b", question):
            tail = question[cut.end() : cut.end() + 2]
            if not re.match(r"['’]s", tail):
                return f"the title {match.group(0)!r} cut to {name!r}"
    return None


# A name said twice in a row, with or without "the" between: "the 2023 Grand Prix The Grand
# Prix went to" (a subject given a year by its context and then said again as written).
# One word said twice is left alone: a band or a dish may be so named ("Duran Duran").
NAME_SAID_AGAIN = re.compile(
    r"\b((?:[A-Z][\w'’-]* ){1,3}[A-Z][\w'’-]*) (?:[Tt]he )?\1\b|\b([A-Z][\w'’-]*) [Tt]he \2\b"
)


# A work's "by <maker>" left stranded when the work was asked: "what did the choir close
# with by Ana Ruiz?" (two prepositions in a row), and the maker asked with "by" left at the
# end after the work: "who did the choir close with 'Winter Song' by?". Both garbled; a
# passive's own "by" ("Who was the film directed by?") is not after a "with" phrase.
STRANDED_BY = re.compile(
    r"\b(?:with|to|from|into|onto|for|on|in|at|of|about) by [A-Z]"
    r"|\bwith (?:['‘\"“][^?]+['’\"”]|[A-Z][^?]*) by\?$"
)


def by_kept_with_its_work(question: str) -> str | None:
    match = STRANDED_BY.search(question)
    if match:
        return f"a work's 'by' stranded {match.group(0)!r}"
    return None


def name_said_once(question: str) -> str | None:
    match = NAME_SAID_AGAIN.search(question)
    if match:
        return f"a name said twice in a row {match.group(0)!r}"
    return None


def hyphen_kept_whole(question: str, sentence: str) -> str | None:
    """"the 2021 semi-final" misparsed as "semi", "-" and "final" (the hyphen read as a
    word of its own): the question says "lose the 2021 semi-final - to?", a hyphenated word
    torn apart. A spaced dash in a question whose sentence has none is such a tear."""
    if re.search(r"\w -(?=[\s?])", question) and not re.search(r"\s[-–—]\s", sentence):
        return "a hyphenated word torn apart (a spaced dash the sentence does not have)"
    return None


def answer_in_source(answer: str, aliases: Iterable[str], sentence: str) -> str | None:
    if answer.lower() in {"true", "false"}:
        return None
    for name in (answer, *aliases):
        if contains(sentence, name):
            return None
    words = answer.split()
    if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 3 and re.search(
        rf"\b{re.escape(words[-1])}\b(?!\s+[A-Z])", sentence
    ):
        return None  # "created by Aonuma": the surname the article uses for Eiji Aonuma
    if len(words) == 2 and words[0][:1].isupper() and len(words[0]) >= 3 and (
        words[0].lower() != "the"
    ) and re.search(
        rf"\b{re.escape(words[0])}\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])", sentence
    ):
        return None  # "Gukesh earned his shot": the given (or family) name said first,
        # used alone for Gukesh Dommaraju, Ding Liren
    return "the answer is not in the source sentence"


def not_duplicate(question: str, seen: set[str]) -> str | None:
    key = normalise(question)
    if key in seen:
        return "duplicate"
    seen.add(key)
    return None


# "What won Song of the Year in 2010?", "Who was named Player of the Year?": a category that
# many ceremonies and bodies give each year, asked with none named. Some word of the question
# must say whose prize it is: "award(s)", "prize", a ceremony's plural name ("the 96th
# Oscars", "the Grammys"), an "At X, " frame, or a giver in capitals ("PFA Player of the
# Year", "IGN gave ... Best Graphics").
AWARD_CATEGORY = re.compile(
    r"\b(?:[A-Z][\w&'’-]* )+of the (?:Year|Season|Decade)\b|\bBest (?:[A-Z][\w&'’-]*|R&B)"
)
AWARD_BODY = re.compile(
    r"\b(?:[Aa]wards?|[Pp]rizes?|[Cc]eremony|gala|Oscars?|Grammys?|Emmys?|Tonys?|Globes?|"
    r"Brits|[A-Z]{2,}[\w&]*)\b"
)


def award_names_its_giver(question: str) -> str | None:
    """A prize category with no ceremony or giver named: which awards?"""
    body = QUOTED.sub('""', question)  # a title's words say nothing of the prize
    match = AWARD_CATEGORY.search(body)
    if not match or CONTEXT_FRAME.match(question):
        return None
    rest = body[: match.start()] + " " + body[match.end():]
    if AWARD_BODY.search(rest) or re.search(r"[A-Z]{2,}", match.group(0)):
        return None
    return f"the prize {match.group(0).strip()!r} with no ceremony or giver (whose award?)"


# "What did Dave walk out for?": a phrasal verb with no object and a stranded "for" reads as
# "why did Dave walk out?", not as "which song did he come on for?". ("What did she win the
# Oscar for?" has its object, and asks for the work.)
WHAT_FOR_AS_WHY = re.compile(
    r"\b[Ww]hat (?:did|does|do) [^?]*\b(?:out|in|up|on|off|back|over|down|away|along) for\?$"
)


def what_for_reads_as_why(question: str) -> str | None:
    if WHAT_FOR_AS_WHY.search(question):
        return "'what did X <verb> out for?' reads as 'why'"
    return None


# "at the opening London show", "the sold-out stadium concert": one performance told by
# words around it, not by its name; with no "At <tour>, " or "In <work>, " frame, whose
# show? ("the Christmas Day special "X"" names it; "the show" alone is VAGUE already.)
UNNAMED_PERFORMANCE = re.compile(
    r"\bthe (?:[a-z][\w-]* |[A-Z][a-z]+ ){1,3}(?:show|concert|gig|ceremony|premiere|festival)s?\b"
    r"(?!\s+(?:[A-Z0-9\"“]|of\b|by\b))"
)


def names_the_performance(question: str) -> str | None:
    if CONTEXT_FRAME.match(question):
        return None
    match = UNNAMED_PERFORMANCE.search(QUOTED.sub('""', question))
    if match:
        return f"vague reference {match.group(0)!r} (whose show?)"
    return None


# "Who did X work with first in 2005?": "first" after the verb, then a time, reads as the
# first of several that year, not the first ever ("Who did X first work with?" would not).
FIRST_OF_A_TIME = re.compile(
    r"^(?:[^,]*, )?(?:Who|Whom|What|Which [\w-]+) (?:did|does|do)\b[^?\"]* first "
    r"(?:in|on|at|during) [^?]*\?$"
)


def first_reads_as_first_of_a_time(question: str) -> str | None:
    if FIRST_OF_A_TIME.match(question):
        return "'<verb> ... first in <time>' reads as the first of several then"
    return None


# "Who had a playable version of X for the Wii?": "had" as the verb asked of its holder is
# a state at some time, true of whoever held it then; with no year, day, edition or occasion
# frame the question does not say when. ("Who had a hit with X in 1999?" says when.)
HAD_SOMETHING = re.compile(r"^Who had (?:a|an) ")


def had_says_when(question: str) -> str | None:
    if HAD_SOMETHING.match(question) and not names_a_time_or_edition(question):
        return "'who had a ...?' with no time or occasion"
    return None


# Posts a person holds for a while, then hands on: "Who is the Rovers' manager?" has
# another answer a season later, so it needs its year (the article's present is not the
# player's). A fixed role beside it ("founder and chief executive") still picks one person;
# a frame naming a story ("In Ted Lasso, who is the coach ...?") is inside that story.
POSTS = r"(?:coach|manager|captain|skipper|chief executive|CEO|president|chairman|boss)"
POST_NOW = re.compile(
    rf"^(?:(?:Who|What|Which [\w-]+) (?:is|are)\b.*\b{POSTS}\b|Whose (?:[\w-]+ )?{POSTS} "
    r"(?:is|are)\b)"
)


def a_post_says_when(question: str) -> str | None:
    if not POST_NOW.search(question) or YEAR_IN_QUESTION.search(question):
        return None
    if re.search(r"\b(?:co-)?founder\b", question):
        return None
    return "a post held for a while (coach, captain, chief executive) with no year"


YEAR_IN_QUESTION = re.compile(r"\b(?:1[89]|20)\d\d\b")


# A performing or playing body named only by its collective noun, like VAGUE's "the band"
# and "the team": "Which year did Ana Reis march with the corps as a teenager?" (which
# corps?), "Which event did the side from Leeds win?" (a place says where it is from, not
# which side). A name right after says which ("the choir Voces8").
UNNAMED_COLLECTIVE = re.compile(
    r"\bthe (?:corps|choir|chorus|ensemble|orchestra|squad|crew|troupe|outfit|side(?! of\b))\b"
    r"(?!\s+['‘\"“]?(?-i:[A-Z0-9]))",
    re.I,
)


def names_the_collective(question: str) -> str | None:
    match = UNNAMED_COLLECTIVE.search(QUOTED.sub(_title_quote, question))
    if match:
        return f"vague reference {match.group(0)!r} (which one?)"
    return None


# "Riccardo Muti stepped down in 2023": a post left ("step/stand down", "resign") is
# relative to the post; asked without "as <post>" or "from <post>" (or an event frame),
# the question never says what was left (stepped down from what?).
LEFT_POST = re.compile(
    r"\b(?:(?:step|steps|stepped|stepping|stand|stands|stood|standing) down|resign(?:s|ed)?)\b"
    r"(?! (?:as|from)\b)"
)


def post_left_says_what(question: str) -> str | None:
    """"In which year did X step down after 13 seasons?": a post left with no post
    named is not self-contained; "step down as music director", "resign from the board"
    and a framed "At <event>, who stepped down?" say it."""
    if EVENT_FRAME.match(question) or not LEFT_POST.search(question):
        return None
    return "a post left without the post (not self-contained)"


# "the spin-off show", "the sequel": a work said only by what it derives from needs its
# original named ("the Strictly spin-off", "the sequel to Dune"); a title alone after the
# bare noun is often a common phrase ("It Takes Two"), and the question never says which
# show's spin-off it asks about.
UNNAMED_ORIGINAL = re.compile(
    r"\b[Tt]he (?:spin-?off|sequel|prequel|remake)\b(?: (?:show|series|film|game|book|novel))?"
    r"(?! (?:to|of|from) )"
)


def derived_work_names_its_original(question: str) -> str | None:
    if UNNAMED_ORIGINAL.search(question):
        return "a spin-off or sequel whose original is not named (not self-contained)"
    return None


# "was crowned in 2023" (as the winner of a show's season, a pageant's queen): asked alone,
# "crowned" says neither the title nor the contest (crowned what?); "crowned champion",
# "crowned Miss Ohio" and a framed "At <event>, who was crowned?" say it.
BARE_CROWN = re.compile(r"\bcrowned(?: (?:in|on) [^?,\"]+)?\"?\?$")


def crown_says_what(question: str) -> str | None:
    if EVENT_FRAME.match(question) or not BARE_CROWN.search(question):
        return None
    return "crowned without the title or the contest (not self-contained)"


# "won season 16", "in series 3": a numbered season of a show that the question never
# names (season 16 of what?). A show named just before ("Drag Race season 16", "Love
# Island's series 10") or after ("season 16 of Drag Race"), or a framed "In <show>, ...",
# says it.
NUMBERED_SEASON = re.compile(r"\b(?:season|series) \d+\b")


def season_names_its_show(question: str) -> str | None:
    if CONTEXT_FRAME.match(question):
        return None
    for found in NUMBERED_SEASON.finditer(question):
        before = question[: found.start()].split()
        if before and re.match(r"[\"'‘“]?[A-Z0-9]", before[-1]) and len(before) > 1:
            continue  # "Drag Race season 16", "Love Island's series 10"
        if re.match(r" of (?:the )?[\"“'‘]?[A-Z]", question[found.end():]):
            continue  # "season 16 of Drag Race"
        return f"a numbered season of an unnamed show {found.group(0)!r} (not self-contained)"
    return None


# "the men's award", "the women's title": a contest or prize named only by its side (of
# which award?). Named right after ("the women's title at the Australian Open") or
# framed, it is pinned.
SIDED_CONTEST = re.compile(
    r"\bthe (?:men's|women's|men’s|women’s) (?:award|title|event|race|contest|competition|"
    r"final|prize|trophy|tournament|category)\b"
    r"(?!\s+(?:at|of|in|for) (?:the )?(?:\d{4} )?[\"“]?[A-Z0-9])(?!\s+[\"“]?[A-Z0-9])"
)


def sided_contest_named(question: str) -> str | None:
    if CONTEXT_FRAME.match(question) or not (found := SIDED_CONTEST.search(question)):
        return None
    return f"vague reference {found.group(0)!r} (which contest?)"


# "won the world title in 2018 and again in 2023": a year asked from a pair of years
# joined in the sentence leaves the other in the question ("In which year did X win the
# world title in 2023?"), which reads garbled and has both years for an answer.
def year_asked_beside_its_pair(question: str, answer: str, sentence: str) -> str | None:
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d", answer.strip()):
        return None
    for other in re.findall(r"\b(?:1[5-9]|20)\d\d\b", question):
        if other == answer:
            continue
        joined = r"(?:,? (?:and|or|then)(?: again| later| then)?(?: in)? )"
        if re.search(rf"\b{answer}\b{joined}{other}\b|\b{other}\b{joined}{answer}\b", sentence):
            return f"a year asked beside its pair {other} (garbled)"
    return None


# "Rodri won the Ballon d'Or": "Ballon" followed by "d'Or" is part of one name; asked
# alone ("Which name fills the blank: 'the _____ d'Or'"), the answer is half a name.
NAME_PARTICLE = r"(?:d['’]|de |du |des |da |del |della |di |van |von |der |den |le |la )"


def name_cut_before_particle(answer: str, sentence: str) -> str | None:
    answer = answer.strip()
    if not answer[:1].isupper():
        return None
    every = list(re.finditer(rf"(?<![\w'’-]){re.escape(answer)}(?![\w'’-])", sentence))
    if every and all(re.match(rf" {NAME_PARTICLE}[A-Z]", sentence[m.end():]) for m in every):
        return "the answer is the first part of a longer name (garbled)"
    return None


# "The 30-year-old Briton ... her husband, Reece Barclay" -> "What is the name of Briton's
# husband?": a descriptor ("the Briton", "the Finn", "the 24-year-old German") resolved
# as if it were a name. A one-word capitalised owner or subject that the sentence writes
# only after "the" (with at most two modifiers between) and never bare is a descriptor;
# the question reads garbled without its article.
def descriptor_taken_for_name(question: str, sentence: str) -> str | None:
    for found in re.finditer(r"(?<![\w'-])(?<!\bthe )(?<!\bThe )([A-Z][a-z]+)(?='s?\b|’s?\b)",
                             question):
        word = found.group(1)
        if found.start() >= 2 and re.search(r"[A-Z][\w-]*\s$", question[: found.start()]):
            continue  # the last word of a longer name ("Oslo Philharmonic's")
        every = list(re.finditer(rf"\b{word}\b(?!['’]s?\b)", sentence))
        if len(every) != len(re.findall(rf"\b{word}\b", sentence)):
            continue  # "replaced Ellen's Energy Adventure": a possessor, named as such
        after_the = [m for m in every if re.search(
            r"\b[Tt]he (?:[\w-]+ ){0,2}$", sentence[: m.start()])]
        if every and len(after_the) == len(every):
            return f"descriptor {word!r} taken for a name (garbled)"
    return None


# The gates that read the question alone, in `check`'s order. Each candidate's question
# is checked twice (by `quality.select`, then by the engine) and these pure regex gates
# are most of the cost: their first reason is kept per question string.
@lru_cache(maxsize=1 << 14)
def _wording_gates(question: str) -> str | None:
    return (
        is_question(question)
        or short_enough(question)
        or plain_enough(question)
        or reads_cleanly(question)
        or well_formed(question)
        or asks_a_fact(question)
        or names_the_match(question)
        or names_the_occasion(question)
    )


@lru_cache(maxsize=1 << 14)
def _reference_gates(question: str) -> str | None:
    return (
        no_vague_reference(question)
        or no_place_pro_form(question)
        or award_names_its_giver(question)
        or what_for_reads_as_why(question)
        or names_the_performance(question)
        or first_reads_as_first_of_a_time(question)
        or had_says_when(question)
        or a_post_says_when(question)
        or names_something(question)
        or names_the_collective(question)
        or win_says_what(question)
        or part_of_an_unnamed_bill(question)
        or post_left_says_what(question)
        or derived_work_names_its_original(question)
        or crown_says_what(question)
        or season_names_its_show(question)
        or sided_contest_named(question)
    )


def check(
    question: str,
    answer: str,
    aliases: Collection[str],
    sentence: str,
    seen: set[str],
    roundtrip: RoundTrip | None = None,
) -> str | None:
    """The first reason to reject, or None when every gate passes. `seen` collects the
    kept questions' keys (the duplicate gate)."""
    # In order, each gate run only while the ones before it pass: they are pure, and the
    # first reason is the one given.
    reason = (
        _wording_gates(question)
        or answer_not_in_question(question, answer, aliases)
        or _reference_gates(question)
        or answer_in_source(answer, aliases, sentence)
        or title_kept_whole(question, sentence)
        or hyphen_kept_whole(question, sentence)
        or name_said_once(question)
        or by_kept_with_its_work(question)
        or kin_given_name_whole(question, answer, sentence)
        or descriptor_taken_for_name(question, sentence)
        or year_asked_beside_its_pair(question, answer, sentence)
        or name_cut_before_particle(answer, sentence)
    )
    if reason:
        return reason
    if roundtrip is not None and not roundtrip(question, answer, aliases):
        return "the look-up does not recover the answer from the question"
    return not_duplicate(question, seen)
