"""Checking claims against the abstracts they cite: numbers, key terms, support scores."""

from citelint.support.numbers import Quantity, extract_numbers
from citelint.support.scoring import Support, assess, best_entries
from citelint.support.terms import key_terms

__all__ = ["Quantity", "Support", "assess", "best_entries", "extract_numbers", "key_terms"]
