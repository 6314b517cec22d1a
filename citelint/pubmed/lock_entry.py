"""One locked verdict as the lock file stores it: its status, record and the entry it was for.

Kept apart from the lock's keys and file handling (``lock``): refresh compares two verdicts,
and every value read from a lock in a pull request is checked here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from citelint.models import Resolution, Status
from citelint.record import Record
from citelint.record_values import RECORD_VALUES, is_pmid, is_text, is_text_list

# Outcomes worth keeping; "unverified" only says that the network failed that day.
LOCKED_STATUSES = (Status.RESOLVED, Status.NOT_FOUND, Status.AMBIGUOUS, Status.NOT_IN_PUBMED)


@dataclass
class LockEntry:
    status: str
    checked: str  # ISO date of the last check
    record: Record | None = None
    reason: str = ""
    candidates: list[str] = field(default_factory=list)
    identifier_record: Record | None = None
    unknown_pmid: str | None = None
    # The journal, volume and pages of the entry the verdict is for (see ``entry_source``);
    # "" in entries written before it was kept. Older versions read past it.
    source: str = ""

    def resolution(self, number: int) -> Resolution:
        return Resolution(
            reference=number,
            status=self.status,
            record=self.record,
            reason=self.reason,
            candidates=list(self.candidates),
            identifier_record=self.identifier_record,
            unknown_pmid=self.unknown_pmid,
        )

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"status": self.status, "checked": self.checked}
        if self.record is not None:
            # The summary fields repeat the record so that a diff of the lock reads plainly.
            data.update(
                pmid=self.record.pmid,
                title=self.record.title,
                journal=self.record.journal,
                year=self.record.year,
                authors=self.record.authors,
                abstract_sha256=abstract_hash(self.record),
                retracted=self.record.retracted,
                publication_types=self.record.publication_types,
                record=self.record.to_dict(),
            )
        if self.reason:
            data["reason"] = self.reason
        if self.candidates:
            data["candidates"] = self.candidates
        if self.identifier_record is not None:
            data["identifier_record"] = self.identifier_record.to_dict()
        if self.unknown_pmid:
            data["unknown_pmid"] = self.unknown_pmid
        if self.source:
            data["entry_source"] = self.source
        return data

    @classmethod
    def from_dict(cls, data: object) -> LockEntry:
        """An entry as stored; ValueError names the first value that is not what it must be."""
        if not isinstance(data, dict):
            raise ValueError("must be a table")
        for name, (fits, kind) in ENTRY_VALUES.items():
            if name in data and not fits(data[name]):
                raise ValueError(f"{name} must be {kind}")
        if data.get("status") not in LOCKED_STATUSES:
            raise ValueError(f"status must be one of {', '.join(LOCKED_STATUSES)}")
        if "checked" not in data:
            raise ValueError("checked (the date of the last check) is missing")
        record = _record(data.get("record"), "record")
        if data["status"] == Status.RESOLVED and record is None:
            raise ValueError("a resolved entry needs its record")
        return cls(
            status=data["status"],
            checked=data["checked"],
            record=record,
            reason=data.get("reason", ""),
            candidates=list(data.get("candidates", [])),
            identifier_record=_record(data.get("identifier_record"), "identifier_record"),
            unknown_pmid=data.get("unknown_pmid") or None,
            source=data.get("entry_source", ""),
        )


# The values of an entry besides its records. The summary (pmid ... publication_types) only
# repeats the record for a reviewer, but a lock arrives in pull requests: all are checked.
ENTRY_VALUES: dict[str, tuple[Callable[[object], bool], str]] = {
    "status": (is_text, "text"),
    "checked": (is_text, "text"),
    "reason": (is_text, "text"),
    "candidates": (
        lambda value: is_text_list(value) and all(map(is_pmid, value)),  # type: ignore[arg-type]
        "a list of PubMed IDs",
    ),
    "unknown_pmid": (lambda value: value is None or is_pmid(value), "a PubMed ID or null"),
    "abstract_sha256": (is_text, "text"),
    "retracted": (lambda value: isinstance(value, bool), "true or false"),
    "entry_source": (is_text, "text"),
    **{
        name: RECORD_VALUES[name]
        for name in ("pmid", "title", "journal", "year", "authors", "publication_types")
    },
}


def _record(data: object, name: str) -> Record | None:
    if data is None:
        return None
    try:
        return Record.from_dict(data)
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def abstract_hash(record: Record) -> str:
    import hashlib  # here: a check that only reads the lock does not load OpenSSL for it

    return hashlib.sha256(record.abstract.encode("utf-8")).hexdigest()


def today() -> str:
    return datetime.date.today().isoformat()
