"""``citelint audit --html FILE``: one self-contained page, claims beside their evidence.

Everything from an article or a record is escaped on the way in, links go only to PubMed for
all-digit PMIDs, and the page needs no script; its Content-Security-Policy forbids scripts and
remote loads outright, so an escaping slip could still not run anything. Problems come
first; the verdict filter is radio buttons and CSS alone, and supported claims are folded
into a ``<details>`` a reader opens when they want to see the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from citelint.models import Finding
from citelint.report.audit_text import POOLED_LABEL, shown_role
from citelint.support.audit import (
    CONTRADICTED,
    GOOD,
    SEVERITY_ORDER,
    UNSUPPORTED,
    UNVERIFIED,
    VERDICTS,
    WEAK,
    AuditCitation,
    AuditClaim,
    AuditFile,
    AuditNumber,
    AuditReference,
    pubmed_url,
    total_verdicts,
)

LABELS = {
    GOOD: "Supported",
    WEAK: "Weak support",
    UNSUPPORTED: "Not supported",
    CONTRADICTED: "Contradicted",
    UNVERIFIED: "Support not judged",  # CL208's "unverified" is a reference not looked up
}
# A symbol beside each label, so the verdict reads without colour too.
SYMBOLS = {GOOD: "✓", WEAK: "~", UNSUPPORTED: "✗", CONTRADICTED: "≠", UNVERIFIED: "?"}

CSS = """
:root { --good: #1a7f37; --weak: #9a6700; --bad: #cf222e; --unk: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
       margin: 0 auto; padding: 1.5rem; max-width: 1200px; background: #f6f8fa; }
h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .75rem; font-size: 1.25rem; word-break: break-all; }
h3 { margin: 1.5rem 0 .5rem; font-size: 1.05rem; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; padding: 0;
           list-style: none; }
.summary li { background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
              padding: .4rem .8rem; }
.summary b { font-size: 1.2rem; margin-right: .3rem; }
.claim { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1rem;
         background: #fff; border: 1px solid #d0d7de; border-left: 6px solid var(--unk);
         border-radius: 6px; padding: .9rem; margin-bottom: .8rem; }
