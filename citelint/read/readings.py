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
from collections.abc import Iterable
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
# A society's meeting ("American Heart Association Scientific Sessions") is all journal words
# but these, and no journal (review33a P1-3).
_MEETING_TEXT = "session sessions meeting congress conference symposium summit workshop forum"
_MEETING_WORDS = frozenset(_MEETING_TEXT.split())
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
# What Split(title, journal, score) calls, without its __new__'s Python frame between.
_new_split = tuple.__new__


# The characters breaks looks at: brackets, quotes and sentence stops. Found with str.find
# (most texts hold two or three of the twelve, a few times each): a scan for the class of
# all twelve tries each character of the text against it, several times the cost.
_MARKS = '()[]{}"“”„.?!'
_ASCII_MARKS = '()[]{}".?!'
# What may stand between a stop and the white space after it.
_CLOSING_QUOTES = ('"', "'", "”", "’")
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
_WORD_RUN = LazyPattern(r"[\w.'’-]*")  # read backwards from a stop (see _word_before)


@lru_cache(maxsize=512)
def breaks(text: str) -> tuple[tuple[int, int, float], ...]:
    """Sentence breaks outside brackets and quotes: (end of the left part, start of the
    right part, how doubtful the break is). Kept: an entry asks for some three times.
    (The cache itself is the public name: a Python function calling it cost a frame for
    each of those asks.)"""
    found = []
    depth, quoted = 0, False
    low = False  # the quote was opened by German's and Polish's low mark: "„Title“"
    for index in _mark_places(text):
        char = text[index]
        # The stops first: most marks are, and they are none of the others.
        if char not in ".?!":
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth = max(0, depth - 1)
            elif char == "„":
                quoted, low = True, True
            else:  # '"“”'
                # German closes "„" with "“", which opens a quote everywhere else: the quote
                # had run on to the entry's end, and the title into the journal (user24 P1 16).
                quoted = not quoted if char == '"' else char == "“" and not (quoted and low)
                low = low and quoted
        elif depth:
            continue
        elif quoted:
            # "Title." Journal: the quotes close after the title's own full stop.
            if text[index + 1 : index + 2] in ('"', "”", "“" if low else '"'):
                closing = spaces_end(text, index + 2)
                if closing > index + 2:
                    found.append((index + 1, closing, 0.0))
        else:
            # A stop, perhaps a closing quote, then white space: '["\'”’]?\s+' after it.
            start = index + 1
            # Most stops have one space after them, then no more white space (or the text's
            # end): where spaces_end stops, told without its frame.
            if text[start : start + 1] == " " and not text[start + 1 : start + 2].isspace():
                end = start + 1
            else:
                end = spaces_end(text, start)
            if end == start and text[start : start + 1] in _CLOSING_QUOTES:
                end = spaces_end(text, start + 1)
                start += 1
            if end == start:
                continue
            doubt = break_doubt(text, index, char, end)
            if doubt is not None:
                found.append((index + 1, end, doubt))
    return tuple(found)


def _mark_places(text: str) -> list[int]:
    """Where each of _MARKS stands in ``text``, in order: what ``finditer`` of their class
    would find, for a fraction of its cost."""
    places = []
    # An ASCII text (isascii is a flag kept on the string) holds none of the curly quotes.
    # A plain loop: "in" through filter(text.__contains__) cost a method wrapper's call each.
    for mark in _ASCII_MARKS if text.isascii() else _MARKS:
        if mark in text:
            at = text.find(mark)
            while at >= 0:
                places.append(at)
                at = text.find(mark, at + 1)
    places.sort()
    return places


def places_of(text: str, words: Iterable[str]) -> list[int]:
    """Every place where one of ``words`` starts in ``text``, in order (a ``str.find`` per
    occurrence, where a regex of their alternation would test every character)."""
    places = []
    # Most of the words are absent from most texts: "in" tells so for a fraction of what a
    # call of find costs (find reads its arguments as a tuple), and the same way; filter
    # asks it of each word without a turn of the loop here.
    for word in filter(text.__contains__, words):
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
    places.sort()
    return places


