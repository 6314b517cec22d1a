"""The lock file's JSON: its versions, and reading a file written by any of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from citelint.errors import ConfigError
from citelint.models import normalise
from citelint.pubmed.lock_entry import LockEntry
from citelint.record_values import is_text_list

LOCK_VERSION = 4
# Version 3 keyed an entry named by its title and journal alone by its title: the versions of
# a Cochrane review (one title) shared one key. Its keys are read as they are, each standing
# in for an entry with a year until ``citelint lock`` writes the entry under today's key; a
# version-4 file lists those not yet written again under "undated".
UNDATED_VERSIONS = (2, 3)
# Version 2 normalised the title and text in its keys without removing accents: its keys are
# normalised again on reading, and the next save writes them as version 3.
REKEYED_VERSIONS = (2,)
# Version 1 keyed entries by PMID alone, so one entry's outcome could stand for another's.
UNTRUSTED_VERSIONS = (1,)


@dataclass
class LockData:
    """A lock file as read: its entries by key (today's form of a version-2 key), those keyed
    as version 3 keyed them (see ``UNDATED_VERSIONS``), and the keys each article cites
    (relative to the lock's folder; empty in a lock written before they were kept)."""

    entries: dict[str, LockEntry] = field(default_factory=dict)
    undated: set[str] = field(default_factory=set)
    articles: dict[str, set[str]] = field(default_factory=dict)


def parse_lock(text: str, path: Path) -> LockData:
    """The lock file at ``path`` holding ``text``; ConfigError names what is wrong in it."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _corrupt(path, f"not JSON ({error})") from None
    versions = (LOCK_VERSION, *UNDATED_VERSIONS, *UNTRUSTED_VERSIONS)
    if not isinstance(data, dict) or data.get("version") not in versions:
        raise _corrupt(path, f"expected a table with version {LOCK_VERSION}")
    references = data.get("references")
    if not isinstance(references, dict):
        raise _corrupt(path, "'references' must be a table")
    entries = {}
    for key, value in references.items():
        try:
            entries[key] = LockEntry.from_dict(value)
        except ValueError as error:
            raise _corrupt(path, f"entry {key!r}: {error}") from None
    # An older lock reads as empty: 'citelint lock' then writes every entry again.
    if data["version"] in UNTRUSTED_VERSIONS:
        return LockData()
    if data["version"] in REKEYED_VERSIONS:
        entries = {_rekeyed(key): entry for key, entry in entries.items()}
    if data["version"] in UNDATED_VERSIONS:
        return LockData(entries, set(entries))
    undated = data.get("undated", [])
    if not is_text_list(undated):
        raise _corrupt(path, "'undated' must be a list of keys")
    return LockData(entries, set(undated) & set(entries), _articles(data, entries, path))


def _articles(data: dict, entries: dict[str, LockEntry], path: Path) -> dict[str, set[str]]:
    """The keys each article cites, as far as the lock still holds them."""
    articles = data.get("articles", {})
    if not isinstance(articles, dict) or not all(map(is_text_list, articles.values())):
        raise _corrupt(path, "'articles' must be a table of lists of keys")
    return {name: set(keys) & entries.keys() for name, keys in articles.items()}


def _rekeyed(key: str) -> str:
    """A version-2 key in today's form: its title and text parts normalised again."""
    parts = []
    for part in key.split("|"):
        kind, _, value = part.partition(":")
        parts.append(f"{kind}:{normalise(value)}" if kind in ("title", "text") else part)
    return "|".join(parts)


def _corrupt(path: Path, problem: str) -> ConfigError:
    # One line however odd the file: repr() shows a key's control characters escaped.
    return ConfigError(
        f"corrupt lock file {path}: {problem}; correct it, or delete it and run 'citelint lock'"
    )
