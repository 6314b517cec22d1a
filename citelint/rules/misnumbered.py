"""Rule CL303: another entry of the list supports the claim far better (likely misnumbered).

Also reports a whole list shifted by one, once, and suggests the entry a claim citing an
unresolvable or missing entry may have meant. The misfits themselves are found by
``citelint.support.misnumbering``; this module words them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.models import Finding, Severity
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.support.checker import SupportChecker
    from citelint.support.misnumbering import Misfit, Misnumbering
    from citelint.support.numbers import Quantity

# Calibrated on the calibration half of fixtures/support/labelled.json with
# benchmarks/support_quality.py --calibrate; the held-out half gives the figures we report.
MISNUMBERING_MARGIN = 0.15
MISNUMBERING_MIN_SUPPORT = 0.3


class BetterReference(Rule):
    code = "CL303"
    name = "better-reference"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "Another entry of the list supports the claim far better: likely misnumbered."
    rationale = (
        "Citation numbers slip when a list is edited: an entry is inserted or removed and "
        "every later number points one entry off. Each claim is scored against every "
        "resolved entry; when another entry supports it far better than the one cited "
        "(by the option 'misnumbering-margin') the citation is likely misnumbered. When most "
        "claims fit the entry next to the one they cite, the whole list is shifted, and that "
        "is reported once instead of claim by claim. An entry about the other side of a "
        "threshold the claim states (a trial of an ejection fraction of 40% or less, for a "
        "claim about one above 40%) is never proposed, and a claim one of whose co-cited "
        "papers supports it well rests on that paper, as does a summary whose co-cited "
        "papers each fit it ('Taken together, these studies link several exposures to "
        "depression [16, 27, 52].'); an entry without the topic word its co-cited papers all "
        "share ('depression') is never proposed for it. A claim naming a trial or a drug its "
        "entry never mentions, while the entry names another ('Empagliflozin showed a similar "
        "25% reduction in EMPEROR-Reduced [1].' citing DAPA-HF), is likely misnumbered when "
        "another entry names them all and fits the claim at least as well; the finding names "
        "both (see CL302 for the names that never count). A Methods sentence citing the "
        "paper that describes the data source or method it names ('We used Youth Risk "
        "Behavior Survey data for 2019 and 2021 [5].' citing the survey's methods report) "
        "cites the right source, however well a study that used the same data fits its "
        "words: it counts only towards a list shifted as a whole, as does a recommendation "
        "naming a class of drugs that cites a trial of one of its members ('Offer an ACE "
        "inhibitor and a beta-blocker to adults with heart failure [1].' citing the enalapril "
        "trial), which CL302 does not report either. When the list is shifted, a claim of "
        "its shifted part that fits an entry further off the same way gets no finding of "
        "its own: the list-level one explains it."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "27 months. [2]\n\n"
        "Transforaminal steroid injection improved the Oswestry Disability Index slightly more "
        "than supervised physiotherapy at 3 months in lumbar spinal stenosis. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
        "2. Delacroix M, Andersen LH, Kowalczyk P. Transforaminal epidural steroid "
        "injection versus a supervised physiotherapy programme for lumbar spinal stenosis: a "
        "multicentre randomized controlled trial. Spine (Phila Pa 1976). 2022;47(2):101-110. "
        "PMID: 39990003\n"
    )
    good_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "27 months. [1]\n\n"
        "Transforaminal steroid injection improved the Oswestry Disability Index slightly more "
        "than supervised physiotherapy at 3 months in lumbar spinal stenosis. [2]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
        "2. Delacroix M, Andersen LH, Kowalczyk P. Transforaminal epidural steroid "
        "injection versus a supervised physiotherapy programme for lumbar spinal stenosis: a "
        "multicentre randomized controlled trial. Spine (Phila Pa 1976). 2022;47(2):101-110. "
        "PMID: 39990003\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        checker = context.support()
        if not any(profile.has_abstract for profile in checker.profiles.values()):
            return
        margin = context.options.get("misnumbering-margin", MISNUMBERING_MARGIN)
        found = find_misnumbering(context)
        # Inline citations are no numbered list that could have slipped as a whole.
        if found.offset and context.inline is None:
            sign = "+" if found.offset > 0 else "-"
            first = found.shifted[0]
            unindexed = sum(1 for m in found.shifted if m.unchecked)
            note = (
                f", {unindexed} of them citing entries that cannot be checked" if unindexed else ""
            )
            yield self.finding(
                context,
                first.marker.line,
                first.marker.column,
                f"the reference list looks shifted by one: {len(found.shifted)} of "
                f"{found.checked} claims fit entry n{sign}1 far better than the entry n they "
                f"cite{note} (e.g. cited [{first.cited}], but entry {first.better} supports it)",
                **_misfit_extra(checker, first, suggest=False),
            )
        shifted = {id(m) for m in found.shifted} if context.inline is None else set()
        for misfit in found.misfits:
            if id(misfit) in shifted or misfit.only_in_shift:
                continue
            if shifted and _within_the_shift(found, misfit):
                continue
            if context.inline is not None:
                if misfit.unchecked:
                    continue  # a link that cannot be checked is the link rules' business
                message = _inline_message(context, misfit)
            elif misfit.named:
                message = _named_message(misfit)
            else:
                message = _misfit_message(misfit, margin)
            suggest = not misfit.tied and context.inline is None
            yield self.finding(
                context,
                misfit.marker.line,
                misfit.marker.column,
                message,
                **_misfit_extra(checker, misfit, suggest=suggest),
            )


def _within_the_shift(found: Misnumbering, misfit: Misfit) -> bool:
    """Whether a misfit the list-level finding does not count (it points two entries away,
    or more) stands in the shifted part of the list and points the same way: the list's slip
    explains it, and a second finding naming another entry would contradict that one (after a
    deleted entry, cited [7] "but entry 5", where the shift says 6: user31b P2-3)."""
    if (misfit.better - misfit.cited) * found.offset <= 0:
        return False
    return misfit.cited >= min(m.cited for m in found.shifted)


def _named_message(misfit: Misfit) -> str:
    scores = f"support {misfit.score:.2f} against {misfit.cited_score or 0.0:.2f}"
    if misfit.tied:
        others = ", ".join(str(n) for n in [misfit.better, *misfit.tied])
        return (
            f"cited [{misfit.cited}], but {misfit.named}; entries {others} name them "
            f"({scores}): [{misfit.cited}] may be meant to be one of them"
        )
    return (
        f"cited [{misfit.cited}], but {misfit.named}; entry {misfit.better} names them "
        f"({scores}): likely misnumbered"
    )


def _inline_message(context: CheckContext, misfit: Misfit) -> str:
    ours = context.name(misfit.cited)
    theirs = context.name(misfit.better)
    cited_score = misfit.cited_score or 0.0
    if misfit.named:
        return (
            f"{ours} is cited, but {misfit.named}; {theirs}, cited elsewhere, names them "
            f"(support {misfit.score:.2f} against {cited_score:.2f}): likely the wrong link"
        )
    return (
        f"{ours} is cited, but {theirs}, cited elsewhere, supports it far better "
        f"(support {misfit.score:.2f} against {cited_score:.2f}): likely the wrong link"
    )


def find_misnumbering(context: CheckContext) -> Misnumbering:
    """The document's misnumbered citations, shared by CL302 and CL303."""
    from citelint.support.misnumbering import misnumbering
    from citelint.support.scoring import SUPPORT_THRESHOLD

    margin = context.options.get("misnumbering-margin", MISNUMBERING_MARGIN)
    least = context.options.get("misnumbering-min-support", MISNUMBERING_MIN_SUPPORT)
    fits = context.options.get("support-threshold", SUPPORT_THRESHOLD)
    return misnumbering(context.support(), margin, least, fits)


