"""What a heading calls the reference list: "References", "Bibliography", "Sources",
"Works cited", "Key references", NEJM's "References (14)", and the names in Spanish,
Portuguese, French, Italian, German, Dutch, Polish, Czech, Turkish, the Nordic languages,
Finnish, Russian, Greek, Chinese, Japanese and Korean; and the names that head a list only
where no other list's heading precedes them ("Citations", "Key references", "Sources").
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

_SHORT_LIST_NAME = r"(?:key|selected|cited|supporting) (?:references|sources|articles|publications)"
# The list's heading in articles in Spanish, Portuguese, French, Italian and German, with or
# without their accents ("Referencias bibliográficas", "Referências", "Bibliographie",
# "Riferimenti bibliografici", "Literaturverzeichnis"), and an answer's "Sources" in them.
# Led by their first letters, so that the line of most pages, which opens with none of them,
# is not tried against each (every short line of a page is).
_FOREIGN_LIST_NAME = (
    r"(?=[rblfqpksклисбβαv参參引文참])(?:referencias(?: bibliogr[aá]ficas)?|"
    r"refer[eê]ncias(?: bibliogr[aá]ficas)?|"
    r"r[eé]f[eé]rences bibliographiques|bibliograf[ií]a|bibliographie|bibliografie|"
    r"riferimenti(?: bibliografici)?|literatur(?:verzeichnis|angaben)?|"
    r"fuentes|fontes|fonti|quellen(?:angaben)?|"
    # Dutch, Polish and Czech ("Literatuur", "Piśmiennictwo", "Seznam literatury"), Turkish
    # ("Kaynaklar", "Kaynakça"), the Nordic languages' "Litteratur", "Referenser"; Chinese,
    # Japanese and Korean ("参考文献", "文献", "引用文献", "참고문헌"), with a full-width colon.
    r"literatuur(?:lijst)?|referenties|literatura|pi[sś]miennictwo|seznam literatury|"
    r"kaynaklar|kaynak[cç]a|referanslar|litteratur(?:liste)?|referenser|referanser|"
    # Danish and Norwegian "Kildehenvisninger", "Kilder", Swedish "Källor"; Finnish
    # "Kirjallisuus", "Kirjallisuutta", "Lähteet", "Viitteet"; Russian "Список литературы",
    # "Литература", "Библиография", "Источники"; Greek "Βιβλιογραφία", "Αναφορές".
    r"kildehenvisninger|kilder|k[aä]llor|kirjallisuu(?:s|tta)|l[aä]hteet|viitteet|"
    r"(?:список )?литератур[аы]|библиография|источники|βιβλιογραφ[ίι]α|αναφορ[έε]ς|"
    r"(?:参考|參考|引用)?(?:文献|文獻)：?|참고\s?문헌：?)"
)
_NUMBERING = r"(?:\d{1,2}\.?|[IVX]{1,4}\.)?\s*"
_REFERENCE_HEADING = re.compile(
    _NUMBERING
    # A count after the heading, as NEJM's pages print it: "References (14)". Only after
    # these words: "Citations (2)" on a publisher's page heads the papers citing this one.
    + r"(?:(?:references?(?: list| cited)?|bibliography)(?:\s*\(\d{1,4}\)|"
    # A chapter's or appendix's own list: "References (Chapter 1)", "References for Appendix A".
    r"\s*(?:\(|[-–—:]\s*|for\s+)?(?:chapter|appendix|section|part)\s+[\w.]{1,6}\)?)?|"
    r"r[eé]f[eé]rences|"
    # A short list's own name in a note or an answer: "Key references", "Selected sources".
    rf"{_SHORT_LIST_NAME}|"
    # Health sites' names for their sources box: "Article Sources", a collapsed box's
    # "Show sources", and a count after the word ("Sources (2)", "Sources [2]").
    r"(?:article |show |view )?sources(?: cited)?(?:\s*(?:\(\d{1,4}\)|\[\d{1,4}\]))?|works cited|"
    r"literature(?: cited)?|cited (?:works|literature)|citations|footnotes|endnotes|"
    r"notes and references?|references? and (?:notes|further reading)|sources and references|"
    # A textbook's or thesis's list for one chapter: "Notes to Chapter 12", "Chapter 12
    # references", "Chapter 3 notes".
    r"notes (?:to|for) (?:chapter|appendix|part)\s+[\w.]{1,6}|"
    r"(?:chapter|appendix|part)\s+[\w.]{1,6}\s+(?:references|notes|bibliography))"
    r"\s*:?",
    re.IGNORECASE,
)
_TITLED_LIST = re.compile(
    _NUMBERING + r"(?:references?|bibliography|r[eé]f[eé]rences)\b", re.IGNORECASE
)
# The other languages' names apart, compiled only for a line that holds one of their stems:
# their long alternation with accented letters costs every run its compiling (issue 13).
_FOREIGN_STEMS = (
    "referencias", "referências", "references", "bibliogra", "riferimenti", "literat",
    "fuentes", "fontes", "fonti", "quellen", "referenties", "iennictwo", "seznam", "kaynak",
    "referans", "litteratur", "referenser", "referanser", "kilde", "kilder", "llor",
    "kirjallisuu", "hteet", "viitteet", "литератур", "библиограф", "источник", "βιβλιογρ",
    "αναφορ", "文献", "文獻", "문헌",
)  # fmt: skip
_FOREIGN_HEADING = LazyPattern(_NUMBERING + rf"{_FOREIGN_LIST_NAME}\s*:?", re.IGNORECASE)
_FOREIGN_TITLED = LazyPattern(_NUMBERING + rf"{_FOREIGN_LIST_NAME}\b", re.IGNORECASE)


def heading_names_a_list(text: str) -> bool:
    if _REFERENCE_HEADING.fullmatch(text):
        return True
    return _may_be_foreign(text) and _FOREIGN_HEADING.fullmatch(text) is not None


def titles_a_list(text: str) -> bool:
    if _TITLED_LIST.match(text):
        return True
    return _may_be_foreign(text) and _FOREIGN_TITLED.match(text) is not None


def _may_be_foreign(text: str) -> bool:
    lower = text.lower().replace("é", "e")  # "Références", "Réferences" as "references"
    return any(map(lower.__contains__, _FOREIGN_STEMS))  # no generator: asked of every short line


# The headings a Cochrane review groups its references under, each a part of one list: the
# first heads the list where no "References" heading does (user32a P1-1: "Additional
# references" alone was taken for no list, and the entries under it for the body).
_REVIEW_GROUPS = frozenset(
    {
        "references to studies included in this review",
        "references to studies excluded from this review",
        "references to studies awaiting assessment",
        "references to studies awaiting classification",
        "references to ongoing studies",
        "references to other published versions of this review",
        "other published versions of this review",
        "additional references",
        "other references",
    }
)


def names_a_review_group(text: str) -> bool:
    """Whether the heading is one of a Cochrane review's groups of references."""
    if text[:1] not in "RrAaOo":
        return False  # most lines, told without lowering them
    return " ".join(text.lower().rstrip(": \t").split()) in _REVIEW_GROUPS


