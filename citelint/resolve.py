"""Resolution of reference entries to PubMed records: lock -> cache -> Entrez E-utilities.

This module holds the interface the engine uses. ``build_resolver`` picks the sources from the
configuration.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citelint.config import Config
from citelint.models import Reference, Resolution, Status


class Resolver(Protocol):
    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        """One Resolution per reference, in the same order."""
        ...


class OfflineResolver:
    """Knows nothing: every entry is unverified."""

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [
            Resolution(ref.number, Status.UNVERIFIED, reason="offline, and no cached record")
            for ref in references
        ]


def build_resolver(config: Config) -> Resolver:
    return OfflineResolver()
