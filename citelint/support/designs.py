"""Study designs a claim may name, and whether a record can be that kind of study (CL304)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.record import Record


@dataclass(frozen=True)
class Design:
    """A study design a claim may name, and what in a record would confirm it."""

    name: str
    claim_pattern: re.Pattern[str]
    confirming_types: frozenset[str]
    confirming_text: re.Pattern[str]


DESIGNS = (
    Design(
        "meta-analysis",
        re.compile(r"\bmeta-?\s?analy[sz]\w*|\bpooled analys[ie]s\b", re.I),
        frozenset({"Meta-Analysis", "Systematic Review", "Network Meta-Analysis"}),
        re.compile(r"\bmeta-?\s?analy|\bpooled\b|\bsystematic(?:ally)? review", re.I),
    ),
    Design(
        "systematic review",
        re.compile(r"\bsystematic reviews?\b", re.I),
        frozenset({"Systematic Review", "Meta-Analysis", "Network Meta-Analysis"}),
        re.compile(r"\bsystematic|\bmeta-?\s?analy|\bscoping review|\bumbrella review", re.I),
    ),
    Design(
        "randomized trial",
        re.compile(r"(?i:\brandomi[sz]ed\b|\brandomly assigned\b)|\bRCTs?\b"),
        frozenset(
            {
                "Randomized Controlled Trial",
                "Pragmatic Clinical Trial",
                "Equivalence Trial",
                "Meta-Analysis",
                "Systematic Review",
                "Network Meta-Analysis",
                "Controlled Clinical Trial",
                "Clinical Trial, Phase III",
                "Clinical Trial, Phase II",
            }
        ),
        re.compile(r"\brandomi[sz]|\brandomly\b|\bRCTs?\b", re.I),
    ),
    Design(
        "guideline",
        re.compile(r"\bguidelines?\b|\bconsensus statement\b|\bposition statement\b", re.I),
        frozenset({"Practice Guideline", "Guideline", "Consensus Development Conference"}),
        re.compile(r"\bguideline|\brecommendation|\bconsensus|\bposition statement", re.I),
    ),
    Design(
        "cohort study",
        re.compile(r"\bcohort stud(?:y|ies)\b|\b(?:prospective|retrospective) cohort\b", re.I),
        frozenset({"Observational Study", "Multicenter Study", "Comparative Study"}),
        re.compile(
            r"\bcohort|\bprospective|\bretrospective|\blongitudinal|\bregistry|"
            r"\bobservational|\bfollow(?:ed|-up|ing)\b|\bdatabase\b",
            re.I,
        ),
    ),
)


def design_conflict(claim_text: str, record: Record) -> str | None:
    """Why the record cannot be the kind of study the claim names, or None.

    PubMed's publication types name only some designs (a cohort study is often plain
    "Journal Article"), so a design counts as contradicted only when neither the types nor
    the title and abstract show any sign of it. Without an abstract only a record whose types
    make the design impossible (an editorial, a letter, a case report) conflicts.
    """
    for design, said in _named(claim_text):
        if not _contradicts(design, record):
            continue
        shown = _shown_types([record])
        where = "its abstract never says so" if record.abstract.strip() else "it has no abstract"
        return f'claim calls it a {design.name} ("{said}"), but the record is {shown} and {where}'
    return None


def designs_conflict(claim_text: str, records: list[Record]) -> str | None:
    """Why none of ``records``, cited together, can be the kind of study the claim names."""
    if len(records) == 1:
        return design_conflict(claim_text, records[0])
    for design, said in _named(claim_text):
        if not records or not all(_contradicts(design, record) for record in records):
            continue
        shown = _shown_types(records)
        return (
            f'claim calls it a {design.name} ("{said}"), '
            f"but none of the records is one ({shown}) and none of them says so"
        )
    return None


def _shown_types(records: list[Record]) -> str:
    """The records' publication types that tell a design, as a finding names them."""
    types = {t for record in records for t in record.publication_types}
    return ", ".join(sorted(types - _UNINFORMATIVE_TYPES)) or "Journal Article"


def design_position(claim_text: str) -> int | None:
    """Where the claim first names a design it asserts, or None."""
    return min((said.start() for _, said in _mentions(claim_text)), default=None)


def _named(claim_text: str) -> list[tuple[Design, str]]:
    """The designs the claim asserts (the first mention of each), as written."""
    return [(design, said.group(0)) for design, said in _mentions(claim_text)]


def _mentions(claim_text: str) -> list[tuple[Design, re.Match[str]]]:
    found = []
    for design in DESIGNS:
        said = design.claim_pattern.search(claim_text)
        if said and _asserted(claim_text, said.start(), said.end()):
            found.append((design, said))
    return found


def _contradicts(design: Design, record: Record) -> bool:
    types = set(record.publication_types)
    if types & design.confirming_types:
        return False
    if design.confirming_text.search(f"{record.title}\n{record.abstract}"):
        return False
    return bool(record.abstract.strip() or types & _NOT_RESEARCH)


# "No randomized trial has...", "trials are still needed": the claim names a design only to
# say it is missing, which says nothing about the cited paper's own design.
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|nor|never|without|lack(?:s|ing)?\s+(?:of\s+)?|absence\s+of|few|neither)"
    r"(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:are|is|were|remain)\s+(?:still\s+|urgently\s+)?"
    r"(?:needed|lacking|missing|warranted|required|awaited|scarce)\b",
    re.IGNORECASE,
)


def _asserted(claim_text: str, start: int, end: int) -> bool:
    before = claim_text[max(0, start - 60) : start]
    after = claim_text[end : end + 60]
    return not (_NEGATION_BEFORE.search(before) or _NEEDED_AFTER.search(after))


_NOT_RESEARCH = frozenset(
    {"Editorial", "Letter", "Comment", "Case Reports", "News", "Published Erratum"}
)
_UNINFORMATIVE_TYPES = frozenset(
    {
        "Journal Article",
        "Research Support, Non-U.S. Gov't",
        "Research Support, N.I.H., Extramural",
        "Research Support, N.I.H., Intramural",
        "Research Support, U.S. Gov't, P.H.S.",
        "Research Support, U.S. Gov't, Non-P.H.S.",
        "English Abstract",
    }
)


def names_design(claim_text: str) -> bool:
    """Whether the claim names any design at all: most claims do not, and need no check."""
    return any(design.claim_pattern.search(claim_text) for design in DESIGNS)
