"""Which claims cite the wrong entry of their list, and which entry they meant (CL303).

Two cases. A claim whose cited record is checked but another entry fits it far better was
probably misnumbered. A claim whose cited entry cannot be checked at all (a guideline or web
page PubMed does not index, a number with no entry, an entry not found or not checked, a
record without abstract) is compared with the entries that have abstracts; when one of them
states the claim's own numbers and words so clearly that nothing else comes close, the
citation probably meant that entry. When most claims miss their entry by the same one
step, the whole list is shifted, and that is said once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from citelint.models import Claim, Marker, Status
from citelint.support.checker import SupportChecker, marker_of
from citelint.support.cited_kinds import (
    cites_a_notice,
    cites_its_guidance,
    cites_its_label,
    cites_its_method,
    recommends_a_tested_class,
)
from citelint.support.names import named_by_first_only, names_all
from citelint.support.numbers import Quantity
from citelint.support.one_word_lead import rests_on_one_word
from citelint.support.scoring import Support, term_credit
from citelint.support.thresholds import opposite, sides, threshold_starts
from citelint.support.topic_words import names_no_topic, source_terms
from citelint.support.verdicts import GOOD_SUPPORT

# A whole list counts as shifted when at least this many claims, and this share of the claims
# that could be checked, fit the neighbouring entry far better.
SHIFT_MIN_CLAIMS = 3
SHIFT_MIN_SHARE = 0.5
# How an entry that cannot be checked is outdone: by a record supporting the claim this well,
# or less well but stating the claim's own numbers, and this far ahead of any other entry.
STRONG_SUPPORT = 0.6
STRONG_WITH_ONE_NUMBER = 0.45
STRONG_WITH_NUMBERS = 0.35
UNIQUE_MARGIN = 0.1
# How well an entry naming the claim's trial or drug must fit it to be proposed instead.
NAMED_MIN_SUPPORT = 0.15
# Small whole numbers ("2 groups", "3 times") are in every abstract; they prove nothing.
_TELLING_ROLES = frozenset({"percent", "mean-sd", "ci", "duration", "dose", "sample-size"})

# Why a cited entry cannot be checked, as a finding says it.
UNCHECKED_REASONS = {
    "missing": "the list has no such entry",
    Status.NOT_IN_PUBMED: "a guideline, book or web page PubMed does not index",
    Status.NOT_FOUND: "no PubMed record matches it",
    Status.UNVERIFIED: "it could not be checked",
    Status.AMBIGUOUS: "several PubMed records match it",
    "no-abstract": "its record has no abstract",
}


@dataclass
class Misfit:
    """A claim citing entry ``cited`` that entry ``better`` fits far better."""

    claim: Claim
    cited: int
    marker: Marker
    better: int
    score: float  # support of ``better``
    cited_score: float | None  # None when the cited entry cannot be checked
    unchecked: str | None = None  # a key of UNCHECKED_REASONS
    numbers: list[Quantity] = field(default_factory=list)  # the claim's numbers ``better`` states
    tied: list[int] = field(default_factory=list)  # other entries that fit just as well
    stated: int = 0  # how many numbers the claim states
    cited_found: int = 0  # how many of them the cited entry states
    # Why the cited entry is not the claim's, by name: "the claim names empagliflozin, the
    # abstract dapagliflozin instead", when ``better`` names them all.
    named: str | None = None
    # Evidence enough only as one of a list shifted as a whole, never reported alone.
    only_in_shift: bool = False


@dataclass
class Misnumbering:
    misfits: list[Misfit] = field(default_factory=list)
    offset: int = 0  # +1 or -1 when the whole list is shifted
    shifted: list[Misfit] = field(default_factory=list)
    checked: int = 0  # single citations that could be compared

    def explains(self, claim: Claim) -> bool:
        """Whether a misfit CL303 reports, alone or in the shifted list, is this claim's."""
        shifted = {id(misfit) for misfit in self.shifted}
        return any(
            m.claim is claim and (id(m) in shifted or not m.only_in_shift) for m in self.misfits
        )


