"""Rules CLstructure."""

from __future__ import annotations

from citelint.rules.base import Rule

STRUCTURE_RULES: list[Rule] = []
