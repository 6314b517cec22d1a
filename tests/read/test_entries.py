"""Reading the fields of one reference entry in the common citation styles."""

from __future__ import annotations

from citelint.read.entries import parse_entry


def test_web_page_style_title_then_journal_and_year() -> None:
    entry = parse_entry(
        [
            "Exercise therapy for chronic low back pain.",
            "The Spine Journal : official journal, 2012",
        ]
    )
    assert entry.title == "Exercise therapy for chronic low back pain"
    assert entry.journal == "The Spine Journal : official journal"
    assert entry.year == 2012
    assert entry.authors == []


def test_vancouver_style() -> None:
    entry = parse_entry(
        [
            "Smith J, van der Berg AB, Doe A, et al. Aspirin for primary prevention. "
            "N Engl J Med. 2010 Mar;13(2):150-8. doi:10.1056/NEJMoa0001. PMID: 20000001."
        ]
    )
    assert entry.authors == ["Smith J", "van der Berg AB", "Doe A"]
    assert entry.title == "Aspirin for primary prevention"
    assert entry.journal == "N Engl J Med"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2010, "13", "2", "150-8")
    assert entry.doi == "10.1056/NEJMoa0001"
    assert entry.pmid == "20000001"


def test_vancouver_without_authors() -> None:
    entry = parse_entry(["Aspirin for primary prevention. Lancet. 2012;380:1-9."])
    assert entry.title == "Aspirin for primary prevention"
    assert entry.journal == "Lancet"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2012, "380", None, "1-9")


def test_apa_style() -> None:
    entry = parse_entry(
        ["Smith, J., & Doe, A. B. (2015). Exercise and falls. Journal of Aging, 13(2), 150-158."]
    )
    assert entry.authors == ["Smith J", "Doe AB"]
    assert entry.year == 2015
    assert entry.title == "Exercise and falls"
    assert entry.journal == "Journal of Aging"
    assert (entry.volume, entry.issue, entry.pages) == ("13", "2", "150-158")


def test_identifiers_from_urls() -> None:
    entry = parse_entry(
        [
            "Brown K. Statins and stroke. https://pubmed.ncbi.nlm.nih.gov/12345678/ "
            "(https://doi.org/10.1016/S0140-6736(12)60001-1)."
        ]
    )
    assert entry.pmid == "12345678"
    assert entry.doi == "10.1016/S0140-6736(12)60001-1"
    assert entry.url == "https://pubmed.ncbi.nlm.nih.gov/12345678/"
    assert entry.title == "Statins and stroke"


def test_markdown_link_and_emphasis_are_dropped() -> None:
    entry = parse_entry(
        ["Doe A. *Knee bracing*. [Orthop Pract](https://example.org/op). 2015;7(1):5-9."]
    )
    assert entry.title == "Knee bracing"
    assert entry.url == "https://example.org/op"
    assert entry.year == 2015


def test_a_bare_title_is_a_title() -> None:
    entry = parse_entry(["Treatment of central spinal canal stenosis"])
    assert entry.title == "Treatment of central spinal canal stenosis"
    assert entry.year is None


def test_vancouver_group_author() -> None:
    entry = parse_entry(
        [
            "SPRINT Research Group. A randomized trial of intensive versus standard "
            "blood-pressure control. N Engl J Med. 2015;373(22):2103-16."
        ]
    )
    assert entry.authors == ["SPRINT Research Group"]
    assert entry.title == "A randomized trial of intensive versus standard blood-pressure control"
    assert entry.journal == "N Engl J Med"


def test_inline_html_tags_and_entities_leave_plain_fields() -> None:
    entry = parse_entry(
        [
            "Kristiansen HB, Moreau A. Effect of 25-hydroxyvitamin D<sub>3</sub> on falls "
            "&amp; fractures: a randomized trial. <i>JAMA Netw Open</i>. 2023;6(2):e2254102. "
            '<a href="https://pubmed.ncbi.nlm.nih.gov/36800001/">PubMed</a>'
        ]
    )
    assert entry.title == "Effect of 25-hydroxyvitamin D3 on falls & fractures: a randomized trial"
    assert entry.journal == "JAMA Netw Open"
    assert entry.authors == ["Kristiansen HB", "Moreau A"]
    assert (entry.volume, entry.issue, entry.pages) == ("6", "2", "e2254102")
    assert entry.pmid == "36800001"


