"""CL205 tells an entry that says its paper was retracted as info; the words "retracted" and
"retraction" in a title are no such saying (session 32: "Why papers are retracted: ..." was
read as the entry's "Retracted:", so a retracted paper's error became a note)."""

from __future__ import annotations

import pytest

from citelint.models import Document, Reference, Resolution, Severity, Status
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.notices import Retracted, says_retracted

RETRACTED = Record(
    pmid="39900180",
    title="Hydroxychloroquine in hospitalised adults: a registry analysis.",
    publication_types=["Journal Article", "Retracted Publication"],
    retraction_in=["39900181"],
)


def severity(raw: str) -> Severity:
    entry = Reference(number=2, raw=raw, line=9, column=1, title="t", journal="Lancet")
    document = Document(path="a.md", format="md", text="", references=[entry])
    resolution = Resolution(2, Status.RESOLVED, record=RETRACTED)
    [finding] = Retracted().check(CheckContext(document, {2: resolution}))
    return finding.severity


@pytest.mark.parametrize(
    "raw",
    [
        "Okafor N, Lind P. Why papers are retracted: a study of 2,000 notices. Lancet. "
        "2020;395:1100-8.",
        "Okafor N. How often are trials retracted? Lancet. 2020;395:1100-8. "
        "doi:10.1016/S0140-6736(20)30001-1",
        "Okafor N. Trials that were later retracted. Lancet. 2020;395:1100-8. Retracted trials.",
        "Okafor N. When a paper is retracted. Lancet. 2020;395:1100-8.",
    ],
)
def test_retraction_words_in_a_title_leave_the_error(raw: str) -> None:
    assert not says_retracted(raw)
    assert severity(raw) == Severity.ERROR


@pytest.mark.parametrize(
    "raw",
    [
        "Okafor N. RETRACTED: Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100.",
        "Retracted: Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100.",
        "Okafor N. Retraction: Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100.",
        "Okafor N. Hydroxychloroquine in hospitalised adults (retracted). Lancet. 2020;395:1100.",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100. Retraction "
        "notice: Lancet. 2020;395:1820.",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100. Retracted.",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100. Retraction "
        "in: Lancet. 2020;395:1820.",
    ],
)
def test_the_notices_own_shapes_still_say_so(raw: str) -> None:
    assert says_retracted(raw)
    assert severity(raw) == Severity.INFO


@pytest.mark.parametrize(
    "raw",
    [
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100-8; retracted.",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet 2020; 395: 1100-8 — "
        "retracted.",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100-8, Retracted",
        "Okafor N. Hydroxychloroquine in hospitalised adults. *Lancet* (2020) — Retracted",
        "Okafor N. Hydroxychloroquine in hospitalised adults. Lancet. 2020;395:1100-8. This "
        "article has been retracted.",
    ],
)
def test_retracted_where_the_entry_ends_says_so_after_any_mark(raw: str) -> None:
    # review33a P1-2: the end-of-entry word needed a capital after ".", ";" or "]" for a while,
    # so these retracted papers were errors although each entry says it
    assert says_retracted(raw)
    assert severity(raw) == Severity.INFO
