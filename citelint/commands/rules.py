"""``citelint rules``: the rule catalogue."""

from __future__ import annotations

import click

from citelint.commands.rule_listing import show_rules


@click.command(name="rules")
@click.argument("code", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def list_rules(code: str | None, fmt: str) -> None:
    """Show the rule catalogue, one rule's page (CL203), or the rules of a prefix (CL2)."""
    show_rules(code, fmt)
