"""Rules CL205 and CL206: PubMed links the cited paper to a retraction or a correction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from citelint.lazy_pattern import LazyPattern
from citelint.models import Finding, Reference, Resolution, Severity, Status
from citelint.rules.base import CheckContext, Rule

# An entry that itself says the paper was retracted: "... 2013;368:1279-90. Retracted.",
# "[Retracted]", MEDLINE's "Retraction in: N Engl J Med. 2018;378:2441-2." (user25 P2 3: cited
# for its retraction, an error), NLM's "Retraction and republication in:", "Retracted in:"
# (review25a F6). Its writer knows: told as info, naming the replacement. So does an answer's
# "*Research Square* (withdrawn)", NLM's "[Preprint; withdrawn]" and Elsevier's "RETRACTED:"
# before the title (user32a P2-3).
# Only the notice's own shapes count: the words in a title ("Why papers are retracted: a
# study of ...", "Retracted trials in cardiology") say nothing of the paper cited. So the
# brackets and the linked notices in any case; "RETRACTED:" in capitals (Elsevier),
# "Retracted:" and "Retraction:" only where a sentence starts; "retracted" in any case and after
# any mark where the entry ends ("; retracted.", "— Retracted", "This article has been
# retracted.") or before its DOI, PMID or republication.
_SAYS_RETRACTED = LazyPattern(
    r"(?i:\[retracted(?: article)?\]|\(retracted\)|[(\[](?:preprint;\s*)?withdrawn[)\]]"
    r"|\bretraction (?:in|notice in|and republication in)\s*:"
    r"|\bretracted(?: and republished)? in\s*:"
    r"|\bretracted(?: in)?(?: \d{4})?\.?\s*(?:\Z|republished in\b|(?:doi|pmid)\b))"
    r"|RETRACTED:\s|(?:\A|[.;\]]\s+)Retract(?:ed|ion):\s|\bRetraction [Nn]otice\b"
)


def says_retracted(raw: str) -> bool:
    lowered = raw.lower()
    if "etract" not in lowered and "withdrawn" not in lowered:
        return False  # most entries: neither word
    return _SAYS_RETRACTED.search(raw) is not None


class Retracted(Rule):
    code = "CL205"
    name = "retracted"
    severity = Severity.ERROR
    needs_resolution = True
    summary = "The cited paper has been retracted."
    rationale = (
        "A retracted paper's findings are withdrawn by its journal; citing it as evidence "
        "misleads readers. A retraction notice itself is not retracted and is not reported. "
        'A paper its journal retracted and replaced (JAMA\'s "retraction and replacement") '
        "is named with the PMID of its replacement, the paper to cite instead. An entry that "
        'itself says the paper was retracted ("Retracted.", "Retraction in: ...") shows its '
        "writer knows, as when the retraction itself is the point: told as info."
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
        for entry, resolution in context.entries_with(Status.RESOLVED):
            record = resolution.record
            if record is None or not record.retracted or record.is_retraction_notice:
                continue
            notices = ", ".join(record.retraction_in)
            notice = f" (retraction notice PMID {notices})" if notices else ""
            if record.republished_in:
                # A "retraction and replacement": the paper to cite instead (user23 P3 5).
                notice += f" and replaced by PMID {', '.join(record.republished_in)}"
            known = says_retracted(entry.raw)
            finding = self.finding(
                context,
                entry.line,
                entry.column,
                f"{context.name(entry.number, record.pmid)} has been retracted"
                + (", as the entry says" if known else "")
                + notice,
                reference=entry.number,
                pmid=record.pmid,
            )
            yield _as_notice(finding) if known else finding


class CorrectionNotice(Rule):
    code = "CL206"
    name = "correction-notice"
    severity = Severity.WARNING
    needs_resolution = True
    summary = "The cited paper carries an expression of concern or an erratum."
    rationale = (
        "An expression of concern warns that a paper's reliability is in doubt; an erratum "
        "corrects it, sometimes in the very numbers an article quotes. Either deserves a look "
        'before the paper is cited. An entry that cites the erratum itself ("Erratum in: ...", '
        '"Published correction appears in ...") has had that look, and is told only of a '
        "concern. An erratum alone, on an entry that cites the paper correctly, is told as "
        "info: news to read, not a fault that fails a CI job at fail-level warning (set "
        "CL206's severity to warning to have it so)."
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
        for entry, resolution in context.entries_with(Status.RESOLVED):
            record = resolution.record
            if record is None:
                continue
            notices = []
            if record.concern_in:
                notices.append(f"an expression of concern (PMID {', '.join(record.concern_in)})")
            # The errata the entry itself cites: telling the writer of those is noise (user20
            # P3), but a second erratum the entry does not name is news (review21a P3-2).
            # Imported here: listing the rules loads no reader.
            from citelint.read.entry_tails import errata_named

            if len(record.erratum_in) > errata_named(entry.raw):
                notices.append(f"an erratum (PMID {', '.join(record.erratum_in)})")
            if notices:
                finding = self.finding(
                    context,
                    entry.line,
                    entry.column,
                    f"{context.name(entry.number, record.pmid)} carries " + " and ".join(notices),
                    reference=entry.number,
                    pmid=record.pmid,
                )
                yield _as_notice(finding) if _erratum_only(entry, resolution) else finding


def _erratum_only(entry: Reference, resolution: Resolution) -> bool:
    """Whether the paper carries errata and no expression of concern, and the entry cites
    it correctly (no CL203 or CL204 fact): the erratum is news to read, not a fault of the
    article, and must not fail a CI job at ``fail-level = "warning"`` (user23 P2 5)."""
    from citelint.rules.record_facts import facts_differing

    record = resolution.record
    if record is None or record.concern_in or resolution.identifier_record is not None:
        return False
    return not facts_differing(entry, resolution, record)


def _as_notice(finding: Finding) -> Finding:
    return replace(finding, severity=Severity.INFO)
