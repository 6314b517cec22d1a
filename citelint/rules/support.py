"""Rules CLsupport."""

from __future__ import annotations

from citelint.rules.base import Rule

SUPPORT_RULES: list[Rule] = []
