"""Journals cited by their initials: "NEJM" for the N Engl J Med of a record, "JAMA" for the
Journal of the American Medical Association. Both the lookup (pubmed.matching) and CL105's
duplicate test (rules.duplicates) read journal names through this one module."""

from __future__ import annotations

import re

from citelint.models import normalise

# Initials that neither PubMed's title nor its abbreviation is, with the name they stand for:
# "NEJM. 2018;378(20):1865-76." is the N Engl J Med of its record.
INITIALISMS = {
    "nejm": "N Engl J Med",
    "jacc": "J Am Coll Cardiol",
    "pnas": "Proc Natl Acad Sci U S A",
    "ehj": "Eur Heart J",
    "jco": "J Clin Oncol",
    "jci": "J Clin Invest",
    "jbc": "J Biol Chem",
    "jnci": "J Natl Cancer Inst",
    "ajrccm": "Am J Respir Crit Care Med",
    "ajph": "Am J Public Health",
    "ajcn": "Am J Clin Nutr",
    "cid": "Clin Infect Dis",
    # Journals' own initials, on their covers and in handouts (user23 P2-3).
    "ajkd": "Am J Kidney Dis",
    "ard": "Ann Rheum Dis",
    "cmi": "Clin Microbiol Infect",
    "jac": "J Antimicrob Chemother",
    "jasn": "J Am Soc Nephrol",
    "cjasn": "Clin J Am Soc Nephrol",
    "ajog": "Am J Obstet Gynecol",
    "bja": "Br J Anaesth",
    "ep europace": "Europace",  # its name since 2023; NLM keeps "Europace"
    "british medical journal": "BMJ",
    # The BMJ was the "Br Med J" until 1988 ("Br Med J (Clin Res Ed)" 1981-88), and entries
    # give either name for a paper of either time (user23 P1-4).
    "bmj": "Br Med J",
    "br med j": "BMJ",
    # JAMA's NLM title is its initials: "J Am Med Assoc" (its abbreviation until 1960, still in
    # EndNote's and Web of Science's journal lists) and its full name, which APA and Chicago
    # lists write out, are compared with nothing else (user31a P1-1).
    "journal of the american medical association": "JAMA",
    "j am med assoc": "JAMA",
    "jama": "J Am Med Assoc",
    # CMAJ was the "Can Med Assoc J" until 1995; its record's title gives the initials first.
    "canadian medical association journal": "CMAJ",
    "can med assoc j": "CMAJ",
    "cmaj": "Can Med Assoc J",
    "jamia": "J Am Med Inform Assoc",
    "mja": "Med J Aust",
}
# Words a journal's initials leave out ("Journal of the American Medical Association": JAMA).
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "for"})


def spelled_out(journal: str) -> str | None:
    """The name a journal's initials stand for ("NEJM" -> "N Engl J Med"), or None. A leading
    "The" and a bracketed aside are not part of the name: "The Journal of the American
    Medical Association", "Journal of the American Medical Association (JAMA)"."""
    name = normalise(journal)
    if name not in INITIALISMS and ("(" in journal or name.startswith("the ")):
        name = normalise(re.sub(r"\([^()]*\)", " ", journal)).removeprefix("the ")
    return INITIALISMS.get(name)


def initials(name: str) -> str:
    """ "New England Journal of Medicine" -> "nejm"; "Journal of the American Medical
    Association" -> "jama"."""
    return "".join(word[0] for word in normalise(name).split() if word not in _SMALL_WORDS)


def written_as_initials(one: str, two: str) -> bool:
    """Whether either name is the other's initials: "JAMA" and "Journal of the American
    Medical Association", "NEJM" and "New England Journal of Medicine"."""
    return initials(one) == normalise(two) or initials(two) == normalise(one)
