"""Which numbers in parentheses of one paragraph stand where a citation may stand (the page
is judged in read.parenthesised): after a word of a sentence, not after a number or a unit,
not as an item of an enumeration, a tally's count, an equation's number or a byline's
affiliation; doubtful after a linking word or a label, after a result, or in a table's cell.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.lazy_pattern import LazyPattern
from citelint.read.bylines import without_bylines
from citelint.read.found import ABBREVIATIONS, PARENTHESISED, Found, read_numbers, words
from citelint.read.parenthesised import DOUBTFUL, PARENTHESISED_NUMBERS

# "(1,104)", "(12,500)": a count with a thousands separator.
_THOUSANDS = LazyPattern(r"\d{1,3}(?:,\d{3})+")
# The word a citation follows, with at most one space between: "events (1)", "al. (3)",
# "(P < .001) (4)", a guideline's code "NICE guideline [NG196] (1)" (user28a P2-1), "in 2022
# (2, 3)". Not after any other number, a percentage, a colon or a comma.
_WORD_BEFORE = LazyPattern(
    r"(?:([^\W\d_][\w'’-]{0,30})(\.?)|[)\]]|(?<![\w.,=])(?:19|20)\d\d)[ \u00a0\u202f]?\Z"
)
# A measure before the parentheses: "12 mg (3)", "370 MBq (2)". Not a name's number, as in
# "COVID-19 (1)"; a longer word after a number ("type 2 diabetes (3)") is no unit.
_MEASURE_BEFORE = LazyPattern(r"(?<![\w.\-])\d[\d.,]{0,12}[ \u00a0]?[^\W\d_]{1,4}[ \u00a0]?\Z")
# A share, a decimal or a small whole number before the parentheses: "fell by 26% (8)", "was
# 0.74 (8)", "12,5 % (3)", "Life's Essential 8 (11, 12)", "a score of 2 (4)". Not a name's
# number ("COVID-19"), nor a version's ("v2.1").
_VALUE_BEFORE = LazyPattern(
    r"(?<![\w.,\-])(?:\d{1,3}(?:[.,]\d{1,3})?[ \u00a0]?%|\d{1,6}\.\d{1,6}|\d{1,3})[ \u00a0]?\Z"
)
# An item of an enumeration: "(1) age", "(a) the", "(ii) whether".
_ITEM = LazyPattern(r"\((\d{1,2}|[a-h]|[ivx]{1,4})\)[ \t]+[^\W\d_]")
_FIRST_ITEMS = ({"1", "2"}, {"a", "b"}, {"i", "ii"})
_SENTENCE_BREAK = LazyPattern(r"[.!?;:][ \t]")
_WORD = LazyPattern(r"[^\W\d_]{2,}")
_SENTENCE_END = LazyPattern(r"[.!?](?:\s|\Z)|\n")
# Words after which parentheses seldom hold a citation: they link an item of an enumeration
# or a number used as a noun ("and (2)", "in (3)"). Doubtful, read only where the order of
# first citations calls for them.
_LINKING = frozenset(
    words(
        "a an the and or nor but then than to of in on at by for from with into as is are was "
        "were be been being has have had see include includes including included namely via "
        "per vs versus both either whether that which where when while if its their our his "
        "her also only follows following"
    )
)
# Words after which they hold none: the number is what the word labels or measures.
_LABELS = frozenset(
    words(
        "mean median sd se sem iqr range ci total n no number count score grade stage type "
        "class phase step group arm visit day week month year equation eq eqs formula figure "
        "fig figs table tables supplement appendix section item question version references "
        "citations comments views downloads replies responses versions"
    )
)
# A sentence of this many single numbers in parentheses that do not rise is a tally.
_TALLY = 3
# Between two counts of one sentence, "adenocarcinoma (16) or carcinoid tumor (3)": "and",
# "or" or a comma, then the few words that name the second thing counted.
_JOINED_COUNTS = LazyPattern(
    r"(?:,[ \u00a0]?(?:and |or )?|[ \u00a0](?:and|or) )(?:[^\W\d_][\w'’-]{0,30}[ \u00a0]){1,4}"
)
_JOINING = frozenset(["and", "or"])
# A citation stands in a sentence: at least this many words before it in its paragraph.
_WORDS_BEFORE = 3


def paragraph_candidates(text: str) -> tuple[list[Found], list[Found]]:
    """The numbers in parentheses of one paragraph that stand where a citation may stand:
    those that follow a word of a sentence, and those that are doubtful, after a word that
    links ("and (2)", "as in (3)") or in a table's cell."""
    if "(" not in text:
        return [], []
    listing = _enumerations(text) if _ITEM.search(text) else []
    sure: list[Found] = []
    doubtful: list[Found] = []
    starts: list[int] = []  # of every number in parentheses, for the bylines
    for match in PARENTHESISED_NUMBERS.finditer(text):
        content, start = match[1], match.start()
        starts.append(start)
        thousands = _THOUSANDS.fullmatch(content) is not None
        if (thousands and not _rising_pair(content)) or _ends_a_formula(text, start, match.end()):
            continue
        if any(first <= start < last for first, last in listing):
            continue  # "to assess (1) the accuracy and (2) the cost": items, not citations
        place = _place(text, start)
        if place is None and _ends_a_result(text, start, match.end()):
            place = False  # "Mortality fell by 26% (8).": doubtful, as "12 mg (8)." is
        elif place and thousands and not _next_numbers(content):
            place = False  # "(128,140)": a count's shape, so cited only where the order calls
        read = read_numbers(content) if place is not None else None
        if read is None or read[1] is not None:
            continue  # "(5-2)" is no citation one could trust to be one
        kind = PARENTHESISED if place else DOUBTFUL
        (sure if place else doubtful).append(
            Found(start, match.end(), match[0], read[0], kind=kind)
        )
    sure, counts = _without_tallies(text, without_bylines(text, sure, starts))
    return sure, sorted(
        [*doubtful, *counts], key=lambda marker: marker.start
    ) if counts else doubtful


