"""Rules CL201-CL208: what PubMed says about each reference entry.

Every rule here reads the entry's Resolution. Only CL208 looks at entries that could not be
checked; the others stay silent on them, so a network failure never reads as a fabrication.
"""

from __future__ import annotations

from collections.abc import Iterator

from citelint.models import Finding, Record, Reference, Resolution, Severity, Status, Suggestion
from citelint.rules.base import CheckContext, Rule


def _entries(context: CheckContext, *statuses: str) -> Iterator[tuple[Reference, Resolution]]:
    for entry in context.document.references:
        resolution = context.resolutions.get(entry.number)
        if resolution is not None and resolution.status in statuses:
            yield entry, resolution


def fits_instead(context: CheckContext, number: int, suggestion: Suggestion) -> str:
    """ "the link text fits PMID 31415933 '<title>'", for a finding that names the paper."""
    words = "link text" if context.inline and context.inline.citation(number).link_text else "text"
    return f"the {words} fits PMID {suggestion.pmid} '{suggestion.title}'"


def _describe(record: Record) -> str:
    where = ", ".join(
        str(part) for part in (record.journal_abbrev or record.journal, record.year) if part
    )
    return f"'{record.title}'" + (f" ({where})" if where else "")


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
        "does not have, or no record sharing the title's distinctive words. Otherwise it says "
        "what was searched and the nearest title found. Entries that could not be checked at "
        "all (offline, network failure) get CL208 instead."
    )
    bad_example = """\
# Statins and memory

Statins halve the risk of dementia [1].

## References

1. Quill RT, Marsh PB. Statin therapy abolishes dementia in a nationwide cohort of
   centenarians. J Imaginary Med. 2019;12(3):45-52.
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
        for entry, resolution in _entries(context, Status.NOT_FOUND):
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
        for entry, resolution in _entries(context, Status.AMBIGUOUS):
            pmids = ", ".join(resolution.candidates)
            listed = f": PMID {pmids}" if pmids else ""
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)} matches several PubMed records equally well{listed}",
                reference=entry.number,
            )


class MetadataMismatch(Rule):
    code = "CL203"
    name = "metadata-mismatch"
    severity = Severity.WARNING
    needs_resolution = True
    summary = "The year, journal, first author, volume or pages differ from the PubMed record."
    rationale = (
        "A reference with the right title but the wrong year or journal sends readers looking "
        "in the wrong place, and is a common trace of a citation written from memory. One year "
        "either way is accepted, because online-first papers often appear in print a year later."
    )
    bad_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2015;22(4):465-72.
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
        # Imported here: the comparison loads rapidfuzz, which runs without records never need.
        from citelint.pubmed.matching import best_reading, differences

        for entry, resolution in _entries(context, Status.RESOLVED):
            record = resolution.record
            # Against the reading of the entry's text that agrees best with the record.
            found = differences(best_reading(entry, record), record) if record else []
            if record is not None and found:
                yield self.finding(
                    context,
                    entry.line,
                    entry.column,
                    f"{context.name(entry.number)}: {'; '.join(found)} (PMID {record.pmid})",
                    reference=entry.number,
                    pmid=record.pmid,
                )


class IdentifierMismatch(Rule):
    code = "CL204"
    name = "identifier-mismatch"
    severity = Severity.ERROR
    needs_resolution = True
    summary = "The entry's PMID or DOI names a different paper than its title."
    rationale = (
        "Readers and tools follow the identifier, not the title. When the two disagree the "
        "reference points at the wrong paper, which is a frequent sign of a reference assembled "
        "by a language model."
    )
    bad_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72. PMID: 39990003
"""
    good_example = """\
# Spinal cord stimulation

Stimulation eased leg pain in patients unfit for surgery [1].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72. PMID: 39990001
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        # Imported here: the rule registry is loaded by `citelint rules`, which reads no article.
        from citelint.read.identifiers import entry_doi, entry_pmid

        statuses = (Status.RESOLVED, Status.NOT_FOUND, Status.AMBIGUOUS)
        for entry, resolution in _entries(context, *statuses):
            if resolution.unknown_pmid:
                yield self._unknown(context, entry, resolution)
            named = resolution.identifier_record
            if named is None:
                continue
            if entry_pmid(entry) == named.pmid:
                given = f"PMID {named.pmid} is {_describe(named)}"
            else:
                given = f"DOI {entry_doi(entry)} is PMID {named.pmid} {_describe(named)}"
            if resolution.record is not None:
                title = f"that is PMID {resolution.record.pmid}"
            else:
                title = "no PubMed record matches the title"
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)}: {given}, not the paper the entry's title names "
                f"({title})",
                reference=entry.number,
                pmid=named.pmid,
            )

    def _unknown(self, context: CheckContext, entry: Reference, resolution: Resolution) -> Finding:
        if resolution.record is not None:
            title = f"the entry's title is PMID {resolution.record.pmid}"
        else:
            title = "the entry's title matches several records"
        return self.finding(
            context,
            entry.line,
            entry.column,
            f"{context.name(entry.number)}: PMID {resolution.unknown_pmid} names no PubMed record; "
            f"{title}",
            reference=entry.number,
            pmid=resolution.unknown_pmid,
        )


class Retracted(Rule):
    code = "CL205"
    name = "retracted"
    severity = Severity.ERROR
    needs_resolution = True
    summary = "The cited paper has been retracted."
    rationale = (
        "A retracted paper's findings are withdrawn by its journal; citing it as evidence "
        "misleads readers. A retraction notice itself is not retracted and is not reported."
    )
    bad_example = """\
