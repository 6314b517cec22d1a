"""Which abstract sentence to show as a claim's evidence when several cover it alike.

The audit shows one sentence of the cited abstract beside each claim. A structured abstract's
background often repeats the claim's topic words ("mortality trials of four repurposed
antiviral drugs in patients hospitalized ...") while its conclusion states what the claim
says ("... had little or no effect on hospitalized patients"); the rarity weighting that
picks the sentence can favour the background (user23 P3 2). A result or conclusion that
covers the claim as well is the sentence a reader needs.
"""

from __future__ import annotations

# Words of a section label: "BACKGROUND", "OBJECTIVE", "IMPORTANCE" set the scene;
# "RESULTS", "MEASUREMENTS AND MAIN RESULTS", "CONCLUSIONS AND RELEVANCE", "FINDINGS",
# "INTERPRETATION" say what the study found.
_SCENE_WORDS = (
    "BACKGROUND",
    "INTRODUCTION",
    "OBJECTIVE",
    "IMPORTANCE",
    "AIM",
    "PURPOSE",
    "RATIONALE",
    "CONTEXT",
)
_FINDING_WORDS = ("RESULT", "CONCLUSION", "FINDING", "INTERPRETATION")
# A finding covering this share of what the background covers matches the claim as well: the
# background's edge is then a topic word or two ("mortality trials", "disease").
AS_WELL = 0.9


def sets_the_scene(label: str | None) -> bool:
    """Whether a section label is the abstract's background or aim."""
    upper = (label or "").upper()
    return any(word in upper for word in _SCENE_WORDS) and not reports_findings(label)


def reports_findings(label: str | None) -> bool:
    """Whether a section label is the abstract's results or conclusions."""
    upper = (label or "").upper()
    return any(word in upper for word in _FINDING_WORDS)


def prefer_findings(
    best: int, coverage: list[float], ranks: list[float], sections: list[str | None]
) -> int:
    """The sentence to show instead of ``best`` when ``best`` is background and a result or
    conclusion covers the claim as well (``AS_WELL``; the best ranked of those); else
    ``best``."""
    if best < 0 or not sets_the_scene(sections[best]):
        return best
    chosen, chosen_rank = best, 0.0
    for index, label in enumerate(sections):
        if (
            reports_findings(label)
            and coverage[index] >= AS_WELL * coverage[best] - 1e-9
            and ranks[index] > chosen_rank
        ):
            chosen, chosen_rank = index, ranks[index]
    return chosen
