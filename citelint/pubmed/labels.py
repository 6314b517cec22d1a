"""What a link's label says about the paper it names: authors, year, journal, trial, topic.

Labels are short and informal ("DAPA-HF, McMurray et al. NEJM 2019", "ORBIT trial",
"Cochrane review of exercise for back pain"), so every clue is read conservatively: a word
counts as an author only beside "et al." or a year, as a journal only when it cannot be a
topic, and as a trial acronym only when it is no everyday clinical abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.pubmed.vocabulary import (
    CLINICAL_ABBREVIATIONS,
    COMMON_ABBREVIATIONS,
    DRUG_ENDINGS,
    JOURNAL_SHORT_WORDS,
    JOURNAL_WHOLE_WORDS,
    JOURNALS,
    LAY_TERMS,
    LINK_WORDS,
    MONTHS,
    NO_JOURNAL_WORDS,
    NOT_DRUGS,
    ORDER_WORDS,
    STATISTICS,
    TOPICAL_JOURNALS,
)
from citelint.read.links import identifier_words
from citelint.support.terms import STOPWORDS, is_generic, key_terms, stem

# "van der Meer", and capitalised as some write it: "Van Der Donk", "De La Hoya".
_PARTICLE = (
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]a|[Ll]e|"
    r"[Dd]os|[Dd]as|[Tt]en|[Tt]er|el|al)\s+){0,2}"
)
_NAME = r"[A-Z][a-zà-ÿ'’]*(?:[A-Z][a-zà-ÿ'’]+)?[a-zà-ÿ](?:-[A-Z][a-zà-ÿ'’]+)?"
# "Smith et al.", "Smith JA et al", "van der Meer and colleagues", "Smith & Jones".
_AUTHOR = re.compile(
    rf"(?<![\w-])(?P<name>{_PARTICLE}{_NAME})(?:\s+[A-Z]{{1,3}}\.?)?,?\s+"
    r"(?:et\.?\s*al\b|and\s+colleagues\b|and\s+co-?workers\b|&\s*[A-Z]|and\s+[A-Z][a-z]+\s*[,(]?\s*(?:19|20)\d\d)"
)
# "Smith 2019", "Smith (2019)", "Smith, 2019": an author only if the name is no journal or word.
_NAME_YEAR = re.compile(
    rf"(?<![\w-])(?P<name>{_PARTICLE}{_NAME})(?:\s+[A-Z]{{1,3}})?"
    # "Smith 2019", "Smith (2019)", or with a journal between: "Smith, Lancet 2019".
    r"(?:,?\s*|,\s*(?:[A-Z][A-Za-z.&]*\s+){1,4})\(?(?P<year>(?:19|20)\d\d)\b"
)
# The word ending right before a journal's name, after a stop or the label's start.
_NAME_BEFORE = re.compile(rf"(?:^|[,;(\[]\s*)(?P<name>{_NAME}),?\s+\Z")
# After "et al." (or "and colleagues"): capitalised words, then the year. Small words may
# join its capitalised ones ("International Journal of Molecular Sciences", "Biomedicine &
# Pharmacotherapy = Biomedecine & Pharmacotherapie"), a lower-case "the" may open it, and
# NLM's place or publisher in brackets may close it ("Drugs (Abingdon Engl)").
_JOURNAL_WORD = r"[A-Z][A-Za-z'’-]*"
_JOURNAL_AFTER_AUTHOR = re.compile(
    rf"\.?\s*[,;]?\s*(?:the\s+)?(?P<journal>{_JOURNAL_WORD}"
    rf"(?:[.;:]?\s+(?:(?:of|and|the|for|in|on|de|&|=)\s+){{0,2}}{_JOURNAL_WORD}){{0,11}})\.?"
    r"(?P<place>\s*\([A-Z][A-Za-z .]*\))?,?\s*\(?(?:19|20)\d\d\b"
)
_YEAR_SOON = re.compile(r"\(?(?:19|20)\d\d\b")
_YEAR = re.compile(
    r"(?<![\d./-])(?P<year>19[5-9]\d|20[0-4]\d)(?![\d%])(?!\s*(?:mg|mcg|µg|ml|mL|IU|patients|participants|people|cases|units)\b)"
)
_ACRONYM = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


# "Sci Transl Med 2019", "J. Clin. Oncol. (2018)": capitalised words, then a year.
_JOURNAL_BEFORE_YEAR = re.compile(
    r"(?<![\w.-])(?P<journal>(?:[A-Z][A-Za-z]{0,14}\.?\s+){1,6}[A-Z][A-Za-z]{0,14})\.?,?\s*"
    r"\(?(?:19|20)\d\d\b"
)

_JOURNAL_WORDS = JOURNAL_SHORT_WORDS | JOURNAL_WHOLE_WORDS

_TOPICAL = re.compile(
    r"\b(?P<journal>" + "|".join(TOPICAL_JOURNALS) + r")\.?,?\s*\(?(?:19|20)\d\d\b"
)


@dataclass
class Clues:
    """What one label says; every list is empty when the label does not say it."""

    text: str
    authors: list[str] = field(default_factory=list)  # surnames beside "et al." and the like
    loose_authors: list[str] = field(default_factory=list)  # "Smith 2019": agreement only
    years: list[int] = field(default_factory=list)
    journals: list[str] = field(default_factory=list)  # keys of JOURNALS, or topical names
    acronyms: list[str] = field(default_factory=list)
    drugs: list[str] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)  # topic stems, without the clues above
    words: list[str] = field(default_factory=list)  # the topic words as written, for searching
    # A lay term's medical equivalents: "kidney" is covered by a record saying "renal".
    alternatives: dict[str, set[str]] = field(default_factory=dict)

    @property
    def says_something(self) -> bool:
        return bool(self.authors or self.acronyms or self.drugs or len(self.terms) >= 2)


def read_clues(label: str, with_years: bool = True) -> Clues:
    """The clues of a label; ``with_years`` False ignores years not beside an author."""
    text = " ".join(identifier_words(label).split())
    clues = Clues(text)
    named, runs = _read_authors(text, clues)
    journal_words, journal_starts = _read_journals(text, clues, runs)
    after_name = _journal_after_name(text, clues, journal_words)
    if after_name is not None:
        journal_words.update(after_name[0])
        _add(clues.loose_authors, after_name[1])
        named.update(after_name[1].lower().split())
    for match in _NAME_YEAR.finditer(text):
        name = match["name"]
        lowered = name.lower()
        if lowered in journal_words or lowered in MONTHS or _is_acronym(name) or name in named:
            continue
        if lowered in STOPWORDS or is_generic(stem(lowered)) or lowered in LINK_WORDS:
            continue
        if DRUG_ENDINGS.search(lowered) and len(lowered) >= 7:
            continue
        _add(clues.loose_authors, name)
        named.update(lowered.split())
        if not with_years:
            _add(clues.years, int(match["year"]))
    for name in _names_before_journals(text, journal_starts):
        lowered = name.lower()
        if lowered in journal_words or lowered in named or not _may_be_surname(name):
            continue
        _add(clues.loose_authors, name)  # "Solomon NEJM 2022": no comma before the journal
        named.add(lowered)
    if with_years:
        for match in _YEAR.finditer(text):
            _add(clues.years, int(match["year"]))
    # A label written all in capitals ("HEART FAILURE GUIDELINE") has no acronyms to tell.
    words = _WORD.findall(text)
    # Short shorthand ("EF", "HR", "n") is capitals in any row, so only longer words count.
    long_words = [w for w in words if len(w) >= 3]
    shouting = len(long_words) >= 4 and sum(w.isupper() for w in long_words) >= 0.75 * len(
        long_words
    )
    for match in _ACRONYM.finditer("" if shouting else text):
        token = match[0]
        if _is_acronym(token) and token.lower() not in journal_words:
            _add(clues.acronyms, token)
    for word in _WORD.findall(text):
        lowered = word.lower()
        if is_drug(lowered) and lowered not in named:
            _add(clues.drugs, lowered)
    _read_topic(text, clues, named | journal_words)
    return clues


def _read_authors(text: str, clues: Clues) -> tuple[set[str], dict[int, int]]:
    """Add the authors before "et al." to ``clues``; their names' words, the runs after."""
    named: set[str] = set()
    matches = list(_AUTHOR.finditer(text))
    runs = _runs_after_authors(text, [match.end() for match in matches])
    for match in matches:
        if any(start <= match.start() < end for start, end in runs.items()):
            continue  # "Jiang et al., Biomedicine & Pharmacotherapy 2024": "&" in a journal
        _add(clues.authors, match["name"])
        named.update(w.lower() for w in _WORD.findall(match[0]))
        # A surname of two words ("Wilder Smith et al.", "Sen Gupta et al."): its first
        # word, opening the label, names no topic.
        lead = _NAME_BEFORE.search(text, 0, match.start("name"))
        if lead is not None:
            named.add(lead["name"].lower())
    return named, runs


