"""The writer's own scores on a cited instrument: "Her PHQ-9 score was 8 and her GAD-7 score
was 11 [4,5]", "611 (43.3%) had a Morse Fall Scale score of 45 or more at admission;3".

A case report, letter or reply cites the scale or questionnaire it used beside its own
patient's or cohort's scores; the scale's paper reports its development and validation, never
those scores (user31b P1-4). A clause that reports the instrument's own performance
(sensitivity, a cut-off's accuracy, what a score identified) stays checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citelint.record import Record
from citelint.support.criteria import clause_bounds
from citelint.support.quantity import Quantity

# A title naming an instrument's development or validation: "Development of a scale to
# identify the fall-prone patient", "The PHQ-9: validity of a brief depression severity
# measure", "A brief measure for assessing generalized anxiety disorder". A trial whose title
# names its scale ("... on MADRS scores: a randomized trial") reports results (review31b P1-4).
_INSTRUMENT_TITLE = re.compile(
    r"\b(?:development|developing|validation|validity|validated|reliability|psychometric\w*)\b"
    # "A new depression scale ...", "A rating scale for depression", "An inventory for ...".
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:scales?|measures?|questionnaires?|instruments?|"
    r"tools?|inventory|index|checklists?)\b",
    re.IGNORECASE,
)
_TRIAL = re.compile(r"\btrials?\b|\brandomi[sz]ed\b", re.IGNORECASE)
# A score said of the subject: "score was 8", "score of 45 or more", "scored 11", "score: 8".
_SCORE = re.compile(r"\bscor(?:e[sd]?|ing)\b(?:\s+(?:was|were|of|=|:))?\s*\d", re.IGNORECASE)
# Words of the instrument's own performance, which its paper reports and CL301 checks.
_PERFORMANCE = re.compile(
    r"\b(?:sensitiv\w*|specific\w*|accura\w*|AUC|area under|predict\w*|identif\w*|detect\w*|"
    r"discriminat\w*|classif\w*|correctly|reliab\w*|validit\w*|validat\w*|kappa|"
    r"Cronbach|correlat\w*|cut-?offs?|original|developers?|derivation)",
    re.IGNORECASE,
)


def is_instrument_record(record: Record) -> bool:
    """Whether the record is an instrument's development or validation paper."""
    if any("Trial" in kind for kind in record.publication_types) or _TRIAL.search(record.title):
        return False
    if "Validation Study" in record.publication_types:
        return True
    return _INSTRUMENT_TITLE.search(record.title) is not None


def scores_on_cited_instrument(
    claim_text: str, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` stands in a clause giving the writer's own score on an instrument
    that every cited record describes: a number of that clause (to its ";" or ":") is the
    patient's or the cohort's, not the instrument paper's."""
    records = list(records)
    if not records or not all(is_instrument_record(record) for _, record in records):
        return False
    start, end = clause_bounds(claim_text, quantity.start, ";:")
    clause = claim_text[start:end]
    return _SCORE.search(clause) is not None and _PERFORMANCE.search(clause) is None
