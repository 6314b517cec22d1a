"""Whether a result of the cited abstract runs against the claim's direction of effect (CL306).

Four shapes, each only for the same intervention, the same outcome words and a group the
abstract's clause covers, in a result or conclusion sentence (user22 P1 15):

- the claim denies an effect the abstract asserts: "did not reduce intubation" against
  "High-flow nasal oxygen reduced intubation";
- the claim reports a change one way, the abstract the other: "increased 28-day mortality"
  against "resulted in lower 28-day mortality";
- the claim reports an effect on an outcome the abstract excludes: "reduced both intubation
  and mortality" against "reduced intubation but not mortality", or "28-day mortality did not
  differ";
- the claim reports it in a group the abstract excludes: "even in patients receiving no
  respiratory support" against "but not among those receiving no respiratory support".

Silent when the claim is hedged, compares, or names a group or outcome the clause does not;
when the clause is hedged, about another intervention, or the intervention is its comparator;
"increased survival" and "reduced mortality" are different outcome words, so never compared;
and whenever another result sentence agrees with the claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.record import Record
from citelint.support.effect_direction import (
    ANY,
    DOWN,
    UP,
    Statement,
    claim_statement,
    comparator_text,
    excluded_population,
    split_outcome,
    statements,
    without_comparators,
)
from citelint.support.result_clauses import (
    SEVERAL_ARMS,
    ResultClause,
    content_terms,
    covered,
    modifiers_fit,
    outcome_items,
    result_clauses,
    same_outcome,
    title_pairs_group,
    whole_numbers,
)
from citelint.support.terms import key_terms, stem
from citelint.support.word_lists import word_list

_CLAIM_HEDGED = re.compile(
    r"\b(?:may|might|could|can|possibly|probably|likely|appear\w*|seem\w*|suggest\w*|trend\w*|"
    r"tend\w*|whether|if|unclear|uncertain|unknown|perhaps|potential\w*|numerically|"
    r"non-?significant\w*|significant(?:ly)? only|non-?inferior\w*|noninferior\w*|equivalen\w*|"
    r"similar\w*|comparabl\w*|secondary|subgroups?|post[- ]hoc|exploratory|further|additional\w*|"
    r"add-on|additive|only|neither|nor|insufficient|inconclusive|slightly|modest\w*|"
    r"as (?:much|well|effective|good) as|expected|hypothes\w*|aim\w*|designed|beyond|"
    r"on top of|in addition to|added to|alone)\b|\?",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:no|not|never|without|neither|nor|non)\b|n't\b|\bnon-", re.I)
_CLAUSE_HEDGED = re.compile(
    r"\b(?:may|might|could|possibly|probably|likely|appear\w*|seem\w*|suggest\w*|trend\w*|"
    r"tend\w*|numerically|non-?significant\w*|secondary|exploratory|post[- ]hoc|subgroups?|"
    r"baseline|if|whether|uncertain|unclear|unknown|previous\w*|prior|hypothes\w*|aim\w*|"
    r"expected|similar|unchanged|failed|neither|nor)\b|"
    r"\bp\s*(?:=\s*0?\.(?:0[6-9]|[1-9])|>\s*0?\.05)",
    re.IGNORECASE,
)
# A clause that reports no difference on its outcome: "28-day mortality did not differ".
_NO_DIFFERENCE = re.compile(
    r"^(?P<outcome>[^,;()]+?)\s+(?:did\s+not\s+(?:significantly\s+)?differ|"
    r"was\s+not\s+(?:significantly\s+)?different)\b|"
    r"^there\s+(?:was|were)\s+no\s+(?:statistically\s+)?(?:significant\s+)?differences?\s+in\s+"
    r"(?P<outcome2>[^,;()]+?)(?=\s+between\b|\s*[,;(.]|$)",
    re.IGNORECASE,
)
_NO_DIFFERENCE_VERB = re.compile(
    r"\b(?:did\s+not\s+(?:significantly\s+)?differ|was\s+not\s+(?:significantly\s+)?different|"
    r"no\s+(?:statistically\s+)?(?:significant\s+)?differences?)\b",
    re.IGNORECASE,
)
_NO_DIFFERENCE_WORDS = frozenset(
    stem(word)
    for word in word_list(
        "did not differ differed different difference significantly significant "
        "statistically between groups arms"
    )
)
_ANY_NULL = re.compile(
    r"\b(?:not|no|similar|unchanged|neither|nor)\b|\bp\s*(?:=\s*0?\.(?:0[6-9]|[1-9])|>\s*0?\.05)",
    re.IGNORECASE,
)
_BUT_NOT = re.compile(r",?\s+but\s+not\b[^,;()]*", re.IGNORECASE)
_BUT_NOT_WHAT = re.compile(r"\bbut\s+not\s+(?P<what>[^,;()]+)", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"\b(?:at|after|by|within|over|through|beyond|to)\s+(\d+)[- ]?"
    r"(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_LONG_OR_SHORT = re.compile(
    r"\b(?:long|short|longer|medium)[- ]term\b|\b(?:at|after|by|within|over)\s+(?:one|two|three|"
    r"four|five|six|twelve|a)\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# What opens a claim's group after its outcome: "in", "among", "for" patients, and "at
# randomization without respiratory support", "when started early", "under the age of 70".
_GROUP_START = re.compile(
    r"\b(?:in|among|for|at|when|as(?!\s+(?:well|compared)\b)|under|during|without|before|"
    r"once|while|below|above)\b",
    re.IGNORECASE,
)
# Group words an outcome read up to its end keeps: "mortality under the age of 70".
_OUTCOME_TAIL = re.compile(r"\b(?:under|without|before|once|below|above)\b", re.IGNORECASE)
# A title comparing arms or doses: its words are no one intervention's.
_COMPARES = re.compile(r"\b(?:versus|vs|compared|than|or)\b", re.IGNORECASE)
_NOT_A_GROUP = re.compile(
    r"regardless of[^,;.]*|irrespective of[^,;.]*|presence or absence of|with or without", re.I
)
# Words of receiving that name no group of their own: "receiving no respiratory support" is
# the group "without respiratory support".
_RECEIVING = re.compile(
    r"\b(?:receiv\w*|requir\w*|needing|need|given|getting|on|using|treated\s+with)\b", re.I
)


def direction_conflict(claim_text: str, record: Record) -> tuple[str, str] | None:
    """(the abstract sentence, why) when a result runs against the claim; None otherwise."""
    claim = claim_statement(claim_text)
    if claim is None or _CLAIM_HEDGED.search(claim_text):
        return None
    claim = replace(claim, group=claim_group(claim_text, claim))
    words_at = claim_text.find(claim.words.split()[0])
    if not claim.denied and _NEGATION.search(claim_text[: max(words_at, 0)]):
        return None  # "No trial showed that X reduced Y"
    if not content_terms(claim.subject) or not content_terms(claim.outcome):
        return None
    found: tuple[str, str] | None = None
    for clause in result_clauses(record):
        if not _same_intervention(claim, claim_text, clause):
            if found is None and not claim.denied and _one_comparison(claim, record):
                found = reported_no_difference(claim, clause, named=False)
            continue
        if _agrees(claim, clause):
            return None
        found = found or _conflict(claim, clause)
    return found


def claim_group(claim_text: str, claim: Statement) -> str:
    """The claim's group: its opening "In patients not on oxygen," and what follows its
    outcome, "in hospitalized patients with Covid-19", "at an eGFR below 30", "when started
    early" (its time points are ``_times_stated``'s)."""
    opening = re.match(r"\s*(?:in|among|for)\b[^,]*,", claim_text, re.IGNORECASE)
    tail = _OUTCOME_TAIL.search(claim.outcome)  # "28-day mortality under the age of 70"
    rest = re.sub(
        r"\([^()]*\)", " ", f"{claim.outcome[tail.start() :] if tail else ''} {claim.rest}"
    )
    rest = _LONG_OR_SHORT.sub(" ", _TIME_AFTER.sub(" ", rest))
    rest = _NOT_A_GROUP.sub(" ", rest)  # "with or without respiratory support": everyone
    start = _GROUP_START.search(rest)
    after = without_comparators(rest[start.start() :]).strip(" .") if start else ""
    return f"{opening[0].strip(' ,') if opening else ''} {after}".strip()