def _read_topic(text: str, clues: Clues, names: set[str]) -> None:
    """Add the topic's words, terms and lay alternatives: not authors' or journals' names."""
    skip = names | {a.lower() for a in clues.acronyms} | LINK_WORDS | MONTHS
    skip |= STATISTICS | ORDER_WORDS  # "HR 0.74", "5 mg daily" name no topic
    topic = [w for w in _WORD.findall(text) if w.lower() not in skip]
    clues.words = [w for w in topic if w.lower() not in STOPWORDS and not is_generic(stem(w))]
    # An abbreviation counts through its long form ("AF": atrial fibrillation), as records
    # usually spell it out.
    expanded = {word.lower() for word in topic if word.lower() in CLINICAL_ABBREVIATIONS}
    clues.terms = {
        term
        for term in key_terms(" ".join(topic), CLINICAL_ABBREVIATIONS)
        if not is_generic(term)
        and not term.isdigit()
        and term not in LINK_WORDS
        and term not in expanded
    }
    lowered = text.lower()
    for lay, medical in LAY_TERMS.items():
        if re.search(rf"\b{re.escape(lay)}\b", lowered):
            for term in key_terms(lay):
                clues.alternatives.setdefault(term, set()).update(key_terms(medical))


def _read_journals(text: str, clues: Clues, runs: dict[int, int]) -> tuple[set[str], list[int]]:
    """Add the journals the label names to ``clues``; return their words and where the known
    ones start."""
    found: list[tuple[str, int, int]] = []  # each journal's name, start and end
    for key, (pattern, _) in JOURNALS.items():
        found += [(key, match.start(), match.end()) for match in pattern.finditer(text)]
    listed = {w.lower() for _, start, end in found for w in _WORD.findall(text[start:end])}
    found += _abbreviated_journals(text, listed)
    found += [(m["journal"], m.start(), m.end("journal")) for m in _TOPICAL.finditer(text)]
    for start, end in runs.items():
        inside = [item for item in found if start <= item[1] and item[2] <= end]
        if any(item[1] == start for item in inside):
            continue  # the run opens with a journal the lists know: "NEJM 2019"
        name = _journal_after_author(text[start:end], {w for n, _, _ in inside for w in n.split()})
        if name is None:
            continue
        # "the American Journal of Gastroenterology": not "Gastroenterology" (claims21 left).
        found = [item for item in found if item not in inside] + [(name, start, end)]
    journal_words: set[str] = set()
    journal_starts: list[int] = []
    for name, start, end in sorted(found, key=lambda item: item[1]):
        _add(clues.journals, name)
        journal_words.update(w.lower() for w in _WORD.findall(text[start:end]))
        journal_words.update(w.lower() for w in name.split())
        if name in JOURNALS:
            journal_starts.append(start)
    return journal_words, journal_starts


