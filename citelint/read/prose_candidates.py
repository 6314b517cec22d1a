"""Which of a paragraph's possible markers stand in prose: none in a byline or at its opening.

A byline's numbers follow names ("Maria Lindqvist¹˒², Tomasz Novak²", "Kwame Mensah, PhD1,2")
and call affiliations, and a number opening a paragraph is an affiliation's own ("¹Department
of Medicine"): neither cites. Prose is told from a byline by its words, at its first word in
lower case. A paragraph opening with a number before words defines a note (page_notes).
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import CAPITALS_NAME, DEGREES, NAME, SPACED_KINDS, Found

LETTER_WORD = LazyPattern(r"[^\W\d_]{2,}")
TAG = LazyPattern(r"<[^<>]{0,200}>")
# A middle initial's stop ends no sentence: "Ana M. Novak1,2".
_SENTENCE_STOP = LazyPattern(r"[.!?](?<!\b[A-Z]\.)(?:\s|\Z)")
# A name, or the degree after it, as manuscripts set bylines: "Rhiannon Pryce, MSc1, Kwame
# Mensah, PhD2".
_NAME_BEFORE = LazyPattern(rf"(?<![\w\-])(?:{NAME}|{CAPITALS_NAME}|{DEGREES})\Z")
# A number glued to a degree after a name is an affiliation wherever it stands ("Kwame Mensah,
# PhD1,2", "Hana Okafor, MD, PhD1"); not in prose, "In MS2, therapy", "such as CIS, MS4 and",
# "the attending MD, RN4 and", where no NAME is before the comma.
# The degree after a comma is looked for first, in the few characters before the number.
_DEGREE_BEFORE = LazyPattern(rf"(?<=, )(?:{DEGREES})\Z")
_NAMED_DEGREE_BEFORE = LazyPattern(
    rf"(?:(?<![^\W\d_]){NAME}|{CAPITALS_NAME})(?:, (?:{DEGREES}))*, (?:{DEGREES})\Z"
)
# How far before a number each looks: a degree; a name and two degrees.
_DEGREE_WINDOW, _NAMED_DEGREE_WINDOW = 8, 60
# Longer than a byline of a dozen authors: a paragraph of prose.
BYLINE_LENGTH = 400
_NAME_PARTICLES = frozenset(["and", "de", "van", "von", "der", "den", "da", "di", "du", "le", "la"])
# A superscript holding the corresponding author's star or an equal contribution's dagger.
_AUTHOR_MARK = LazyPattern(r"(?i)<sup\b[^>\n]{0,200}>[\d, ]{0,12}[*†]</sup\s*>")
# A superscript and what it holds: the marks of the names before a mark, taken out.
_SUPERSCRIPT = LazyPattern(r"(?i)<sup\b[^<>]{0,200}>[^<>]{0,40}</sup\s*>")
# A person's name before a mark set apart from it: a given name and a family name, perhaps
# with initials or particles between ("Jonas Ferreira", "Maria van der Berg", "Ana C. Souza").
# One word ("Apixaban <sup>3</sup>", "Sweden <sup>1</sup>") or capitals ("ROCKET AF") are a
# body's list of things, each cited.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
_PARTICLE = "|".join(sorted((_NAME_PARTICLES - {"and"}) | {"dos", "del"}))
_PERSON_BEFORE = LazyPattern(
    rf"(?:\A|[,;(]|\band\b|\bby\b)\s*{_NAME_WORD}"
    rf"(?:\s+(?:[A-ZÀ-ÖØ-Þ]\.|{_PARTICLE}|{_NAME_WORD}))*?"
    rf"\s+{_NAME_WORD}[\s,\u00a0]*\Z"
)
# Longer than one author's name, its mark and the tags around them: a paragraph saying more.
_SOLE_BYLINE_LENGTH = 200
_SOLE_NAME_WORDS = 4
# An affiliation's institution after its raised number, and the separator before the next
# number: "<sup>1</sup> Charité, Berlin; <sup>2</sup> University of Tokyo".
_INSTITUTION_AFTER = LazyPattern(r"[ \t\u00a0]*[A-ZÀ-ÖØ-Þ]")
_SEPARATOR_BEFORE = LazyPattern(r"(?:[;,]|\n)[ \t\u00a0]*\Z")
# Longer than a dozen affiliations on one line: a paragraph saying more.
_AFFILIATIONS_LENGTH = 1500
# What a byline line may open with besides names: "by Maria Lindqvist1, Tomasz Novak2".
_BYLINE_OPENERS = _NAME_PARTICLES | {"by"}


def in_prose(text: str, markers: list[Found]) -> list[Found]:
    """The candidates of a paragraph that could cite: none in a byline ("Maria Lindqvist¹˒²,
    Tomasz Novak²"), whose words are all names, and none opening a paragraph, where an
    affiliation's number stands ("¹Department of Medicine"). The rest of a spaced list
    ("Lindqvist1 2") is judged with its first number, which it follows after one space."""
    if not markers:
        return markers  # most paragraphs cite nothing (what _in_prose gives them)
    rests = [marker for marker in markers if marker.kind in SPACED_KINDS]
    if not rests:
        return _in_prose(text, markers)
    kept = _in_prose(text, [marker for marker in markers if marker.kind not in SPACED_KINDS])
    ends = {marker.end for marker in kept}
    kept += [rest for rest in rests if rest.start - 1 in ends]
    return sorted(kept, key=lambda marker: marker.start)


def _in_prose(text: str, markers: list[Found]) -> list[Found]:
    """in_prose for candidates that are no rest of a spaced list."""
    if not markers:
        return markers  # most paragraphs cite nothing
    first = len(text) - len(text.lstrip())
    if markers[0].start == first and _affiliation_list(text, markers):
        return []
    if markers[0].start == first and _raised_by_tags(markers[0]):
        # An affiliation block set with breaks: "<sup>1</sup> Department ...<br><sup>2</sup>
        # Faculty ...": each of its lines opens with its own number.
        markers = [marker for marker in markers if not _opens_a_line(text, marker)]
    # Only those with words before them: after the paragraph's first visible character.
    markers = [marker for marker in markers if marker.start > first]
    markers = _without_bylines(text, markers)
    if len(markers) == 1 and _sole_authors_mark(text, markers[0]):
        return []
    # A byline marks its corresponding author: "Priya Anand <sup>1,*</sup>" is no marker,
    # but counts as the byline's second number.
    if len(markers) < 2 and not (markers and _marks_an_author(text)):
        return markers
    if not all(_after_a_name(text, marker) for marker in markers):
        return markers  # a byline's numbers stand right after the names
    pieces, cursor = [], 0
    for marker in markers:
        pieces.append(text[cursor : marker.start])
        cursor = marker.end
    pieces.append(text[cursor:])
    # A byline when every word is a name: prose is told at its first word in lower case.
    words = without_tags(" ".join(pieces))
    return [] if LETTER_WORD.search(words) and _names_only(words, _BYLINE_OPENERS) else markers


def _after_a_name(text: str, marker: Found) -> bool:
    """Whether a marker stands right after a word, as a byline's numbers do: glued to it, or,
    raised by HTML's tags, after a space or a comma and a person's name ("Jonas Ferreira,
    <sup>1</sup> Mira", "by Helena Moreau <sup>1</sup>, ...": journal pages that type their
    bylines so; review26a P1-b)."""
    if text[marker.start - 1].isalpha():
        return True
    if not _raised_by_tags(marker):
        return False
    before = text[max(0, marker.start - 120) : marker.start]
    before = TAG.sub("", _SUPERSCRIPT.sub(",", before))  # the marks of the names before
    return _PERSON_BEFORE.search(before) is not None


def _sole_authors_mark(text: str, marker: Found) -> bool:
    """Whether a paragraph is the byline of one author with one affiliation: a person's name
    and a raised "1" and nothing else ("Helena Moreau <sup>1</sup>" above "<sup>1</sup>
    Department of Hepatology ..."). Read as a citation, the name was a claim citing entry 1.
    A paragraph citing entry 1 says more than a name; other numbers are left to the rest."""
    if marker.numbers != [1] or not _raised_by_tags(marker) or len(text) > _SOLE_BYLINE_LENGTH:
        return False
    rest = without_tags(text[: marker.start] + text[marker.end :])
    # A given name, a family name and two more at most ("Ana C. Souza", "Maria van der Berg"):
    # "Thrombolysis Is Reserved For Shock <sup>1</sup>" is a title-cased sentence citing.
    return (
        len(rest.split()) <= _SOLE_NAME_WORDS
        and _after_a_name(text, marker)
        and _names_only(rest)
        and not any(character.isdigit() for character in rest)
    )


def _marks_an_author(text: str) -> bool:
    # The star or dagger first: most paragraphs with a superscript hold neither.
    marked = "*" in text or "†" in text
    return marked and "<sup" in text and _AUTHOR_MARK.search(text) is not None


def _affiliation_list(text: str, markers: list[Found]) -> bool:
    """Whether a paragraph opening with a raised number is a byline's affiliations on one
    line, each raised number before an institution and the next after a separator: Word's
    and pandoc's "<sup>1</sup> Charité, Berlin; <sup>2</sup> University of Tokyo", "^1^ ...;
    ^2^ ..." (user30a P1-2: its "2" was read as a first citation, a false CL104)."""
    if len(markers) < 2 or len(text) > _AFFILIATIONS_LENGTH:
        return False
    for index, marker in enumerate(markers):
        if not (_raised_by_tags(marker) or marker.raw.startswith("^")):
            return False
        if not _INSTITUTION_AFTER.match(text, marker.end):
            return False
        if index and not _SEPARATOR_BEFORE.search(text, max(0, marker.start - 4), marker.start):
            return False
    return True


def _raised_by_tags(marker: Found) -> bool:
    return marker.raw[:4].lower() == "<sup"


def _opens_a_line(text: str, marker: Found) -> bool:
    """Whether a superscript marker opens a line of its paragraph, only spaces before it."""
    line_start = text.rfind("\n", 0, marker.start) + 1
    return _raised_by_tags(marker) and not text[line_start : marker.start].strip()


def _without_bylines(text: str, markers: list[Found]) -> list[Found]:
    """The markers less those of byline lines: a line that never ends a sentence, where two or
    more numbers each follow a name, "Maria Lindqvist1, Tomasz Novak2 and the Knee Study
    team" (text copied as plain text puts title, byline and first paragraph in one block)."""
    # Only digits glued to the name: "Cochrane[1], Ostelo[2]" in a bullet cites.
    glued = [marker for marker in markers if marker.raw[:1].isdigit()]
    degreed = {id(marker) for marker in glued if _after_a_degree(text, marker.start)}
    if degreed:  # "Kwame Mensah, PhD1,2": an affiliation, even the line's only number
        markers = [marker for marker in markers if id(marker) not in degreed]
        glued = [marker for marker in glued if id(marker) not in degreed]
    if len(glued) < 2:
        return markers  # no line holds two
    by_line: dict[int, list[Found]] = {}
    for marker in glued:
        by_line.setdefault(text.rfind("\n", 0, marker.start) + 1, []).append(marker)
    dropped: set[int] = set()
    for start, on_line in by_line.items():
        if len(on_line) < 2:
            continue
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if len(line) > BYLINE_LENGTH or _SENTENCE_STOP.search(line):
            continue
        # A byline opens with its first name; a wrapped line of prose often in lower case
        # ("affects those with Sweden1 and Norway2 syndromes, which differ in").
        if not _names_only(text[start : on_line[0].start], _BYLINE_OPENERS):
            continue
        if all(_NAME_BEFORE.search(text, start, marker.start) for marker in on_line):
            dropped.update(id(marker) for marker in on_line)
    return [marker for marker in markers if id(marker) not in dropped]


def _names_only(text: str, particles: frozenset[str] = _NAME_PARTICLES) -> bool:
    """Whether every word of ``text`` is capitalised or one of ``particles``."""
    return all(
        word[0][0].isupper() or word[0] in particles
        for word in LETTER_WORD.finditer(without_tags(text))
    )


def without_tags(text: str) -> str:
    """``text`` with a space for each tag; most paragraphs hold none (Markdown and plain
    text never do), and a text without "<" is not scanned."""
    return TAG.sub(" ", text) if "<" in text else text


def _after_a_degree(text: str, at: int) -> bool:
    """Whether a number at ``at`` is glued to a degree after a name: "Kwame Mensah, PhD1"."""
    # The degree's lead-in ", " stands in the window or just before it (the look-behind reads
    # there): told first, as most numbers glued to a word are citations with no comma near.
    if ", " not in text[max(0, at - _DEGREE_WINDOW - 2) : at]:
        return False
    return (
        _DEGREE_BEFORE.search(text, max(0, at - _DEGREE_WINDOW), at) is not None
        and _NAMED_DEGREE_BEFORE.search(text, max(0, at - _NAMED_DEGREE_WINDOW), at) is not None
    )


# "<sup>1</sup> Text", "¹ Text", or as a note typed plainly, "1 Trough levels ..." (a number,
# a space, a capital: no list item's "1." or "1)").
_NOTE_OPENING = LazyPattern(
    r"\s*(?:<sup\b[^>]{0,200}>\s*(\d{1,2})\s*</sup\s*>|([¹²³⁴⁵⁶⁷⁸⁹])|(\d{1,2})[ \t]+(?=[A-Z][a-z]))"
)
SUPERSCRIPT_TO_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def page_notes(texts: list[str]) -> set[int]:
    """Numbers the page defines as notes: a paragraph that opens with a superscript and goes
    on in words ("<sup>1</sup> Check with your insurer first.") is a table's or a page's
    footnote, and a superscript elsewhere with its number calls that note."""
    notes: set[int] = set()
    for text in texts:
        # What a note's opening starts with after white space (re's "\s" is str.isspace), told
        # first: _NOTE_OPENING's superscript class costs two million instructions to compile,
        # which a page with no paragraph opening so need not pay.
        first = text.lstrip()[:1]
        if not first or not (first == "<" or first in "¹²³⁴⁵⁶⁷⁸⁹" or first.isdecimal()):
            continue
        opening = _NOTE_OPENING.match(text)
        if opening and LETTER_WORD.search(text, opening.end()):
            number = opening[1] or opening[2] or opening[3]
            notes.add(int(number.translate(SUPERSCRIPT_TO_DIGITS)))
    return notes
