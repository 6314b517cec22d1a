"""Whether a ratio an abstract lists runs against the claim's direction of effect (CL306):
"Estimated hazard ratios (nominal 95% CIs) were: stroke 1.41 (1.07-1.85); ...; hip fracture
0.66 (0.45-0.98)" against "Hormone therapy increased hip fractures" (user32b P2-2). Such a
list states each result by its numbers alone, with no verb for the direction checks to read.

Only where the ratio's whole interval lies on the other side of 1 from the claim: an
interval that crosses 1 shows no difference either way, and a ratio without its interval
says too little. Only for a plain claim of one effect up or down (the caller has refused
hedged and negated ones) that compares nothing, on an outcome whose words are the item's,
about something the record names.
"""

from __future__ import annotations

import re

from citelint.support.effect_direction import DOWN, UP, claim_statement
from citelint.support.result_clauses import content_terms, same_outcome

# A sentence listing ratios names their kind: "hazard ratios (95% CI) were", "RR".
_RATIO_KIND = re.compile(
    r"\b(?:hazard|odds|rate|risk)\s+ratios?\b|\brelative\s+risks?\b|\b(?-i:a?HR|a?OR|RR)\b",
    re.IGNORECASE,
)
# One item of the list: its outcome, the ratio and its interval in brackets. "coronary heart
# disease 1.29 (1.02-1.63)", "; and hip fracture 0.66 (0.45-0.98)", "stroke, HR 1.41 (95% CI
# 1.07 to 1.85)". The outcome is words only, after the list's colon or a separator.
_ITEM = re.compile(
    r"(?:^|[:;,]\s*)(?:and\s+)?(?P<outcome>[A-Za-z][A-Za-z' -]{2,60}?)[:,]?\s+"
    r"(?:(?-i:a?HR|a?OR|RR)[\s,:=]{0,3})?(?P<ratio>\d+\.\d+)\s*"
    r"\((?:95%\s*CI[,:]?\s*)?(?P<low>\d+\.\d+)\s*(?:-|–|to)\s*(?P<high>\d+\.\d+)\)",
    re.IGNORECASE,
)
# A claim comparing two treatments may name the comparator first: no side of 1 to read.
_COMPARES = re.compile(r"\b(?:than|versus|vs|compared|relative\s+to)\b", re.IGNORECASE)


def ratio_against(
    claim_text: str, sentences: list[str], record_text: str
) -> tuple[str, str] | None:
    """(the abstract sentence, why) when a listed ratio's interval lies wholly on the other
    side of 1 from the claim's effect on the same outcome; None otherwise. ``sentences``:
    the abstract's sentences, without the title; ``record_text``: its title and abstract."""
    if not any("(" in sentence and _RATIO_KIND.search(sentence) for sentence in sentences):
        return None  # most abstracts: no list of ratios to read
    claim = claim_statement(claim_text)
    if claim is None or claim.denied or claim.way not in (UP, DOWN):
        return None
    if _COMPARES.search(claim_text):
        return None
    if not content_terms(claim.subject) & content_terms(record_text):
        return None  # the claim's intervention is none the record names
    for sentence in sentences:
        if _RATIO_KIND.search(sentence) is None:
            continue
        for item in _ITEM.finditer(sentence):
            if not same_outcome(claim.outcome, item["outcome"]):
                continue
            low, high = float(item["low"]), float(item["high"])
            side = "below" if high < 1 else "above" if low > 1 else None
            if (side, claim.way) in (("below", UP), ("above", DOWN)):
                shown = item[0].lstrip(":;, ").removeprefix("and ")
                return sentence, f'the opposite direction ("{shown}", all of its interval {side} 1)'
    return None
