"""The part of PubMed's search language the resolver speaks, read into a tree.

Terms are ``word[tag]`` or ``"some words"[tag]``, joined by AND, OR and NOT (or by nothing,
which is AND) and grouped with parentheses. PubMed reads operators from left to right with
no precedence, and so does this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.pubmed.errors import EntrezError

_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|"(?P<quoted>[^"]*)"(?:\[(?P<qtag>[^\]]*)\])?'
    r"|(?P<word>[^\s()\"\[\]]+)(?:\[(?P<tag>[^\]]*)\])?)"
)
OPERATORS = ("AND", "OR", "NOT")


class TermError(EntrezError):
    """A search the mirror cannot read or answer; the entries behind it stay unverified."""


@dataclass(frozen=True)
class Term:
    text: str
    tag: str  # lower case, "" when the term has none
    quoted: bool


@dataclass(frozen=True)
class Operation:
    operator: str  # "AND", "OR" or "NOT"
    left: Node
    right: Node


Node = Term | Operation


def parse(text: str) -> Node:
    tokens = _tokens(text)
    node, used = _sequence(tokens, 0)
    if used != len(tokens):
        raise TermError(f"unbalanced parentheses in the search {text[:80]!r}")
    return node


def flatten(node: Node, operator: str) -> list[Node]:
    """The operands of a chain of one operator: ``a OR b OR c`` gives [a, b, c]."""
    if isinstance(node, Operation) and node.operator == operator:
        return [*flatten(node.left, operator), *flatten(node.right, operator)]
    return [node]


def _tokens(text: str) -> list[str | Term]:
    tokens: list[str | Term] = []
    position, end = 0, len(text.rstrip())
    while position < end:
        found = _TOKEN.match(text, position)
        if found is None or found.end() == position:
            raise TermError(f"cannot read the search {text[:80]!r}")
        position = found.end()
        if found["open"] or found["close"]:
            tokens.append(found["open"] or found["close"])
        elif found["quoted"] is not None:
            tokens.append(Term(found["quoted"], (found["qtag"] or "").strip().lower(), True))
        elif found["word"] in OPERATORS and found["tag"] is None:
            tokens.append(found["word"])
        else:
            tokens.append(Term(found["word"], (found["tag"] or "").strip().lower(), False))
    if not tokens:
        raise TermError("an empty search")
    return tokens


def _sequence(tokens: list[str | Term], at: int) -> tuple[Node, int]:
    node, at = _operand(tokens, at)
    while at < len(tokens) and tokens[at] != ")":
        operator = "AND"
        if tokens[at] in OPERATORS:
            operator, at = str(tokens[at]), at + 1
        right, at = _operand(tokens, at)
        node = Operation(operator, node, right)
    return node, at


def _operand(tokens: list[str | Term], at: int) -> tuple[Node, int]:
    if at >= len(tokens):
        raise TermError("a search that ends with an operator")
    token = tokens[at]
    if token == "(":
        node, at = _sequence(tokens, at + 1)
        if at >= len(tokens) or tokens[at] != ")":
            raise TermError("a parenthesis that is never closed")
        return node, at + 1
    if isinstance(token, Term):
        return token, at + 1
    raise TermError(f"{token!r} where a search term should be")
