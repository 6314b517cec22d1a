"""``citelint rules``: the rule catalogue."""

from __future__ import annotations

import click

from citelint.errors import CitelintError
from citelint.rules import ALL_RULES, get_rule


@click.command(name="rules")
@click.argument("code", required=False)
def list_rules(code: str | None) -> None:
    """Show the rule catalogue, one rule's page (CL203), or the rules of a prefix (CL2)."""
    from citelint.rules.catalogue import rule_page

    rule = get_rule(code) if code else None
    if rule is not None:
        click.echo(rule_page(rule), nl=False)
        return
    prefix = (code or "").upper()
    matching = [rule for rule in ALL_RULES if rule.code.startswith(prefix)]
    if not matching:
        raise CitelintError(f"no rule {code!r}; 'citelint rules' lists them all")
    for rule in matching:
        click.echo(f"{rule.code}  {rule.name:<22} {rule.severity.label:<8} {rule.summary}")
