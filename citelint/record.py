"""A PubMed record, reduced to what the rules use.

Kept out of citelint.models: only a run that looks entries up, or reads a cache or a lock, makes
one, and making the class costs a short check's start-up 6.6 M instructions (a tenth of what
citelint adds to Python's own start).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Record:
    """A PubMed record as EFetch returns it, reduced to what the rules use."""

    pmid: str
    title: str = ""
    journal: str = ""
    journal_abbrev: str = ""
    year: int | None = None
    authors: list[str] = field(default_factory=list)  # "Smith J" style
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    abstract: str = ""
    # (label, text) for structured abstracts; label is None for unlabelled paragraphs.
    abstract_sections: list[tuple[str | None, str]] = field(default_factory=list)
    publication_types: list[str] = field(default_factory=list)
    mesh_terms: list[str] = field(default_factory=list)
    doi: str | None = None
    pmc: str | None = None
    retraction_in: list[str] = field(default_factory=list)  # PMIDs of retraction notices
    concern_in: list[str] = field(default_factory=list)  # expressions of concern
    erratum_in: list[str] = field(default_factory=list)
    # The paper republished in its place: a journal's "retraction and replacement" (JAMA).
    republished_in: list[str] = field(default_factory=list)
    book: bool = False  # a PubmedBookArticle rather than a journal article
    # The title in the paper's own language where PubMed's is a translation ("[...]."):
    # a citation often gives that one.
    vernacular_title: str = ""
    # The year the paper came out online (its electronic ArticleDate), kept only where it is
    # not the issue's: a paper online in December 2019 and in a 2021 issue is cited by either.
    online_year: int | None = None
    # The paper's own ClinicalTrials.gov numbers (DataBankList): an entry naming another
    # trial's number cites the wrong paper or the wrong trial.
    registrations: list[str] = field(default_factory=list)

    @property
    def retracted(self) -> bool:
        return "Retracted Publication" in self.publication_types or bool(self.retraction_in)

    @property
    def is_retraction_notice(self) -> bool:
        return "Retraction of Publication" in self.publication_types

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-safe data, for the cache and lock files."""
        data = asdict(self)
        data["abstract_sections"] = [list(section) for section in self.abstract_sections]
        # Most records have none: their lock entries stay as they were written before.
        if not self.vernacular_title:
            del data["vernacular_title"]
        if not self.republished_in:
            del data["republished_in"]
        if self.online_year is None:
            del data["online_year"]
        if not self.registrations:
            del data["registrations"]
        return data

    @classmethod
    def from_dict(cls, data: object) -> Record:
        """The inverse of ``to_dict``; keys this version does not know are ignored.

        Cache rows and lock files come from outside (a lock arrives in pull requests), so
        every value is checked: a wrong one raises ValueError naming it ("title must be text").
        """
        if not isinstance(data, dict):
            raise ValueError("a record must be a table")
        # Imported here: only a run reading a cache or a lock checks stored records.
        from citelint.record_values import RECORD_VALUES

        values: dict[str, Any] = {k: v for k, v in data.items() if k in RECORD_VALUES}
        if "pmid" not in values:
            raise ValueError("a record needs its pmid")
        for name, value in values.items():
            fits, kind = RECORD_VALUES[name]
            if not fits(value):
                raise ValueError(f"{name} must be {kind}")
        values["abstract_sections"] = [
            (label, text) for label, text in values.get("abstract_sections", [])
        ]
        return cls(**values)
