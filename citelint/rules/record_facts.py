"""Rules CL203 and CL204: the entry's facts or identifiers disagree with the PubMed record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Finding, Reference, Resolution, Severity, Status
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.record import Record


def _describe(record: Record) -> str:
    where = ", ".join(
        str(part) for part in (record.journal_abbrev or record.journal, record.year) if part
    )
    return f"'{record.title}'" + (f" ({where})" if where else "")


# A title read this short may be a misreading ("PubMed" from a "PubMed PMID: n" tail): shown,
# the user sees it at once (user31a P2-1); a whole title would only double the message.
_SHORT_TITLE_WORDS = 4


def _short_title_read(entry: Reference) -> str:
    """ " 'PubMed'" when the title read from the entry is a few words at most, else ""."""
    title = (entry.title or "").strip()
    return f" '{title}'" if title and len(title.split()) <= _SHORT_TITLE_WORDS else ""


def _naming_identifier(entry: Reference, named: Record) -> str:
    """Which of the entry's identifiers names ``named``: "PMID 123 is", "DOI 10.x/y is PMID
    123" or "PMCID PMC45 is PMID 123". An entry naming its paper by PMCID alone was told
    "DOI None is ..." (user27 P2-2)."""
    from citelint.read.identifiers import entry_doi, entry_pmc, entry_pmid

    if entry_pmid(entry) == named.pmid:
        return f"PMID {named.pmid} is"
    doi, pmc = entry_doi(entry), entry_pmc(entry)
    if pmc and (doi is None or (named.pmc or "").upper() == pmc.upper()):
        return f"PMCID {pmc} is PMID {named.pmid}"
    return f"DOI {doi} is PMID {named.pmid}"


def _title_unechoed(entry: Reference, reading: Reference, record: Record) -> list[str]:
    """PubMed's title, where only the locus says the entry is the record's paper: its title,
    in another language, does not echo PubMed's. A free translation or another paper's title
    (a hybrid, review18 F3); the entry's own PMID or DOI naming the record settles it as the
    translation (review19 F3), and the entry's title is then not questioned."""
    from citelint.pubmed.translated_titles import unechoed_title
    from citelint.read.identifiers import entry_doi, entry_pmid

    if not unechoed_title(reading, record):
        return []
    doi = entry_doi(entry)
    if entry_pmid(entry) == record.pmid or (doi and doi == (record.doi or "").lower()):
        return []
    return [
        f"title '{reading.title}' in the entry does not read as a translation of PubMed's "
        f"'{record.title.rstrip('.')}'"
    ]


