"""The paper, or the entry, a finding most likely meant: what ``citelint fix`` may write.

Kept out of citelint.models: only a run that has records to compare makes one (a short check
never does), and making the class costs start-up 2 M instructions.
"""

from __future__ import annotations

from dataclasses import dataclass


# Not frozen: frozen, each of Suggestion and Finding made a short check's start-up 1.8 M
# instructions longer (a __setattr__, a __delattr__ and a slower __init__ compiled at import).
# Compared and hashed by their fields as frozen ones are; nothing changes one once made.
@dataclass(unsafe_hash=True)
class Suggestion:
    """The paper a finding's link or mention most likely meant, found by searching its label."""

    pmid: str
    title: str
    # What to write in place of the cited identifier (a PMID, DOI or PMC id); None when the
    # paper has no identifier of the kind the link uses, so no fix can be offered.
    replacement: str | None = None
    replaces: str | None = None  # the identifier as written, at the finding's line and column
    # For a misnumbered citation (CL303): the entry it likely meant; ``replaces`` is then the
    # marker as written and ``replacement`` the marker citing this entry instead.
    reference: int | None = None

    def to_dict(self) -> dict[str, object]:
        shown: dict[str, object] = {
            "pmid": self.pmid,
            "title": self.title,
            "replacement": self.replacement,
        }
        if self.reference is not None:
            shown["reference"] = self.reference  # only CL303's suggestions name an entry
        return shown
