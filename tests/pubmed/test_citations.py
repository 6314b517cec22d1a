"""ECitMatch lines built from entries: which author is sent."""

from __future__ import annotations

from citelint.models import Reference
from citelint.pubmed.citations import entry_citation


def _entry(authors: list[str]) -> Reference:
    return Reference(
        number=1,
        raw="",
        line=1,
        column=1,
        title="Colchicine after hip fracture surgery in older adults",
        journal="Lancet",
        year=2022,
        authors=authors,
        volume="399",
        pages="1811-20",
    )


def test_a_group_led_entry_sends_the_first_persons_name_not_group() -> None:
    citation = entry_citation(_entry(["HARBOUR Collaborative Group", "Okafor C"]), key="1")
    assert citation is not None
    assert citation.author == "okafor"
    assert citation.line() == "Lancet|2022|399|1811|okafor|1|"


def test_a_group_alone_sends_no_author() -> None:
    citation = entry_citation(_entry(["HARBOUR Collaborative Group"]), key="1")
    assert citation is not None
    assert citation.author == ""


def test_a_person_led_entry_sends_that_persons_name() -> None:
    citation = entry_citation(_entry(["Lindqvist A", "HARBOUR Collaborative Group"]), key="1")
    assert citation is not None
    assert citation.author == "lindqvist"


def test_a_full_name_byline_sends_no_author() -> None:
    """A Chinese byline writes the family name first ("Wang Yeming"): "yeming" was sent,
    which no record's first author is, so ECitMatch found nothing. Two full names do not say
    which is the family name; the journal, volume and page find the paper without one."""
    for name in ("Wang Yeming", "Yeming Wang"):
        citation = entry_citation(_entry([name, "Zhang Dingyu"]), key="1")
        assert citation is not None
        assert citation.author == ""
        assert citation.line() == "Lancet|2022|399|1811||1|"


def test_a_name_with_initials_or_a_comma_sends_its_family_name() -> None:
    for name, family in [
        ("Wang Y", "wang"),
        ("Y. Wang", "wang"),
        ("Wang, Yeming", "wang"),
        ("de Boer JR", "de boer"),
        ("Wright JT Jr", "wright"),
        ("Okafor", "okafor"),
    ]:
        citation = entry_citation(_entry([name]), key="1")
        assert citation is not None and citation.author == family, name
