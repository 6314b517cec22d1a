"""A consumer page's sources without numbers, a paragraph each (WebMD's "SOURCES:"): an
agency's undated line is an entry of its own, not the title of the next dated one
(user29a P2)."""

from __future__ import annotations

from citelint.read import read_text


def raws(sources: str) -> list[str]:
    page = (
        "# Gout flares\n\nCutting back on sugary drinks lowers the risk of a flare.\n\n"
        f"SOURCES:\n\n{sources}\n"
    )
    return [entry.raw for entry in read_text(page, "gout.md", "md").references]


def test_undated_agency_lines_are_entries_of_their_own() -> None:
    sources = (
        'Arthritis Foundation: "Gout Diet: Dos and Don\'ts."\n\n'
        'Annals of the Rheumatic Diseases: "Sugar-sweetened drinks and gout flares," '
        "Mar. 4, 2021.\n\n"
        'National Institute of Arthritis and Musculoskeletal and Skin Diseases: "Gout."\n\n'
        'Cleveland Clinic: "Gout: Symptoms, Causes and Treatment," "Gout Diet."'
    )
    assert raws(sources) == [
        'Arthritis Foundation: "Gout Diet: Dos and Don\'ts."',
        'Annals of the Rheumatic Diseases: "Sugar-sweetened drinks and gout flares," Mar. 4, 2021.',
        'National Institute of Arthritis and Musculoskeletal and Skin Diseases: "Gout."',
        'Cleveland Clinic: "Gout: Symptoms, Causes and Treatment," "Gout Diet."',
    ]


def test_a_title_line_with_a_quote_keeps_its_journal_line() -> None:
    # The two-line layout: a title ending in a quotation, then "Journal, Year".
    sources = (
        'Purines and gout: "a diet for life"\nRheumatology, 2019.\n\n'
        "Fructose and uric acid in adults\nJ Rheumatol, 2020."
    )
    assert raws(sources) == [
        'Purines and gout: "a diet for life" Rheumatology, 2019.',
        "Fructose and uric acid in adults J Rheumatol, 2020.",
    ]
