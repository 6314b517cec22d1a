"""Rules CLresolution."""

from __future__ import annotations

from citelint.rules.base import Rule

RESOLUTION_RULES: list[Rule] = []
