"""Legal (Bluebook) notes, as health-law articles cite: "Peter Horby et al., Dexamethasone in
Hospitalized Patients with Covid-19, 384 New Eng. J. Med. 693, 697 (2021)." puts the volume
before the journal and the first page (then a pinpoint page) after it. Read by the general
path, the title ran on into "384 New Eng", the first page was taken for the volume and the
paper was called fabricated.

Court cases ("Daubert v. Merrell Dow Pharmaceuticals, Inc., 509 U.S. 579, 593 (1993).") and
statutes or regulations ("21 U.S.C. § 355(d) (2018).") are no papers: PubMed is not asked.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference

# Authors (given names first), the title, then VOL JOURNAL PAGE[, PIN] (YEAR).
_BLUEBOOK = LazyPattern(
    r"(?P<authors>[^\W\d_][^,]{1,200}?),\s+(?P<title>[^\W\d_].{8,400}?),\s+"
    r"(?P<volume>\d{1,4})\s+(?P<journal>[^\W\d_][^\d,()]{1,80}?)\s+(?P<page>[A-Za-z]?\d{1,6})"
    r"(?:,\s+\d{1,6}(?:[-–]\d{1,6})?)?\s+\((?P<year>1[89]\d\d|20\d\d)\)\.?"
)
# A court's reporter after the parties' "v.": "509 U.S. 579", "410 F.3d 1", "140 S. Ct. 1731",
# "2019 WL 123456"; a statute or regulation: "21 U.S.C. § 355", "45 C.F.R. § 164.512",
# "Pub. L. No. 111-148", "124 Stat. 119".
_CASE = LazyPattern(
    r"\sv\.\s.{2,200}?,\s+\d{1,4}\s+(?:U\.\s?S\.|F\.(?:\s?Supp\.)?(?:\s?[2-4]d|\s?4th)?|S\.\s?Ct\."
    r"|L\.\s?Ed\.(?:\s?2d)?|WL|N\.[EW]\.(?:[23]d)?|A\.(?:[23]d)?|P\.(?:[23]d)?|So\.(?:\s?[23]d)?)"
    r"\s+\d"
)
_STATUTE = LazyPattern(
    r"\b\d{1,3}\s+(?:U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.)\s+§|\bPub\.\s?L\.\s?No\."
    r"|\b\d{1,3}\s+Stat\.\s+\d"
)
# The European Union's law as its Official Journal prints it: "Regulation (EU) No 536/2014 ...
# Official Journal of the European Union. 2014 May 27;L158:1-76." (user32a P1-1: its series
# and pages read as a journal's volume and pages, it was "possibly fabricated").
# Only as the entry's source, by its name or NLM's abbreviation ("Off J Eur Union"): a society
# journal's subtitle ("Official Journal of the European Society for Medical Oncology") and a
# paper's title naming it are no law (review32b P1-1, lastread32a).
_OFFICIAL_JOURNAL = LazyPattern(
    r"(?:\A|[.;]\s+)(?:Official Journal of the European|Off\.? J\.? Eur\.?) (?:Union|Communities)\b"
    r"(?! of\b)"
)
_NAME_ENDS = (" et al.", " et al", ",")
_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])


def cites_the_law(text: str) -> bool:
    """Whether an entry cites a court case or a statute rather than a paper."""
    return the_law_cited(text) is not None


def the_law_cited(text: str) -> str | None:
    """What an entry cites when it cites the law, "a statute or regulation" or "a court
    case", to name it so (CL207 called a case "a guideline, book or web page"); else None."""
    if ("Official" in text or "Off" in text) and _OFFICIAL_JOURNAL.search(text):
        return "a statute or regulation"
    # What every match holds (most entries hold none): the patterns run only on the rest.
    if "§" not in text and " v. " not in text and "Pub." not in text and " Stat. " not in text:
        return None
    if _STATUTE.search(text) is not None:
        return "a statute or regulation"
    return "a court case" if _CASE.search(text) is not None else None


def read_bluebook(text: str, fields: Reference) -> bool:
    """Set the fields of a Bluebook note ("Authors, Title, VOL Journal PAGE (YEAR).");
    False, and nothing set, for any other entry."""
    if not text.rstrip(" .").endswith(")"):
        return False
    note = _BLUEBOOK.fullmatch(text.strip())
    if note is None or cites_the_law(text):
        return False
    names = _given_names_first(note["authors"])
    if not names:
        return False
    fields.authors = names
    fields.title = note["title"].strip()
    fields.journal = note["journal"].strip(" .")
    fields.volume, fields.pages, fields.year = note["volume"], note["page"], int(note["year"])
    return True


def _given_names_first(text: str) -> list[str]:
    """ "Peter Horby et al." as ["Horby P"], "John J.V. McMurray & Ann Lee" as ["McMurray
    JJV", "Lee A"]; [] when a part is no person's name (two to five words, capitalised)."""
    for end in _NAME_ENDS:
        text = text.removesuffix(end)
    names = []
    for person in text.replace(" & ", ", ").replace(" and ", ", ").split(", "):
        words = [word for word in person.split() if word not in _SUFFIXES]
        if not 1 <= len(words) <= 5 or not all(word[:1].isupper() for word in words):
            return []
        initials = "".join(part[0] for word in words[:-1] for part in word.split(".") if part)
        names.append(f"{words[-1]} {initials}".strip())
    return names
