"""Numbers in parentheses as citations: "events (1).", "LDL (2, 3)", "a little (4–6)".

Radiology, J Nucl Med, many medRxiv preprints and some Vancouver journals cite this way. Most
numbers in parentheses are something else: a standard deviation or a count after a number
("63 (12)", "5 mg (2)"), an item of an enumeration ("(1) age, (2) sex"), a tally
("adenocarcinoma (14), carcinoid (3)"), an equation's number, an affiliation in a byline.
So a page's parenthesised numbers are read only when the page itself says that is how it
cites (page_style.cites_in_parentheses): it reads no citation in any other way, it has a
reference list, and their first appearances run in the list's order and cover most of it.
Each one must also stand where a citation may stand: after a word, in a sentence, not after
a number, not as an item of a list; one in a table's cell or after a linking word only where
the order calls for it.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.bylines import without_bylines
from citelint.read.found import PARENTHESISED, Found, read_numbers, words
from citelint.read.page_style import cites_in_parentheses, plausible_in_parentheses

# The kind of a doubtful candidate, read only where the order of first citations calls for it.
DOUBTFUL = "doubtful"

# "(1)", "(2, 3)", "(4–6)", "(7-9, 12)": numbers of up to three digits, their separators and
# nothing else (no decimal point, per cent sign, letter or equals sign).
_PARENTHESISED = LazyPattern(
    r"\((\d{1,3}(?:[ \t]{0,2}[-–—,;][ \t]{0,2}\d{1,3}){0,30})\)(?![\w\-/])"
)
# "(1,104)", "(12,500)": a count with a thousands separator.
_THOUSANDS = LazyPattern(r"\d{1,3}(?:,\d{3})+")
# The word a citation follows, with at most one space between: "events (1)", "al. (3)",
# "(P < .001) (4)", "in 2022 (2, 3)". Not after any other number, a percentage, a colon or
# a comma.
_WORD_BEFORE = LazyPattern(
    r"(?:([^\W\d_][\w'’-]{0,30})(\.?)|\)|(?<![\w.,=])(?:19|20)\d\d)[ \u00a0\u202f]?\Z"
)
# A measure before the parentheses: "12 mg (3)", "370 MBq (2)". Not a name's number, as in
# "COVID-19 (1)"; a longer word after a number ("type 2 diabetes (3)") is no unit.
_MEASURE_BEFORE = LazyPattern(r"(?<![\w.\-])\d[\d.,]{0,12}[ \u00a0]?[^\W\d_]{1,4}[ \u00a0]?\Z")
# A share or a decimal before the parentheses: "fell by 26% (8)", "was 0.74 (8)", "12,5 %
# (3)". Not a name's number ("COVID-19"), nor a version's ("v2.1").
_SHARE_OR_DECIMAL_BEFORE = LazyPattern(
    r"(?<![\w.,\-])(?:\d{1,3}(?:[.,]\d{1,3})?[ \u00a0]?%|\d{1,6}\.\d{1,6})[ \u00a0]?\Z"
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
# The label that opens back matter, whole: "Disclosures of conflicts of interest:",
# "Funding:", "Author Contributions", "Acknowledgments". Whole, with its colon right after it
# or alone on its line: "Funding sources of trials: ..." and a heading "Conflicts of Interest
# in Guideline Panels" open text that cites.
_BACK_MATTER = LazyPattern(
    r"^[ \t]*(?:Disclosures?(?: of (?:potential )?conflicts? of interests?)?|"
    r"(?:Potential )?Conflicts? of interests?|Competing interests?|"
    r"Declarations? of (?:competing )?interests?|Financial (?:disclosures?|support)|"
    r"Funding(?: sources?| statement| information)?|Sources? of funding|Acknowledge?ments?|"
    r"Authors?['’]? contributions?)[ \t]*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
# What only a statement of the authors' interests says, as a sentence of its own: JNM's "No
# other potential conflict of interest relevant to this article was reported.", Radiology's
# "No relevant relationships", "The authors declare no competing interests". Not inside a
# sentence: "in most trials the authors declared no conflicts of interest (4)" cites.
_DISCLOSURE = LazyPattern(
    r"(?:^|(?<=[.!?] ))(?:No (?:other )?potential conflicts? of interest|No relevant "
    r"(?:financial )?relationships|The authors? (?:have|has|declare[sd]?|report(?:s|ed)?) no "
    r"(?:\w+ ){0,2}(?:conflicts? of interest|competing interests?|financial relationships))",
    re.MULTILINE,
)
# A line of a paragraph, without its line break.
_LINE = LazyPattern(r"[^\n]+")
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


def parenthesised_citations(
    paragraphs: list[tuple[int, str]],
    references: list[Reference],
    strays: list[list[Found]] | None = None,
    supplement: frozenset[int] = frozenset(),
) -> list[list[Found]] | None:
    """The parenthesised citations of each paragraph (given its offset on the page and its
    text), or None when the page does not cite that way. ``strays``, each paragraph's few
    citations read in other ways, are read with them only as doubtful ones are: where the
    order of first citations calls for them. ``supplement``: entries only the supplement
    cites, as the page says (Science's), which the text's numbers need not cover."""
    if not references:
        return None
    # Most pages have no number in parentheses at all: told before anything is read.
    if not any("(" in text and _PARENTHESISED.search(text) for _, text in paragraphs):
        return None
    candidates = [paragraph_candidates(text) for _, text in paragraphs]
    if any(_BACK_MATTER.search(text) or _DISCLOSURE.search(text) for _, text in paragraphs):
        candidates = _without_back_matter([text for _, text in paragraphs], candidates)
    if strays and any(strays):
        candidates = [
            (sure, [*doubtful, *others] if others else doubtful)
            for (sure, doubtful), others in zip(candidates, strays, strict=True)
        ]
    # The page is judged from the numbers that stand as citations do, in order of place, and
    # from the entries its text may cite: not those only its supplement cites (Science's).
    in_text = [entry for entry in references if entry.number not in supplement]
    placed = [marker for sure, _ in candidates for marker in sure]
    at_stops = all(
        _ends_a_sentence(text, marker.end)
        for (_, text), (sure, _) in zip(paragraphs, candidates, strict=True)
        for marker in sure
    )
    if not in_text or not cites_in_parentheses(placed, in_text, at_stops):
        return None
    return _with_doubtful(candidates, max(entry.number for entry in references))


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether parentheses ending at ``end`` end a sentence or a line: "... as first-line
    therapy (1).", "(2);", a bullet's "- Metformin first-line (1)"."""
    after = text[end : end + 1]
    return after in ("", "\n", ".", ";", "!", "?") or (
        after in (" ", "\t") and text[end:].lstrip(" \t")[:1] in ("", "\n")
    )


def _without_back_matter(
    texts: list[str], candidates: list[tuple[list[Found], list[Found]]]
) -> list[tuple[list[Found], list[Found]]]:
    """The candidates less those of back matter: a line that opens with its label
    ("Disclosures of conflicts of interest: ... Consulting fees from Nodule Analytics (2).",
    "Funding: ..."), the line after a label standing alone as a heading ("Disclosures"),
    and a line that states the authors' interests in a journal's words ("... received
    consulting fees from Isotope Partners (2). No other potential conflict of interest
    relevant to this article was reported.", where the page's heading is not in the text).
    Their numbers count grants and relationships. Only those: the Lancet's summary box has
    its "Funding" before the text, which cites on."""
    heading = False  # whether the last line of words was a back-matter heading
    kept = []
    for text, (sure, doubtful) in zip(texts, candidates, strict=True):
        spans: list[tuple[int, int]] = []
        for line in _LINE.finditer(text):
            label = _BACK_MATTER.match(text, line.start(), line.end())
            if heading or label or _DISCLOSURE.search(text, line.start(), line.end()):
                spans.append(line.span())
            # A label alone on its line heads the line after it: "Disclosures", then "C.I. ...".
            heading = bool(label and not text[label.end() : line.end()].strip())
        kept.append(
            (_outside(sure, spans), _outside(doubtful, spans)) if spans else (sure, doubtful)
        )
    return kept


def _outside(markers: list[Found], spans: list[tuple[int, int]]) -> list[Found]:
    return [m for m in markers if not any(start <= m.start < end for start, end in spans)]


def _with_doubtful(
    candidates: list[tuple[list[Found], list[Found]]], largest: int
) -> list[list[Found]]:
    """Each paragraph's citations on a page that cites in parentheses: those that stand as
    citations do, up to a little past the list's end (CL101's to report), and the doubtful
    ones ("as in (6)", a table's "Lee et al (12)") that first cite entries nothing
    else cites, where the order of first citations calls for them: the next entries after
    the highest cited before. Left out, they would leave those entries uncited; where the
    order does not call for them they are counts, and as citations would be out of order."""
    sure_numbers = {
        number for sure, _ in candidates for marker in sure for number in marker.numbers
    }
    highest = 0
    cited: set[int] = set()
    page: list[list[Found]] = []
    for sure, doubtful in candidates:
        here: list[Found] = []
        markers = sorted([*sure, *doubtful], key=lambda marker: marker.start)
        for index, marker in enumerate(markers):
            if here and marker is here[-1]:
                continue  # read with the one before it, as a swapped pair
            taken = [marker]
            if marker.kind == PARENTHESISED:
                if not plausible_in_parentheses(marker, largest):
                    continue
            elif not _called_for(marker.numbers, cited, sure_numbers, highest, largest):
                taken = _swapped(markers[index : index + 2], cited, sure_numbers, highest, largest)
                if not taken:
                    continue
            here += taken
            numbers = [number for found in taken for number in found.numbers]
            cited.update(numbers)
            highest = max(highest, *numbers)
        page.append(here)
    return page


def _swapped(
    pair: list[Found], cited: set[int], sure: set[int], highest: int, largest: int
) -> list[Found]:
    """Two doubtful numbers, the second the lower, that are the next two entries nothing else
    cites: "studied in mice (5) and humans (4)" after (3) is a swapped pair of citations,
    CL104's to report. Read one by one, 5 would wait for 4, and stay uncited (a false CL102)."""
    if len(pair) < 2 or any(found.kind != DOUBTFUL or len(found.numbers) != 1 for found in pair):
        return []
    first, second = pair[0].numbers[0], pair[1].numbers[0]
    if first <= second or not _called_for([first, second], cited, sure, highest, largest):
        return []
    return pair


def _called_for(
    numbers: list[int], cited: set[int], sure: set[int], highest: int, largest: int
) -> bool:
    """Whether the order of first citations calls for a doubtful reading: it names entries of
    the list, and those it cites first are cited nowhere else and follow ``highest``."""
    new = sorted(set(numbers) - cited)
    if not new or max(numbers) > largest or not sure.isdisjoint(new):
        return False
    return new[0] == highest + 1 and new[-1] - new[0] == len(new) - 1


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
    for match in _PARENTHESISED.finditer(text):
        content, start = match[1], match.start()
        starts.append(start)
        if _THOUSANDS.fullmatch(content) or _ends_a_formula(text, start, match.end()):
            continue
        if any(first <= start < last for first, last in listing):
            continue  # "to assess (1) the accuracy and (2) the cost": items, not citations
        place = _place(text, start)
        if place is None and _ends_a_result(text, start, match.end()):
            place = False  # "Mortality fell by 26% (8).": doubtful, as "12 mg (8)." is
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
            sentences.setdefault(_sentence_start(text, marker.start), []).append(marker)
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
        sentences.setdefault(_sentence_start(text, item.start()), []).append(item)
    spans = []
    for start, items in sentences.items():
        labels = {item[1] for item in items}
        if any(first <= labels for first in _FIRST_ITEMS):
            stop = _SENTENCE_END.search(text, items[-1].end())
            spans.append((start, stop.end() if stop else len(text)))
    return spans


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last stop or line break before it."""
    line_start = text.rfind("\n", 0, at) + 1
    breaks = list(_SENTENCE_BREAK.finditer(text, max(line_start, at - 400), at))
    return breaks[-1].end() if breaks else line_start


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
    if stop and word != "al":
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


def _ends_a_result(text: str, start: int, end: int) -> bool:
    """Whether parentheses at ``start`` to ``end`` follow a share or a decimal and end a
    sentence of three words or more, as Radiology cites a result: "a sensitivity of 94%
    (12).", "The hazard ratio was 0.74 (8)." (user19 P1 9). A count or a standard deviation
    stands there too ("in 26% (8).", "a mean of 4.2 (3)."): doubtful, read only where the
    order of first citations calls for it. Mid-sentence ("26% (8) of the patients") and in
    a table's row, the number in parentheses is a count."""
    if not text.startswith(".", end) or text[end + 1 : end + 2] not in ("", " ", "\n"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _SHARE_OR_DECIMAL_BEFORE.search(text, max(line_start, start - 16), start):
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
