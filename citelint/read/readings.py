"""Where an entry's authors end, where its title ends and where its journal begins.

A title holds full stops and question marks of its own ("Edgar R. R. Parker", "Giardia spp.
and", "drug A vs. drug B", "Is X safe? A cohort study", "GENE SILENCING. ..."), and so does a
journal ("Biochim. Biophys. Acta"). So the text between the authors and the year is not cut
at its first break: every break is a candidate, each split is weighed by how much its tail
looks like a journal name and its head like a title, and the plausible splits are kept, best
first, for PubMed's record to choose among (``citelint.pubmed.matching.best_reading``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from citelint.lazy_pattern import LazyPattern

# Words before a full stop that is no sentence break.
_ABBREVIATION_TEXT = """
    vs v spp sp ssp subsp var cf nov ca approx eg ie al etc dr mr mrs ms prof st mt ft no nos
    vol fig jr sr inc ltd co sect pt ed eds
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
_DOTTED_ACRONYM = LazyPattern(r"(?:[A-Za-z]\.){2,}")
# Words of journal names, whole and as ISO abbreviations ("J", "Clin", "Med"...).
_JOURNAL_WORD_TEXT = """
    j jour journal journals acta ann annals annual arch archives am amer american br brit
    british int
    intern internal med medical medicine clin clinical res research rev review reviews sci
    science sciences scientific proc proceedings natl national acad academy biol biology
    biological biochim biochem biochemical biochemistry biophys biophysica biophysical chem
    chemistry phys physics physiol physiology mol molecular cell cellular genet genetics genome
    neurol neurology neurosci neuroscience psychiatry psychiatr psychol psychology surg surgery
    surgical oncol oncology cardiol cardiology cardiovasc gastroenterol gastroenterology
    hepatol hepatology nephrol nephrology pediatr pediatrics paediatr endocrinol endocrinology
    immunol immunology infect dis disease diseases microbiol microbiology pharmacol
    pharmacology pharm ther therapy therapeutics rep reports lett letters bull bulletin eur
    european curr current exp experimental opin open front frontiers health public epidemiol
    epidemiology nutr nutrition diet dietetics obstet gynecol gynaecol reprod urol radiol
    radiology dermatol orthop anaesth anesth anesthesiology crit care emerg rehabil nurs
    nursing dent environ environmental toxicol ecol evol plant vet syst rheumatol allergy
    respir pulm thorac spine bone joint lancet jama bmj plos nature cell neuron blood gut chest
    thorax brain heart kidney liver pain stroke circulation diabetes cancer tumor hum human
    adv advances trends methods technol technology eng engineering appl applied anal
    analytical comput computational stat inform informatics syst systems sys soc society
    assoc association coll college acta lab laboratory pathol pathology metab metabolism
    cytol histol anat anatomy asian afr african aust australian can canadian jpn japanese chin
    chinese indian scand scandinavian nordic world global glob ser series suppl
"""
_JOURNAL_WORDS = frozenset(_JOURNAL_WORD_TEXT.split())
# Small words inside journal names ("Journal of the American Society for ...").
_JOINER_TEXT = "of and the in for on & de la le et und der des du y e i am an a to"
_JOINERS = frozenset(_JOINER_TEXT.split())
_GROUP = LazyPattern(
    r"\b(?:group|collaborat\w*|consortium|investigators|committee|society|association|panel|"
    r"network|organi[sz]ation|institutes?|agency|council|trialists|working|task force|"
    r"writing|cent(?:er|re)s?|college|academy|board|study|registry|foundation|federation|"
    r"department|ministry|office|commission|service|alliance|programme|program|union|bureau)\b",
    re.IGNORECASE,
)
# A shortened journal word: "Biomed.", "J.", "Pharmacother", "U.S.A."
_ABBREVIATED = LazyPattern(r"(?:[A-Z][A-Za-z]{0,13}\.?|(?:[A-Z]\.){2,})")
_SECTION_HEAD = LazyPattern(r"^[A-Z][A-Z0-9 ,&/'-]{2,60}$")
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_HEAD_LETTERS = _CAPITALS + "0123456789 ,&/'-"
MAX_READINGS = 4


class Split(NamedTuple):  # a tuple: several are made for every entry
    title: str
    journal: str | None
    score: float


_SCORE = itemgetter(2)  # a Split's score, as sorting asks it of each