.claim-text p { margin: .3rem 0; }
.loc { color: #57606a; font-size: .85rem; font-family: ui-monospace, monospace; }
.citation { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem;
            margin-bottom: .6rem; border-left: 4px solid var(--unk); }
.citation:last-child { margin-bottom: 0; }
.citation header { display: flex; flex-wrap: wrap; gap: .6rem; align-items: baseline; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; color: #fff;
         font-weight: 600; font-size: .85rem; white-space: nowrap; background: var(--unk); }
.num { font-weight: 700; }
.ref { color: #57606a; font-size: .9rem; margin: .3rem 0; }
blockquote { margin: .4rem 0; padding: .3rem .7rem; background: #f6f8fa;
             border-left: 3px solid #d0d7de; font-style: italic; }
.numbers { font-size: .9rem; margin: .2rem 0; }
.missing { color: var(--bad); font-weight: 600; }
.findings { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .9rem; }
.sev-error { color: var(--bad); }
.sev-warning { color: var(--weak); }
.v-good { border-left-color: var(--good); } .badge.v-good { background: var(--good); }
.v-weak { border-left-color: var(--weak); } .badge.v-weak { background: var(--weak); }
.v-unsupported { border-left-color: var(--bad); } .badge.v-unsupported { background: var(--bad); }
.v-unverified { border-left-color: var(--unk); } .badge.v-unverified { background: var(--unk); }
.v-contradicted { border-left-color: #8250df; } .badge.v-contradicted { background: #8250df; }
.meant { font-weight: 600; }
.filter { display: flex; flex-wrap: wrap; gap: .4rem .9rem; margin: .5rem 0 1rem; }
.filter input { position: absolute; opacity: 0; }
.filter label { cursor: pointer; padding: .15rem .6rem; border: 1px solid #d0d7de;
                border-radius: 999px; background: #fff; }
#show-all:checked ~ .filter label[for=show-all],
#show-good:checked ~ .filter label[for=show-good],
#show-weak:checked ~ .filter label[for=show-weak],
#show-unsupported:checked ~ .filter label[for=show-unsupported],
#show-contradicted:checked ~ .filter label[for=show-contradicted],
#show-unverified:checked ~ .filter label[for=show-unverified] { background: #ddf4ff;
                                                                 border-color: #0969da; }
#show-good:checked ~ main .claim:not(.v-good),
#show-weak:checked ~ main .claim:not(.v-weak),
#show-unsupported:checked ~ main .claim:not(.v-unsupported),
#show-contradicted:checked ~ main .claim:not(.v-contradicted),
#show-unverified:checked ~ main .claim:not(.v-unverified) { display: none; }
details.fold > summary { cursor: pointer; color: #57606a; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; }
.notice { color: var(--bad); font-weight: 700; }
td a { white-space: nowrap; }
@media (max-width: 760px) { .claim { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } .claim, .citation { break-inside: avoid; } }
"""

_HEAD = (
    "<!DOCTYPE html>\n"
    '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="referrer" content="no-referrer">\n'
    "<title>citelint audit</title>\n"
)


def render_audit_html(files: Sequence[AuditFile]) -> str:
    parts = [_HEAD, f"<style>{CSS}</style>\n</head>\n<body>\n", _summary(files), _filter()]
    parts.append("<main>\n")
    for audit_file in files:
        parts.append(_file(audit_file))
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _text(value: object) -> str:
    return escape(str(value), quote=True)


def _badge(verdict: str) -> str:
    return f'<span class="badge v-{verdict}">{SYMBOLS[verdict]} {LABELS[verdict]}</span>'


def _link(pmid: str | None) -> str:
    url = pubmed_url(pmid)
    if url is None:
        return f"PMID {_text(pmid)}" if pmid else ""
    return f'<a href="{url}" rel="noopener noreferrer">PMID {pmid}</a>'


def _summary(files: Sequence[AuditFile]) -> str:
    counts = total_verdicts(files)
    claims = sum(len(f.claims) for f in files)
    findings = sum(len(f.findings) for f in files)
    # The verdicts count citations, not claims: a claim may cite several records.
    cited = sum(counts[v] for v in VERDICTS)
    items = [
        f"<li><b>{len(files)}</b> file{'s' if len(files) != 1 else ''}</li>",
        f"<li><b>{claims}</b> claim{'s' if claims != 1 else ''}</li>",
        f"<li><b>{cited}</b> citation{'s' if cited != 1 else ''}:</li>",
        *(f"<li><b>{counts[v]}</b> {_badge(v)}</li>" for v in VERDICTS),
        f"<li><b>{findings}</b> finding{'s' if findings != 1 else ''}</li>",
    ]
    return (
        "<header>\n<h1>citelint audit</h1>\n"
        "<p>Each claim on the left; on the right, what each cited record says: the best "
        "matching sentence of its abstract, the claim's numbers found in it or missing, and "
        "the findings. Support scores run from 0 (none) to 1.</p>\n"
        f'<ul class="summary">{"".join(items)}</ul>\n</header>\n'
    )


def _filter() -> str:
    """Radio buttons the CSS reads: siblings of <main>, so no script is needed to filter."""
    inputs = ['<input type="radio" name="show" id="show-all" checked>']
    labels = ['<label for="show-all">All claims</label>']
    for verdict in SEVERITY_ORDER:
        inputs.append(f'<input type="radio" name="show" id="show-{verdict}">')
        labels.append(f'<label for="show-{verdict}">{SYMBOLS[verdict]} {LABELS[verdict]}</label>')
    return (
        "\n".join(inputs)
        + '\n<nav class="filter" aria-label="Show claims by verdict">'
        + "".join(labels)
        + "</nav>\n"
    )


def _file(audit_file: AuditFile) -> str:
    parts = [f"<section>\n<h2>{_text(audit_file.path)}</h2>\n"]
    if not audit_file.claims:
        parts.append("<p>No claims with citations.</p>\n")
    # Problems first; within a verdict, in reading order.
    order = {verdict: rank for rank, verdict in enumerate(SEVERITY_ORDER)}
    claims = sorted(audit_file.claims, key=lambda c: (order[c.verdict], c.line, c.column))
    parts.extend(_claim(claim) for claim in claims)
    if audit_file.references:
        parts.append(_references(audit_file.references))
    if audit_file.findings:
        parts.append("<h3>All findings</h3>\n" + _findings(audit_file.findings, lines=True))
    parts.append("</section>\n")
    return "".join(parts)


def _claim(claim: AuditClaim) -> str:
    citations = "".join(_citation(c) for c in claim.citations)
    if claim.verdict == GOOD:
        count = len(claim.citations)
        citations = (
            f'<details class="fold"><summary>Supported by {count} '
            f"citation{'s' if count != 1 else ''}: show the evidence</summary>\n"
            f"{citations}</details>\n"
        )
    extra = _findings(claim.findings) if claim.findings else ""
    return (
        f'<div class="claim v-{claim.verdict}">\n'
        f'<div class="claim-text"><span class="loc">line {claim.line}, column '
        f"{claim.column}</span> {_badge(claim.verdict)}\n<p>{_text(claim.text)}</p>\n"
        f"{extra}</div>\n"
        f'<div class="citations">\n{citations}</div>\n</div>\n'
    )


def _citation(citation: AuditCitation) -> str:
    score = f"<span>score {citation.score:.2f}</span>" if citation.score is not None else ""
    header = (
        f'<header><span class="num">{_text(citation.shown)}</span>{_badge(citation.verdict)}'
        f"{score}<span>{_text(citation.status)}</span><span>{_link(citation.pmid)}</span>"
        "</header>\n"
    )
    body = []
    if citation.retracted:
        body.append('<p class="notice">This paper has been retracted.</p>\n')
    if citation.title:
        body.append(f"<p><b>{_text(citation.title)}</b></p>\n")
    if citation.reference is not None:
        body.append(f'<p class="ref">{_text(citation.reference)}</p>\n')
    if citation.score is None:
        body.append(f"<p>{_text(citation.reason)}</p>\n")
    if citation.note:
        body.append(f"<p>{_text(citation.note)}</p>\n")
    if citation.evidence:
        body.append(f"<blockquote>{_text(citation.evidence)}</blockquote>\n")
    if citation.numbers_found:
        body.append(f'<p class="numbers">Numbers found: {_numbers(citation.numbers_found)}</p>\n')
    if citation.numbers_missing:
        body.append(
            '<p class="numbers">Numbers missing: <span class="missing">'
            f"{_numbers(citation.numbers_missing)}</span></p>\n"
        )
    if citation.numbers_pooled:
        body.append(
            f'<p class="numbers">{POOLED_LABEL.capitalize()}: '
            f"{_numbers(citation.numbers_pooled)}</p>\n"
        )
    if citation.design_conflict:
        body.append(f'<p class="numbers">Design: {_text(citation.design_conflict)}</p>\n')
    for mismatch in citation.mismatches:
        body.append(f'<p class="numbers">Does not fit: {_text(mismatch)}</p>\n')
    if citation.likely_meant is not None:
        body.append(f'<p class="meant">Likely meant [{citation.likely_meant}]</p>\n')
    if citation.findings:
        body.append(_findings(citation.findings))
    return f'<article class="citation v-{citation.verdict}">\n{header}{"".join(body)}</article>\n'


def _numbers(numbers: Sequence[AuditNumber]) -> str:
    return ", ".join(
        _text(n.raw) + (f" ({_text(n.role)})" if shown_role(n) else "") for n in numbers
    )


def _findings(findings: Sequence[Finding], lines: bool = False) -> str:
    items = []
    for f in findings:
        where = f"line {f.line}: " if lines else ""
        items.append(
            f'<li class="sev-{f.severity.label}">{where}<b>{_text(f.code)}</b> '
            f"{f.severity.label}: {_text(f.message)}</li>"
        )
    return f'<ul class="findings">{"".join(items)}</ul>\n'


def _references(references: Sequence[AuditReference]) -> str:
    rows = []
    for ref in references:
        notices = ", ".join(ref.notices)
        unused = "" if ref.cited else "<br>never cited"
        findings = _findings(ref.findings) if ref.findings else ""
        rows.append(
            f"<tr><td>{ref.number}</td><td>{_text(ref.status)}{unused}</td>"
            f"<td>{_link(ref.pmid)}</td>"
            f'<td><span class="notice">{_text(notices)}</span></td>'
            f"<td>{_text(ref.title) if ref.title else ''}"
            f'<div class="ref">{_text(ref.raw)}</div>{findings}</td></tr>\n'
        )
    return (
        "<h3>References</h3>\n<table>\n<thead><tr><th>#</th><th>Status</th><th>PubMed</th>"
        "<th>Notices</th><th>Entry and record title</th></tr></thead>\n<tbody>\n"
        f"{''.join(rows)}</tbody>\n</table>\n"
    )