def test_markdown_emphasis_leaves_plain_fields() -> None:
    entry = parse_entry(["Doe A. **Knee bracing after injury**. _Lancet_. 2015;7(1):5-9."])
    assert entry.title == "Knee bracing after injury"
    assert entry.journal == "Lancet"


def test_terse_vancouver_names_authors_and_journal_but_no_title() -> None:
    for text in (
        "Brenner T et al. Pain Med 2021;22:1580.",
        "Brenner T, et al. Pain Med. 2021;22:1580.",
    ):
        entry = parse_entry([text])
        assert entry.authors == ["Brenner T"]
        assert entry.title is None
        assert entry.journal == "Pain Med"
        assert (entry.year, entry.volume, entry.pages) == (2021, "22", "1580")


def test_et_al_without_a_comma_still_ends_the_authors() -> None:
    entry = parse_entry(["Brenner T, Doe AB et al. Opioids for back pain. Pain Med 2021;22:1580."])
    assert entry.authors == ["Brenner T", "Doe AB"]
    assert entry.title == "Opioids for back pain"
    assert entry.journal == "Pain Med"


def test_a_colon_inside_a_journal_name() -> None:
    entry = parse_entry(
        [
            "Mensah KA, Rothbauer L, Chen W. Pregabalin versus gabapentin for neurogenic "
            "claudication. Journal of Neurosurgery: Spine. 2021;35:178-186."
        ]
    )
    assert entry.title == "Pregabalin versus gabapentin for neurogenic claudication"
    assert entry.journal == "Journal of Neurosurgery: Spine"
    assert (entry.year, entry.volume, entry.pages) == (2021, "35", "178-186")


def test_notices_keep_their_word_in_the_title() -> None:
    cases = {
        "Erratum. Effect of x on y. JAMA. 2020;1:2.": ("Erratum: Effect of x on y", []),
        "Erratum in: Effect of x on y. JAMA. 2020;1:2.": ("Erratum in: Effect of x on y", []),
        "Retraction notice. Effect of x on y. JAMA. 2020;1:2.": (
            "Retraction notice: Effect of x on y",
            [],
        ),
        "Smith J, Doe A. Correction to: Effect of x on y. JAMA. 2020;1:2.": (
            "Correction to: Effect of x on y",
            ["Smith J", "Doe A"],
        ),
    }
    for text, (title, authors) in cases.items():
        entry = parse_entry([text])
        assert (entry.title, entry.authors, entry.journal) == (title, authors, "JAMA")


def test_a_notice_naming_only_its_journal() -> None:
    entry = parse_entry(["Erratum in: JAMA. 2020;323(4):390."])
    assert (entry.title, entry.journal, entry.volume, entry.pages) == (
        "Erratum in",
        "JAMA",
        "323",
        "390",
    )


def test_a_title_that_starts_with_a_notice_word_is_a_title() -> None:
    entry = parse_entry(["Correction of adult scoliosis. Spine. 2020;45:1-9."])
    assert (entry.title, entry.journal) == ("Correction of adult scoliosis", "Spine")


def test_an_answer_pages_source_card_gives_journal_and_year() -> None:
    entry = parse_entry(
        [
            "EASL Clinical Practice Guidelines on the prevention, diagnosis and treatment of "
            "gallstones",
            "J Hepatol · 2016",
        ]
    )
    assert entry.title == (
        "EASL Clinical Practice Guidelines on the prevention, diagnosis and treatment of gallstones"
    )
    assert entry.journal == "J Hepatol"
    assert entry.year == 2016
