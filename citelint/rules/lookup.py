"""Rules CL201, CL202, CL207 and CL208: whether PubMed holds the paper an entry cites.

Only CL208 looks at entries that could not be checked; the others stay silent on them, so a
network failure never reads as a fabrication.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.models import Finding, Severity, Status
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.suggestion import Suggestion


def fits_instead(context: CheckContext, number: int, suggestion: Suggestion) -> str:
    """ "the link text fits PMID 31415933 '<title>'", for a finding that names the paper."""
    words = "link text" if context.inline and context.inline.citation(number).link_text else "text"
    return f"the {words} fits PMID {suggestion.pmid} '{suggestion.title}'"


class ReferenceNotFound(Rule):
    code = "CL201"
    name = "reference-not-found"
    severity = Severity.ERROR
    needs_resolution = True
    summary = "No PubMed record matches the entry: possibly fabricated."
    rationale = (
        "Language models and hurried authors produce references that look right and do not "
        "exist. When PubMed, asked by identifier, citation details and title, knows no such "
        "paper, the reference should be checked by hand before anyone relies on it. The "
        "message says 'possibly fabricated' only on strong evidence: a PMID or DOI PubMed "
        "does not have, or no record with all of the title's distinctive words and none of "
        "its first author's papers around its year with a title near it, nor any record with "
        "its journal, volume and first page (for a title in another language, which PubMed "
        "keeps in English: neither its journal, volume and first page nor its first author's "
        "papers in its journal and year). A first author with more papers around its year "
        "than are looked at, even with the title's words, gives CL208. Otherwise it says "
        "what was searched and the nearest title found. Entries that could not be checked at "
        "all (offline, network failure) get CL208 instead, and entries in a journal of another "
        "field PubMed does not index (one ECitMatch knows by no name, as J Am Stat Assoc) get "
        "CL207. A paper in a medical journal ECitMatch knows by no name is CL201 when it gives "
        "no DOI (made-up papers name made-up journals), but CL208 when it gives a well-formed "
        "DOI PubMed lacks and its volume and pages (or article number): many a regional or "
        "open-access journal is not indexed, and the DOI at doi.org is the way to check it. "
        "An entry Manubot printed (the same DOI after its date and on its DOI line; Manubot "
        "prints no volume or pages and writes each entry from what its DOI resolves to) whose "
        "DOI PubMed lacks is CL208 too."
    )
    bad_example = """\
# Statins and memory

Statins halve the risk of dementia [1].

## References

1. Quill RT, Marsh PB. Statin therapy abolishes dementia in a nationwide cohort of
   centenarians. Neuromodulation. 2019;22(4):481-8.
"""
    good_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72.
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for entry, resolution in context.entries_with(Status.NOT_FOUND):
            if resolution.identifier_record is not None:
                continue  # CL204 tells the fuller story
            check = context.links.get(entry.number)
            suggestion = check.suggestion if check is not None else None
            fits = f"; {fits_instead(context, entry.number, suggestion)}" if suggestion else ""
            # The resolver says "possibly fabricated" only on strong evidence: an identifier
            # PubMed does not have, or no record sharing the title's distinctive words.
            reason = resolution.reason or "no PubMed record matches the entry"
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)}: {reason}{fits}",
                reference=entry.number,
                suggestion=suggestion,
            )


class AmbiguousReference(Rule):
    code = "CL202"
    name = "ambiguous-reference"
    severity = Severity.WARNING
    needs_resolution = True
    summary = "Several PubMed records match the entry equally well."
    rationale = (
        "An entry that fits more than one record cannot be checked against the right abstract. "
        "Adding the PMID or DOI, or the volume and first page, makes the reference exact."
    )
    bad_example = """\
# Spinal cord stimulation

Stimulation eased leg pain [1].

## References

1. Neuromodulation. 2019;22(4).
"""
    good_example = """\
# Spinal cord stimulation

Stimulation eased leg pain [1].

## References

1. Neuromodulation. 2019;22(4):465-72.
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for entry, resolution in context.entries_with(Status.AMBIGUOUS):
            pmids = ", ".join(resolution.candidates)
            listed = f": PMID {pmids}" if pmids else ""
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)} matches several PubMed records equally well{listed}",
                reference=entry.number,
            )