def _misfit_message(misfit: Misfit, margin: float) -> str:
    from citelint.support.misnumbering import UNCHECKED_REASONS

    if misfit.unchecked:
        why = UNCHECKED_REASONS[misfit.unchecked]
        shown = _quantities_text(misfit.numbers)
        what = (
            f"the claim's numbers {shown} and its key terms appear"
            if misfit.numbers
            else "its key terms appear"
        )
        if misfit.tied:
            others = ", ".join(str(n) for n in [misfit.better, *misfit.tied])
            return (
                f"cited [{misfit.cited}] ({why}), but {what} in the abstracts of references "
                f"{others} (support {misfit.score:.2f}): [{misfit.cited}] may be meant to be "
                "one of them"
            )
        return (
            f"cited [{misfit.cited}] ({why}), but {what} in the abstract of reference "
            f"{misfit.better} (support {misfit.score:.2f}): [{misfit.cited}] may be meant to "
            f"be [{misfit.better}]"
        )
    cited_score = misfit.cited_score or 0.0
    scores = f"support {misfit.score:.2f} against {cited_score:.2f}"
    if misfit.stated and len(misfit.numbers) != misfit.cited_found:
        scores += (
            f"; entry {misfit.better} states {len(misfit.numbers)} of the claim's "
            f"{misfit.stated} numbers, entry {misfit.cited} only {misfit.cited_found}"
        )
    if misfit.score - cited_score >= margin:
        return (
            f"cited [{misfit.cited}], but entry {misfit.better} supports it far better "
            f"({scores}): likely misnumbered"
        )
    # The words fit both about equally; the claim's own numbers are what decide.
    return (
        f"cited [{misfit.cited}], but entry {misfit.better} fits it better ({scores}): "
        "likely misnumbered"
    )