_MARKS = LazyPattern(r"[()\[\]{}\"“”.?!]")
_AFTER = LazyPattern(r"[\"'”’]?\s+")
_CLOSING = LazyPattern(r"[\"”]\s+")
_FIRST_WORD = LazyPattern(r"\S+")
# Compiled once here rather than looked up in re's cache on every entry.
_LOWER_BRAND = LazyPattern(r"[a-z]{1,4}[A-Z]|npj\b")  # "eLife", "mBio", "npj Digit Med"
_LOWER_CAMEL = LazyPattern(r"[a-z]{1,4}[A-Z]")
_COMMA_BEFORE_CAPITAL = LazyPattern(r",\s+(?=[A-Z])")
_NAME_WORD = LazyPattern(r"[^\W\d_][\w'’-]*\.?")
# These start with a class of characters, which the regex engine skips to fastest, and check
# what stands before it after it: a year not after "(" or a word character ("(?<![(\d])\b"
# before it), whitespace after a full stop ("(?<=\.)\s+").
_BARE_YEAR = LazyPattern(r"(?:1[89]|20)(?<=\b\d\d)(?<!\(\d\d)\d{2}\b(?![^(]*\))")
_AFTER_STOP = LazyPattern(r"\s(?<=\.\s)\s*")
_STOP = LazyPattern(r"\.\s+")
_DIGIT_OR_STOP = LazyPattern(r"\d|[.?!:]")


def breaks(text: str) -> tuple[tuple[int, int, float], ...]:
    """Sentence breaks outside brackets and quotes: (end of the left part, start of the
    right part, how doubtful the break is). Kept: an entry asks for some three times."""
    return _breaks(text)


@lru_cache(maxsize=512)
def _breaks(text: str) -> tuple[tuple[int, int, float], ...]:
    found = []
    depth, quoted = 0, False
    for mark in _MARKS.finditer(text):
        char, index = mark[0], mark.start()
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in '"“”':
            quoted = not quoted if char == '"' else char == "“"
        elif depth:
            continue
        elif quoted:
            # "Title." Journal: the quotes close after the title's own full stop.
            closing = _CLOSING.match(text, index + 1)
            if closing:
                found.append((index + 1, closing.end(), 0.0))
        else:
            after = _AFTER.match(text, index + 1)
            if after is None:
                continue
            doubt = _doubt(text, index, char, after.end())
            if doubt is not None:
                found.append((index + 1, after.end(), doubt))
    return tuple(found)


def _doubt(text: str, index: int, mark: str, start: int) -> float | None:
    """How unlikely the break at ``index`` is (0 plainly one); None when it is none at all."""
    following = _FIRST_WORD.match(text, start)
    if not following:
        return None
    first = following[0]
    if first[0].islower() and not _LOWER_BRAND.match(first):
        return None  # "Giardia spp. and", "Borrelia s.s. in": the sentence goes on
    if mark != ".":
        return 0.0
    word = _word_before(text, index)
    bare = word.replace(".", "").lower()
    # A dotted acronym ("e.g", "U.S.A") has a stop second: most words are spared the test.
    if bare in _ABBREVIATIONS or word[1:2] == "." and _DOTTED_ACRONYM.fullmatch(word + "."):
        return 3.0
    if len(word) == 1 and word.isupper():
        return 2.0  # an initial: "Edgar R. R. Parker"
    return 0.0


def _word_before(text: str, index: int) -> str:
    """The run of word characters, stops, apostrophes and hyphens that ends at ``index``,
    at most 40 long: what ``[\\w.'’-]*\\Z`` finds searched for in text[index - 40:index],
    without trying it from each of the 40 places in turn."""
    start, floor = index, max(0, index - 40)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
        start -= 1
    return text[start:index]


def splits(text: str) -> list[Split]:
    """The ways "Title. Journal" can be cut in two, best first; the title alone first when
    the text has no break at all."""
    text = text.strip()
    every = breaks(text)
    # An entry with a year has a journal; the whole text as a title is the last resort.
    candidates = [Split(text, None, -3.0 if every else 0.0)]
    for end, start, doubt in (every or _commas(text))[-2 * MAX_READINGS :]:
        title, journal = text[:end].strip(), text[start:].strip()
        if title and journal:
            # A title cut at a break, text[:end] ending on its stop, has the breaks before
            # that stop as its own: read again, it would find the same ones.
            own = [item for item in every if item[0] < end] if every else breaks(title)
            score = journal_likeness(journal) + _title_likeness(title, own) - doubt
            candidates.append(Split(title, journal, score))
    candidates.sort(key=_SCORE, reverse=True)
    return candidates


def _commas(text: str) -> list[tuple[int, int, float]]:
    """ "Title, Journal": with no sentence break, a comma may be where the journal begins."""
    return [(m.start(), m.end(), 1.0) for m in _COMMA_BEFORE_CAPITAL.finditer(text)]