def _another_title(entry: Reference, reading: Reference, record: Record) -> list[str]:
    """PubMed's title, where the entry's first author, journal, year, volume and first page
    name the record but its title is none of the paper's: a made-up title on a real citation
    (review23b P3-1), or another paper's ("preserved" for "reduced", P3-2)."""
    from citelint.pubmed.run_on_titles import runs_on_into_its_source
    from citelint.pubmed.same_work import title_is_not_its_papers

    if not title_is_not_its_papers(reading, record) or runs_on_into_its_source(entry, record):
        return []
    title = record.title.rstrip(".")
    # NLM's brackets round a title it translated ("[Hypertension in the elderly].") said in
    # words: a reader takes them for no part of the title.
    translated = title.startswith("[") and title.endswith("]")
    note = "PubMed's English translation; " if translated else ""
    shown = title[1:-1] if translated else title
    return [
        f"this citation's paper has another title: '{shown}' ({note}its first author, "
        "journal, year, volume and first page are that paper's; the entry's title is not)"
    ]


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def _mistyped_doi(entry: Reference, record: Record) -> list[str]:
    """The entry's DOI where it is PubMed's for the record but for a slip of one or two
    characters (user21: a DOI one digit off beside the right PMID passed, and its link goes
    nowhere). Only a slip of the same length: a DOI cut short or run on is more often this
    tool's reading of a wrapped line than the writer's, and another DOI altogether may be
    the paper's other version."""
    from citelint.read.identifiers import entry_doi

    ours, theirs = entry_doi(entry), (record.doi or "").strip().lower()
    if ours:  # a dash a word processor made of the hyphen is no slip (review21a P3-1)
        ours = ours.translate(_DASHES)
    if not ours or not theirs or ours == theirs or len(ours) != len(theirs):
        return []
    if ours.split("/", 1)[0] != theirs.split("/", 1)[0]:
        return []
    slips = [n for n, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    swapped = len(slips) == 2 and slips[1] == slips[0] + 1 and ours[slips[0]] == theirs[slips[1]]
    if len(slips) == 1 or swapped:
        return [f"DOI {ours} in the entry, {theirs} in PubMed"]
    return []


# A ClinicalTrials.gov number, as an article's entry gives its trial's ("ClinicalTrials.gov
# number, NCT04381936"): searched for only in an entry holding "nct" whose record lists one.
_TRIAL_NUMBER = LazyPattern(r"(?<![A-Za-z0-9])NCT\d{8}(?!\d)", re.IGNORECASE)


def _another_trials_number(entry: Reference, record: Record) -> list[str]:
    """The entry's trial numbers where the record lists its trial's and none of them is one
    (user32a P2-2c: the EPIC-HR paper carrying RECOVERY's number passed). A record listing
    no number says nothing, and one shared number is enough: a pooled analysis or a note
    may name other trials beside its own."""
    if not record.registrations or "nct" not in entry.raw.lower():
        return []
    ours = sorted({number.upper() for number in _TRIAL_NUMBER.findall(entry.raw)})
    if not ours or set(ours) & set(record.registrations):
        return []
    theirs = ", ".join(record.registrations)
    return [f"trial registration {', '.join(ours)} in the entry, {theirs} in PubMed"]


def facts_differing(entry: Reference, resolution: Resolution, record: Record) -> list[str]:
    """CL203's phrases for the entry resolved to ``record``: its facts that PubMed gives
    otherwise, compared on the reading of its text that agrees best with the record."""
    # Imported at the first resolved entry: the comparison loads rapidfuzz, and matching
    # costs a check 3 M instructions to load; runs without records need neither.
    from citelint.pubmed.differences import differences
    from citelint.pubmed.matching import best_reading

    reading = best_reading(entry, record)
    found = _title_unechoed(entry, reading, record) + _another_title(entry, reading, record)
    found += differences(reading, record) + _another_trials_number(entry, record)
    if resolution.identifier_record is None:  # else CL204 says the DOI is another's
        found += _mistyped_doi(entry, record)
    return found


class MetadataMismatch(Rule):
    code = "CL203"
    name = "metadata-mismatch"
    severity = Severity.WARNING
    needs_resolution = True
    summary = (
        "The year, journal, first author, volume or pages differ from the PubMed record, the "
        "title is not that of the paper its citation names, the DOI is the record's but "
        "for a slip, or the trial number is none the record lists."
    )
    rationale = (
        "A reference with the right title but the wrong year or journal sends readers looking "
        "in the wrong place, and is a common trace of a citation written from memory. One year "
        "either way is accepted, because online-first papers often appear in print a year later. "
        "A DOI one character off the record's (or with two side by side swapped) is named too: "
        "its link goes nowhere, though the PMID or title finds the paper. A title that is not "
        "the paper's, on a citation whose first author, journal, year, volume and first page "
        "all name one paper, is named with that paper's title: the commonest made-up reference "
        "puts an invented title on a real paper's citation. A ClinicalTrials.gov number is "
        "compared with those the record lists (when it lists any): another trial's number "
        "on a trial's paper means the entry mixes two trials."
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
        for entry, resolution in context.entries_with(Status.RESOLVED):
            record = resolution.record
            if record is None:
                continue
            found = facts_differing(entry, resolution, record)
            if found:
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
        statuses = (Status.RESOLVED, Status.NOT_FOUND, Status.AMBIGUOUS)
        for entry, resolution in context.entries_with(*statuses):
            if resolution.unknown_pmid:
                yield self._unknown(context, entry, resolution)
            named = resolution.identifier_record
            if named is None:
                continue
            given = f"{_naming_identifier(entry, named)} {_describe(named)}"
            if resolution.record is not None:
                title = f"that is PMID {resolution.record.pmid}"
            else:
                title = "no PubMed record matches the title"
            yield self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number)}: {given}, not the paper the entry's title"
                f"{_short_title_read(entry)} names ({title})",
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