_UNITS = {365.25: "years", 30.4375: "months", 7.0: "weeks", 1.0: "days"}


def _quantities_text(quantities: list[Quantity]) -> str:
    shown = [_quantity_text(q) for q in quantities[:6]]
    if len(shown) <= 1:
        return "".join(shown) or "numbers"
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _quantity_text(quantity: Quantity) -> str:
    if quantity.role == "percent":
        return f"{quantity.raw}%"
    if quantity.role == "duration" and quantity.unit_days in _UNITS:
        return f"{quantity.raw} {_UNITS[quantity.unit_days]}"
    return quantity.raw


def _misfit_extra(checker: SupportChecker, misfit: Misfit, suggest: bool) -> dict[str, object]:
    better = checker.support(misfit.claim.text, misfit.better)
    record = checker.profiles[misfit.better].record
    suggestion = None
    if suggest:
        # Imported here: only a run with records to compare suggests (citelint.suggestion).
        from citelint.suggestion import Suggestion

        suggestion = Suggestion(
            pmid=record.pmid,
            title=record.title,
            replacement=swap_number(misfit.marker.raw, misfit.cited, misfit.better),
            replaces=misfit.marker.raw,
            reference=misfit.better,
        )
    cited = checker.profiles.get(misfit.cited)
    return {
        "citation": misfit.cited,
        "reference": misfit.cited if checker.document.reference(misfit.cited) else None,
        "pmid": cited.record.pmid if cited else None,
        "evidence": better.evidence,
        "subject": misfit.claim.text,
        "suggestion": suggestion,
    }


def swap_number(marker: str, old: int, new: int) -> str | None:
    """``marker`` citing ``new`` instead of ``old`` when that is a plain swap of digits.

    Markers with ranges, superscripts or the old number twice are left to a person.
    """
    pattern = rf"(?<!\d){old}(?!\d)"
    if len(re.findall(pattern, marker)) != 1 or re.search(r"\d\s*[-\u2013\u2014]\s*\d", marker):
        return None
    return re.sub(pattern, str(new), marker)
