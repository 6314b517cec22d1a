"""The notices after an entry's source (citelint.read.entry_tails): the errata it names."""

from __future__ import annotations

import pytest

from citelint.read.entry_tails import errata_named, without_tail

SOURCE = (
    "Okafor CN, Lindqvist B. Early mobilisation after hip fracture. Age Ageing. 2019;48(2):210-6."
)


@pytest.mark.parametrize(
    "notice",
    [
        " Erratum in: Age Ageing. 2020;49(3):500.",
        " Published correction appears in Age Ageing. 2020;49(3):500.",
        " [Published correction appears in Age Ageing. 2020;49(3):500.]",
        " [Erratum in: Age Ageing. 2020;49(3):500.]",
    ],
)
def test_an_erratum_cut_off_the_source_is_one_the_entry_names(notice: str) -> None:
    """The reading and CL206 know one list of how an erratum is named: a notice the reading
    cuts off the entry's source is one CL206 counts, so its writer is not told of it again."""
    source, _ = without_tail(SOURCE + notice)
    assert source.rstrip().rstrip(".") == SOURCE.rstrip(".")  # "\. Erratum" takes the stop
    assert errata_named(SOURCE + notice) == 1


def test_errata_are_counted_each_where_it_stands() -> None:
    text = SOURCE + " Erratum in: Age Ageing. 2020;49(3):500. Erratum in: Age Ageing. 2021;50:9."
    assert errata_named(text) == 2
    assert errata_named(SOURCE + " Corrigendum in: Age Ageing. 2020;49:501.") == 1
    assert errata_named(SOURCE) == 0
