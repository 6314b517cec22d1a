"""How the references a run could look up on PubMed fared, counted once each: whether none
could be checked, and why (the text summary's line, standard error's warning)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from citelint.models import Resolution, Status
from citelint.report.text import unchecked_advice

if TYPE_CHECKING:
    from citelint.commands.pipeline import LintResult
    from citelint.read.inline_view import InlineView


def nothing_checked(result: LintResult) -> str | None:
    """One line for standard error when no reference PubMed could hold was checked at all.

    Each such reference is a CL208 finding, an info that fails no run by default; a run that
    checked nothing must not pass for a clean one unnoticed.
    """
    lookups = Lookups()
    for by_number in result.resolutions.values():
        lookups.add(by_number.values())
    for by_position in result.repeats.values():
        lookups.add(by_position.values())
    for path, by_number in result.inline_resolutions.items():
        lookups.add(distinct_inline(result.views.get(path), by_number), inline=True)
    return lookups.warning()


def distinct_inline(view: InlineView | None, inline: dict[int, Resolution]) -> Iterable[Resolution]:
    """The resolutions of a document's inline citations, one a paper: a reference-style link
    used twice ("([PubMed][2])" in two bullets) is two citations of one reference (audit18:
    "6 references" for 5)."""
    if view is None:
        return inline.values()
    papers: dict[tuple[str, str], Resolution] = {}
    for number, resolution in inline.items():
        citation = view.citation(number)
        papers.setdefault((citation.kind, citation.identifier), resolution)
    return papers.values()


class Lookups:
    """How the references PubMed could hold fared: counts, kept across a streamed run."""

    def __init__(self) -> None:
        # Resolved, not found, ambiguous, or unverified however often asked (a DOI in a journal
        # PubMed does not index): PubMed said something.
        self.answered = 0
        # Reasons of the unverified ones; inline citations' apart, since they are told last.
        self.listed: Counter[str] = Counter()
        self.inline: Counter[str] = Counter()

    def add(self, resolutions: Iterable[Resolution], inline: bool = False) -> None:
        reasons = self.inline if inline else self.listed
        answered = 0
        for resolution in resolutions:
            status = resolution.status
            if status == Status.UNVERIFIED and not resolution.lasting:
                reasons[resolution.reason] += 1
            elif status != Status.NOT_IN_PUBMED:
                answered += 1
        self.answered += answered

    def merge(self, other: Lookups) -> None:
        self.answered += other.answered
        self.listed.update(other.listed)
        self.inline.update(other.inline)

    def unchecked(self) -> int:
        """How many references could be looked up, when none of them was: else 0."""
        return 0 if self.answered else sum(self.listed.values()) + sum(self.inline.values())

    def none_checked(self) -> tuple[int, str] | None:
        """How many references PubMed could hold, and the commonest reason, when none of
        them could be checked; else None."""
        reasons = Counter(self.listed)
        reasons.update(self.inline)
        count = sum(reasons.values())
        if not count or self.answered:
            return None
        return count, reasons.most_common(1)[0][0]

    def warning(self, reported: bool = True) -> str | None:
        """Standard error's line when none could be checked; ``reported``: whether CL208,
        which tells each, is selected."""
        unchecked = self.none_checked()
        if unchecked is None:
            return None
        count, reason = unchecked
        checked = f"citelint: warning: none of the {count} references could be checked on PubMed"
        return f"{checked} ({reason}); {unchecked_advice(reported)}"
