"""Labels that are only "Author, Journal", perhaps with a year (user22 P1 3): the record's
first author and its journal, full or abbreviated, agree strongly; the journal's words are
no topic words that "hardly occur in the record"."""

from __future__ import annotations

import pytest
from label_records import record, verdict

from citelint.pubmed.label_fit import FITS, MISFITS, judge
from citelint.pubmed.labels import read_clues
from citelint.pubmed.record_index import index_record

HEART_FAILURE = "Cardaflozin lowered heart failure events in reduced ejection fraction"


@pytest.mark.parametrize(
    ("label", "pmid"),
    [
        ("Okafor, New England Journal of Medicine", "99200001"),
        ("Okafor, N Engl J Med, 2019", "99200001"),
        ("van Duren, New England Journal of Medicine", "99200019"),
        ("Ernstsen, BMJ", "99200020"),
        ("Kraus-Vogel et al., Lancet Neurol", "99200016"),
        ("Kraus-Vogel, The Lancet Neurology", "99200016"),
        ("Ivanova AB, Circulation", "99200024"),
        ("Lindemann, Cochrane Database of Systematic Reviews", "99200015"),
        ("Sato, J Clin Periodontol", "99200032"),
        ("Moreno, Frontiers in Psychology, 2021", "99200034"),
    ],
)
def test_first_author_and_journal_fit_without_a_sentence(label: str, pmid: str) -> None:
    assert verdict(label, pmid) == FITS


def test_first_author_and_journal_fit_in_a_sentence() -> None:
    assert verdict("Okafor, New England Journal of Medicine", "99200001", HEART_FAILURE) == FITS


def strong(label: str, pmid: str) -> list[str]:
    return judge(read_clues(label), index_record(record(pmid))).strong


@pytest.mark.parametrize(
    "label",
    [
        "Granholm, New England Journal of Medicine",  # another paper's first author
        "Okafor, Lancet",  # the right author, another journal
        "Okafor, NEJM trial of cardaflozin",  # a topic after the journal
        "Lindqvist, N Engl J Med",  # a later author
    ],
)
def test_author_and_journal_agree_only_when_both_are_the_records(label: str) -> None:
    assert "first author and journal" not in strong(label, "99200001")


def test_a_wrong_paper_under_author_and_journal_still_misfits() -> None:
    # Okafor's NEJM label on Granholm's anticoagulation paper, in a heart-failure sentence.
    label = "Okafor, New England Journal of Medicine"
    assert verdict(label, "99200006", HEART_FAILURE) == MISFITS


def test_interleukin_abbreviation_counts_through_its_long_form() -> None:
    assert "interleukin" in read_clues("REMAP-CAP IL-6 arm").terms