def _runs_after_authors(text: str, ends: list[int]) -> dict[int, int]:
    """Where a run of capitalised words between "et al." and the year starts and ends: the
    journal, when it is one."""
    runs = {}
    for end in ends:
        match = _JOURNAL_AFTER_AUTHOR.match(text, end)
        if match is not None:
            runs[match.start("journal")] = match.end("place" if match["place"] else "journal")
    return runs


def _journal_after_author(run: str, known: set[str]) -> str | None:
    """The journal a run between "et al." and the year names, if it can be one: "Halvorsen et
    al., Neuromodulation 2019". It was read as a second, loose name and said nothing (claims20
    left); in that place it can only be where the paper appeared. ``known`` holds the words
    of the listed journals the run ends with ("Gastroenterology")."""
    words = re.sub(r"[.;:]", " ", run.split("(")[0]).split()
    own = [word for word in words if word[0].isupper() and word not in known]
    if (
        any(_is_acronym(word) or is_drug(word.lower()) for word in own)
        or words[-1].lower() in MONTHS  # "Smith et al., Mar 2019": a date
        or words[0].lower() in STOPWORDS
    ):
        return None  # a date, a trial's name, a drug, or no name at all
    lowered = [word.lower() for word in words]
    if NO_JOURNAL_WORDS.intersection(lowered):
        return None  # "Smith et al., Epub 2019", "Smith et al., Presented 2019"
    if all(is_generic(stem(w)) or w in STOPWORDS or w in LINK_WORDS for w in lowered):
        return None  # "Smith et al., Review 2019", "Smith et al., Full Text 2019"
    return " ".join(words)


