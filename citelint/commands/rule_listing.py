"""What ``citelint rules`` prints, without click: the entry point answers the plain listing
and one rule's page before click is loaded (``start``), and the click command calls the same
function for every other form of the command line."""

from __future__ import annotations

from citelint.commands.output import echo
from citelint.errors import CitelintError
from citelint.rules import ALL_RULES, get_rule
from citelint.rules.base import Rule


def show_rules(code: str | None, fmt: str = "text") -> None:
    """The rule catalogue, one rule's page (CL203 or its name, metadata-mismatch), or the
    rules of a prefix (CL2)."""
    rule = (get_rule(code) or _named(code)) if code else None
    if rule is not None:
        # Imported here, as json below: the plain listing needs neither the pages' writer
        # nor JSON, and `citelint rules` is meant to start as fast as Python allows.
        from citelint.rules.catalogue import rule_page

        if fmt == "json":
            import json

            # The whole page, as the text form shows it; in a list, as a prefix's rules are,
            # so that a script reading the first item's summary keeps working.
            echo(json.dumps([rule_entry(rule, rule_page(rule))], indent=2))
        else:
            echo(rule_page(rule), nl=False)
        return
    prefix = (code or "").upper()
    matching = [rule for rule in ALL_RULES if rule.code.startswith(prefix)]
    if not matching:
        raise CitelintError(f"no rule {code!r}; 'citelint rules' lists them all")
    if fmt == "json":
        import json

        echo(json.dumps([rule_summary(rule) for rule in matching], indent=2))
        return
    for rule in matching:
        echo(f"{rule.code}  {rule.name:<22} {rule.severity.label:<8} {rule.summary}")


def _named(name: str) -> Rule | None:
    """The rule a name calls, as findings and the listing show it: yamllint's and Vale's
    users look a rule up by its name."""
    return next((rule for rule in ALL_RULES if rule.name == name.lower()), None)


def rule_summary(rule: Rule) -> dict[str, object]:
    """What a script needs to know of a rule; the page itself is ``citelint rules CODE``."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.label,
        "summary": rule.summary,
        "needs_pubmed": rule.needs_resolution,
    }


def rule_entry(rule: Rule, page: str) -> dict[str, object]:
    """One rule's page as JSON: the summary's fields, then what the page says beside them
    (why it matters, the examples in each format) and ``page``, the Markdown page itself."""
    from citelint.rules.format_examples import FORMAT_EXAMPLES

    examples = [
        {"kind": "failing", "format": "md", "text": rule.bad_example.strip() + "\n"},
        {"kind": "passing", "format": "md", "text": rule.good_example.strip() + "\n"},
    ] + [
        {"kind": "failing", "format": fmt, "text": example.strip() + "\n"}
        for fmt, example in FORMAT_EXAMPLES.get(rule.code, [])
    ]
    return {
        **rule_summary(rule),
        "description": rule.rationale.strip(),
        "examples": [example for example in examples if example["text"].strip()],
        "page": page,
    }