# Within a list, a group worded another way: "References to studies included in this
# systematic review", "... excluded from this overview" (review33a P1-6). Not above one,
# where "References to studies included in this review are listed below" is the body's.
_GROUP_OPENINGS = ("references to studies", "references to ongoing studies")
_GROUP_WORDING = 60  # characters after the opening; a sentence, with its full stop, is none


def names_a_group_within_a_list(text: str) -> bool:
    """Whether a line among a review's entries heads a group of them."""
    if text[:1] not in "RrAaOo":
        return False  # most lines, as in names_a_review_group
    name = " ".join(text.lower().rstrip(": \t").split())
    if name in _REVIEW_GROUPS:
        return True
    if text[:1] not in "Rr":
        return False
    opening = next((o for o in _GROUP_OPENINGS if name.startswith(o)), "")
    wording = name[len(opening) :]
    return bool(opening) and len(wording) <= _GROUP_WORDING and "." not in wording


# "Citations" heads the page's own list only where no References or Bibliography precedes it:
# after one, it heads the papers citing this one.
CITING_BOX = re.compile(r"citations\s*:?", re.IGNORECASE)
# A short list's own name heads the page's list only where no other list's heading precedes
# it: after "References" or "Sources", "Key references" is a box repeating a few entries.
SHORT_LIST = LazyPattern(rf"{_SHORT_LIST_NAME}\s*:?", re.IGNORECASE)
# What a short list's name opens with: a heading opening otherwise, as most do, is told so
# without SHORT_LIST, which a short check then need not compile (issue 13).
_SHORT_LIST_OPENINGS = ("key ", "selected ", "cited ", "supporting ")


def names_a_short_list(text: str) -> bool:
    """Whether the heading is a short list's own name: "Key references", "Selected sources".
    Lowered, an ASCII head holds each letter as IGNORECASE would take it; any other is left
    to the pattern."""
    head = text[:11].lower()
    if head.isascii() and not head.startswith(_SHORT_LIST_OPENINGS):
        return False
    return SHORT_LIST.fullmatch(text) is not None


# "Sources" heads an answer's list, but after a References list that holds entries, the data
# sources of a table or figure ("Fontes:", "Quellen:" under a table), not the page's list.
_SOURCES = frozenset({"sources", "fuentes", "fontes", "fonti", "quellen"})


def names_sources(name: str) -> bool:
    return name.rstrip(": \t").lower() in _SOURCES