def misnumbering(checker: SupportChecker, margin: float, least: float, fits: float) -> Misnumbering:
    """Every misfit of the document (computed once per option values). ``fits`` is the
    support at which a cited entry fits its claim (CL302's threshold)."""
    key = ("misnumbering", margin, least, fits)
    found = checker.memo.get(key)
    if not isinstance(found, Misnumbering):
        found = _find(checker, margin, least, fits)
        checker.memo[key] = found
    return found


def _find(checker: SupportChecker, margin: float, least: float, fits: float) -> Misnumbering:
    result = Misnumbering()
    for claim in checker.claims:
        cited = [c for c in checker.cited(claim) if checker.judgeable(c)]
        if cited:
            if len(claim.numbers) == 1:
                result.checked += 1
            misfit = _checked_misfit(checker, claim, cited, margin, least, fits)
        else:
            misfit = _unchecked_misfit(checker, claim)
            if misfit is not None and len(claim.numbers) == 1:
                result.checked += 1
        misfit = _by_name(checker, claim, misfit)
        if misfit is not None:
            result.misfits.append(misfit)
    offsets = Counter(
        m.better - m.cited for m in result.misfits if len(m.claim.numbers) == 1 and not m.tied
    )
    for offset in (1, -1):
        count = offsets.get(offset, 0)
        if count >= SHIFT_MIN_CLAIMS and count >= SHIFT_MIN_SHARE * result.checked:
            result.offset = offset
            result.shifted = [m for m in result.misfits if m.better - m.cited == offset]
            break
    return result


def _checked_misfit(
    checker: SupportChecker, claim: Claim, cited: list, margin: float, least: float, fits: float
) -> Misfit | None:
    if not checker.reads_all(claim):
        return None  # the co-cited paper no one could read may be the one the claim is from
    if len(cited) > 1 and any(c.support.score >= GOOD_SUPPORT for c in cited):
        # One of the papers cited together supports the claim well: it rests on that one,
        # whatever another entry's words share with it (user20 P1 11).
        return None
    if len(cited) > 1 and all(c.support.score >= fits for c in cited):
        # Each of the papers cited together fits the claim: it sums them up ("Taken together,
        # these studies link several exposures to depression [16, 27, 52]"), and one entry
        # matching more of its words is no sign a number slipped (user27 P1-6).
        return None
    best_cited = max(cited, key=lambda c: checker.match_score(claim, c.number))
    others = same_side(checker, claim, checker.candidates(claim))
    topic = _shared_topic(checker, claim, cited)
    if topic is not None:
        others = [n for n in others if _covers(checker, claim, n, topic)]
    if not others:
        return None
    number = _best_candidate(
        checker, claim, others, checker.match_score(claim, best_cited.number) + margin
    )
    if number is None:
        return None
    score = checker.score(claim, number)
    ahead = checker.match_score(claim, number) - checker.match_score(claim, best_cited.number)
    if score < least or ahead < margin:
        return None
    support = checker.support(claim.text, number)
    if _ahead_by_thresholds_alone(claim, support, score - best_cited.support.score, margin):
        return None
    # Dearer (each abbreviation taken out is scored anew): asked last.
    if rests_on_one_word(checker, claim, best_cited.number, number, margin):
        return None
    return Misfit(
        claim,
        best_cited.number,
        best_cited.marker,
        number,
        score,
        best_cited.support.score,
        numbers=support.numbers_found,
        stated=len(support.numbers_found) + len(support.numbers_missing),
        cited_found=len(best_cited.support.numbers_found),
        # A Methods sentence citing its data source's or method's paper, a recommendation for
        # a class citing a trial of its member: only a shifted list says another entry's.
        only_in_shift=cites_its_method(checker, claim) or recommends_a_tested_class(checker, claim),
    )


def _shared_topic(checker: SupportChecker, claim: Claim, cited: list) -> str | None:
    """The claim's weightiest topic term that every one of its several cited entries covers
    ("depression" for "... link several exposures to depression [16, 27, 52]"): what the
    claim is about, as the papers it cites agree. None for a claim citing one entry."""
    if len(cited) < 2:
        return None
    weights = checker.claim_profile(claim.text).terms.weights
    sources = source_terms(claim.text)
    shared = set.intersection(*(c.support.matched_terms for c in cited))
    topics = [t for t in shared if t in weights and not names_no_topic(t, sources)]
    return max(topics, key=lambda t: (weights[t], t)) if topics else None


