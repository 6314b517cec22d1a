"""Which of a claim's terms name no topic to judge a record by: words that only word a number,
frame an answer, or say where the claim was read. Moved out of support/terms.py."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.support.terms import is_generic, stem
from citelint.support.word_lists import NUMBER_WORDS, word_list


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(stem(word) for word in words)


_NUMBER_STEMS = _stems(NUMBER_WORDS)


def words_a_number(term: str) -> bool:
    """Whether ``term`` only words a number ("roughly", "absolute", "points")."""
    return term in _NUMBER_STEMS


# How an answer frames its verdict: "Yes, both add benefit on top of standard care.[1][2]"
# (Perplexity's first line) names no topic to judge a record by either.
_FRAMING_STEMS = _stems(["yes", "add", "adds", "added", "benefit", "benefits", "top"])


# Where a claim was read, not what it says: "So did a version cited from the Cochrane
# Library's own page [3]." borrows its finding from the sentence before (user20 P2).
_SOURCE_STEMS = _stems(word_list("cited cite cites citing website websites cochrane"))
# "version", "page" and "library" say where a claim was read only in such phrases ("a version
# cited from", "version 3 of", "page 4", "its own page", "the Cochrane Library"); in
# "external cephalic version" or "a cDNA library" they are the claim's topic (review21a P3-3).
_SOURCE_PLACE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|own|another|earlier|later|latest|newer|older|updated|"
    r"online|web|print|full|current|previous|home)\s+(?P<place>versions?|pages?|librar(?:y|ies))"
    r"\b|\b(?P<numbered>versions?|pages?)\s+\d|\b(?:Cochrane|online|digital|national)\s+"
    r"(?P<named>librar(?:y|ies))",
    re.IGNORECASE,
)


def source_terms(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that say where it was read, not what it says."""
    if not any(word in text.lower() for word in ("version", "page", "librar")):
        return frozenset()
    return frozenset(
        stem(word.lower())
        for match in _SOURCE_PLACE.finditer(text)
        for word in match.groups()
        if word
    )


def names_no_topic(term: str, sources: frozenset[str] = frozenset()) -> bool:
    """Whether ``term`` is generic, words a number, frames an answer or names where the claim
    was read (``sources``, from ``source_terms``): no claim's topic."""
    if term.endswith(("'", "’")):
        term = stem(term.rstrip("'’"))  # "Library's"
    return (
        is_generic(term)
        or term in _NUMBER_STEMS
        or term in _FRAMING_STEMS
        or term in _SOURCE_STEMS
        or term in sources
    )


# A sentence that tells only how or where its source came out ("Early data from the United
# States were reported in the CDC's weekly report [3].", "The original report of that trial
# was retracted and republished [9].", "The trial's results were first shared as a preprint")
# states nothing an abstract could support or contradict (user25 P1 2). Its subject is the
# source itself, with no preposition before it ("Adverse events in the trial were reported
# in 12% of patients" is a finding), and what follows the verb names a place or a time, never
# people or a number but a year, nor a verdict ("reported as neutral": review25b P2-3). A drug
# "withdrawn from the market" is no paper's history.
_PUBLICATION_STATEMENT = LazyPattern(
    r"^(?:(?:in|by|since)\s+(?:early\s+|late\s+|mid-)?\d{4},?\s+)?"
    r"(?:(?!(?:in|of|with|among|after|for|on|from|to|at|by)\b)[\w'’-]+\s+){0,5}?"
    r"(?:data|reports?|results?|findings?|trial|study|paper|article|analysis|preprint|"
    r"version|manuscript|methods|design|protocol|rationale|details|it|they|this)"
    r"(?:\s+(?:of|from|on|for)\s+[^,;:\d]{1,60}?)?"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:(?:first|originally|later|subsequently|since|also|initially|then)\s+)?"
    r"(?:reported|published|presented|retracted|republished|posted|corrected|shared|"
    r"deposited|available|described|detailed)"
    r"(?:\s+(?:and|then|but)\s+(?:later\s+)?(?:retracted|republished|corrected|"
    r"published|updated))?"
    r"(?:\s+(?:previously|elsewhere|before|earlier|separately))?"
    r"(?:\s+(?:in|at|by|on|online|from|through|via|as\s+an?\s+(?:preprint|abstract|poster|"
    r"letter|research\s+letter|brief\s+report))\b"
    r"(?![^,;:]*\b(?:patients?|participants?|adults?|children|men|women|people|subjects|"
    r"cases|individuals)\b)[^,;:\d]{0,60}(?:\d{4})?)?"
    r"(?:,\s+(?:weeks|months|years|days)\s+(?:before|after)\s+[^,;:\d]{0,40})?"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)


# A sentence whose subject is a notice about the paper ("An erratum corrected a table in this
# paper [9].", "A correction notice was later published") tells of the notice, which has no
# abstract to judge it by. "Correction" alone is no notice: "the correction of hyponatraemia".
_NOTICE_STATEMENT = LazyPattern(
    r"^(?:an?|the|this|that|its)\s+(?:(?:later|published|subsequent)\s+)?"
    r"(?:erratum|corrigendum|retraction notice|notice of retraction|correction notice|"
    r"notice of correction|expression of concern)\b",
    re.IGNORECASE,
)


