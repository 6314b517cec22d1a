"""A note's signal ("Vgl.", "Cf.", "See", "Siehe", "Véase") before the work it cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.config import Config
from citelint.read import read_article
from citelint.read.entries import parse_entry
from citelint.read.short_notes import back_references

NOTES = Path(__file__).resolve().parents[2] / "fixtures" / "notes"
AF_TRIAL = "Connolly SJ, Ezekowitz MD, Yusuf S, et al. Dabigatran versus warfarin in patients"
AF_TRIAL += " with atrial fibrillation. N Engl J Med. 2009;361(12):1139-51."


@pytest.mark.parametrize(
    "signal",
    ["Vgl. ", "Cf. ", "See ", "See also ", "Siehe ", "Vgl. auch ", "Véase ", "Ibid.; see also "],
)
def test_a_signal_before_the_authors_is_no_part_of_the_title(signal: str) -> None:
    """user24 P1 18: "Vgl. McDonagh TA, ..." lost its authors and began its title with the
    signal, and the title searched for was found nowhere (a false CL201)."""
    entry = parse_entry([signal + AF_TRIAL])
    assert entry.authors[0] == "Connolly SJ"
    assert entry.title == "Dabigatran versus warfarin in patients with atrial fibrillation"


@pytest.mark.parametrize(
    ("text", "first_author"),
    [
        ("See K, Smith J. Renal outcomes in a cohort. J Nephrol. 2020;33:12-9.", "See K"),
        ("Seeley R, Smith J. Renal outcomes in a cohort. J Nephrol. 2020;33:12-9.", "Seeley R"),
    ],
)
def test_an_author_named_like_a_signal_stays(text: str, first_author: str) -> None:
    assert parse_entry([text]).authors[0] == first_author


def test_a_title_beginning_with_see_stays_whole() -> None:
    entry = parse_entry(
        ["See and treat: a clinic model for cervical screening. Lancet. 2001;357:9."]
    )
    assert entry.title is not None and entry.title.startswith("See and treat")


@pytest.mark.parametrize(
    ("name", "back"),
    [("de_fussnoten_vhf.md", {3, 4}), ("en_notes_af.md", {3, 4}), ("es_notas_fa.md", {2})],
)
def test_notes_naming_the_work_cited_are_not_looked_up(name: str, back: set[int]) -> None:
    """ "Hindricks u. a., a. a. O., S. 412.", "Hindricks et al., op. cit., p. 412." and
    "Granger et al., ob. cit., p. 1990." (its page read as a year) name an earlier note's
    work; looked up, each was a false CL201."""
    document = read_article(NOTES / name, Config())
    assert back_references(document.references) == back
    assert all(document.references[index].authors for index in range(len(back) - 1))
