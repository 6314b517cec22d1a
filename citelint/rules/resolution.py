"""Rules CL201-CL208: what PubMed says about each reference entry.

Every rule here reads the entry's Resolution: whether PubMed holds the paper (lookup), whether
the entry's facts agree with the record (record_facts), and what PubMed links to it (notices).
"""

from __future__ import annotations

from citelint.rules.base import Rule
from citelint.rules.lookup import AmbiguousReference, NotInPubmed, ReferenceNotFound, Unverified
from citelint.rules.notices import CorrectionNotice, Retracted
from citelint.rules.record_facts import IdentifierMismatch, MetadataMismatch

RESOLUTION_RULES: list[Rule] = [
    ReferenceNotFound(),
    AmbiguousReference(),
    MetadataMismatch(),
    IdentifierMismatch(),
    Retracted(),
    CorrectionNotice(),
    NotInPubmed(),
    Unverified(),
]
