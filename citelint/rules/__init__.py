"""The registry of rules: every rule citelint knows, in code order."""

from __future__ import annotations

from citelint.rules.base import CheckContext, Rule
from citelint.rules.links import LINK_RULES
from citelint.rules.resolution import RESOLUTION_RULES
from citelint.rules.structure import STRUCTURE_RULES
from citelint.rules.support import SUPPORT_RULES

ALL_RULES: list[Rule] = sorted(
    [*STRUCTURE_RULES, *RESOLUTION_RULES, *LINK_RULES, *SUPPORT_RULES], key=lambda rule: rule.code
)


def get_rule(code: str) -> Rule | None:
    for rule in ALL_RULES:
        if rule.code == code.upper():
            return rule
    return None


__all__ = ["ALL_RULES", "CheckContext", "Rule", "get_rule"]
