"""Where a reference list ends: the block after it is never part of its last entry."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRIES = (
    "1. Smith J. Stimulation for pain. Neuromodulation. 2019;22:465-72.\n"
    "2. Moe D. Five trials. Lancet. 2001;1:1.\n"
)
LAST = "Moe D. Five trials. Lancet. 2001;1:1."
FOOTER = "Copyright 2024 Example Inc. Share this page."


def raws(text: str, fmt: str) -> list[str]:
    return [entry.raw for entry in read_text(text, f"a.{fmt}", fmt).references]


@pytest.mark.parametrize(
    ("fmt", "heading", "after"),
    [
        ("md", "## References", "---\n\n"),
        ("md", "## References", "***\n\n"),
        ("md", "## References", ""),
        ("txt", "References", ""),
        ("txt", "References", "---\n\n"),
    ],
)
def test_a_numbered_list_ends_at_a_break_or_a_plain_paragraph(
    fmt: str, heading: str, after: str
) -> None:
    text = f"Claim [1]. Claim [2].\n\n{heading}\n\n{ENTRIES}\n{after}{FOOTER}\n"
    assert raws(text, fmt)[-1] == LAST


def test_indented_lines_and_list_items_still_continue_a_numbered_list() -> None:
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n\n1. Smith J. Stimulation for pain.\n\n"
        "   Neuromodulation. 2019;22:465-72.\n\n2. Moe D. Five. Lancet. 2001;1:1.\n"
    )
    assert raws(text, "txt") == [
        "Smith J. Stimulation for pain. Neuromodulation. 2019;22:465-72.",
        "Moe D. Five. Lancet. 2001;1:1.",
    ]


@pytest.mark.parametrize(
    "after",
    [
        f"<p>{FOOTER}</p>",
        f"<footer>{FOOTER}</footer>",
        "<footer>Example Inc., 2024</footer>",
        "<div>Example Inc., 2024</div>",
        "Example Inc., 2024",
        "<ul><li>About us</li><li>Contact</li></ul>",
        "<hr><p>Example Inc., 2024</p>",
    ],
)
def test_an_html_list_ends_with_its_element(after: str) -> None:
    items = "".join(f"<li>{line[3:]}</li>" for line in ENTRIES.splitlines())
    page = f"<p>Claim [1]. Claim [2].</p><h2>References</h2><ol>{items}</ol>{after}"
    assert raws(page, "html")[-1] == LAST


def test_paragraphs_inside_an_html_list_item_stay_in_its_entry() -> None:
    page = (
        "<p>Claim [1]. Claim [2].</p><h2>References</h2><ol>"
        "<li><p>Smith J. Stimulation for pain.</p><p>Neuromodulation. 2019;22:465-72.</p></li>"
        f"<li>{LAST}</li></ol><p>{FOOTER}</p>"
    )
    assert raws(page, "html") == [
        "Smith J. Stimulation for pain. Neuromodulation. 2019;22:465-72.",
        LAST,
    ]


@pytest.mark.parametrize("after", ["---\n\nExample Inc., 2024\n", f"{FOOTER}\n"])
def test_an_unnumbered_web_list_ends_at_a_break_or_a_footer(after: str) -> None:
    text = (
        "Claim. 1\n\nSecond claim. 2\n\nReferences\n\nStimulation for pain.\n\n"
        "Neuromodulation, 2019\n\nFive trials.\n\nLancet, 2001\n\n" + after
    )
    assert raws(text, "txt") == [
        "Stimulation for pain. Neuromodulation, 2019",
        "Five trials. Lancet, 2001",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "References and notes",
        "## References and Notes",
        "Notes and references",
        "Literature cited",
        "Reference list",
        "Citations",
        "## Sources and references",
        "References (14)",
        "Key references",  # a clinical note's or a review's short list
        "## Selected references",
        "Supporting sources:",
    ],
)
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_reference_headings_by_other_names(heading: str, fmt: str) -> None:
    text = f"Claim [1].\n\n{heading}\n\n1. Smith J. One. J X. 2020;1:1.\n"
    assert raws(text, fmt) == ["Smith J. One. J X. 2020;1:1."]


UNNUMBERED = (
    "Doe, J.; Roe, K. Fasting and liver fat. J. Hepatol. 2019, 71, 793–801. [Google Scholar]\n"
    "Moe, D. Sleep and blood pressure. Hypertension 2015, 66, 1108–1115. [CrossRef]\n"
)


def test_a_later_reading_list_is_not_the_list() -> None:
    # A review's "Key references" box repeats a few entries after its References.
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n\n1. Smith J. One. J X. 2020;1:1.\n"
        "2. Roe K. Two. J Y. 2021;2:2.\n\nKey references\n\n1. Roe K. Two. J Y. 2021;2:2.\n"
    )
    assert raws(text, "txt") == ["Smith J. One. J X. 2020;1:1.", "Roe K. Two. J Y. 2021;2:2."]
    # After any list's heading: "Sources", "Works cited".
    for heading in ("Sources", "Works cited"):
        assert raws(text.replace("References", heading), "txt") == [
            "Smith J. One. J X. 2020;1:1.",
            "Roe K. Two. J Y. 2021;2:2.",
        ]


TABLE_SOURCES = (
    "# Mortalidade cardiovascular no Brasil\n\nA mortalidade caiu [1]. Nas capitais [2,3]. "
    "Em mulheres [4].\n\n## Referências\n\n"
    "1. Silva A, Costa B. Mortalidade cardiovascular. Arq Bras Cardiol. 2019;112(3):200-8.\n"
    "2. Souza C, Lima D. Capitais brasileiras. Rev Saude Publica. 2020;54:45.\n"
    "3. Rocha E, Alves F. Tendências regionais. Cad Saude Publica. 2018;34(2):e00012318.\n"
    "4. Mendes G, Dias H. Mulheres e doença. Rev Bras Epidemiol. 2021;24:e210001.\n\n"
    "Tabela 1. Taxas de mortalidade por região, 2000 e 2019.\n\n"
    "| Região | Taxa 2000 | Taxa 2019 |\n|---|---|---|\n| Sudeste | 250 | 180 |\n\n"
    "Fontes:\n1. Sistema de Informações sobre Mortalidade (SIM). Ministério da Saúde, 2019.\n"
    "2. Instituto Brasileiro de Geografia e Estatística (IBGE). Censo 2010.\n"
)


@pytest.mark.parametrize(
    ("references", "sources"),
    [("## Referências", "Fontes:"), ("## References", "Sources:"), ("## Literatur", "Quellen:")],
)
def test_a_table_s_sources_after_the_references_are_not_the_list(
    references: str, sources: str
) -> None:
    """Review17 F7: a table's "Fontes:" (or "Sources:") list after the References replaced
    them: [3] and [4] had no entry (CL101). The References stay the list."""
    text = TABLE_SOURCES.replace("## Referências", references).replace("Fontes:", sources)
    document = read_text(text, "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]


def test_a_later_citations_box_of_counts_is_not_the_list() -> None:
    # A publisher page copied whole: its "Article Metrics" box has a "Citations" heading.
    text = (
        f"Claim [1]. Claim [2].\n\nReferences\n{UNNUMBERED}"
        "© 2023 by the authors.\nArticle Metrics\nCitations\nCrossref\n \n3\nScopus\n \n4\n"
    )
    assert [entry.raw[:9] for entry in read_text(text, "a.txt", "txt").references] == [
        "Doe, J.; ",
        "Moe, D. S",
    ]


def test_a_later_sources_list_with_entries_is_still_the_list() -> None:
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n\n1. Old A. One. J. 2001;1:1.\n\n"
        "Sources\n\n1. Doe J. Two. J Hepatol. 2019;71:793-801.\n2. Moe D. Three. Gut. 2020;1:2.\n"
    )
    assert raws(text, "txt") == [
        "Doe J. Two. J Hepatol. 2019;71:793-801.",
        "Moe D. Three. Gut. 2020;1:2.",
    ]


def test_a_publishers_note_ends_an_unnumbered_list() -> None:
    text = (
        f"Claim [1]. Claim [2].\n\nReferences\n{UNNUMBERED}"
        "Publisher’s Note: the publisher stays neutral on claims in published maps.\n"
    )
    assert len(raws(text, "txt")) == 2


def test_springer_link_outs_and_download_line_belong_to_no_entry() -> None:
    # BMC and Springer pages copied from the browser: an unnumbered list, each entry followed
    # by its link-outs, the list closed by "Download references".
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n"
        "Doe J. Loneliness and care. Heart. 2016;102:1009–16.\n\n"
        "Article  PubMed  PubMed Central  Google Scholar \n\n"
        "Roe K. Social ties. J Aging Health. 2015;27:500–18.\n\n"
        "MathSciNet  Google Scholar \n\n"
        "Download references\n\nAcknowledgements\nWe thank the respondents.\n"
    )
    assert raws(text, "txt") == [
        "Doe J. Loneliness and care. Heart. 2016;102:1009–16.",
        "Roe K. Social ties. J Aging Health. 2015;27:500–18.",
    ]


@pytest.mark.parametrize("closing", ["External links", "Further reading", "See also"])
def test_a_wikipedia_list_ends_at_its_closing_sections(closing: str) -> None:
    text = (
        "Claim.[1] Claim.[2]\n\nReferences\n"
        '^ a b Doe J (2012). "Iron and sleep". Sleep Medicine. 16 (4): 283–295. PMID 21795081.\n'
        '^ Roe K (2004). "Legs at night". Neurology. 63 (6): 1065–1069.\n'
        f"{closing}\nRestless legs at Curlie\nSleep disorders portal\n"
    )
    assert len(raws(text, "txt")) == 2


LANCET = (
    "Claim.1 Claim.2,3\n\nReferences\n"
    "1\nGBD Collaborators\nGlobal burden of risk factors, 1990–2019\nLancet. 2020; 396:1223-1249\n"
    "View in Article\nScopus (3500)\nPubMed\nSummary\nFull Text\nFull Text PDF\nGoogle Scholar\n"
    "2\nJafar TH, Gandhi M\nA community-based intervention for hypertension\n"
    "N Engl J Med. 2020; 382:717-726\nView in Article\nCrossref\nGoogle Scholar\n"
    "3\nHayes RJ, Moulton LH\nCluster randomised trials\n2nd edn. Chapman and Hall, 2017\n"
    "View in Article\nGoogle Scholar\n"
    "Article info\nPublication history\nPublished: March 16, 2024\n"
)


def test_entries_numbered_by_a_line_holding_only_the_number() -> None:
    # The Lancet's pages copied as text: the label on a line above each entry.
    references = read_text(LANCET, "a.txt", "txt").references
    assert [(entry.number, entry.numbered) for entry in references] == [
        (1, True),
        (2, True),
        (3, True),
    ]
    assert [entry.raw for entry in references] == [
        "GBD Collaborators Global burden of risk factors, 1990–2019 Lancet. 2020; 396:1223-1249",
        "Jafar TH, Gandhi M A community-based intervention for hypertension "
        "N Engl J Med. 2020; 382:717-726",
        "Hayes RJ, Moulton LH Cluster randomised trials 2nd edn. Chapman and Hall, 2017",
    ]


def test_a_lone_number_inside_unnumbered_entries_numbers_nothing() -> None:
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n"
        "Doe J. Fasting and liver fat. J Hepatol. 2019;71:793–801.\n2\n"
        "Moe D. Sleep and blood pressure. Hypertension. 2015;66:1108–1115.\n"
    )
    references = read_text(text, "a.txt", "txt").references
    assert [(entry.number, entry.numbered) for entry in references][:2] == [
        (1, False),
        (2, False),
    ]


def test_link_outs_copied_without_spaces_are_dropped_from_the_entry() -> None:
    # JAMA's pages copied as text: the label alone, the entry, then glued link-outs.
    text = (
        "Claim.1 Claim.2\n\nReferences\n1.\n"
        "Yang YX, Lewis JD. Long-term PPI therapy and hip fracture. JAMA. 2006;296(24):2947-2953.\n"
        "ArticlePubMedGoogle ScholarCrossref\n2.\n"
        "Vaezi MF, Howden CW. Complications of PPI therapy. Gastroenterology. 2017;153(1):35-48.\n"
        "PubMedGoogle ScholarCrossref\nSee More About\nGeriatrics\n"
    )
    assert [raw.rsplit(" ", 1)[-1] for raw in raws(text, "txt")] == [
        "2006;296(24):2947-2953.",
        "2017;153(1):35-48.",
    ]


def test_a_pdfs_running_head_between_entries_neither_ends_the_list_nor_joins_an_entry() -> None:
    text = (
        "Claim [1]. Claim [2]. Claim [3].\n\nReferences\n"
        "1. Jencks SF, Williams MV. Rehospitalizations among patients in the\n"
        "   Medicare program. N Engl J Med. 2009;360(14):1418–28.\n"
        "2. Kaufman BG, Thomas SR. The rising rate of rural hospital closures.\n"
        "   J Rural Health. 2016;32(1):35–43.\n\n"
        "Page 3 of 4                     J Rural Health Serv Res 2023; 9: 114–126\n\n"
        "3. Chan L, Hart LG. Geographic access to health care. J Rural Health. 2006;22:140–6.\n\n"
        "Page 4 of 4                     J Rural Health Serv Res 2023; 9: 114–126\n"
    )
    assert raws(text, "txt") == [
        "Jencks SF, Williams MV. Rehospitalizations among patients in the "
        "Medicare program. N Engl J Med. 2009;360(14):1418–28.",
        "Kaufman BG, Thomas SR. The rising rate of rural hospital closures. "
        "J Rural Health. 2016;32(1):35–43.",
        "Chan L, Hart LG. Geographic access to health care. J Rural Health. 2006;22:140–6.",
    ]


def test_a_paragraph_after_the_list_that_no_entry_follows_still_ends_it() -> None:
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n\n1. Smith J. One. J X. 2020;1:1.\n\n"
        "Author biography\n\n1. Not an entry: the first step of a protocol.\n"
    )
    assert raws(text, "txt") == ["Smith J. One. J X. 2020;1:1."]


GROUPED = (
    "1. Stevens GA, Finucane MM. Haemoglobin trends, 1995–2011. Lancet Glob Health. "
    "2013;1(1):e16-e25.\n2. Stoffel NU. Iron absorption on alternate days. Lancet Haematol. "
    "2017;4(11):e524-e533.\n\n{head}\n\n3. Pavord S, Daru J. UK guidelines on iron deficiency in "
    "pregnancy. Br J Haematol. 2020;188(6):819-830.\n"
)


@pytest.mark.parametrize(
    ("fmt", "heading", "first", "second"),
    [
        ("md", "## References", "### Primary studies", "### Guidelines"),
        ("txt", "References", "Primary studies", "Society guidance"),
    ],
)
def test_a_numbered_list_grouped_under_subheadings_is_one_list(
    fmt: str, heading: str, first: str, second: str
) -> None:
    text = f"Claim [1]. Claim [2]. Claim [3].\n\n{heading}\n\n{first}\n\n" + GROUPED.format(
        head=second
    )
    assert [raw.split(".")[0] for raw in raws(text, fmt)] == [
        "Stevens GA, Finucane MM",
        "Stoffel NU",
        "Pavord S, Daru J",
    ]


def test_a_lower_heading_after_the_list_with_its_own_numbered_list_ends_it() -> None:
    text = (
        "Claim [1]. Claim [2].\n\n# References\n\n1. Smith J. One. J X. 2020;1:1.\n"
        "2. Doe J. Two. J X. 2021;2:2.\n\n## Appendix\n\n1. Step one of the protocol.\n"
        "2. Step two.\n"
    )
    assert raws(text, "md") == ["Smith J. One. J X. 2020;1:1.", "Doe J. Two. J X. 2021;2:2."]


def test_long_runs_of_separators_are_read_at_once() -> None:
    # A rule of dashes or a run of spaces before a word: each separator used to be split
    # between the link-out pattern's two repeats in every possible way (minutes for 30).
    ruled = "- " * 40 + "end of list"
    spaced = "Roe K. Social ties. J Aging Health. 2015;27:500–18." + " " * 60 + "(see notes)"
    text = (
        "Claim [1]. Claim [2].\n\nReferences\n"
        "Doe J. Loneliness and care. Heart. 2016;102:1009–16.\n\n"
        f"{ruled}\n\n{spaced}\n\nDownload references\n"
    )

    # The entries are read (how the rule line is grouped is not the point here).
    assert raws(text, "txt")[-1].endswith("2015;27:500–18." + " " * 60 + "(see notes)")


def test_a_reference_line_ending_in_a_long_run_of_spaces_is_read_in_one_pass() -> None:
    # Spaces between the entry's last stop and a last word: "[ \t]+" before the link-out
    # pattern (whose class holds spaces too) split such a run every way, quadratic in its
    # length (70 s for 20,000 spaces); one space there reads it once.
    line = "Roe K. Social ties. J Aging Health. 2015;27:500–18." + " " * 20_000 + "a-"
    text = f"Claim [1].\n\nReferences\n\n1. {line}\n"

    assert raws(text, "txt") == [line]


# PLOS's sidebar as a browser copies it after the list: its buttons a line each, the sites it
# shares to, then "Subject Areas" and the article's keywords (furniture18: each line an entry
# of a list copied without numbers, a false CL102 each).
PLOS_SIDEBAR = (
    "Download PDF\nCitation\nXML\nPrint\nShare\nReddit\nFacebook\nLinkedIn\nMendeley\n"
    "Twitter\nEmail\nCheck for updates\nSubject Areas\n?\n"
    "For more information about PLOS Subject Areas, click here.\n"
    "Insulin\nExercise\nProton pump inhibitors\n"
)
PLOS_ENTRIES = [
    "Richter EA, Sylow L, Hargreaves M. Interactions between insulin and exercise. "
    "Biochem J. 2021;478(21): 3827–3846. pmid:34751700",
    "Chinzon D, Domingues G, Tosetto N, Perrotti M. Safety of long-term proton pump "
    "inhibitors: facts and myths. Arq Gastroenterol. 2022;59(2): 219–225. pmid:35830032",
]
PLOS_LINK_OUTS = "View Article\nPubMed/NCBI\nGoogle Scholar\n"


@pytest.mark.parametrize("sidebar", [PLOS_SIDEBAR, "Citation\nXML\nPrint\nShare\n"])
def test_plos_sidebar_after_an_unnumbered_list_makes_no_entry(sidebar: str) -> None:
    entries = "".join(f"{entry}\n{PLOS_LINK_OUTS}" for entry in PLOS_ENTRIES)
    text = f"Exercise helps [1]. So do drugs [2].\nReferences\n{entries}{sidebar}"
    assert raws(text, "txt") == PLOS_ENTRIES


def test_plos_sidebar_after_a_numbered_list_is_no_part_of_its_last_entry() -> None:
    entries = "".join(
        f"{number}.\n{entry}\n{PLOS_LINK_OUTS}" for number, entry in enumerate(PLOS_ENTRIES, 1)
    )
    text = f"Exercise helps [1]. So do drugs [2].\nReferences\n{entries}{PLOS_SIDEBAR}"
    assert raws(text, "txt") == PLOS_ENTRIES


def test_one_word_of_a_toolbar_after_a_list_is_left_as_it_was() -> None:
    # A source may be named by one such word: only a run of buttons is furniture.
    text = (
        "Claim [1]. Claim [2]. Claim [3].\n\nSources\n"
        "Doe J. One. Gut. 2020;1:2.\nMoe D. Two. Gut. 2021;2:3.\nReddit\n"
    )
    assert raws(text, "txt")[-1] == "Reddit"


@pytest.mark.parametrize("heading", ["Bibliography", "BIBLIOGRAPHY", "Bibliography:"])
@pytest.mark.parametrize(
    "link_outs",
    [PLOS_LINK_OUTS, "PubMed\nGoogle Scholar\nCrossref\n", "View Article | PubMed | Crossref\n"],
)
def test_a_bibliography_with_link_outs_reads_as_its_entries(heading: str, link_outs: str) -> None:
    entries = "".join(f"{entry}\n{link_outs}" for entry in PLOS_ENTRIES)
    text = f"Exercise helps [1]. So do drugs [2].\n\n{heading}\n{entries}"
    assert raws(text, "txt") == PLOS_ENTRIES


@pytest.mark.parametrize("heading", ["Notes", "Bibliography"])
def test_link_outs_on_an_entry_s_own_line_are_no_part_of_it(heading: str) -> None:
    # Link-outs after the entry's last stop, on its line, as PMC's and Europe PMC's pages copy,
    # or after an identifier with no stop, "pmid:35830032 [PubMed]" (left19: they stayed).
    for plain in ([entry.rsplit(" pmid:", 1)[0] for entry in PLOS_ENTRIES], PLOS_ENTRIES):
        entries = "".join(
            f"{number}. {entry} [PubMed] [Google Scholar] [Crossref]\n"
            for number, entry in enumerate(plain, 1)
        )
        text = f"Exercise helps [1]. So do drugs [2].\n\n{heading}\n{entries}"
        assert raws(text, "txt") == plain
