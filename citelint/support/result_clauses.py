"""An abstract's result and conclusion clauses, and the word tests CL306's direction check
(``citelint.support.direction_conflict``) matches a claim's outcome, intervention and group
by: the same outcome words, each word of a group named, an abbreviation's long form in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citelint.record import Record
from citelint.support.profiles import split_sentences
from citelint.support.terms import COMMON_ABBREVIATIONS, is_generic, key_terms, stem
from citelint.support.word_lists import STOPWORDS, word_list

# Trials whose "did not differ" may compare two of several arms, or doses.
# Several doses compared: "dose-ranging", "two doses of", "low-dose or high-dose". One dose
# word alone is the one arm's ("high-dose vitamin D or placebo", "a yearly oral dose of").
_DOSE_LEVEL = r"(?:low|lower|high|higher|standard|usual|full|reduced|half|double)"
SEVERAL_ARMS = re.compile(
    r"\b(?:three|four|five|3|4|5)[- ](?:arms?|groups?)\b|\bfactorial\b|\bplatform\b|"
    r"\bmulti-?arm\b|\bmultifactorial\b|"
    r"\bdose[- ](?:ranging|finding|escalation|response|comparison|groups?|levels?|arms?|"
    r"cohorts?)\b|"
    r"\b(?:two|three|four|different|several|multiple|various|2|3|4)\s+doses\b|"
    rf"\b(?P<level>{_DOSE_LEVEL})[- ]dose\b.{{0,200}}?\b(?!(?P=level)[- ])"
    rf"{_DOSE_LEVEL}[- ]dose\b",
    re.IGNORECASE,
)
# Whom a trial enrolled, up to its arms: "We randomly assigned [2,256 community-dwelling
# women aged 70 or older] to a yearly oral dose …".
_ENROLLED = re.compile(
    r"\b(?:randomly\s+assigned|randomi[sz]ed|enrolled|recruited)\s+"
    r"(?P<who>(?:[^,;()]|(?<=\d),(?=\d))+?)\s+"
    r"(?:to|into|who)\b",
    re.IGNORECASE,
)
_OR_OLDER = re.compile(
    r"(?:\b(?P<age>\d+)(?:\s*(?:years?|yrs?|y)(?:\s+of\s+age)?)?\s+)?"
    r"\bor\s+(?P<word>older|over|more|above|younger|less)\b",
    re.IGNORECASE,
)
# An age bound from this age up names older people ("aged 70 or older"); below it, adults
# ("aged 18 years or older"), never the older-adult subgroup (review24a P1 8).
_OLD_AGE = 60
_RESULT_LABEL = re.compile(
    r"\bRESULTS?\b|\bFINDINGS\b|CONCLUSION|INTERPRETATION|IMPLICATION|DISCUSSION", re.I
)
_INLINE_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z ,&'/]{2,}[A-Z])\s*:\s*")
_CLAUSE_BREAK = re.compile(
    r";\s*|,?\s+\b(?:although|though|whereas|while|yet|however)\b,?\s+|,?\s+but\s+(?!not\b)",
    re.IGNORECASE,
)
# Words of an outcome that say when or how it was counted, not what it is.
_QUALIFIERS = frozenset(
    stem(word)
    for word in word_list(
        "all-cause cause overall total combined composite day week month year in-hospital "
        "hospital any"
    )
)
_TIMEPOINT = re.compile(r"\b(\d+)[- ](?:day|week|month|year)", re.IGNORECASE)
# Words that grade a group: the word they grade must follow them as in the claim. Whole
# words, not stems: "positioning" stems as "positive" does, and grades nothing.
_GRADES = frozenset(
    word_list(
        "reduced preserved increased elevated decreased low lower high higher mildly mild "
        "moderately moderate severely severe normal impaired advanced early late acute "
        "chronic stable unstable positive negative"
    )
)
# A title naming two groups, "for primary and secondary prevention", "with and without
# diabetes": it says nothing of one of them on its own.
_TWO_GROUPS = re.compile(r"\bwith(?:out)?\s+(?:and|or)\s+with(?:out)?\b", re.IGNORECASE)
# Words naming no group of their own: "in patients with …", "among those …".
_FILLER = frozenset(
    stem(word)
    for word in word_list("patients patient participants subjects individuals people persons")
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]")
PREFIX = 6


@dataclass(frozen=True)
class ResultClause:
    sentence: str
    clause: str
    opening: frozenset[str]  # terms of the sentence's opening "In patients …,"
    title: frozenset[str]  # the record's title's, for the group the whole study is about
    title_text: str
    record_terms: frozenset[str]  # the title's and abstract's, for the trial's comparator
    several_arms: bool  # several arms or doses: a dose in a result names one of them
    enrolled: str = ""  # whom the trial enrolled: "2,256 community-dwelling women aged 70 …"


def modifiers_fit(population: str, places: str) -> bool:
    """Whether each grading word of the group stands where the claim has it: "reduced
    ejection fraction" is not in "mildly reduced or preserved ejection fraction", nor in
    "reduced the risk … preserved ejection fraction"."""
    ours, theirs = _word_sequence(population), _word_sequence(places)
    stems = [stem(word) for word in theirs]
    pairs = set(zip(stems, stems[1:], strict=False))
    for index, word in enumerate(ours):
        if word not in _GRADES:
            continue
        before = stem(ours[index - 1]) if index else ""
        after = stem(ours[index + 1]) if index + 1 < len(ours) else ""
        if after and (stem(word), after) not in pairs:
            return False
        graded = {
            stems[at - 1]
            for at in range(1, len(stems))
            if stems[at] == stem(word) and theirs[at - 1] in _GRADES
        }
        if graded and before not in graded:
            return False  # "reduced" where the abstract says only "mildly reduced"
    return True


def same_outcome(claim_outcome: str, stated_outcome: str) -> bool:
    """The same outcome words, apart from when or how it was counted ("28-day", "all-cause");
    two different time points ("28-day", "90-day") are different outcomes."""
    ours, theirs = (
        content_terms(claim_outcome) - _QUALIFIERS,
        content_terms(stated_outcome) - _QUALIFIERS,
    )
    if not ours or ours != theirs:
        return False
    times, their_times = (
        set(_TIMEPOINT.findall(claim_outcome)),
        set(_TIMEPOINT.findall(stated_outcome)),
    )
    return not (times and their_times and times != their_times)


def outcome_items(outcome: str) -> list[str]:
    """The outcomes of "both intubation and mortality": intubation, mortality."""
    items = re.split(r"\s*,\s*|\s+(?:and|or|as well as)\s+", outcome, flags=re.IGNORECASE)
    return [re.sub(r"^(?:both|either)\s+", "", item, flags=re.I) for item in items if item]


def content_terms(text: str) -> set[str]:
    return {term for term in key_terms(text) if not is_generic(term)}


def covered(text: str, terms: set[str] | frozenset[str], places: str, strict: bool = False) -> bool:
    """Whether every content word of ``text`` is in ``terms``: as itself, sharing its first
    letters ("hypoxic", "hypoxia"), or as a common abbreviation whose long form ``places``
    spell out in order ("HFpEF": "heart failure and a preserved ejection fraction", not
    "heart failure with mildly reduced or preserved ejection fraction"). ``strict`` (a
    group) counts generic words too: "with a reduced ejection fraction" is no HFpEF."""
    prefixes = {term[:PREFIX] for term in terms if len(term) >= PREFIX}
    for word in _WORD.findall(text):
        for part in word.split("-"):
            lower = part.lower()
            if lower in STOPWORDS or len(lower) < 2 or stem(lower) in _FILLER:
                continue
            if is_generic(stem(lower)) and not strict:
                continue
            long_form = COMMON_ABBREVIATIONS.get(lower) or COMMON_ABBREVIATIONS.get(lower[:-1])
            if long_form and sum(c.isupper() for c in part) >= 2:
                if _in_order(long_form, places):
                    continue
                return False
            if _spelled_out(part, places):
                continue  # "DOACs": "direct oral anticoagulants" in the abstract
            if stem(lower) in terms or (len(lower) >= PREFIX and lower[:PREFIX] in prefixes):
                continue
            return False
    return True


def _spelled_out(word: str, places: str) -> bool:
    """Whether ``word`` is an abbreviation of three to five capitals ("DOAC", "HFNO", with a
    plural "s") that words standing together in ``places`` spell out: each opens with the
    next letter and may hold more of them in order ("direct oral anticoagulants",
    "high-flow nasal oxygen"), none a stopword."""
    letters = (word[:-1] if word.endswith("s") else word).lower()
    if not 3 <= len(letters) <= 5 or not word[: len(letters)].isupper() or not letters.isalpha():
        return False
    words = [found.lower() for found in _INITIAL_WORD.findall(places)]
    return any(
        words[at][0] == letters[0] and _spells(letters, words[at:]) for at in range(len(words))
    )


# A word for its initial: a run of capitals is one word ("DAPA-HF" is two), hyphens part.
_INITIAL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Za-z][a-z]*")


def _spells(letters: str, words: list[str], first: bool = True) -> bool:
    """Whether ``words``, from the first on, spell ``letters``: each word opens with the next
    letter and may hold the ones after it in order ("anticoagulants": "ac"); two words at
    least, so that no single word is taken for an abbreviation."""
    if not letters:
        return not first
    if not words or words[0] in STOPWORDS or words[0][0] != letters[0]:
        return False
    word, position = words[0], 1
    for taken in range(1, len(letters) + 1):
        if _spells(letters[taken:], words[1:], first and taken == len(letters)):
            return True
        if taken == len(letters):
            return False
        position = word.find(letters[taken], position) + 1
        if not position:
            return False
    return False


def _in_order(long_form: str, places: str) -> bool:
    """Whether the words of ``long_form`` stand together, in order, in ``places``."""
    wanted, seen = _stem_sequence(long_form), _stem_sequence(places)
    return any(seen[i : i + len(wanted)] == wanted for i in range(len(seen)))


def _stem_sequence(text: str) -> list[str]:
    return [stem(word) for word in _word_sequence(text)]


def _word_sequence(text: str) -> list[str]:
    """The lower-cased words of ``text`` but stopwords and single letters."""
    words = (word.lower() for word in _WORD.findall(text))
    return [word for word in words if word not in STOPWORDS and len(word) > 1]


def result_clauses(record: Record) -> list[ResultClause]:
    sections = tuple(record.abstract_sections)
    return _result_clauses(record.title, record.abstract, sections)


def _one_group(bound: re.Match[str]) -> str:
    """ "aged 70 or older" names one group, not two ("aged 70 older"); "aged 18 years or
    older" names adults, not older ones ("aged 18 years")."""
    age, word = bound["age"], bound["word"]
    before = re.sub(r"\bor\s+$", "", bound[0][: bound.start("word") - bound.start()], flags=re.I)
    if age and word.lower() in {"older", "over", "above"} and int(age) < _OLD_AGE:
        return before.rstrip()
    return f"{before}{word}"