def _without_tallies(text: str, sure: list[Found]) -> tuple[list[Found], list[Found]]:
    """The candidates less those of a sentence that tallies, and the counts among them that
    may yet cite. Citations in one sentence rise as they are first cited ("lung (3), breast
    (4) and colon (5)"). Three or more single numbers that do not rise are a tally,
    "adenocarcinoma (14), carcinoid tumor (3) and metastasis (2)": never read. Two that do
    not, each after a name of what it counts, joined by "and", "or" or a comma
    ("adenocarcinoma (16) or carcinoid tumor (3)"), are as likely counts as a misnumbering:
    doubtful, read only where the order calls for them. Two joined by more words ("trial (18)
    and higher than that of PET (15)") are a misnumbering, CL104's or CL101's to report."""
    if len(sure) < 2:
        return sure, []
    sentences: dict[int, list[Found]] = {}
    for marker in sure:
        if len(marker.numbers) == 1:
            sentences.setdefault(_sentence_key(text, marker.start), []).append(marker)
    tallies: set[int] = set()
    counts: list[Found] = []
    for singles in sentences.values():
        pairs = list(zip(singles, singles[1:], strict=False))
        if not any(a.numbers[0] >= b.numbers[0] for a, b in pairs):
            continue
        if len(singles) >= _TALLY:
            tallies.update(id(marker) for marker in singles)
        elif _joined_as_counts(text, singles[0].end, singles[1].start):
            tallies.update(id(marker) for marker in singles)
            counts += [replace(marker, kind=DOUBTFUL) for marker in singles]
    return [marker for marker in sure if id(marker) not in tallies] if tallies else sure, counts


def _joined_as_counts(text: str, start: int, end: int) -> bool:
    """Whether the text between two numbers in parentheses joins two things counted: "and",
    "or" or a comma, then a few words that neither link nor say anything ("carcinoid tumor",
    not "higher than that of PET")."""
    if not _JOINED_COUNTS.fullmatch(text, start, end):
        return False
    named = _WORD.findall(text, start, end)
    return not any(word.lower() in _LINKING - _JOINING for word in named)


def _enumerations(text: str) -> list[tuple[int, int]]:
    """The sentences that enumerate with items in parentheses, each followed by words: "(1)
    age, (2) sex", "(a) the dose and (b) the timing", "(i) ... (ii) ...". Sentences of
    citations ("disease (1) and stroke (9) and") name no first and second item."""
    sentences: dict[int, list[re.Match[str]]] = {}
    for item in _ITEM.finditer(text):
        sentences.setdefault(_sentence_key(text, item.start()), []).append(item)
    spans = []
    for start, items in sentences.items():
        labels = {item[1] for item in items}
        if any(first <= labels for first in _FIRST_ITEMS):
            stop = _SENTENCE_END.search(text, items[-1].end())
            spans.append((start, stop.end() if stop else len(text)))
    return spans


