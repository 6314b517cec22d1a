"""Rule CL209: an inline link or PMID mention names another paper than its label says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.models import Finding, Severity
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.inline_citation import InlineCitation
    from citelint.pubmed.label_fit import Fit
    from citelint.record import Record


class WrongLink(Rule):
    code = "CL209"
    name = "wrong-link"
    severity = Severity.ERROR
    needs_resolution = True
    summary = "An inline PubMed or DOI link, or a PMID mention, names another paper than its label."
    rationale = (
        "AI-written answers and care plans cite by link: '[ORBIT trial](https://pubmed.ncbi."
        "nlm.nih.gov/...)' or '(PMID: ...)'. The number is often wrong: it names a real paper, "
        "but not the one the link text or the sentence describes, and readers who follow it "
        "land on something else. The record is compared with the label: its trial name, first "
        "author, year, journal, drugs and topic words. The rule speaks only when they clearly "
        "disagree; one strong agreement (the trial's name, first author and year, the title) "
        "outweighs a slip, and a label that says too little ('[link]') is not judged. A label "
        "naming only the record's journal and year ('[NEJM 2022]' in a table row) is not "
        "overruled by a terse row's words; one whose author, journal and year all differ "
        "('[Anker, Lancet 2022]' on a 2019 NEJM paper by McMurray) is wrong even when the "
        "sentence's drug is in the record. Around a bare PMID, a clinician's shorthand "
        "('EMPA', 'HHF', 'TCZ', 'HFNC') is no disagreement: capitals count against the record "
        "only when the sentence gives them as a study's name ('KESTREL-Reduced', 'the TEMPEST "
        "trial'). When a PubMed search with the label finds one paper that clearly fits it, "
        "the finding names that paper, and 'citelint fix --links' can put it in place of the "
        "wrong identifier."
    )
    bad_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery
([Halvorsen et al., Neuromodulation 2019](https://pubmed.ncbi.nlm.nih.gov/39990012/)).
"""
    good_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery
([Halvorsen et al., Neuromodulation 2019](https://pubmed.ncbi.nlm.nih.gov/39990001/)).
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if context.inline is None:
            return
        # Imported here: the rule registry is loaded by `citelint rules`, which checks no link.
        from citelint.pubmed.label_fit import MISFITS

        for number, citation in enumerate(context.inline.citations, start=1):
            check = context.links.get(number)
            resolution = context.resolutions.get(number)
            if check is None or check.fit is None or check.fit.verdict != MISFITS:
                continue
            if resolution is None or resolution.record is None:
                continue
            record = resolution.record
            cited = _cited(citation, record)
            label = _label(citation)
            suggestion = check.suggestion
            if suggestion is not None:
                verb = "fits" if citation.link_text else "fit"
                message = (
                    f"{cited} is {_describe(record)}; {label} {verb} PMID {suggestion.pmid} "
                    f"'{suggestion.title}'"
                )
            else:
                verb = "does" if citation.link_text else "do"
                why = _why(check.fit)
                message = f"{cited} is {_describe(record)}; {label} {verb} not fit it ({why})"
            yield self.finding(
                context,
                citation.line,
                citation.column,
                message,
                reference=number,
                pmid=record.pmid,
                subject=f"{citation.kind}:{citation.identifier}|{citation.link_text or ''}",
                suggestion=suggestion,
            )


def _cited(citation: InlineCitation, record: Record) -> str:
    # Imported here, as in _label: `citelint rules` lists the rules without the readers.
    from citelint.read.inline_view import identifier_name

    shown = identifier_name(citation)
    return shown if citation.kind == "pmid" else f"{shown} (PMID {record.pmid})"


def _label(citation: InlineCitation) -> str:
    if citation.link_text:
        from citelint.read.inline_view import short

        return f"the link text '{short(citation.link_text)}'"
    return "the words around it"


def _describe(record: Record) -> str:
    where = ", ".join(
        str(part) for part in (record.journal_abbrev or record.journal, record.year) if part
    )
    return f"'{record.title}'" + (f" ({where})" if where else "")


def _why(fit: Fit) -> str:
    reasons = list(fit.against)
    if fit.topic is not None and fit.topic < 0.35:
        reasons.append("its topic words hardly occur in the record")
    return "; ".join(reasons) or "nothing in the record matches it"


LINK_RULES: list[Rule] = [WrongLink()]
