"""Journals cited by their initials: "NEJM" for the N Engl J Med of a record, "JAMA" for the
Journal of the American Medical Association. Both the lookup (pubmed.matching) and CL105's
duplicate test (rules.duplicates) read journal names through this one module."""

from __future__ import annotations

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
}
# Words a journal's initials leave out ("Journal of the American Medical Association": JAMA).
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "for"})


def spelled_out(journal: str) -> str | None:
    """The name a journal's initials stand for ("NEJM" -> "N Engl J Med"), or None."""
    return INITIALISMS.get(normalise(journal))


def initials(name: str) -> str:
    """ "New England Journal of Medicine" -> "nejm"; "Journal of the American Medical
    Association" -> "jama"."""
    return "".join(word[0] for word in normalise(name).split() if word not in _SMALL_WORDS)


def written_as_initials(one: str, two: str) -> bool:
    """Whether either name is the other's initials: "JAMA" and "Journal of the American
    Medical Association", "NEJM" and "New England Journal of Medicine"."""
    return initials(one) == normalise(two) or initials(two) == normalise(one)
