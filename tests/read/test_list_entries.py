"""Cutting a reference section into entries (read/list_entries.py)."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.list_entries import _without_link_words


def test_a_cochrane_reviews_study_labels_and_headings_are_no_entries() -> None:
    text = (
        "Exercise reduced falls (Fairhall 2024; Kwan 2025), as in the community (Burton 2015)."
        "\n\nReferences\nReferences to studies included in this review\n"
        "Fairhall 2024 {published data only}\n"
        "Fairhall N, Chen L. Group balance training in aged care. Age Ageing 2024;53(4):afae077.\n"
        "Kwan 2025 {published data only}\n"
        "Kwan MM, Tsang WW. Tai chi in nursing homes. J Am Med Dir Assoc 2025;26(2):105-12.\n"
        "Additional references\nBurton 2015\n"
        "Burton E, Adams R. Exercise for people with dementia: a review. Clin Interv Aging "
        "2015;10:421-34.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [(entry.authors[0], entry.year) for entry in entries] == [
        ("Fairhall N", 2024),
        ("Kwan MM", 2025),
        ("Burton E", 2015),
    ]


def test_entries_of_an_author_year_list_that_open_with_a_name_and_year_stay() -> None:
    # One line each: a "Name Year" line with no entry below it is an entry of its own.
    text = "Falls are common (Rapp 2012).\n\nReferences\nRapp 2012\nVlaeyen 2015\n"
    assert len(read_text(text, "review.txt", "txt").references) == 2


def test_an_answers_source_cards_ending_in_journal_and_year_keep_those_lines() -> None:
    text = (
        "Statins help [1]. So does exercise [2].\n\nSources\n"
        "Statins for primary prevention\nJAMA 2022\nExercise after a heart attack\nLancet 2019\n"
    )
    entries = read_text(text, "answer.txt", "txt").references
    assert "JAMA 2022" in [entry.raw for entry in entries]


def test_taylor_and_francis_link_outs_and_the_links_after_the_list_are_no_entries() -> None:
    text = (
        "Strokes in the young are common [1,2].\n\nReferences\n"
        "Feigin VL, Stark BA. Burden of stroke, 1990-2019. Lancet Neurol. 2021;20(10):795-820.\n"
        "Crossref\nPubMed\nWeb of Science ®\nGoogle Scholar\n"
        "Fine JP, Gray RJ. A model for a competing risk. J Am Stat Assoc. 1999;94:496-509.\n"
        "Taylor & Francis Online\nWeb of Science ®\nGoogle Scholar\n"
        "Download PDF\nRelated research\nPeople also read\nRecommended articles\nCited by\n"
    )
    entries = read_text(text, "article.txt", "txt").references
    assert [entry.authors[0] for entry in entries] == ["Feigin VL", "Fine JP"]
    assert entries[1].raw.endswith("1999;94:496-509.")


def test_sciencedirects_citing_papers_after_the_list_are_no_part_of_its_last_entry() -> None:
    text = (
        "Recall fades [1].\n\nReferences\n[1]\nS. Park, R. Wallace\n"
        "Recall period and accuracy of self-reported hospital events\n"
        "Med Care, 50 (2012), pp. 80-86\nGoogle Scholar\nCited by (3)\n"
        "Accuracy of self-reported fractures in Japan\n2024, Archives of Osteoporosis\n"
    )
    (entry,) = read_text(text, "article.txt", "txt").references
    assert entry.raw.endswith("pp. 80-86")


def test_link_outs_after_the_last_stop_of_an_entry_are_dropped_and_their_addresses_kept() -> None:
    entry = "Smith J. A title. Lancet. 2019;1:2."
    assert _without_link_words(entry + " PubMed Google Scholar") == entry
    pubmed = "https://pubmed.ncbi.nlm.nih.gov/31535829/"
    assert _without_link_words(f"{entry} PubMed {pubmed} Google Scholar") == f"{entry} {pubmed}"
    assert _without_link_words("Smith J. A title. Lancet. 2019. Crossref; PubMed") == (
        "Smith J. A title. Lancet. 2019."
    )
    # Separators alone are no link-outs; nor is a word in the title that starts like one.
    assert _without_link_words("Smith J. A title. Lancet. 2019. | [ ]").endswith("| [ ]")
    assert _without_link_words("Smith J. Scholarly views; a title. 2019;1:2.") == (
        "Smith J. Scholarly views; a title. 2019;1:2."
    )
