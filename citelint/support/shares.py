"""Which decimals of an abstract are shares it names, so that a claim may give them as
percentages: "a response rate of 0.45", "Response: 0.33 with the drug and 0.20 with
placebo" meet a claim's 45%, 33% and 20%; "response rate, HR 0.33" does not meet 33%."""

from __future__ import annotations

import re

# A decimal between 0 and 1 is a proportion a claim may give as a percentage only when the
# source says it measures one: "a response rate of 0.45", "sensitivity 0.91", "Response:
# 0.33" (a response, a remission, a survival is the share of patients who had it).
_SHARE_WORD = (
    r"\b(?P<word>proportions?|rates?|fractions?|prevalence|incidence|probabilit(?:y|ies)|"
    r"sensitivity|specificity|accuracy|likelihood|share|responses?|remissions?|survival|"
    r"adherence|uptake|coverage)\b"
)
_PROPORTION_BEFORE = re.compile(_SHARE_WORD + r"[^.;]{0,25}$", re.IGNORECASE)
# A claim names its share once, then says of what: "the proportion of rural adults with
# hypertension was 0.38".
_CLAIM_PROPORTION_BEFORE = re.compile(_SHARE_WORD + r"[^.;]{0,50}$", re.IGNORECASE)
_PROPORTION_WORD = re.compile(
    r"proportion|rate|fraction|prevalence|incidence|probabilit|sensitivity|specificity|"
    r"accuracy|likelihood|share|respons|remission|survival|adherence|uptake|coverage",
    re.IGNORECASE,
)
# Between the proportion's word and its decimal, a word that makes the decimal another
# measure: "response rate, HR 0.33", "survival (odds ratio 0.33)", "agreement (kappa 0.33)".
_OTHER_MEASURE_BETWEEN = re.compile(
    r"\b(?:a?[HOR]R|ratios?|coefficients?|kappa|correlation|AUC|AUROC|C-?statistic)\b",
    re.IGNORECASE,
)
# "Response: 0.33 with the drug and 0.20 with placebo": the next arm's share of a list.
_TO_NEXT_SHARE = re.compile(r"[^.;:\d%()\[\]]{0,40}\b(?:and|vs\.?|versus|or)\s+(?:the\s+)?$", re.I)


# "0.38 of rural adults": a decimal of a whole is a share of it.
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?[a-z]", re.IGNORECASE)


# "0.21 events per 100 person-years": a rate per a count of people or time, no share.
_PER_COUNT_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}per\s+\d", re.IGNORECASE)


def names_share(plain: str, start: int, end: int) -> bool:
    """Whether a claim names the decimal at ``start`` as a share: "a proportion of 0.38",
    "prevalence was 0.38", "0.38 of rural adults" (not "a hazard ratio of 0.38", nor "a rate
    of 0.21 events per 100 person-years")."""
    if _PER_COUNT_AFTER.match(plain, end):
        return False  # review23b P2-1
    before = plain[max(0, start - 80) : start]
    named = _CLAIM_PROPORTION_BEFORE.search(before)
    if named and not _OTHER_MEASURE_BETWEEN.search(before, named.end("word")):
        return True
    return bool(_OF_A_WHOLE.match(plain, end)) and not _OTHER_MEASURE_BETWEEN.search(before)


class DecimalShares:
    """Reads an abstract's decimals in order, telling which are shares; one per abstract."""

    def __init__(self, plain: str) -> None:
        self.plain = plain
        self.proportions: bool | None = None  # whether the text names a proportion; asked once
        self.share_end = -1  # where the last decimal read as a share ends

    def is_share(self, start: int, end: int, may_be_share: bool) -> bool:
        """Whether the decimal at ``start:end`` (between 0 and 1) is a share the text names,
        or the next of a list of them; ``may_be_share`` is False for a ratio's value."""
        if not may_be_share:
            return False
        if self.proportions is None:
            self.proportions = _PROPORTION_WORD.search(self.plain) is not None
        before = self.plain[max(0, start - 60) : start]
        named = _PROPORTION_BEFORE.search(before) if self.proportions else None
        if (named and not _OTHER_MEASURE_BETWEEN.search(before, named.end("word"))) or (
            self.share_end >= 0 and self._next_share(start)
        ):
            self.share_end = end
            return True
        return False

    def _next_share(self, start: int) -> bool:
        """Whether a decimal is the next of a list of shares whose last ended at share_end."""
        return bool(
            _TO_NEXT_SHARE.fullmatch(self.plain, self.share_end, start)
            and not _OTHER_MEASURE_BETWEEN.search(self.plain, self.share_end, start)
        )
