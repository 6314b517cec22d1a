"""Refreshing the lock: every reference resolved again, and what changed said in words.

A paper retracted since the last refresh, a new erratum or changed metadata are the reasons a
scheduled refresh exists, so each is named.
"""

from __future__ import annotations

from collections.abc import Sequence

from citelint.models import Document, Reference
from citelint.pubmed.lock import LOCKED_STATUSES, LockEntry, LockFile, abstract_hash, lock_key
from citelint.pubmed.outcomes import Resolver


def refresh_lock(
    lock: LockFile,
    documents: Sequence[Document],
    resolver: Resolver,
    checked: str | None = None,
) -> list[str]:
    """Re-resolve every reference of ``documents`` into ``lock``; messages say what changed.

    An entry the resolver cannot check now (network failure) keeps its locked value.
    """
    unique: dict[str, Reference] = {}
    for document in documents:
        for reference in document.references:
            unique.setdefault(lock_key(reference), reference)
    references = list(unique.values())
    messages: list[str] = []
    added = 0
    for key, reference, resolution in zip(
        unique, references, resolver.resolve(references), strict=True
    ):
        old = lock.entries.get(key)
        if resolution.status not in LOCKED_STATUSES:
            kept = "; kept the locked entry" if old is not None else ""
            messages.append(f"could not check {key}: {resolution.reason or 'unverified'}{kept}")
            continue
        lock.update_resolution(reference, resolution, checked)
        if old is None:
            added += 1
        else:
            messages.extend(_changes(key, old, lock.entries[key]))
    if added:
        messages.append(f"added {added} new entr{'y' if added == 1 else 'ies'}")
    return messages


def _changes(key: str, old: LockEntry, new: LockEntry) -> list[str]:
    if old.status != new.status:
        return [f"{key}: was {old.status}, now {new.status}"]
    if old.record is None or new.record is None:
        return []
    before, after = old.record, new.record
    if before.pmid != after.pmid:
        return [f"{key}: now PMID {after.pmid} (was PMID {before.pmid})"]
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