def _conflict(claim: Statement, clause: ResultClause) -> tuple[str, str] | None:
    population = claim.group
    if not _times_stated(claim, clause.clause):
        return None  # "did not reduce mortality at 90 days" against a 28-day result
    said = statements(clause.clause)
    hedged = bool(_CLAUSE_HEDGED.search(_BUT_NOT.sub(" ", clause.clause)))
    said = [stated for stated in said if _acts(claim, stated, clause)]
    for stated in said:
        group = _excluded_group(claim, stated, population)
        if group and not hedged:
            return clause.sentence, f'no such effect in that group ("but not {group}")'
    if not _group_covered(population, clause):
        return None
    no_difference = reported_no_difference(claim, clause, named=True)
    if no_difference:
        return no_difference
    for stated in said:
        reason = _against(claim, stated, hedged)
        if reason:
            return clause.sentence, reason
    return None


def _excluded_group(claim: Statement, stated: Statement, population: str) -> str | None:
    """The group "but not among those …" excludes when it is the claim's, the effect and
    outcome being the claim's: "reduced mortality even in patients receiving no …"."""
    if claim.denied or not population or claim.way != stated.way:
        return None
    tail = _OUTCOME_TAIL.search(claim.outcome)  # "28-day mortality without respiratory …"
    if not same_outcome(claim.outcome[: tail.start()] if tail else claim.outcome, stated.outcome):
        return None
    for what in stated.excluded:
        group = excluded_population(what)
        if group and _same_group(population, group):
            return what.strip(" .")
    return None