# A few words that only point at the source for how something was done or defined: a table
# footnote's "c On computed tomography, as in Ref. 1.", "Sepsis was defined as in [4]",
# "Samples were stained as previously described [2]" (user26 P2-1). The source describes a
# method, and its abstract need not name the thing done by it.
_POINTER = (
    r"(?:as(?:\s+(?:previously|earlier|originally))?\s+(?:described|defined|detailed)"
    r"(?:\s+(?:in|by|elsewhere))?|as\s+in)"
)
_POINTER_END = r"(?:\s+(?:refs?|references?)\.?)?[\s.,;:]*$"
# What may come before the pointer: a method named after a preposition ("Read on computed
# tomography scans,", a table footnote's letter first) or a thing done to it ("Samples were
# stained").
# A claim of a result before it ("Statins lower mortality, see [1]") is judged (review26a P1-e).
_POINTER_STATEMENT = LazyPattern(
    r"^(?:[a-z*†‡§]\s+)?(?:(?:[\w-]+\s+)?(?:on|by|in|using|with|per|for)\s+"
    r"(?:[\w'’()/-]+[ \t,]+){0,5}"
    r"|(?:[\w'’()/-]+[ \t,]+){0,4}(?:was|were|is|are|been)\s+[\w-]+(?:ed|en|wn)[ \t,]+)"
    + _POINTER
    + _POINTER_END
    + r"|^(?:see(?:\s+also)?|cf\.?|"
    + _POINTER
    + ")"
    + _POINTER_END,
    re.IGNORECASE,
)


# A letter's opening that names the paper it answers ("We read with interest the review by
# van den Berg and Boermeester.1") and a caption's credit to its source ("Adapted from van den
# Berg and Boermeester [4].", "Reproduced with permission from Smith et al.") say whose work
# is meant, not what it found (user27 P1-4, P1-5). Only the opening is matched here; the
# words after it must be no more than a source's name (_names_a_source_only).
_SOURCE_NAMED = LazyPattern(
    r"^(?:it\s+was\s+with\s+(?:great\s+|much\s+|keen\s+)?interest\s+that\s+)?"
    r"(?:I|we)\s+(?:have\s+)?read\s+(?:with\s+(?:great\s+|much\s+|keen\s+|considerable\s+)?"
    r"interest\s+)?(?:the|this|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:article|review|paper|study|report|letter|editorial|analysis|meta-analysis|trial|"
    r"commentary|viewpoint|guidelines?)\b"
    r"|^(?:(?:figure|table|image|panel)\s+(?:\d+[a-z]?\s+)?)?"
    r"(?:(?:adapted|reproduced|modified|redrawn|reprinted|derived|excerpted)"
    r"(?:\s+(?:and|or)\s+(?:adapted|modified|redrawn|reproduced))?"
    r"(?:\s+with\s+permission)?\s+(?:from|after)"
    r"|data\s+(?:(?:are|were)\s+)?(?:(?:taken|adapted|derived)\s+)?from|courtesy\s+of)\b"
    r"|^sources?:",
    re.IGNORECASE,
)
# Words that start a statement of what the source found, after the name of the source: "We
# read with interest the trial by X, which showed that ...", "Data from X show ...".
_FINDING_WORDS = frozenset(
    word_list(
        "which that who whose where because show shows showed shown found find finds "
        "reported reports demonstrated demonstrates suggested suggests concluded concludes "
        "confirmed confirms proved proves indicate indicates indicated"
    )
)
# A source's name runs to a few authors, "et al.", a year, a journal or a title.
_MOST_SOURCE_WORDS = 16
# The only words in lower case a source's name is written with: name particles, "et al.",
# the words that join names or give a permission, and the nouns that say what the source is.
# Any other ("Data from large registries support early mobilisation") states what the source
# found (review27a P1-1).
_NAME_GLUE = frozenset(
    word_list(
        "et al and or of the in on by from with for to under a an s permission license licence "
        "van von der den de del della di la le du da dos das te ten ter op "
        "colleagues coworkers co-workers issue issues edition volume journal page pages p pp "
        "ref refs reference references original study studies trial trials review reviews "
        "report article guideline guidelines group society association consortium "
        "investigators registry database survey version figure table fig"
    )
)
# A clause after a comma that goes on to a finding ("Reproduced from the trial, mortality
# fell"), where a source's name goes on to more names, "et al., 2021" or "with permission".
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?!(?:and|with|in|by|et|from|published|under|ref|reference|pp?)\b)[a-z]"
)


def _names_a_source_only(text: str) -> bool:
    """Whether ``text`` only opens a letter on the paper it answers or credits a figure's
    source (_SOURCE_NAMED), with nothing after that but the source's name."""
    opening = _SOURCE_NAMED.match(text)
    if opening is None:
        return False
    rest = text[opening.end() :]
    if any(mark in rest for mark in ";:%") or _CLAUSE_AFTER_COMMA.search(rest):
        return False
    words = re.findall(r"[\w'’-]+", rest)
    return len(words) <= _MOST_SOURCE_WORDS and not any(
        word.lower() in _FINDING_WORDS or (word.islower() and word not in _NAME_GLUE)
        for word in words
    )


def tells_publication_only(text: str) -> bool:
    """Whether ``text`` tells only how or where its source was published or made available,
    what a notice about it did, only points at it for a method (_POINTER_STATEMENT) or only
    names it (_SOURCE_NAMED)."""
    text = text.strip()
    return (
        _PUBLICATION_STATEMENT.match(text) is not None
        or _NOTICE_STATEMENT.match(text) is not None
        or _POINTER_STATEMENT.match(text) is not None
        or _names_a_source_only(text)
    )