@lru_cache(maxsize=1024)
def _result_clauses(
    title: str, abstract: str, sections: tuple[tuple[str | None, str], ...]
) -> list[ResultClause]:
    """The clauses of the abstract's result and conclusion sentences."""
    title_terms = frozenset(key_terms(title))
    record_terms = frozenset(content_terms(f"{title} {abstract}"))
    several_arms = bool(SEVERAL_ARMS.search(f"{title} {abstract}"))
    enrolment = _ENROLLED.search(abstract)
    enrolled = _OR_OLDER.sub(_one_group, enrolment["who"]) if enrolment else ""
    found: list[ResultClause] = []
    for sentence in _result_sentences(abstract, sections):
        opening = re.match(r"(?:in|among|for)\b[^,]*,", sentence, re.IGNORECASE)
        setting = frozenset(key_terms(opening[0]) if opening else set())
        for clause in split_clauses(sentence):
            found.append(
                ResultClause(
                    sentence,
                    clause,
                    setting,
                    title_terms,
                    title,
                    record_terms,
                    several_arms,
                    enrolled,
                )
            )
    return found


def split_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``, broken at "; ", "although", "whereas", "but" (not "but
    not", which stays with what it excludes) outside brackets: "(OR 0.66; p=0.007)" is one."""
    clauses, start = [], 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        before = sentence[: match.start()]
        if before.count("(") == before.count(")") and before.count("[") == before.count("]"):
            clauses.append(sentence[start : match.start()])
            start = match.end()
    clauses.append(sentence[start:])
    return [clause.strip() for clause in clauses if clause.strip()]


def _result_sentences(abstract: str, sections: tuple[tuple[str | None, str], ...]) -> list[str]:
    """Sentences under a results or conclusions heading; with no headings, the second half
    of the abstract, where such abstracts report what they found."""
    if any(label for label, _ in sections):
        return [
            sentence
            for label, text in sections
            if label and _RESULT_LABEL.search(label)
            for sentence in split_sentences(text)
        ]
    sentences = split_sentences(abstract)
    if any(_INLINE_LABEL.match(sentence) for sentence in sentences):
        chosen, label = [], ""
        for sentence in sentences:
            inline = _INLINE_LABEL.match(sentence)
            if inline:
                label, sentence = inline["label"], sentence[inline.end() :]
            if _RESULT_LABEL.search(label):
                chosen.append(sentence)
        return chosen
    return sentences[len(sentences) // 2 :]


def whole_numbers(text: str) -> list[str]:
    """The whole numbers of ``text``: "6 months" is not in "median 1.6 vs 1.7 days"."""
    return re.findall(r"(?<![\d.])\d+(?![\d]|\.\d)", text)


def title_pairs_group(population: str, title: str) -> bool:
    """Whether the title names the claim's group beside another ("primary and secondary
    prevention", "children or adults"), so that a result of the whole study is no result
    in that group."""
    if _TWO_GROUPS.search(title):
        return True
    words = re.findall(r"[a-z0-9]+", title.lower())
    ours = {stem(word) for word in re.findall(r"[a-z0-9]+", population.lower())}
    ours -= {stem(word) for word in STOPWORDS}
    return any(
        stem(word) in ours
        and (
            (index and words[index - 1] in ("and", "or"))
            or (index + 1 < len(words) and words[index + 1] in ("and", "or"))
        )
        for index, word in enumerate(words)
    )