def spaces_end(text: str, start: int) -> int:
    r"""Where the run of white space (\s, which is what isspace tells) from ``start`` ends;
    ``start`` itself when none stands there."""
    end = start
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def break_doubt(text: str, index: int, mark: str, start: int) -> float | None:
    """How unlikely the break at ``index`` is (0 plainly one); None when it is none at all.
    ``start``: where the next word starts, after the white space."""
    if start == len(text):
        return None  # no word follows
    # The next word's first character; _LOWER_BRAND reads no further than its letters.
    if text[start].islower() and not _LOWER_BRAND.match(text, start):
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
    without trying it from each of the 40 places in turn: matched at the start of those 40
    characters reversed (\\w is what isalnum tells, and "_")."""
    # Most stops end a word of letters after a space ("trial."): when all that stands between
    # the last space and the stop is alphanumeric, it is the run (a space is none of its
    # characters), found without slicing, reversing and matching.
    word = text[text.rfind(" ", 0, index) + 1 : index]
    if word.isalnum():
        return word[-40:]
    floor = max(0, index - 40)
    run = _WORD_RUN.match(text[floor:index][::-1])
    return text[index - run.end() : index] if run else ""


def splits(text: str) -> list[Split]:
    """The ways "Title. Journal" can be cut in two, best first; the title alone first when
    the text has no break at all."""
    text = text.strip()
    every = breaks(text)
    if not every:
        return _comma_splits(text)
    # An entry with a year has a journal; the whole text as a title is the last resort.
    candidates = [_new_split(Split, (text, None, -3.0))]
    first = max(0, len(every) - 2 * MAX_READINGS)
    # A title cut at a break, text[:end] ending on its stop, has the breaks before that stop
    # as its own (read again, it would find the same ones): only the last sure one's start
    # counts (_title_likeness).
    # (Most texts have fewer breaks than that: none before the first, asked of no call.)
    last_start = _last_sure_start(every[:first]) if first else None
    for end, start, doubt in every[first:]:
        # No piece needs stripping and none is empty: the text is stripped, a break's end
        # follows its stop, and its start is where white space ends before a character
        # (breaks finds none at the text's end).
        title, journal = text[:end], text[start:]
        likeness = journal_likeness(journal)
        if last_start is not None:  # _title_likeness gives 0.0 otherwise: no call for it
            likeness += _title_likeness(title, last_start)
        score = likeness - doubt
        candidates.append(_new_split(Split, (title, journal, score)))
        if doubt < 2:
            last_start = start
    candidates.sort(key=_SCORE, reverse=True)
    return candidates


def _comma_splits(text: str) -> list[Split]:
    """splits(text) for a text with no sentence break: "Title, Journal" cut at its commas."""
    candidates = [_new_split(Split, (text, None, 0.0))]
    for end, start, doubt in _commas(text)[-2 * MAX_READINGS :]:
        title, journal = text[:end].strip(), text[start:].strip()
        if title and journal:
            last_start = _last_sure_start(breaks(title))
            score = journal_likeness(journal) + _title_likeness(title, last_start) - doubt
            candidates.append(_new_split(Split, (title, journal, score)))
    candidates.sort(key=_SCORE, reverse=True)
    return candidates


def _last_sure_start(found: Iterable[tuple[int, int, float]]) -> int | None:
    """Where the sentence after the last of ``found`` that is plainly a break starts."""
    last = None
    for _, start, doubt in found:
        if doubt < 2:
            last = start
    return last


def _commas(text: str) -> list[tuple[int, int, float]]:
    """ "Title, Journal": with no sentence break, a comma may be where the journal begins."""
    return [(m.start(), m.end(), 1.0) for m in _COMMA_BEFORE_CAPITAL.finditer(text)]


def names_a_journal(name: str | None) -> bool:
    """Whether a reading's journal opens with a journal's name as NLM abbreviates it ("Lancet
    Diabetes Endocrinol", "Eur J Heart Fail. Elsevier Inc"): its words before the first stop
    are all words of journal names (one other allowed beside three), and two at least. A
    book's title ("Goldman-Cecil Medicine", "Oxford Textbook of Medicine") is not, nor is a
    meeting ("American Heart Association Scientific Sessions")."""
    if not name:
        return False
    words = [word.rstrip(".").lower() for word in _NAME_WORD.findall(name.split(". ", 1)[0])]
    if not 2 <= len(words) <= 8 or _MEETING_WORDS.intersection(words):
        return False
    known = other = 0
    for bare in words:
        if bare in _JOURNAL_WORDS:
            known += 1
        elif bare not in _JOINERS:
            other += 1
    return known >= 2 and (other == 0 or (other == 1 and known >= 3))


@lru_cache(maxsize=1024)
def journal_likeness(name: str) -> float:
    """How much a piece of text reads as a journal name rather than a sentence of a title.
    Kept: the entries of one list cite a few journals many times ("N Engl J Med", "Lancet"),
    and each entry's likeliest journal is its own."""
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


def _title_likeness(title: str, last_start: int | None) -> float:
    """A title whose last sentence is a word or two in capitals ("... pathway. Biomed",
    "... cohort. JAMA Netw") took the start of the journal with it; ``last_start``: where
    the sentence after the title's last sure break starts (None: no such break)."""
    if last_start is None:
        return 0.0
    last = title[last_start:]
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


# The last words of a group that writes a paper, "REMAP-CAP Investigators", "RECOVERY
# Collaborative Group", a guideline's "KDIGO Glomerular Diseases Work Group" (user23 P1-8):
# not the last words of a title.
_GROUP_END = LazyPattern(
    r"\b(?:investigators|collaborators|consortium|trialists|writing\s+committee|"
    r"(?:collaborative|study|trial|writing|work|working|expert|guideline|development)\s+group|"
    r"task\s+force|(?:expert|guideline)\s+panel)\.?$",
    re.IGNORECASE,
)
# Words a group's name holds in lower case: "Writing Committee for the REMAP-CAP Investigators".
_GROUP_NAME_LINKS = frozenset(["of", "the", "for", "and", "on", "in", "&"])


def names_a_group_alone(text: str) -> bool:
    """Whether the text is a short name, every word capitalised, that ends as the name of a
    group writing a paper does ("REMAP-CAP Investigators")."""
    words = text.split()
    return (
        len(words) <= 8
        and bool(_GROUP_END.search(text))
        and all(w[:1].isupper() or w in _GROUP_NAME_LINKS for w in words)
    )


def looks_like_group(text: str) -> bool:
    return bool(_GROUP.search(text)) and "?" not in text