def journal_likeness(name: str) -> float:
    """How much a piece of text reads as a journal name rather than a sentence of a title."""
    if "?" in name:
        return -6.0
    words = _NAME_WORD.findall(name)
    if not words:
        return -4.0
    score = 0.0
    for word in words:
        bare = word.rstrip(".").lower()
        if bare in _JOURNAL_WORDS:
            score += 1.5
        elif bare in _JOINERS:
            continue
        elif word[0].islower() and not _LOWER_CAMEL.match(word):
            score -= 1.0  # a lower-case word of a sentence
    if len(words) == 1:
        score += 1.0  # Science, Lancet, Cryobiology...
    score -= 0.5 * max(0, len(words) - 5)  # journal names are short
    if words[0] in ("A", "An"):
        score -= 2.0
    if _BARE_YEAR.search(name):
        score -= 2.0  # a year outside brackets belongs to a title
    pieces = _AFTER_STOP.split(name) if "." in name else [name]  # most names have none
    if len(pieces) > 1 and all(_ABBREVIATED.fullmatch(piece) for piece in pieces):
        score += 2.0  # "Biomed. Pharmacother", "J. Clin. Oncol"
    for piece in pieces[:-1]:
        if len(piece.split()) > 1:
            score -= 2.0  # a whole sentence inside the "journal"
    return score


def _title_likeness(title: str, found: list[tuple[int, int, float]]) -> float:
    """A title whose last sentence is a word or two in capitals ("... pathway. Biomed",
    "... cohort. JAMA Netw") took the start of the journal with it; ``found`` are the
    title's breaks."""
    starts = [start for _, start, doubt in found if doubt < 2]
    if not starts:
        return 0.0
    last = title[starts[-1] :]
    words = last.rstrip(".").split()
    if not words or len(words) > 3 or last.isupper():
        return 0.0
    return -3.0 if all(w[:1].isupper() and len(w) <= 14 for w in words) else 0.0


def section_head(title: str) -> str | None:
    """The title without a leading section head in capitals ("GENE SILENCING. ...")."""
    if not (title[:1] in _CAPITALS and title[1:2] and title[1:2] in _HEAD_LETTERS):
        return None  # as _SECTION_HEAD's first two characters must be: most titles differ
    parts = _AFTER_STOP.split(title, maxsplit=1)
    if len(parts) == 2 and _SECTION_HEAD.match(parts[0].rstrip(".")):
        rest = parts[1]
        if any(ch.islower() for ch in rest) and len(rest.split()) >= 3:
            return rest
    return None


def looks_like_group(text: str) -> bool:
    return bool(_GROUP.search(text)) and "?" not in text


# -- authors ---------------------------------------------------------------------------------

_ET_AL = LazyPattern(r"[\s,]*\bet\.?\s+al\b\.?\s*$", re.IGNORECASE)
# Where a list of names can end: after initials or "et al", before ". " or ": ". One pattern
# each, "(?:\b[A-Z][A-Z.-]{0,6}|\bal)[.:]\s+" split in two: the initials' led by their
# class (skipped to fastest), and "al" only looked for where it stands. No match of one can
# start inside a match of the other (capitals against "a"), so the two give the same ends.
_INITIALS_END = LazyPattern(r"[A-Z](?<=\b[A-Z])[A-Z.-]{0,6}[.:]\s+")
_AL_END = LazyPattern(r"al(?<=\bal)[.:]\s+")
_NAME_SEPARATOR = LazyPattern(r"\s*[,;]\s*(?:&\s*|and\s+)?|\s+(?:and|&)\s+")
# Full stops between initials: "S. C." -> "SC"
_INITIALS = LazyPattern(r"(?<=\b[A-Z])\.\s*(?=[A-Z]\b)|(?<=\b[A-Z])\.$")
_SUFFIX = LazyPattern(r"\s+(?:Jr|Sr|2nd|3rd|4th|II|III|IV)\.?$")
# The last name of a list that runs into a title with no full stop between them.
_LAST_NAME = LazyPattern(
    r"(?:[,;]\s*|\s+(?:&|and)\s+)[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+[A-Z]{1,4}(?=\s+[A-Z])"
)
_PARTICLE_TEXT = "van von der den de del della di da dos du la le ter ten bin al el"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())