def _covers(checker: SupportChecker, claim: Claim, number: int, term: str) -> bool:
    """Whether entry ``number``'s record has ``term`` (as the score credits it)."""
    profile = checker.profiles[number]
    return term_credit(term, profile, checker.claim_profile(claim.text).alternatives)[0] > 0


def _ahead_by_thresholds_alone(
    claim: Claim, support: Support, words_ahead: float, margin: float
) -> bool:
    """Whether the other entry is ahead only by stating the claim's thresholds ("above 40%"):
    they say whom every trial of that side enrolled, not which paper the claim is from (a
    guideline cited for "suggest them above 40%" lost to a trial that enrolled above 40%)."""
    if words_ahead >= margin or not support.numbers_found:
        return False
    starts = threshold_starts(claim.text)
    return all(quantity.start in starts for quantity in support.numbers_found)


def _best_candidate(
    checker: SupportChecker, claim: Claim, others: list[int], needed: float
) -> int | None:
    """The candidate fitting the claim best (ties: the lower number), or None when none can
    reach ``needed``. Candidates are scored in full only while their cheap upper bound could
    still beat the best found, so most claims, whose cited entry fits, score none in full."""
    bounds = sorted(
        ((checker.match_bound(claim, n), n) for n in others), key=lambda b: (-b[0], b[1])
    )
    if bounds[0][0] < needed - 1e-9:
        return None
    best: tuple[float, int] | None = None
    for bound, number in bounds:
        if best is not None and bound < best[0] - 1e-9:
            break
        key = (checker.match_score(claim, number), -number)
        if best is None or key > (best[0], -best[1]):
            best = (key[0], number)
    return best[1] if best is not None else None


def same_side(checker: SupportChecker, claim: Claim, numbers: list[int]) -> list[int]:
    """The entries of ``numbers`` whose record does not put its patients on the other side
    of a threshold the claim states: the trial of "40% or less" is never the one a claim
    about "above 40%" meant, however many words they share (user20 P1 11)."""
    claimed = sides(claim.text)
    if not claimed:
        return numbers
    return [number for number in numbers if not opposite(claimed, _record_sides(checker, number))]


def _record_sides(checker: SupportChecker, number: int) -> set:
    key = ("threshold sides", number)
    found = checker.memo.get(key)
    if not isinstance(found, set):
        record = checker.profiles[number].record
        found = sides(f"{record.title}\n{record.abstract}")
        checker.memo[key] = found
    return found


def unchecked_reason(checker: SupportChecker, number: int) -> str | None:
    """Why entry ``number`` cannot be checked against an abstract, or None when it can."""
    if checker.document.reference(number) is None:
        return "missing"
    resolution = checker.resolutions.get(number)
    if resolution is None:
        return Status.UNVERIFIED
    if resolution.status != Status.RESOLVED:
        return resolution.status
    profile = checker.profiles.get(number)
    if profile is None or not profile.has_abstract:
        return "no-abstract"
    return None


def _unchecked_misfit(checker: SupportChecker, claim: Claim) -> Misfit | None:
    reasons = [(n, unchecked_reason(checker, n)) for n in claim.numbers]
    if not reasons or any(reason is None for _, reason in reasons):
        return None
    if any(reason == Status.UNVERIFIED for _, reason in reasons):
        # Not looked up (offline, an entry the lock lacks, the network down): the cited entry
        # may well be the right one, and nothing says it is not.
        return None
    if not checker.says_enough(claim.text) or cites_a_notice(checker, claim):
        return None
    if cites_its_label(checker, claim):
        return None
    ranked = sorted(
        (
            (_strength(checker, claim, n), n)
            for n in same_side(checker, claim, checker.candidates(claim))
        ),
        key=lambda item: (-item[0], item[1]),
    )
    if not ranked or ranked[0][0] <= 0:
        return None
    strength, number = ranked[0]
    tied = [n for s, n in ranked[1:] if s > 0 and strength - s < UNIQUE_MARGIN]
    cited, reason = reasons[0]
    marker = marker_of(claim, cited)
    if marker is None:
        return None
    support = checker.support(claim.text, number)
    telling = [q for q in support.numbers_found if q.role in _TELLING_ROLES or q.decimals]
    misfit = Misfit(claim, cited, marker, number, support.score, None, reason, telling)
    misfit.tied = sorted(tied)
    # A claim saying it is a guideline's ("NICE also recommends dapagliflozin [9]") citing a
    # guideline, book or web page: the guideline restates the trials in their words, so alone
    # only the other paper's own figures say it is meant; words count towards a shifted list.
    misfit.only_in_shift = (
        not telling
        and any(r == Status.NOT_IN_PUBMED for _, r in reasons)
        and cites_its_guidance(checker, claim)
    )
    return misfit


