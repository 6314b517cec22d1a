"""The readings of an entry's "[Group.] [Notice:] Title. Journal" part, and the choice of one.

An entry's style (entries.py) finds its authors, year and locus; what is left between them can
often be cut into title and journal in more than one way. These are scored, the best becomes the
entry's title and journal, and the next few are kept as its alternatives for matching.
"""

from __future__ import annotations

import re
from operator import itemgetter

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reading, Reference
from citelint.read.author_lists import leading_authors
from citelint.read.readings import (
    MAX_READINGS,
    Split,
    breaks,
    journal_likeness,
    looks_like_group,
    section_head,
    splits,
)

# Erratum and retraction notices: "Erratum.", "Erratum in:", "Retraction notice to:".
_NOTICE = LazyPattern(
    r"(?:erratum|corrigendum|correction|retraction(?: notice)?|notice of retraction|"
    r"retracted(?: article| publication)?|expression of concern|withdrawn)"
    r"(?:\s+(?:in|to|for|of|on|about))?\s*(?::|$)",
    re.IGNORECASE,
)
# The letters _NOTICE's matches start with, in either case (no other letter matches them
# ignoring case, as "ı" does "i").
_NOTICE_INITIALS = "cCeEnNrRwW"
# The first word of every _NOTICE match: a text that does not start with one has no notice
# in its first sentence, which is not looked for then ("Effect of ...", "Comparative ...").
_NOTICE_WORD = LazyPattern(
    r"(?:erratum|corrigendum|correction|retraction|notice|retracted|expression|withdrawn)",
    re.IGNORECASE,
)
_QUESTION_OR_COLON = LazyPattern(r"[:?!]")
# A group's name ends in what kind of group it is, perhaps with its initials after it.
_GROUP_END = LazyPattern(
    r"\b(?:group|collaborators|investigators|committee|consortium|panel|task force|members)"
    r"(?:\s*\([^()]{1,20}\))?[\s.]*$",
    re.IGNORECASE,
)
# The kind of a paper Citing Medicine (NLM) puts after its title: "Reply [letter]",
# "Methods refocused [editorial]". PubMed's title has no such word.
_TYPE_LABEL = LazyPattern(
    r"\s*\[(?:letter|editorial|comment|commentary|abstract|review|news|interview|reply|"
    r"case report|erratum|meeting abstract|conference abstract)\]\Z",
    re.IGNORECASE,
)
# A preprint's tag, no part of the server's name PubMed gives as the journal.
_PREPRINT_TAG = LazyPattern(
    r"\s*\[\s*pre-?print\s*\]|\s*\(\s*pre-?print\s*\)|\A\s*pre-?print at\b", re.IGNORECASE
)
# The month an answer page dates its source with, left after the journal when the year was
# read: "*medRxiv* (preprint), Nov 2022" (user32a P1-3).
_MONTH_AFTER = LazyPattern(
    r",\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{1,2})?\Z"
)
# A book's series in brackets with its number, after its publisher and date or alone:
# "...; 2022 Mar. (Health Technology Assessment, No. 26.12.)".
_SERIES = LazyPattern(
    r"(?:[^()]{2,200}?(?:\([A-Z]{2,3}\)[^()]{0,120})?[.;]\s*)?"
    r"\((?P<series>[A-Z][^(),;]{2,80}),\s*No\.?\s*\d[\d.]*\.?\)"
)
# Where a title-first entry's title may end: a stop before a Vancouver name ("Solomon SD,",
# "O'Byrne PM,", "Martinez Licha CR,"), perhaps led by its particles ("Title. van den Berg FF,
# Boermeester MA. Journal", a stop breaks() takes for none). Only there are names looked for.
_TITLE_END = LazyPattern(
    r"[.?!]\s+(?=(?:(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|ter|ten)\s+)*"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[A-Z]{1,4}(?:\s+(?:Jr|Sr|II|III))?[,.])"
)
# A journal's name: capitalised words, their joiners, its place in brackets ("Nat Commun",
# "J. Clin. Oncol", "Rheumatology (Oxford)", "Journal of Hepatology").
_JOURNAL_NAME = LazyPattern(
    r"[A-Z][\w.'’&-]*(?:(?: (?:of|and|the|in|for|&))* (?:[A-Z][\w.'’&-]*|\([A-Z][^()]{0,30}\)))*"
)
# One author of a title-first entry: a one-word surname and initials, "Park N", "O'Neil JA".
_ONE_AUTHOR = LazyPattern(
    r"(?P<surname>(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?) [A-Z]{1,3}"
)
_HONORIFICS = frozenset({"Dr", "Drs", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame"})
# A lone "name" whose initials are a roman numeral ("Part II", "Stage IV") is a title's words;
# one author's own ("Park N. Lancet") are not.
_ROMAN_INITIALS = LazyPattern(r" [IVX]+\Z")
_WORD = LazyPattern(r"[^\W\d_]{2}")  # a word: "27 28 3" (line numbers) is no title
_SENTENCE_BREAK = LazyPattern(r"\s(?<=[.?!]\s)\s*")  # "(?<=[.?!])\s+", led by its class
_SPACES = LazyPattern(r"\s+")
_INITIALISM = LazyPattern(r"(?:[A-Z]\.){2,}")  # "U.S."
_FIRST = itemgetter(0)  # a scored reading's score: made once, not for every entry


def readings_of(text: str, names: list[str], year: int | None, terse: bool) -> list[Reading]:
    """The plausible readings of "[Group.] [Notice:] Title. Journal", best first."""
    return ranked_readings(text, names, year, terse).build_all()


class RankedReadings:
    """The candidate readings of an entry's text, scored and sorted, not yet read: the first
    is read for the entry's fields, the others (its alternatives) only when asked for. (A
    plain class: making a dataclass costs ~1.8 M instructions at start-up, a fifth of a
    percent of a small check's.)"""

    __slots__ = ("scored", "year")

    def __init__(
        self, scored: list[tuple[float, Split, list[str], str | None]], year: int | None
    ) -> None:
        self.scored = scored  # (score, split, names, notice), best first
        self.year = year

    def best(self) -> Reading:
        _, split, names, notice = self.scored[0]
        return reading(split, names, notice, self.year)

    def build_all(self) -> list[Reading]:
        readings = _first_readings(self.scored, self.year)
        best = readings[0]
        headless = section_head(best.title or "") if best.journal else None
        if headless:
            # PubMed keeps Science's section heads ("GENE SILENCING. ..."); citations may not.
            readings.insert(1, Reading(headless, best.journal, best.year, best.authors))
        return readings[:MAX_READINGS]

    def build(self) -> list[Reading]:
        """The alternatives: every reading after the best (ReadingsLater)."""
        return self.build_all()[1:]


def ranked_readings(text: str, names: list[str], year: int | None, terse: bool) -> RankedReadings:
    """The readings of "[Group.] [Notice:] Title. Journal", scored and sorted."""
    text = text.strip(" .,;:")
    # Kept until the alternatives are read: names as they are now.
    names = names.copy()
    # (score, split, names, notice): read as a Reading only once sorted, as far as needed.
    scored: list[tuple[float, Split, list[str], str | None]]
    scored = [(split.score, split, names, None) for split in splits(text)]
    pieces = breaks(text)
    # split_notice's own first test, without its frame: most titles open with no notice's
    # letter ("" is in every string, and goes on to it, as it did).
    notice, rest = split_notice(text) if text[:1] in _NOTICE_INITIALS else (None, text)
    # The breaks of what follows the notice; the text's own when there is none (most entries).
    rest_breaks = breaks(rest) if notice else pieces
    if notice:
        # "Erratum. Title. J": the notice keeps its word before the title it names.
        scored += [(s.score + 0.5, s, names, notice) for s in splits(rest)]
    elif not names and len(pieces) >= 2 and _could_be_a_group(text[: pieces[0][0]]):
        # "SPRINT Research Group. Title. Journal": a group author, or the title's first part.
        # A group's initials end no name: "U.S. Preventive Services Task Force. Title. J".
        first = pieces[1] if _INITIALISM.fullmatch(text, 0, pieces[0][0]) else pieces[0]
        group = text[: first[0]].strip(" .")
        bonus = 1.0 if looks_like_group(group) else -1.5
        for split in splits(text[first[1] :]):
            scored.append((split.score + bonus, split, [group], None))
    if terse and (names or notice) and not rest_breaks:
        # "Brenner T, et al. Pain Med 2021;22:1580": no title, only the journal; or a title
        # and a journal named in lower case, which no sentence break stands before.
        # The journal alone stays a reading after that one.
        lower = _lower_case_journal(rest)
        if lower is not None:
            scored.append((11.0, lower, names, notice))
        scored.append((10.0, Split("", rest or None, 0.0), names, notice))
    scored.sort(key=_FIRST, reverse=True)
    return RankedReadings(scored, year)


# Lower-case abbreviations a title holds mid-sentence, their stop no sentence's end.
_ABBREVIATIONS_IN_TITLES = frozenset(
    {"spp", "sp", "ssp", "subsp", "var", "vs", "al", "cf", "ca", "approx", "etc", "e.g", "i.e"}
)


def _lower_case_journal(text: str) -> Split | None:
    """ "Title. ecancermedicalscience" before a locus (1d98880's lists): a stop, then one
    long word in lower case ending the text, which ``breaks`` reads as a sentence going on
    ("Giardia spp. and"). None for other texts; shorter words ("E. coli") are the title's."""
    title, stop, journal = text.rpartition(". ")
    journal = journal.rstrip(" .,;:")
    if not stop or len(title.split()) < 3 or len(journal) < 6:
        return None
    # The stop ends an abbreviation inside the title: "Staphylococcus spp. isolates",
    # "Drug vs. placebo" (review22a P3-3: read as the journal "isolates").
    if title.rsplit(None, 1)[-1].lower() in _ABBREVIATIONS_IN_TITLES:
        return None
    if not (journal.isalpha() and journal.islower()):
        return None
    return Split(title.strip(), journal, 0.0)


def title_first(text: str, year: int | None) -> Reading | None:
    """ "Title. Solomon SD, McMurray JJV, et al. The New England Journal of Medicine", as
    OpenEvidence and other answer pages list a source, the authors after the title: read
    as Vancouver, the names ran into the title (user19 P1 7). None unless a sentence after
    the first is plainly a list of people (two names or more, or ended by "et al") and all
    that follows it reads as a journal's name; a group's name first ("SPRINT Research
    Group. Wright JT Jr, ... Title. Journal") is left to the other readings."""
    text = text.strip(" .,;:")
    for stop in _TITLE_END.finditer(text):
        end, start = stop.start() + 1, stop.end()
        if text[end - 3 : end - 2] in ("", " ") and text[end - 2 : end - 1].isupper():
            continue  # "Vitamin D. Smith J": an initial's stop may end no title
        names, journal = leading_authors(text[start:])
        if not names or not journal:
            continue
        # An abbreviation may score nothing ("Nat Commun", "Arthritis Rheum", "Rheumatology
        # (Oxford)": user31a P1-4); so may a title's last sentence and a journal after it.
        likeness = journal_likeness(journal)
        if likeness < 0 or (likeness == 0 and not _names_a_journal_alone(journal)):
            continue
        title = text[:end]
        listed = text[start : len(text) - len(journal)]
        if len(names) < 2 and "et al" not in listed and not _one_author(names[0], journal):
            return None  # "Title. Part II. Journal": one "name" may be the title's words
        if len(title.split()) < 3 or not _WORD.search(title) or _GROUP_END.search(title):
            return None
        return Reading(tidy(title) or title, journal_of(journal), year, tuple(names))
    return None


def _names_a_journal_alone(journal: str) -> bool:
    """Whether the text is a journal's name and nothing before it: capitalised words (or
    its place in brackets), no subtitle, and no sentence of two words or more before its
    last stop ("J. Clin. Oncol" is one)."""
    if _JOURNAL_NAME.fullmatch(journal) is None:
        return False
    return all(len(piece.split()) == 1 for piece in journal.split(". ")[:-1])


def _one_author(name: str, journal: str) -> bool:
    """Whether one "name" between a title and a journal is the paper's one author ("Title.
    Park N. Lancet", user31a P1-4): a surname and initials (not a roman numeral's, "Part
    II", "Stage IV", nor a journal's abbreviation), and a journal's name alone after it."""
    person = _ONE_AUTHOR.fullmatch(name)
    return (
        person is not None
        and person["surname"] not in _HONORIFICS
        and not _ROMAN_INITIALS.search(name)
        and _names_a_journal_alone(journal)
    )


def _first_readings(
    scored: list[tuple[float, Split, list[str], str | None]], year: int | None
) -> list[Reading]:
    """The first MAX_READINGS different readings of the sorted splits: no more are kept, so
    the rest are not read."""
    readings: dict[Reading, None] = {}
    for _, split, names, notice in scored:
        readings[reading(split, names, notice, year)] = None
        if len(readings) == MAX_READINGS:
            break
    return list(readings)


def _could_be_a_group(text: str) -> bool:
    """A group author is a name: no question, no subtitle, not a long sentence. Some are
    long all the same: a name ending in its kind ("Kidney Disease: Improving Global Outcomes
    (KDIGO) CKD Work Group"), or groups and people separated by semicolons ("Visseren FLJ,
    Mach F, et al; ESC National Cardiac Societies; ESC Scientific Document Group")."""
    if len(text.split()) <= 12 and not _QUESTION_OR_COLON.search(text):
        return True
    if len(text.split()) > 40 or "?" in text:
        return False
    return bool(_GROUP_END.search(text)) or ("; " in text and looks_like_group(text))


def reading(split: Split, names: list[str], notice: str | None, year: int | None) -> Reading:
    title = split.title
    if title and "]" in title[-3:]:
        title = _TYPE_LABEL.sub("", title.rstrip(" .")) or title
    if notice:
        # A notice keeps its word in the title, so it is not taken for the paper it concerns.
        title = f"{notice}: {title}" if title else notice
    return Reading(tidy(title or ""), journal_of(split.journal or ""), year, tuple(names))


def choose(readings: list[Reading], fields: Reference) -> None:
    best = readings[0]
    fields.title, fields.journal, fields.authors = best.title, best.journal, list(best.authors)
    fields.alternatives = readings[1:]


def choose_ranked(ranked: RankedReadings, fields: Reference) -> None:
    """choose(ranked.build_all(), fields), the alternatives read only when asked for."""
    best = ranked.best()
    fields.title, fields.journal, fields.authors = best.title, best.journal, list(best.authors)
    fields.alternatives = ranked


def split_notice(text: str) -> tuple[str | None, str]:
    """ "Erratum in: Title. J" -> ("Erratum in", "Title. J"); (None, text) for other entries."""
    if text[:1] not in _NOTICE_INITIALS or not _NOTICE_WORD.match(text):
        return None, text  # most entries: no need to find their first sentence
    first = _SENTENCE_BREAK.split(text, maxsplit=1)
    notice = _NOTICE.match(first[0].rstrip("."))
    if not notice:
        return None, text
    rest = text[notice.end() :].strip(" .:")
    return notice[0].strip().rstrip(":").strip(), rest


def pages_of(pages: str | None) -> str | None:
    """ "145 - 52" as "145-52": a locus's pages without spaces."""
    return _SPACES.sub("", pages) if pages else None


def journal_of(text: str) -> str | None:
    """A journal as tidy leaves it, less a preprint's tag (without_preprint_tag); for a
    book's publisher and series, as Citing Medicine gives a report the NCBI Bookshelf holds
    ("Southampton (UK): NIHR Journals Library; 2022 Mar. (Health Technology Assessment, No.
    26.12.)"), the series, which PubMed's record of the report names as its journal (user32a
    P1-6: CL203 "journal 'Southampton (UK): ...' in the entry, 'Health Technol Assess'")."""
    journal = without_preprint_tag(text)
    if ", " in journal:  # most journals: no comma
        journal = _MONTH_AFTER.sub("", journal.rstrip(" .")) or journal
    tidied = tidy(journal)
    if tidied is None or not tidied.endswith(")") or "No" not in tidied:
        return tidied  # most journals: no series in brackets at their end
    series = _SERIES.fullmatch(tidied)
    return series["series"] if series is not None else tidied


def without_preprint_tag(journal: str) -> str:
    """The journal less a preprint's tag where a server's name stands: "medRxiv [Preprint]"
    (Harvard, NICE), Nature's "Preprint at medRxiv", and its "Preprint at" alone when the
    address after it was read apart (user32a P1-2: false CL203); any other as it is."""
    if "rint" not in journal and "RINT" not in journal:  # most journals hold neither
        return journal
    return _PREPRINT_TAG.sub("", journal).strip(" ,")


def tidy(text: str) -> str | None:
    """A title or journal without quotes, spaces and the stops around it; None if empty."""
    # German quotes close with "“" ("„Title“."), which no title ends with.
    return text.strip().strip("\"“”„'‘’").strip().rstrip(" .,;:").rstrip("“") or None
