"""Science's style without titles: "S. J. Connolly, M. D. Ezekowitz, J. Oldgren, N. Engl. J.
Med. 361, 1139 (2009)." or "J. J. V. McMurray et al., N. Engl. J. Med. 371, 993 (2014)."

Names with their initials first, a group's name perhaps before them, then the journal as
the last part after a comma, then the locus. Read by the general path, a dotted journal was
cut at its first stop ("N. Engl" taken for one more author or a title, "J. Med" for the
journal): the entry was searched for a title it does not have and called fabricated.
"""

from __future__ import annotations

import re
from functools import cache

from citelint.lazy_pattern import LazyPattern
from citelint.read.readings import looks_like_group

# "S. J. Connolly", "H. J. L. Heerspink", "J. T. Wright Jr", "C. H. van Dyck",
# "H. M. El Sahly", "J.-P. Quenot", perhaps " et al." after it.
_INITIALS_FIRST = LazyPattern(
    r"(?P<initials>(?:[^\W\d_]{1,2}\.[ -]?){1,4}) ?"
    r"(?P<surname>(?:(?:van|von|de|der|den|da|di|del|la|le|El|Al|St\.) )*"
    r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?(?:,? (?:Jr|Sr|II|III|IV)\.?)?)(?: et al\.?)?"
)
# A dotted initial or a run of them in a journal's name: "J.", "U.S.A.".
_INITIALS = LazyPattern(r"(?:[A-Z]\.)+")
_BETWEEN_PARTS = LazyPattern(r",? (?:and|&) (?=[^\W\d_]{1,2}\.)|, ")
# A journal's name, or its abbreviation: capitalised words, each perhaps dotted ("N. Engl.
# J. Med.", "Proc. Natl. Acad. Sci. U.S.A.", "CA Cancer J. Clin.", "Lancet", "PLOS ONE").
# Possessive: a title's first lower-case word ends the try, no word given back.
_JOURNAL = LazyPattern(r"(?:[A-Z][\w'’.-]*+|&)(?: (?:[A-Z][\w'’.-]*+|&|of|and|in)){0,9}+")
_LONGEST_JOURNAL = 100
# Science's locus, "361, 1139 (2009)" or "395, 497-506 (2020)": a Vancouver entry's
# "2013;144:456-62" after a Title-Case title is no Science head (review29a P1-7).
_SCIENCE_LOCUS = LazyPattern(
    r"\s*\d{1,4}[A-Za-z]?, [A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)? \((?:19|20)\d\d\)"
)


def at_a_science_locus(text: str, start: int) -> bool:
    """Whether the locus at ``start`` of an entry's text is in Science's shape."""
    return _SCIENCE_LOCUS.match(text, start) is not None


def abbreviated_journal_last(head: str) -> bool:
    """Whether the last part of a head (after its last comma) is a journal's abbreviation with
    stops ("JAMA Netw. Open", "N. Engl. J. Med."): before a Vancouver locus too, such a head
    is Science's (review29c P1-4). Each dotted word must be an initial or a word of NLM's
    abbreviations: a name or a title's last word before its stop ("J. Smith. Sleep Apnea.
    Chest", "COPD. Am. J. Med.", "Stroke. Lancet Neurol.") keeps the entry Vancouver."""
    last = head.rstrip(" ,;:").rpartition(", ")[2]
    if "." not in last or not last[:1].isupper():
        return False
    # A title's word in lower case tells most heads (a Vancouver title before its journal).
    # Looked for first where a space stands before it, without splitting the whole part: a
    # title's "of" or "in" is found within a few words. A lower-case letter after a space
    # opens one of split()'s words (it is no white space), so the answer is the same.
    space = last.find(" ")
    while space >= 0:
        if last[space + 1 : space + 2].islower():
            return False
        space = last.find(" ", space + 1)
    words = last.split()
    if any(word[0].islower() for word in words):  # after other white space ("\u00a0")
        return False
    short, whole = _journal_words()
    for word in words:
        stem = word.removesuffix(".")
        if stem == word:
            if word not in whole and word not in short:
                return False
        elif stem not in short and not _INITIALS.fullmatch(word):
            return False
    return True


@cache
def _journal_words() -> tuple[frozenset[str], frozenset[str]]:
    """NLM's abbreviation words and the whole words of journals' names, loaded when first
    asked: the module compiles patterns on import, which few runs need."""
    from citelint.pubmed.vocabulary import JOURNAL_SHORT_WORDS, JOURNAL_WHOLE_WORDS

    return JOURNAL_SHORT_WORDS, JOURNAL_WHOLE_WORDS


def science_head(head: str) -> tuple[list[str], str] | None:
    """The names and the journal of a Science entry's head (all before its locus), or None
    when the head is not names then a journal: any title, any other style."""
    stripped = head.strip(" ,;:")
    # The journal first: most heads end in a title, and are spared the split.
    last = stripped.rpartition(", ")[2]
    if len(last) > _LONGEST_JOURNAL or _JOURNAL.fullmatch(last.strip(" .")) is None:
        return None
    parts = _BETWEEN_PARTS.split(stripped)
    if len(parts) < 2:
        return None
    journal = parts[-1].strip(" .")
    if _JOURNAL.fullmatch(journal) is None:
        return None
    people = parts[:-1]
    names = [_INITIALS_FIRST.fullmatch(person) for person in people]
    group = []
    if names[0] is None and looks_like_group(people[0]):
        group, names = [people[0]], names[1:]
    if not all(names):
        return None
    if group:
        # PubMed lists the group first: its people, sent as the first author, found no record.
        return group, journal
    return [_surname_first(name) for name in names if name is not None], journal


def _surname_first(name: re.Match[str]) -> str:
    """ "J. J. V. McMurray" as Vancouver writes it, "McMurray JJV"; "J. T. Wright Jr" as
    "Wright JT", as APA's "Wright, J. T., Jr." is read: "Wright Jr" was searched as the first
    author's family name, which no record has, and a search for "Wright JT" finds "Jr" too."""
    initials = "".join(char for char in name["initials"] if char.isalpha())
    surname = name["surname"].replace(",", "")
    family, _, suffix = surname.rpartition(" ")
    if family and suffix.rstrip(".") in _SUFFIXES:
        surname = family
    return f"{surname} {initials}"


_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])
