"""A PDF's running heads and feet inside its reference list are no part of an entry
(read/running_heads.py)."""

from __future__ import annotations

from citelint.models import Reference
from citelint.read import read_text

# A review copied from its PDF: each page ends with the journal's foot, its page number first
# on even pages and last on odd ones, and the publisher's download stamp.
FOOT = "Okonkwo et al. Open Heart 2023;10:e002317"
STAMP = "Downloaded from https://openheart.bmj.com/content/10/2/e002317 by guest on 9 April 2024"
BODY = (
    "Atrial fibrillation\n"
    "Direct oral anticoagulants prevent stroke in atrial\n"
    "fibrillation at least as well as warfarin.1 Apixaban\n"
    "caused less major bleeding than warfarin,2 and\n"
    "rivaroxaban was non-inferior for stroke or systemic\n"
    "embolism.3 In patients with a bioprosthetic valve,\n"
    "edoxaban was non-inferior to warfarin.4\n"
    f"{FOOT} 3\n"
    f"{STAMP}\n"
    "Left atrial appendage closure is an option for\n"
    "patients who cannot take anticoagulants.5\n"
    f"4 {FOOT}\n"
    f"{STAMP}\n"
)
ENTRIES = (
    "References\n"
    "1. Ruff CT, Giugliano RP, Braunwald E, et al. Comparison of the efficacy and\n"
    "safety of new oral anticoagulants with warfarin in patients with atrial\n"
    "fibrillation: a meta-analysis of randomised trials. Lancet 2014;383:955–962.\n"
    "2. Granger CB, Alexander JH, McMurray JJV, et al. Apixaban versus warfarin\n"
    "in patients with atrial fibrillation. N Engl J Med 2011;365:\n"
    f"{FOOT} 5\n"
    f"{STAMP}\n"
    "981–992.\n"
    "3. Patel MR, Mahaffey KW, Garg J, et al. Rivaroxaban versus warfarin in\n"
    "nonvalvular atrial fibrillation. N Engl J Med 2011;365:883–891.\n"
    f"6 {FOOT}\n"
    "4. Guimarães HP, Lopes RD, de Barros E Silva PGM, et al. Rivaroxaban in\n"
    "patients with atrial fibrillation and a bioprosthetic mitral valve. N Engl J\n"
    "Med 2020;383:2117–2126.\n"
    "5. Osmancik P, Herman D, Neuzil P, et al. Left atrial appendage closure versus\n"
    "direct oral anticoagulants in high-risk patients with atrial fibrillation.\n"
    "J Am Coll Cardiol 2020;75:3122–3135.\n"
    f"{FOOT} 7\n"
)


def entries(text: str) -> list[Reference]:
    return read_text(text, "review.txt", "txt").references


def test_a_foot_inside_an_entry_is_no_part_of_it() -> None:
    references = entries(BODY + ENTRIES)
    second = references[1]
    assert (second.journal, second.year, second.volume, second.pages) == (
        "N Engl J Med",
        2011,
        "365",
        "981–992",
    )
    assert FOOT not in second.raw and "Downloaded" not in second.raw


def test_the_last_entry_does_not_swallow_the_foot_after_it() -> None:
    last = entries(BODY + ENTRIES)[-1]
    assert (last.journal, last.year, last.pages) == ("J Am Coll Cardiol", 2020, "3122–3135")
    assert last.raw.endswith("2020;75:3122–3135.")


def test_a_foot_between_entries_leaves_both_whole() -> None:
    third = entries(BODY + ENTRIES)[2]
    assert third.raw.endswith("2011;365:883–891.")


def test_a_list_copied_alone_keeps_its_lines() -> None:
    # No page outside the list shows the foot: nothing tells it from an entry's line, but
    # "by guest" tells the stamp.
    second = entries(ENTRIES)[1]
    assert FOOT in second.raw and "Downloaded" not in second.raw


def test_an_entry_cited_twice_in_a_list_of_notes_keeps_both() -> None:
    # Word's endnotes copied as text, the page's footnotes printing them too: the same words
    # after two numbers are entries, not a head with its page number (no page comes before
    # its own number).
    note = "Granger CB, et al. Apixaban versus warfarin. N Engl J Med 2011;365:981-992."
    text = (
        "Apixaban caused less bleeding.1 It also lowered mortality.2\n"
        f"1 {note}\n2 {note}\nMore text.\n\nNotes\n1 {note}\n2 {note}\n"
    )
    assert [entry.raw for entry in entries(text)] == [note, note]


def test_a_web_entry_downloaded_on_a_date_keeps_its_words() -> None:
    text = (
        "Most adults were vaccinated.1\n\nReferences\n"
        "1. World Health Organization. Immunization coverage. Downloaded from\n"
        "https://www.who.int/news-room/fact-sheets/detail/immunization-coverage on 3 March\n"
        "2024\n"
    )
    assert "on 3 March" in entries(text)[0].raw


def test_page_of_pages_inside_an_entry_is_dropped() -> None:
    text = (
        "Apixaban caused less bleeding.1 Rivaroxaban was non-inferior.2\n\nReferences\n"
        "1. Granger CB, Alexander JH, McMurray JJV, et al. Apixaban versus warfarin in\n"
        "patients with atrial fibrillation. N Engl J Med 2011;365:\n"
        "Page 9 of 11\n"
        "981–992.\n"
        "2. Patel MR, Mahaffey KW, Garg J, et al. Rivaroxaban versus warfarin in\n"
        "nonvalvular atrial fibrillation. N Engl J Med 2011;365:883–891.\n"
    )
    first = entries(text)[0]
    assert "Page 9" not in first.raw and first.pages == "981–992"


def test_a_head_without_its_number_over_page_of_pages_is_dropped_with_it() -> None:
    # BMC's PDF: the page's number, the running head and "Page 3 of 7" between two lines of
    # an entry; the head the same on every page.
    head = "Adeyemi et al. BMC Nephrology (2023) 24:87"
    text = (
        "Finerenone lowered albuminuria.1\n2\n"
        f"{head}\nPage 2 of 7\nSemaglutide slowed the fall in eGFR.2\n\nReferences\n"
        "1. Bakris GL, Agarwal R, Anker SD, et al. Effect of finerenone on chronic kidney\n"
        "disease outcomes in type 2 diabetes. N Engl J Med.\n"
        f"3\n{head}\nPage 3 of 7\n"
        "2020;383(23):2219-29.\n"
        "2. Perkovic V, Tuttle KR, Rossing P, et al. Effects of semaglutide on chronic kidney\n"
        "disease in patients with type 2 diabetes. N Engl J Med. 2024;391(2):109-21.\n"
    )
    first = entries(text)[0]
    assert first.raw.endswith("N Engl J Med. 2020;383(23):2219-29.")
    assert (first.journal, first.year, first.pages) == ("N Engl J Med", 2020, "2219-29")