class NotInPubmed(Rule):
    code = "CL207"
    name = "not-in-pubmed"
    severity = Severity.INFO
    needs_resolution = True
    summary = "The entry is a guideline, book or web page that PubMed does not index."
    rationale = (
        "citelint can only check what PubMed holds. Guidelines, books and web pages are "
        "legitimate sources, but they have to be checked by hand; this note says which ones, "
        "and names what an entry looks like where it can: a conference abstract, a preprint, "
        "a trial registration, a data set, a court case, a statute or regulation, a patent, "
        "software, a thesis or a press release. "
        "So are papers in journals PubMed does not index, such as the statistics journals of "
        "many a Methods section: when ECitMatch knows no journal by the name the entry gives "
        "and nothing matches, the note names the journal (a misspelt name of an indexed "
        "journal gets it too: check the name)."
    )
    bad_example = """\
# Spinal stenosis

Most patients improve without surgery [1].

## References

1. Brennan LK. Lumbar spinal stenosis. In: Okafor NC, Lindqvist P, eds. Spine Surgery in
   Older Adults. 2nd ed. New York: Halden Medical; 2024:211-29.
"""
    good_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72.
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        # Imported here: listing the rules loads no reader (tests/commands/test_startup.py).
        from citelint.pubmed.outcomes import in_unindexed_journal
        from citelint.read.identifiers import (
            looks_like_a_data_set,
            looks_like_a_preprint,
            looks_like_a_registration,
            looks_like_an_abstract,
        )
        from citelint.read.unindexed_sources import kind_named

        for entry, resolution in context.entries_with(Status.NOT_IN_PUBMED):
            if context.inline is not None:
                what = f"{context.name(entry.number)}: {resolution.reason}"
            elif in_unindexed_journal(resolution):
                what = f"{context.name(entry.number)} {resolution.reason}"
            elif looks_like_an_abstract(entry):
                what = (
                    f"{context.name(entry.number)} looks like a conference abstract, which PubMed "
                    "seldom indexes"
                )
            elif looks_like_a_preprint(entry):
                what = (
                    f"{context.name(entry.number)} looks like a preprint, which PubMed indexes "
                    "only in part"
                )
            elif looks_like_a_registration(entry):
                what = (
                    f"{context.name(entry.number)} looks like a trial registration, which PubMed "
                    "does not index"
                )
            elif looks_like_a_data_set(entry):
                what = (
                    f"{context.name(entry.number)} looks like a data set, which PubMed does not "
                    "index"
                )
            elif kind := kind_named(entry.raw or ""):
                what = (
                    f"{context.name(entry.number)} looks like {kind}, which PubMed does not index"
                )
            else:
                what = (
                    f"{context.name(entry.number)} looks like a guideline, book or web page, which "
                    "PubMed does not index"
                )
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{what}; check it by hand",
                reference=entry.number,
            )


class Unverified(Rule):
    code = "CL208"
    name = "unverified"
    severity = Severity.INFO
    needs_resolution = True
    summary = "The entry could not be checked (offline, or the network failed)."
    rationale = (
        "A reference that could not be looked up is neither confirmed nor suspect. citelint "
        "says so, with the reason, instead of guessing; run again online (or with a warm "
        "cache) to check it. Some entries no lookup can settle as written get it too, with "
        "what to do: a title in another language, a paper with its DOI and whole locus in "
        "a medical journal PubMed does not index, or a Manubot entry whose DOI PubMed lacks "
        "(check the DOI at doi.org)."
    )
    bad_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72.
"""
    good_example = """\
# Spinal stenosis

Most patients improve without surgery [1].

## References

1. Brennan LK. Lumbar spinal stenosis. In: Okafor NC, Lindqvist P, eds. Spine Surgery in
   Older Adults. 2nd ed. New York: Halden Medical; 2024:211-29.
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for entry, resolution in context.entries_with(Status.UNVERIFIED):
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)} could not be checked: {resolution.reason}",
                reference=entry.number,
            )