def _by_name(checker: SupportChecker, claim: Claim, misfit: Misfit | None) -> Misfit | None:
    """The misfit the trials and drugs the claim names point to, over the words' own.

    An entry naming them all is proposed even when the words preferred another (EMPEROR-
    Preserved for a claim on EMPEROR-Reduced); and the words' entry is dropped when the
    claim names a trial or drug the cited entry mentions and it does not."""
    named = _named_misfit(checker, claim)
    if named is not None and (misfit is None or misfit.better not in (named.better, *named.tied)):
        return named
    if misfit is None or misfit.unchecked or len(claim.numbers) != 1:
        return misfit
    cited, better = checker.names(misfit.cited), checker.names(misfit.better)
    if named_by_first_only(claim.text, cited, better, checker.known_trials()):
        return None
    return misfit


def _named_misfit(checker: SupportChecker, claim: Claim) -> Misfit | None:
    """A claim naming a trial or drug its entry never mentions, when another entry names
    them all and fits it at least as well: "Empagliflozin showed a similar 25% reduction in
    EMPEROR-Reduced [1]", [1] DAPA-HF and [2] EMPEROR-Reduced. Short claims count too: the
    names say what words cannot."""
    mismatch = checker.named_mismatch(claim)
    if mismatch is None or not checker.reads_all(claim):
        return None
    cited = claim.numbers[0]
    marker = marker_of(claim, cited)
    if marker is None:
        return None
    cited_score = checker.score(claim, cited)
    fitting = [
        number
        for number in same_side(checker, claim, sorted(checker.profiles))
        if number != cited
        and checker.profiles[number].has_abstract
        and names_all(claim.text, checker.names(number), mismatch)
        and checker.score(claim, number) >= max(cited_score, NAMED_MIN_SUPPORT)
    ]
    if not fitting:
        return None
    ranked = sorted(fitting, key=lambda n: (-checker.match_score(claim, n), n))
    best = ranked[0]
    tied = [
        n
        for n in ranked[1:]
        if checker.match_score(claim, best) - checker.match_score(claim, n) < UNIQUE_MARGIN
    ]
    support = checker.support(claim.text, best)
    return Misfit(
        claim,
        cited,
        marker,
        best,
        support.score,
        cited_score,
        numbers=support.numbers_found,
        tied=tied,
        named=mismatch.reason,
    )


def _strength(checker: SupportChecker, claim: Claim, number: int) -> float:
    """How strongly entry ``number`` supports the claim: 0 unless strongly enough to say so.

    Numbers stated exactly as the claim states them, as the same kind of quantity, weigh
    more than shared words: two of them let a moderate word match count.
    """
    support = checker.support(claim.text, number)
    telling = [q for q in support.numbers_found if q.role in _TELLING_ROLES or q.decimals]
    strong = (
        support.score >= STRONG_SUPPORT
        or (len(telling) >= 1 and support.score >= STRONG_WITH_ONE_NUMBER)
        or (len(telling) >= 2 and support.score >= STRONG_WITH_NUMBERS)
    )
    if support.numbers_missing and len(support.numbers_missing) >= len(telling) + 1:
        return 0.0  # the claim's figures are mostly not this paper's
    return support.score + 0.1 * len(telling) if strong else 0.0
