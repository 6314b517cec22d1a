"""Stable identities for findings, shared by SARIF ``partialFingerprints`` and baselines.

A fingerprint hashes the rule code, the repository-relative path, the cited work and the
finding's subject (the claim, the number), never the line: moving a paragraph must not turn an
accepted finding into a new one, while citing a different paper or a new wrong number must.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from citelint.models import Document, Finding, Reference, normalise
from citelint.read.identifiers import entry_doi, entry_pmid

_NOT_WORD = re.compile(r"[\W_]+")
_LEADING_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\d+[.)])\s*")
_LINE_NUMBER = re.compile(r"\bline \d+", re.IGNORECASE)


def find_root(start: Path | None = None) -> Path:
    """The enclosing git work tree, else the directory itself: where relative paths start."""
    directory = Path(os.path.abspath(start or Path.cwd()))
    for folder in (directory, *directory.parents):
        if (folder / ".git").exists():
            return folder
    return directory


def relative_path(path: str, root: Path | None = None) -> str:
    """``path`` as a POSIX path relative to ``root``; paths outside it stay absolute.

    Without ``root``: the git work tree holding the file, else the one holding the working
    directory, so that a run from elsewhere names files as the repository does.
    """
    if path == "-" or path.startswith("<"):
        return path  # standard input has no place in the tree
    absolute = Path(os.path.abspath(path))
    base = root if root is not None else _work_tree_of(absolute) or find_root()
    try:
        return absolute.relative_to(os.path.abspath(base)).as_posix()
    except ValueError:
        return absolute.as_posix()


def _work_tree_of(file: Path) -> Path | None:
    for folder in file.parents:
        if (folder / ".git").exists():
            return folder
    return None


def version_1_normalise(text: str) -> str:
    """How baselines of version 1 normalised text (accents kept); only to read such files."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def reference_identity(reference: Reference, normalise: Callable[[str], str] = normalise) -> str:
    """What names the cited work whatever its position in the list: PMID, DOI, title, text.

    Also the key of the reference in ``citelint.lock``.
    """
    pmid = entry_pmid(reference)
    if pmid:
        return f"pmid:{pmid}"
    doi = entry_doi(reference)
    if doi:
        return f"doi:{doi}"
    if reference.title and normalise(reference.title):
        return f"title:{normalise(reference.title)}"
    return f"text:{normalise(_LEADING_NUMBER.sub('', reference.raw))}"


def cited_work(
    finding: Finding,
    document: Document | None = None,
    normalise: Callable[[str], str] = normalise,
    by_column: bool = True,
) -> str:
    """The part of the fingerprint that says what the finding is about: the cited work, then
    the subject ("pmid:123|subject:7 1 in pain fell to 7 1"). ``by_column``: a citation's
    claim is the one holding the marker at the finding's column, not the line's first claim
    (False only to read baselines of version 2 and older)."""
    if document is not None:
        document = document.part_at(finding.line)  # its chapter's entries and claims
    work = _work(finding, document, normalise)
    if finding.subject:
        subject = f"subject:{normalise(finding.subject)}"
        return f"{work}|{subject}" if work else subject
    if work:
        return work
    if document is not None and finding.citation is not None:
        document.word_claims()
        column = finding.column if by_column else None
        claim_text = _claim_text_at(document, finding.line, column)
        if claim_text is not None:
            return f"claim:{normalise(claim_text)}|citation:{finding.citation}"
    # Messages may name a line ("first cited on line 12"); that part must not count.
    return f"message:{normalise(_LINE_NUMBER.sub('line', finding.message))}"


def _work(
    finding: Finding, document: Document | None, normalise: Callable[[str], str]
) -> str | None:
    if finding.pmid:
        return f"pmid:{finding.pmid.strip()}"
    if document is not None and finding.reference is not None:
        entry = document.reference(finding.reference)
        if entry is not None:
            return reference_identity(entry, normalise)
    return None


def _claim_text_at(document: Document, line: int, column: int | None) -> str | None:
    """The text of the claim citing at ``line`` and ``column``, else of the line's first claim.

    By column, because a Markdown paragraph is often one line: an edit to another sentence of
    it must not undo a baseline's finding."""
    on_line = [
        claim
        for claim in document.claims
        if claim.line == line or any(marker.line == line for marker in claim.markers)
    ]
    if column is not None:
        for claim in on_line:
            if any((marker.line, marker.column) == (line, column) for marker in claim.markers):
                return claim.text
    return on_line[0].text if on_line else None


def _reads_claim(finding: Finding, document: Document) -> bool:
    """Whether ``cited_work`` names the finding by the claim citing where it stands."""
    return (
        finding.citation is not None
        and not finding.subject
        and not _work(finding, document, normalise)
    )


def relative_paths(paths: Iterable[str], root: Path | None = None) -> dict[str, str]:
    """``relative_path`` of each path, worked out once: it looks for the work tree in every
    folder above the file, and a report names each file once per finding."""
    return {path: relative_path(path, root) for path in set(paths)}


def fingerprint(
    finding: Finding,
    document: Document | None = None,
    root: Path | None = None,
    normalise: Callable[[str], str] = normalise,
    relative: str | None = None,
    by_column: bool = True,
) -> str:
    """A hex digest of rule code, relative path and cited work; the same across line moves.
    ``relative``: the finding's path as ``relative_path`` gives it, when known already."""
    work = cited_work(finding, document, normalise, by_column)
    path = relative if relative is not None else relative_path(finding.path, root)
    parts = [finding.code, path, work]
    # A file name that is not UTF-8 holds lone surrogates: hashed as they are, not refused.
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def fingerprint_trace(document: Document, findings: Sequence[Finding]) -> Document:
    """Just what fingerprinting ``findings`` reads of ``document``: the entries they name and
    the claims on their lines, so a run can drop the document and fingerprint later."""
    numbers = {f.reference for f in findings if f.reference is not None}
    lines = {f.line for f in findings if f.citation is not None}
    if any(_reads_claim(finding, document) for finding in findings):
        document.word_claims()
    claims = [
        claim
        for claim in document.claims
        if claim.line in lines or any(marker.line in lines for marker in claim.markers)
    ]
    references = [entry for entry in document.references if entry.number in numbers]
    trace = Document(document.path, document.format, "", claims, references)
    # A chapter's findings name its own entries and claims (Document.part_at).
    trace.chapters = [_chapter_trace(document, chapter, findings) for chapter in document.chapters]
    return trace


def _chapter_trace(document: Document, chapter: Document, findings: Sequence[Finding]) -> Document:
    """A chapter's trace, with its last entry, which tells where the chapter ends."""
    trace = fingerprint_trace(chapter, [f for f in findings if document.part_at(f.line) is chapter])
    last = chapter.references[-1] if chapter.references else None
    if last is not None and not any(entry is last for entry in trace.references):
        trace.references.append(last)
    return trace