def _sentence_key(text: str, at: int) -> int:
    """Which sentence parentheses at ``at`` belong to, for grouping: their own when glued to
    a sentence's full stop ("activity.(1) Tramadol ... cause.(2) Linezolid"), each closing
    the sentence before it, so no two of them make an enumeration; else _sentence_start."""
    if text.startswith(".(", at - 1) and text[at - 2 : at - 1].isalpha():
        return at
    return _sentence_start(text, at)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last stop or line break before it."""
    line_start = text.rfind("\n", 0, at) + 1
    breaks = list(_SENTENCE_BREAK.finditer(text, max(line_start, at - 400), at))
    return breaks[-1].end() if breaks else line_start


def _rising_pair(content: str) -> bool:
    """Whether a count's shape holds citations of a long list, written without a space:
    "(114,115)", "(128,131)", "(104,105,106)" (user30a P1-1: a review's 700 entries), each
    number above the one before. "(1,104)" is a count."""
    numbers = [int(part) for part in content.split(",")]
    rising = all(low < high for low, high in zip(numbers, numbers[1:], strict=False))
    return content.find(",") == 3 and rising


def _next_numbers(content: str) -> bool:
    """ "(114,115)", "(128,130)", "(104,105,106)": numbers a count would hardly hold, each at
    most two above the one before, so citations."""
    numbers = [int(part) for part in content.split(",")]
    return all(high - low <= 2 for low, high in zip(numbers, numbers[1:], strict=False))


def _place(text: str, start: int) -> bool | None:
    """Whether parentheses at ``start`` follow a word of a sentence, as a citation does (True);
    follow a word that links, labels or counts, or a unit, or stand in a table's cell, where a
    citation may stand but a count or an item often does (False); or stand where no citation
    does: at the start of a line, after a number, a colon, a comma or a stop (None)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, max(line_start, start - 34), start)
    if before is None:
        return None
    word, stop = before[1], before[2]
    if stop and word != "al" and not after_full_stop(text, word, start):
        return None  # "Fig. (2)", "vs. (3)"; only "et al. (3)" cites after a stop
    # "stage (2)", "Equation (3)", "5 mg (2)": what the number labels or measures, as a rule;
    # but "Agatston score (5)", "in 3 RCTs (5)" cite. Doubtful: read only where the order
    # calls for an entry nothing else cites.
    if word is not None and word.lower() in _LABELS:
        return False
    if _MEASURE_BEFORE.search(text, max(line_start, start - 28), start):
        return False
    # Looked for in the 200 characters before: a copy of all of them was quadratic.
    if len(text[max(0, start - 200) : start].split(None, _WORDS_BEFORE)) < _WORDS_BEFORE:
        return None  # a label, "Figures (2)", "Cited by (3)": no sentence
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "|" in line or "\t" in line:
        return False  # a table's cell: counts and values, "Women (12)", or a study's citation
    return word is None or word not in _LINKING


def after_full_stop(text: str, word: str | None, start: int) -> bool:
    """Whether parentheses at ``start`` are glued to the full stop that ends a sentence on
    ``word`` and end the line or stand before the next sentence: "... serotonergic
    activity.(1) Tramadol", "... cause.(2,3)", as AMA-like house styles with parentheses
    cite (user31b P2-1). Not after an abbreviation ("Fig.(2)", "e.g.(3)") or an initial."""
    if word is None or len(word) < 3 or word.lower() in ABBREVIATIONS:
        return False
    if not text.startswith(".(", start - 1):
        return False
    end = text.find(")", start)
    after = text[end + 1 : end + 3]
    return after[:1] in ("", "\n") or (after[:1] == " " and after[1:2].isupper())


def _ends_a_result(text: str, start: int, end: int) -> bool:
    """Whether parentheses at ``start`` to ``end`` follow a share, a decimal or a small whole
    number and end a sentence of three words or more, as Radiology cites a result: "a
    sensitivity of 94% (12).", "The hazard ratio was 0.74 (8)." (user19 P1 9), "the risk
    factors of Life's Essential 8 (11, 12)." (user29b P1-3). A count or a standard deviation
    stands there too ("in 26% (8).", "a mean of 4.2 (3).", "aged 63 (12)."): doubtful, read
    only where the order of first citations calls for it. Mid-sentence ("26% (8) of the
    patients", "8 (5, 12) days") and in a table's row, the number in parentheses is a count."""
    if not text.startswith(".", end) or text[end + 1 : end + 2] not in ("", " ", "\n"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _VALUE_BEFORE.search(text, max(line_start, start - 16), start):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "|" in line or "\t" in line:
        return False
    return len(text[max(0, start - 200) : start].split(None, _WORDS_BEFORE)) > _WORDS_BEFORE


def _ends_a_formula(text: str, start: int, end: int) -> bool:
    """Whether the parentheses number an equation: the last thing on a line that holds an
    equals sign and no sentence break, "SUV = C / (D / W) (3)"."""
    after = text.find("\n", end)
    if text[end : after if after >= 0 else len(text)].strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    return "=" in line and not _SENTENCE_BREAK.search(line)
