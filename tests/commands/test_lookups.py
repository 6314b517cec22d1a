"""Whether a run checked nothing: an entry no lookup can settle as written (a DOI in a journal
PubMed does not index, user31a P1-2) was answered; only a failed or skipped lookup was not."""

from __future__ import annotations

from citelint.commands.lookups import Lookups
from citelint.models import Resolution, Status

OUTSIDE = "PubMed indexes no journal by the name 'Int J Med Sci Public Health' and has no record"


def test_an_entry_unverified_however_often_asked_counts_as_answered() -> None:
    lookups = Lookups()
    lookups.add([Resolution(1, Status.UNVERIFIED, reason=OUTSIDE, lasting=True)])
    assert lookups.none_checked() is None
    assert lookups.warning() is None


def test_a_run_whose_lookups_all_failed_still_says_so() -> None:
    lookups = Lookups()
    failed = "PubMed could not be reached: HTTP 500 from esearch"
    lookups.add(
        [
            Resolution(1, Status.UNVERIFIED, reason=failed),
            Resolution(2, Status.UNVERIFIED, reason=OUTSIDE, lasting=True),
        ]
    )
    assert lookups.none_checked() is None  # the second was answered
    lookups = Lookups()
    lookups.add([Resolution(1, Status.UNVERIFIED, reason=failed)])
    assert lookups.none_checked() == (1, failed)