def leading_authors(text: str) -> tuple[list[str], str]:
    """A Vancouver author list at the start ("Smith J, Doe AB, et al. Title..."), and the
    rest; ([], text) when the text does not start with one. The longest list that reads as
    names wins, since initials with full stops ("Keller S. C., Bessell M. S.") end nothing."""
    ends = [m.end() for m in _INITIALS_END.finditer(text, 0, 1000)]
    if "al." in text or "al:" in text:
        ends += [m.end() for m in _AL_END.finditer(text, 0, 1000)]
    stop = _STOP.search(text)
    ends += [stop.end()] if stop else []
    best: tuple[list[str], int] | None = None
    misses = 0
    for end in sorted(set(ends)):
        names = authors(text[:end].rstrip().rstrip(".:"))
        if names:
            best, misses = (names, end), 0
        elif best is not None:
            misses += 1
            if misses == 3:
                break
    if best is None:
        # Nature's lists may run into the title: "..., Maguire T & Yarmush M Portable robot"
        last = _LAST_NAME.search(text, 0, 1000)
        names = authors(text[: last.end()]) if last else []
        best = (names, last.end()) if last and names else None
    return (best[0], text[best[1] :].strip()) if best else ([], text)


def authors(segment: str) -> list[str]:
    """Vancouver authors ("Smith J, van der Berg AB, et al"), or [] if this is not a list.

    A collective name may stand among the people ("..., Doe A, ENIGMA Consortium"), never
    first: a text that starts with one is a group author or a title, decided elsewhere.
    """
    names: list[str] = []
    # "et al" ends many lists, but not most: _without_et_al tells that from the last
    # characters (unlike "al" in segment.lower(), a copy of the whole text).
    segment = _without_et_al(segment)
    if "&" in segment or "and" in segment:
        parts = _NAME_SEPARATOR.split(segment)
    else:
        # Only "\s*[,;]\s*" can match, and each of its matches holds one comma or
        # semicolon: the parts are those between them, with the white space that _name
        # strips (so they read as the same names).
        parts = segment.replace(";", ",").split(",")
    for index, raw in enumerate(parts):
        part, person = _name(raw)
        # lower() never shortens a text: a part longer than "et al." is none of these.
        if len(part) <= 6 and part.lower() in ("et al", "et al.", ""):
            continue
        if person or index and names and _collective(part):
            names.append(part)
        else:
            return []
    return names


def _without_et_al(segment: str) -> str:
    """``_ET_AL.sub("", segment)``, read from the end, where its one match must end (after
    "\\s*$" takes all the white space there), not tried at every character: "et", a full stop
    or none, white space, "al", a full stop or none, in either case; the match takes the
    commas and white space before "et" when no letter or digit stands right before it."""
    tail = segment.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    if tail[-2:] not in ("al", "Al", "aL", "AL"):
        return segment
    head = tail[:-2]
    core = head.rstrip()
    if len(core) == len(head):
        return segment  # no white space between "et" and "al"
    if core.endswith("."):
        core = core[:-1]
    if core[-2:] not in ("et", "Et", "eT", "ET"):
        return segment
    start = len(core) - 2
    if start and (segment[start - 1].isalnum() or segment[start - 1] == "_"):
        return segment  # "\\bet": "Bennet al" ends in no "et al"
    while start and (segment[start - 1] == "," or segment[start - 1].isspace()):
        start -= 1
    return segment[:start]


@lru_cache(maxsize=4096)
def _name(raw: str) -> tuple[str, bool]:
    """A part of an author list as a name ("Keller S. C." -> "Keller SC"), and whether it
    is a person's. Kept: ``leading_authors`` reads the same names again for each place the
    list may end, and an article's entries share authors."""
    part = _INITIALS.sub("", raw.strip())
    return part, _person(part)


def _person(part: str) -> bool:
    pieces = _SUFFIX.sub("", part).rsplit(" ", 1)
    if len(pieces) != 2:
        return False
    name, initials = pieces
    letters = initials.replace(".", "").replace("-", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 4):
        return False
    words = name.split()
    if ". " in name or name.endswith("."):
        return False  # "Marine Heatwaves. Oliver ECJ" is a title and a name
    capitalised = all(
        w[0].isupper() or w.lower() in _PARTICLES or w[:2].lower() in ("d'", "d’", "l'", "l’")
        for w in words
    )
    return capitalised and any(ch.islower() for ch in name) and len(words) <= 4


def _collective(part: str) -> bool:
    """A group among the names ("ENIGMA Consortium"), or one person known by one name
    ("Mahmooduzzafar"); not the start of a title or a journal that follows the names."""
    if not part[:1].isupper() or _DIGIT_OR_STOP.search(part):
        return False
    return len(part.split()) == 1 or looks_like_group(part)