def _acts(claim: Statement, stated: Statement, clause: ResultClause) -> bool:
    """Whether the claim's intervention is who the statement's effect is of: "tocilizumab
    improved survival", not "patients in the placebo group had higher mortality"; a dose
    or time point the statement names must be the claim's too."""
    subject = without_comparators(stated.subject)
    if not _names_intervention(claim.subject, content_terms(subject) | clause.opening, clause):
        return False
    if content_terms(claim.subject) & content_terms(comparator_text(stated.subject)):
        return False
    claim_numbers = re.findall(r"\d+", f"{claim.subject} {claim.outcome} {claim.rest}")
    if re.search(r"\d", claim.subject) or clause.several_arms:
        doses = re.findall(r"\d+", subject)  # "colchicine 0.5 mg": one of several doses?
        if not all(number in claim_numbers for number in doses):
            return False
    return all(number in claim_numbers for number in _TIME_AFTER.findall(stated.rest))


def _against(claim: Statement, stated: Statement, hedged: bool) -> str | None:
    quote = stated.words
    if same_outcome(claim.outcome, stated.outcome):
        if hedged:
            return None
        if claim.denied:
            if claim.way in (ANY, stated.way):
                return f'an effect the claim denies ("{quote}")'
            return None  # "did not increase" against "lower": no contradiction
        if {claim.way, stated.way} == {UP, DOWN}:
            return f'the opposite direction ("{quote}")'
        return None
    if claim.denied or claim.way != stated.way:
        return None
    for what in stated.excluded:
        outcome = split_outcome(what)[0]
        if excluded_population(what) is None and any(
            same_outcome(item, outcome) for item in outcome_items(claim.outcome)
        ):
            return f'no such effect on {outcome} ("{quote} but not {outcome}")'
    return None


def _no_difference(claim: Statement, clause: ResultClause) -> tuple[str, str] | None:
    """'no difference in X' when ``clause`` says so of the claim's outcome and its sentence
    names nothing else: "28-day mortality did not differ (21% vs 23%)."."""
    text = re.sub(r"\([^()]*\)", " ", clause.clause).strip(" .")
    found = _NO_DIFFERENCE.search(text)
    if found is None:
        return None
    outcome = (found["outcome"] or found["outcome2"]).strip()
    if not any(same_outcome(item, outcome) for item in outcome_items(claim.outcome)):
        return None
    sentence = re.sub(r"\([^()]*\)", " ", clause.sentence)
    others = (
        content_terms(sentence)
        - content_terms(outcome)
        - content_terms(claim.subject)
        - _NO_DIFFERENCE_WORDS
    )
    if others:
        return None  # "between men and women", "in the sarilumab group": another comparison
    return clause.sentence, f'no difference in {outcome} ("{found[0].strip()}")'


def reported_no_difference(
    claim: Statement, clause: ResultClause, named: bool
) -> tuple[str, str] | None:
    """The one reading of "did not differ" against a claim of an effect, for a clause naming
    the claim's intervention (``named``) and for one naming none in a trial of one
    comparison: ``_no_difference`` under the same gates, since "28-day mortality did not
    differ" says nothing of a claim at 60 days or in a subgroup ("in children with severe
    attacks")."""
    if claim.denied or not _times_stated(claim, clause.clause):
        return None
    # Naming no intervention, its "not" is of "did not differ", not of the group ("patients
    # not on oxygen").
    tested = (
        clause if named else replace(clause, clause=_NO_DIFFERENCE_VERB.sub(" ", clause.clause))
    )
    if not _group_covered(claim.group, tested):
        return None
    return _no_difference(claim, clause)


