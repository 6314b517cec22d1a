"""Refreshing the lock: every reference resolved again, and what changed said in words.

A paper retracted since the last refresh, a new erratum or changed metadata are the reasons a
scheduled refresh exists, so each is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from citelint.models import Document, Reference
from citelint.pubmed.lock import LockFile
from citelint.pubmed.lock_entry import LOCKED_STATUSES, LockEntry, abstract_hash
from citelint.pubmed.lock_keys import entry_source, lock_key
from citelint.pubmed.outcomes import Resolver
from citelint.read.inline_view import inline_view


@dataclass
class RefreshResult:
    """What a refresh found: messages naming each entry by place, and what alarms a schedule."""

    messages: list[str] = field(default_factory=list)
    retracted: int = 0  # papers retracted since they were locked
    unchecked: int = 0  # entries PubMed could not be asked about this time
    lasting: int = 0  # of those, entries no lookup can settle as written (Resolution.lasting)
    added: int = 0
    checked: int = 0  # entries PubMed answered for, new or not
    reason: str = ""  # why the first unchecked entry could not be checked


def refresh_lock(
    lock: LockFile,
    documents: Sequence[Document],
    resolver: Resolver,
    checked: str | None = None,
) -> RefreshResult:
    """Re-resolve every reference of ``documents`` into ``lock`` and say what changed.

    Inline citations (PubMed, PMC and DOI links, PMID mentions) are locked too, by their
    identifier. An entry the resolver cannot check now (network failure) keeps its locked
    value. Each message starts ``path:line:column:`` of the entry's first place in the articles.
    """
    # Entries of one key citing other journals, volumes or pages are locked each (see
    # LockFile.update_resolution): a trial and the letter replying to it share a title.
    unique: dict[tuple[str, str], tuple[str, Reference, str]] = {}
    cited: dict[str, list[Reference]] = {}
    for document in documents:
        # A document with a list per chapter: the earlier chapters' lists are checked too.
        listed = [*document.references]
        listed += [entry for chapter in document.chapters for entry in chapter.references]
        for reference in listed:
            name = f"reference {reference.number}"
            unique.setdefault(_key(reference), (document.path, reference, name))
        view = inline_view(document)
        for reference in view.references if view is not None else []:
            unique.setdefault(_key(reference), (document.path, reference, reference.raw))
        cited[document.path] = [*listed, *(view.references if view else [])]
    references = [reference for _, reference, _ in unique.values()]
    result = RefreshResult()
    for (path, reference, name), resolution in zip(
        unique.values(), resolver.resolve(references), strict=True
    ):
        where = f"{path}:{reference.line}:{reference.column}: {name}"
        # Under version 3's key, in a lock written before titled entries held their year.
        old = lock.get_entry(reference)
        if resolution.status not in LOCKED_STATUSES:
            kept = "; kept the locked entry" if old is not None else ""
            reason = resolution.reason or "unverified"
            result.messages.append(f"{where} could not be checked: {reason}{kept}")
            result.unchecked += 1
            result.lasting += resolution.lasting
            result.reason = result.reason or reason
            continue
        result.checked += 1
        new = lock.update_resolution(reference, resolution, checked)
        if old is None:
            result.added += 1
            continue
        if new.record and new.record.retracted and not (old.record and old.record.retracted):
            result.retracted += 1
        result.messages.extend(f"{where}: {change}" for change in _changes(old, new))
    for path, references in cited.items():
        # After locking: the verdict an entry reads now may be the one just written.
        lock.cite(path, references)
    # The new entries are counted in the command's one summary line, not told here too.
    return result


def _key(reference: Reference) -> tuple[str, str]:
    return lock_key(reference), entry_source(reference)


def _changes(old: LockEntry, new: LockEntry) -> list[str]:
    if old.status != new.status:
        return [f"was {old.status}, now {new.status}"]
    if old.record is None or new.record is None:
        return []
    before, after = old.record, new.record
    if before.pmid != after.pmid:
        return [f"now PMID {after.pmid} (was PMID {before.pmid})"]
    label = f"PMID {after.pmid}"
    messages = []
    if after.retracted and not before.retracted:
        messages.append(f"{label} is now retracted")
    if set(after.concern_in) - set(before.concern_in):
        messages.append(f"{label} now carries an expression of concern")
    if set(after.erratum_in) - set(before.erratum_in):
        messages.append(f"{label} has a new erratum")
    changed = [
        name
        for name, was, now in (
            ("title", before.title, after.title),
            ("journal", before.journal, after.journal),
            ("year", before.year, after.year),
            ("authors", before.authors, after.authors),
            ("abstract", abstract_hash(before), abstract_hash(after)),
        )
        if was != now
    ]
    if changed:
        messages.append(f"{label}: {', '.join(changed)} changed")
    return messages