# "Halvorsen, Neuromodulation 2019": a surname opening the label, a comma, a journal no list
# knows, then the year (no "et al." to say the second name is no author's). Without the comma
# the first word may be the topic's: "Lung Cancer 2019", "Breast Cancer Research 2019".
_NAME_JOURNAL_YEAR = re.compile(
    rf"(?:^|[\[(;]\s*)(?P<name>{_PARTICLE}{_NAME}),\s+(?P<journal>{_JOURNAL_WORD}"
    rf"(?:\s+(?:(?:of|and|the|for|in|on|&)\s+){{0,2}}{_JOURNAL_WORD}){{0,7}})\.?,?\s*"
    r"\(?(?:19|20)\d\d\b"
)
# What only a journal's name ends with, never a surname: "Neuromodulation", "Pain Medicine",
# "Spine Surgery", "Psychiatry", "Therapeutics". A second author ("Smith, Jones 2019") is
# read as no journal.
_JOURNAL_ENDING = re.compile(
    r"(?:olog(?:y|ie|ia|ica)|ation|iatry|iatrics|medicine|therapy|therapeutics|surgery|"
    r"research|sciences?|journal|reports|reviews?|letters|annals|archives|medica|medicina|"
    r"clinics|genetics|neuroscience|diabetologia|nutrients|cancers)$",
    re.IGNORECASE,
)


def _journal_after_name(text: str, clues: Clues, known: set[str]) -> tuple[set[str], str] | None:
    """Read a journal no list knows after the label's first author, without "et al.":
    "Halvorsen, Neuromodulation 2019" (claims21 left); return its words and the author.
    Only names whose every word a journal's could be: a surname there stays a surname."""
    match = _NAME_JOURNAL_YEAR.match(text)
    if match is None or not _may_be_surname(match["name"]):
        return None
    words = match["journal"].split()
    capitals = [word for word in words if word[0].isupper()]
    if any(word.lower() in known or _is_acronym(word) for word in capitals):
        return None  # a listed journal ("de Souza, Lancet 2020") or a trial's name
    if not all(word in _JOURNAL_WORDS or _JOURNAL_ENDING.search(word) for word in capitals):
        return None
    if not any(_JOURNAL_ENDING.search(word) for word in capitals):
        return None  # "Smith, Am 2019", "Smith, Heart 2019": too short to tell
    name = " ".join(words)
    _add(clues.journals, name)
    return {word.lower() for word in words}, match["name"]


def _names_before_journals(text: str, starts: list[int]) -> list[str]:
    """A capitalised word right before a known journal that a year follows: "Solomon NEJM
    2022", "Anker, Lancet 2022"."""
    names = []
    for start in starts:
        before = _NAME_BEFORE.search(text, 0, start)
        if before and _YEAR_SOON.match(text, _journal_end(text, start)):
            names.append(before["name"])
    return names


def _journal_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and not text[end].isdigit() and end - start < 60:
        end += 1
    return end


def _may_be_surname(name: str) -> bool:
    lowered = name.lower()
    return not (
        lowered in MONTHS
        or _is_acronym(name)
        or lowered in STOPWORDS
        or is_generic(stem(lowered))
        or lowered in LINK_WORDS
        or (DRUG_ENDINGS.search(lowered) is not None and len(lowered) >= 7)
    )


def _abbreviated_journals(text: str, named: set[str]) -> list[tuple[str, int, int]]:
    """Journals named by their NLM abbreviation before a year ("Sci Transl Med 2019"), each
    word one of a journal abbreviation's and one at least shortened; none a known journal
    (``named``) already covers. Else "Med" of "Sci Transl Med 2019" was read as an author."""
    found = []
    for match in _JOURNAL_BEFORE_YEAR.finditer(text):
        words = match["journal"].replace(".", " ").split()
        # The run may start with an author's name: "Lee JA Sci Transl Med 2017".
        while words and words[0] not in _JOURNAL_WORDS:
            words.pop(0)
        start = match.end("journal")
        for word in reversed(words):
            start = text.rindex(word, match.start(), start)
        if (
            len(words) >= 2
            and all(word in _JOURNAL_WORDS for word in words)
            and any(word in JOURNAL_SHORT_WORDS for word in words)
            and not named.issuperset(word.lower() for word in words)
        ):
            found.append((" ".join(words), start, match.end("journal")))
    return found


def _add(items: list, value: object) -> None:
    if value not in items:
        items.append(value)


def is_drug(word: str) -> bool:
    """A drug's generic name, told by its ending: apixaban, dapagliflozin, semaglutide."""
    return len(word) >= 7 and word not in NOT_DRUGS and bool(DRUG_ENDINGS.search(word))


def _is_acronym(token: str) -> bool:
    """A trial or study name such as ORBIT, DAPA-HF, RE-LY or EMPEROR-Reduced."""
    if token.lower() in COMMON_ABBREVIATIONS or not any(c.isalpha() for c in token):
        return False
    parts = token.split("-")
    capitals = [p for p in parts if p.isupper() and sum(c.isalpha() for c in p) >= 2]
    if not capitals:
        return False
    if len(parts) == 1:
        return len(token) >= 3  # "AF" alone is an abbreviation, "ROCKET" a name
    return sum(c.isalpha() for c in token) >= 4