def _one_comparison(claim: Statement, record: Record) -> bool:
    """Whether the record compares the claim's intervention with one other arm, so that a
    result naming no intervention ("mortality did not differ") is about the claim's."""
    if SEVERAL_ARMS.search(f"{record.title} {record.abstract}"):
        return False
    return covered(claim.subject, content_terms(record.title), record.title)


def _agrees(claim: Statement, clause: ResultClause) -> bool:
    """Whether ``clause`` says what the claim says on its outcome, so the abstract is mixed."""
    if claim.denied:
        main = _BUT_NOT.sub(" ", clause.clause)
        if content_terms(claim.outcome) & content_terms(main) and _ANY_NULL.search(main):
            return True
        return any(
            same_outcome(claim.outcome, split_outcome(match["what"])[0])
            for match in _BUT_NOT_WHAT.finditer(clause.clause)
        )
    population = claim.group
    return _group_covered(population, clause) and any(
        stated.way == claim.way
        and same_outcome(claim.outcome, stated.outcome)
        and not _excluded_group(claim, stated, population)
        and _acts(claim, stated, clause)
        for stated in statements(clause.clause)
    )


def _same_intervention(claim: Statement, claim_text: str, clause: ResultClause) -> bool:
    """Whether ``clause`` names the claim's intervention, not as its comparator, and does
    not make the claim's comparator the one acting."""
    main = _BUT_NOT.sub(" ", clause.clause)
    acting = content_terms(without_comparators(main)) | clause.opening
    compared = content_terms(comparator_text(main))
    subject = content_terms(claim.subject)
    if subject & compared or not _names_intervention(claim.subject, acting, clause, True):
        return False
    against = content_terms(comparator_text(claim_text)) - subject
    if against & content_terms(without_comparators(main)):
        return False  # the claim's comparator is the one acting here
    # "did not reduce stroke compared with aspirin" says nothing of a trial against warfarin.
    return (
        not against
        or bool(against & compared)
        or (not compared and covered(comparator_text(claim_text), clause.record_terms, ""))
    )


def _names_intervention(
    subject: str, terms: set[str], clause: ResultClause, whole_sentence: bool = False
) -> bool:
    """Whether ``terms`` (of the clause, or its sentence) name the claim's intervention. The
    words before its head that the result leaves out ("Annual high-dose vitamin D" where it
    says "vitamin D") count when the title names them and compares nothing: they are the
    trial's intervention, as its title has it."""
    places = clause.sentence if whole_sentence else clause.clause
    if covered(subject, terms, places):
        return True
    words = subject.split()
    for cut in range(1, len(words)):
        head = " ".join(words[cut:])
        if content_terms(head) and covered(head, terms, places):
            modifiers = " ".join(words[:cut])
            return not _COMPARES.search(clause.title_text) and covered(
                modifiers, clause.title, clause.title_text
            )
    return False


def _times_stated(claim: Statement, clause: str) -> bool:
    """Whether every time point the claim names after its outcome is in the clause too."""
    if _LONG_OR_SHORT.search(claim.rest):
        return False
    return all(number in whole_numbers(clause) for number in _TIME_AFTER.findall(claim.rest))


def _group_covered(population: str, clause: ResultClause) -> bool:
    """Whether the clause (or its sentence's setting) names every word of the claim's group,
    its numbers too ("under 5 years"), and both or neither say "no"/"without" of it."""
    if not population:
        return True
    if any(number not in whole_numbers(clause.clause) for number in re.findall(r"\d+", population)):
        return False
    main = _NOT_A_GROUP.sub(" ", _BUT_NOT.sub(" ", clause.clause))
    if bool(_NEGATION.search(population)) != bool(_NEGATION.search(main)):
        return False
    places, known = f"{main} {clause.sentence}", key_terms(main) | clause.opening
    if not title_pairs_group(population, clause.title_text):
        places, known = f"{places} {clause.title_text}", known | clause.title
    if clause.enrolled and not title_pairs_group(population, clause.enrolled):
        # the whole trial's result is one in whom it enrolled
        places, known = f"{places} {clause.enrolled}", known | key_terms(clause.enrolled)
    return covered(population, known, places, strict=True) and modifiers_fit(population, places)


def _same_group(population: str, group: str) -> bool:
    """The same group: "in patients receiving no respiratory support", "without respiratory
    support" and "among those receiving no respiratory support"; not "receiving respiratory
    support"."""
    if bool(_NEGATION.search(population)) != bool(_NEGATION.search(group)):
        return False
    ours = content_terms(_RECEIVING.sub(" ", excluded_population(population) or population))
    return bool(ours) and ours == content_terms(_RECEIVING.sub(" ", group))