# Platelet-rich plasma

Injected platelet-rich plasma reversed disc degeneration [1].

## References

1. Varga TB, Rahimi S. Intradiscal platelet-rich plasma reverses disc degeneration and
   relieves symptoms of lumbar spinal stenosis: a prospective study. Pain Physician.
   2018;21(5):E487-E496.
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
        for entry, resolution in _entries(context, Status.RESOLVED):
            record = resolution.record
            if record is None or not record.retracted or record.is_retraction_notice:
                continue
            notices = ", ".join(record.retraction_in)
            notice = f" (retraction notice PMID {notices})" if notices else ""
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number, record.pmid)} has been retracted{notice}",
                reference=entry.number,
                pmid=record.pmid,
            )


class CorrectionNotice(Rule):
    code = "CL206"
    name = "correction-notice"
    severity = Severity.WARNING
    needs_resolution = True
    summary = "The cited paper carries an expression of concern or an erratum."
    rationale = (
        "An expression of concern warns that a paper's reliability is in doubt; an erratum "
        "corrects it, sometimes in the very numbers an article quotes. Either deserves a look "
        "before the paper is cited."
    )
    bad_example = """\
# Gabapentinoids

Pregabalin and gabapentin eased walking pain alike [1].

## References

1. Mensah KA, Rothbauer L. Pregabalin versus gabapentin for neurogenic claudication in lumbar
   spinal stenosis: a propensity-matched comparative cohort study. J Neurosurg Spine.
   2021;35(2):178-86.
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
        for entry, resolution in _entries(context, Status.RESOLVED):
            record = resolution.record
            if record is None:
                continue
            notices = []
            if record.concern_in:
                notices.append(f"an expression of concern (PMID {', '.join(record.concern_in)})")
            if record.erratum_in:
                notices.append(f"an erratum (PMID {', '.join(record.erratum_in)})")
            if notices:
                yield self.finding(
                    context,
                    entry.line,
                    entry.column,
                    f"{context.name(entry.number, record.pmid)} carries " + " and ".join(notices),
                    reference=entry.number,
                    pmid=record.pmid,
                )


class NotInPubmed(Rule):
    code = "CL207"
    name = "not-in-pubmed"
    severity = Severity.INFO
    needs_resolution = True
    summary = "The entry is a guideline, book or web page that PubMed does not index."
    rationale = (
        "citelint can only check what PubMed holds. Guidelines, books and web pages are "
        "legitimate sources, but they have to be checked by hand; this note says which ones."
    )
    bad_example = """\
# Spinal stenosis

Most patients improve without surgery [1].

## References

1. Brennan LK. Lumbar spinal stenosis. In: StatPearls [Internet]. Treasure Island (FL):
   StatPearls Publishing; 2024.
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
        for entry, resolution in _entries(context, Status.NOT_IN_PUBMED):
            if context.inline is not None:
                what = f"{context.name(entry.number)}: {resolution.reason}"
            else:
                what = (
                    f"reference {entry.number} looks like a guideline, book or web page, which "
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
        "cache) to check it."
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

1. Brennan LK. Lumbar spinal stenosis. In: StatPearls [Internet]. Treasure Island (FL):
   StatPearls Publishing; 2024.
"""

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for entry, resolution in _entries(context, Status.UNVERIFIED):
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)} could not be checked: {resolution.reason}",
                reference=entry.number,
            )


RESOLUTION_RULES: list[Rule] = [
    ReferenceNotFound(),
    AmbiguousReference(),
    MetadataMismatch(),
    IdentifierMismatch(),
    Retracted(),
    CorrectionNotice(),
    NotInPubmed(),
    Unverified(),
]
