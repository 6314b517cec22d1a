"""citelint: a citation-verification linter for medical and scientific articles."""

__version__ = "0.1.0"
