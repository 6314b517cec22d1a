"""The notices after an entry's source (citelint.read.entry_tails): the errata it names."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
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
        " Correction in: Age Ageing. 2020;49(3):500.",
        " Corrigendum in: Age Ageing. 2020;49(3):500.",
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


@pytest.mark.parametrize(
    "notices",
    [
        "Correction in: Age Ageing. 2020;49(3):500.",
        "Corrigendum in: Age Ageing. 2020;49(3):500.",
        "Retraction in: Age Ageing. 2022;51(1):afab250.",
        "Comment in: Age Ageing. 2019;48(5):610-1. Update in: Age Ageing. 2023;52(4):afad061.",
        "Comment in: Age Ageing. 2019;48(5):610-1. Correction in: Age Ageing. 2020;49(3):500.",
    ],
)
def test_pubmeds_linked_notices_are_no_part_of_the_entrys_source(notices: str) -> None:
    """PubMed's page lists an entry's linked papers after its citation ("Correction in:
    Age Ageing. 2020;49(3):500."): left on, the notice's journal and locus were read as the
    entry's and its own source joined the title."""
    entry = parse_entry([f"{SOURCE} {notices} PMID: 30412345."])
    assert entry.title == "Early mobilisation after hip fracture"
    assert entry.journal == "Age Ageing"
    assert (entry.year, entry.volume, entry.pages) == (2019, "48", "210-6")


@pytest.mark.parametrize(
    "tail",
    [
        # medRxiv's own number after its name, as its "cite" box and many lists print it.
        "medRxiv 2021.03.14.21253512",
        "medRxiv 2021.03.14.21253512v2.",
        # AMA's preprint: the DOI, then "Preprint." (the DOI is read apart).
        "medRxiv. 2021. doi:10.1101/2021.03.14.21253512. Preprint.",
    ],
)
def test_a_preprint_servers_own_words_are_no_part_of_the_title(tail: str) -> None:
    """Read as the title's, "medRxiv" stayed in it and "Preprint" became the journal."""
    entry = parse_entry(
        [
            "Okafor C, Lindqvist A, Mensah K, et al. Colchicine in adults admitted with "
            f"community-acquired pneumonia: a randomised platform trial. {tail}"
        ]
    )
    assert entry.title == (
        "Colchicine in adults admitted with community-acquired pneumonia: a randomised "
        "platform trial"
    )
    assert entry.journal == "medRxiv"
    assert entry.year == (2021 if "Preprint" in tail else None)


@pytest.mark.parametrize(
    "notice",
    [
        "Comment in: N Engl J Med. 2019;381(26):2570-2571.",
        "Erratum in: N Engl J Med. 2021;384(8):776.",
        "Retraction in: N Engl J Med. 2024;390(2):190.",
    ],
)
def test_a_springer_entry_s_notice_is_no_part_of_its_source(notice: str) -> None:
    # Springer's "Authors (Year) Title. Journal Vol:pages." with PubMed's notice after it:
    # the notice's locus was read as the entry's, a false CL203 (user30a P1-3).
    entry = parse_entry(
        [
            "Tardif JC, Kouz S, Waters DD et al (2019) Efficacy and safety of low-dose "
            f"colchicine after myocardial infarction. N Engl J Med 381:2497–2505. {notice}"
        ]
    )
    assert entry.title == "Efficacy and safety of low-dose colchicine after myocardial infarction"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "N Engl J Med",
        2019,
        "381",
        "2497–2505",
    )


@pytest.mark.parametrize(
    "entry",
    [
        "Chen, L. (2022). Comment on: statin adherence in older adults. BMJ, 376, e068000.",
        "Chen L (2022) Comment on: statin adherence in older adults. BMJ 376:e068000",
    ],
)
def test_an_apa_title_opening_with_a_notice_s_words_is_the_title(entry: str) -> None:
    # The notice is cut only after the entry's source: right after the year it is the title
    # (review30a P1-2: read as "Chen, L", a false CL201).
    fields = parse_entry([entry])
    assert fields.title == "Comment on: statin adherence in older adults"
    assert (fields.journal, fields.year, fields.volume) == ("BMJ", 2022, "376")
