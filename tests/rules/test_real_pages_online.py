"""Pages in real shapes whose entries cite real PubMed records (fixtures/entrez/real), checked
against a fake PubMed that holds those records: every entry is right, so every CL2xx finding
is a false alarm; a fault planted in a page must still be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.read import read_path, read_text
from citelint.record import Record

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"
# The pages whose every entry is a record of the fake PubMed (conftest.REAL_RECORDS).
ONLINE = [
    "cureus-copied.txt",
    "chatgpt-site-links.md",
    "manuscript-pdf-wrapped.txt",
    "elsevier-pdf-copied.txt",
    "frontiers-numbered-copied.txt",
    "guideline-updates-copied.txt",
    "publisher-addresses-copied.txt",
    "answer-site-labels.md",
    "supplement-pages-copied.txt",
    "scielo-pt-copied.txt",
    "thieme-de-copied.txt",
    "revista-es-copied.txt",
    "revue-fr-copied.txt",
    "vancouver-notices-copied.txt",
    "ama-initials-copied.txt",
    "online-first-entries.txt",
    "discharge-labs-note.md",
    "answer-es-fuentes.md",
    "vancouver-internet-entries.txt",
    "revista-cols-copied.txt",
    "harvard-accessed-copied.txt",
    "revue-fr-typeset-copied.txt",
    "revista-meses-copied.txt",
    "revista-traducidos-copied.txt",
    "rmarkdown-unnumbered.md",
    "manubot-real-records.html",
    "manubot-rendered-copied.txt",
    "pdf-wrapped-dois-copied.txt",
    "revista-internet-citado.txt",
    "chicago-notes-copied.txt",
    # Clinical notes (notes15): lab values with bracketed ranges, guidelines cited.
    "ehr-labs-printout.txt",
    "discharge-letter-pdf.txt",
    "scribe-soap-note.md",
    "consult-letter-problems.txt",
    "nota-evolucion-es.txt",
    "arztbrief-de.txt",
    "note-footnotes-fr.md",
    "hospitalist-note-parenthesised.txt",
    "elsevier-harvard-copied.txt",
    "notes-fr-guillemets.txt",
]


def findings(server: FakeEutils, name: str, text: str | None = None) -> list[tuple[str, int]]:
    path = PAGES / name
    fmt = path.suffix[1:]
    document = read_path(path) if text is None else read_text(text, name, fmt)
    found = lint_online(server, document, ["CL1", "CL2"])
    # An inline link's finding is told by its line.
    return [(f.code, f.citation or f.reference or f.line) for f in found]


@pytest.mark.parametrize("name", ONLINE)
def test_right_entries_of_real_records_get_no_finding(pubmed: FakeEutils, name: str) -> None:
    assert findings(pubmed, name) == []


PLANTED = [
    # Cureus: "Authors, et al.: Title. Journal. Year, Volume:Pages. DOI".
    ("cureus-copied.txt", "management [6,7]", "management [6]", ("CL102", 7)),
    ("cureus-copied.txt", "each year [1,9]", "each year [1,10]", ("CL101", 10)),
    ("cureus-copied.txt", "2012, 367:1979-87", "2015, 367:1979-87", ("CL203", 1)),
    ("cureus-copied.txt", "10.5761/atcs.ra.21-00040", "10.5761/atcs.ra.19-00158", ("CL204", 6)),
    # ChatGPT: "([Site name][n])", the linked page's own title in the definition "[n]:
    # address "Title"": a wrong link comes with the wrong page's title (review15 F2).
    (
        "chatgpt-site-links.md",
        'ajpheart.00590.2021?utm_source=chatgpt.com "Sympathetic neural responses to sleep '
        'disorders and insufficiencies"',
        'ajpheart.00477.2022?utm_source=chatgpt.com "Vasomotor symptoms of menopause, '
        'autonomic dysfunction, and cardiovascular disease"',
        ("CL209", 31),
    ),
    (
        "chatgpt-site-links.md",
        'gov/31588070/?utm_source=chatgpt.com "Current Management of Acute Pulmonary Embolism',
        'gov/23121403/?utm_source=chatgpt.com "Low-Dose Aspirin for Preventing Recurrent '
        "Venous Thromboembolism",
        ("CL209", 26),
    ),
    (
        "chatgpt-site-links.md",
        'doi/10.1515/hmbci-2022-0093/html?utm_source=chatgpt.com "D-dimer - a multifaceted '
        'molecule"',
        'doi/10.1515/jpem-2022-0309/html?utm_source=chatgpt.com "Thyroid storm in pediatrics: '
        'a systematic review"',
        ("CL209", 30),
    ),
    # A manuscript's PDF copied as text: byline with degrees, entries broken mid-range.
    ("manuscript-pdf-wrapped.txt", "a third.1", "a third.12", ("CL101", 12)),
    ("manuscript-pdf-wrapped.txt", "Liu et al.8", "Liu et al.", ("CL102", 8)),
    ("manuscript-pdf-wrapped.txt", "2022;322(3):H337-", "2019;322(3):H337-", ("CL203", 11)),
    (
        "manuscript-pdf-wrapped.txt",
        "2012;367(21):1979-",
        "2012;367(21):1979-\n87.\n",
        ("CL103", 87),
    ),
    # Elsevier's numbered journals: "T.A. Brighton, ..., Title, N. Engl. J. Med. 367 (21)
    # (2012) 1979–1987, https://doi.org/...".
    ("elsevier-pdf-copied.txt", "anticoagulant [1,2]", "anticoagulant [1,11]", ("CL101", 11)),
    ("elsevier-pdf-copied.txt", "monitoring [6]", "monitoring", ("CL102", 6)),
    ("elsevier-pdf-copied.txt", "322 (3) (2022) H337", "322 (3) (2019) H337", ("CL203", 7)),
    ("elsevier-pdf-copied.txt", "[3] V.D. Raikou", "[3] V.D. Raikov", ("CL203", 3)),
    ("elsevier-pdf-copied.txt", "10.5761/atcs.ra.19-00158", "10.1056/NEJMoa1210384", ("CL204", 2)),
    # Frontiers' numbered journals: "(1, 2)" in the text, "Journal. (2023) 76:342–5. doi: ..."
    # in the list, the article's own DOI in its header.
    ("frontiers-numbered-copied.txt", "sparse (7, 8)", "sparse (7, 9)", ("CL101", 9)),
    ("frontiers-numbered-copied.txt", "(2023) 76:342–5", "(2021) 76:342–5", ("CL203", 1)),
    ("frontiers-numbered-copied.txt", "10.1128/aac.00216-22", "10.1128/jb.00024-24", ("CL204", 3)),
    # Vancouver titles that end in their date or version: "... embolism (April 2020). J."
    ("guideline-updates-copied.txt", "2020;26(2):65-71", "2020;27(2):65-71", ("CL203", 1)),
    ("guideline-updates-copied.txt", "2. Frenette C", "2. Frenzel C", ("CL203", 2)),
    ("guideline-updates-copied.txt", "2022;117(4)", "2022;118(4)", ("CL203", 4)),
    # Entries ending in a publisher's address, the page's name after the DOI ("/html").
    (
        "publisher-addresses-copied.txt",
        "doi/10.1515/hmbci-2022-0093/html",
        "doi/10.1515/cclm-2024-0070/html",
        ("CL204", 1),
    ),
    (
        "publisher-addresses-copied.txt",
        "10.1152/ajpheart.00590.2021/pdf",
        "10.1152/ajpheart.00477.2022/pdf",
        ("CL204", 3),
    ),
    # Links labelled by hand with their site's name: "([Wiley Online Library](address))".
    (
        "answer-site-labels.md",
        "10.1111/j.1399-0004.2010.01436.x",
        "10.1111/1759-7714.13823",
        ("CL209", 5),
    ),
    ("answer-site-labels.md", "ajpheart.00590.2021", "ajpheart.00477.2022", ("CL209", 4)),
    # Springer's and BMC's addresses give the DOI after "/article/", "/articles/".
    ("answer-site-labels.md", "s10554-022-02558-3", "s10554-024-03145-4", ("CL209", 8)),
    ("answer-site-labels.md", "s12891-022-05070-w", "s12891-021-04000-2", ("CL207", 9)),
    # A supplement's pages: "224-5" in the entry, "S224-S225" in PubMed, is no mismatch.
    ("supplement-pages-copied.txt", "(Suppl 3):224-5.", "(Suppl 3):226-7.", ("CL203", 1)),
    ("supplement-pages-copied.txt", "(Suppl 3):172.", "(Suppl 3):S127.", ("CL203", 2)),
    # Articles in other languages: the list under "Referências" or "Literatur"; SciELO's
    # citations in parentheses glued to the word, "terapêutico(1)".
    ("scielo-pt-copied.txt", "exames(8)", "exames(9)", ("CL101", 9)),
    (
        "scielo-pt-copied.txt",
        "diretrizes mais recentes(5,6)",
        "diretrizes mais recentes(5)",
        ("CL102", 6),
    ),
    ("scielo-pt-copied.txt", "2013;50(1)", "2016;50(1)", ("CL203", 3)),
    ("thieme-de-copied.txt", "zunehmend erfasst [3]", "zunehmend erfasst [4]", ("CL101", 4)),
    ("thieme-de-copied.txt", "3. Gomes F", "3. Gomez F", ("CL203", 3)),
    # Superscripts flattened after words with accents: "década2,3", "revisión4.".
    ("revista-es-copied.txt", "funciones9.", "funciones10.", ("CL101", 10)),
    ("revista-es-copied.txt", "otra revisión4.", "otra revisión.", ("CL102", 4)),
    ("revista-es-copied.txt", "2012;367", "2015;367", ("CL203", 1)),
    ("revue-fr-copied.txt", "multiples facettes9.", "multiples facettes10.", ("CL101", 10)),
    ("revue-fr-copied.txt", "résumées ailleurs4.", "résumées ailleurs.", ("CL102", 4)),
    ("revue-fr-copied.txt", "4. Raikou VD.", "4. Raikov VD.", ("CL203", 4)),
    # PubMed's Cite text with "Comment on: <another paper's source>" after the entry's own;
    # Citing Medicine's "Reply [Letter]", "Methods Refocused [Editorial]".
    ("vancouver-notices-copied.txt", "Res. 2023 Mar;46(3)", "Res. 2021 Mar;46(3)", ("CL203", 8)),
    (
        "vancouver-notices-copied.txt",
        "2022 Jul;4(7):564-565",
        "2022 Jul;4(7):664-665",
        ("CL203", 15),
    ),
    ("vancouver-notices-copied.txt", "1715-1717. doi", "1725-1727. doi", ("CL203", 19)),
    ("vancouver-notices-copied.txt", "59(2-03):57-58", "59(2-03):67-68", ("CL203", 21)),
    ("vancouver-notices-copied.txt", "section [21]", "section [22]", ("CL101", 22)),
    # AMA, 30 entries, journals cited by their initials ("NEJM.", "PNAS.").
    ("ama-initials-copied.txt", "mild asthma. NEJM.", "mild asthma. JAMA.", ("CL203", 10)),
    ("ama-initials-copied.txt", "retinopathy. PNAS.", "retinopathy. JACC.", ("CL203", 14)),
    ("ama-initials-copied.txt", "stroke injury.30", "stroke injury.31", ("CL101", 31)),
    ("ama-initials-copied.txt", "a large trial.11", "a large trial.", ("CL102", 11)),
    # Papers online first: PubMed's "... Online ahead of print.", Zotero's AMA "Title
    # [published online ahead of print, 2024 Feb 5]. Journal. 2024;<DOI>."
    (
        "online-first-entries.txt",
        "hmbci-2022-0093. doi:10.1515/hmbci-2022-0093",
        "jpem-2022-0309. doi:10.1515/jpem-2022-0309",
        ("CL204", 3),
    ),
    ("online-first-entries.txt", "2024]. Xenobiotica", "2024]. Biochem J", ("CL203", 4)),
    ("online-first-entries.txt", "syndrome [5]", "syndrome [6]", ("CL101", 6)),
    # A discharge summary: laboratory values with their reference ranges in brackets.
    (
        "discharge-labs-note.md",
        "anticoagulation stops [3]",
        "anticoagulation stops [4]",
        ("CL101", 4),
    ),
    ("discharge-labs-note.md", "its many roles [2]", "its many roles", ("CL102", 2)),
    ("discharge-labs-note.md", "2012;367(21)", "2014;367(21)", ("CL203", 3)),
    # An AI answer in Spanish, its list under "Fuentes".
    ("answer-es-fuentes.md", "anticoagulación [3]", "anticoagulación [4]", ("CL101", 4)),
    ("answer-es-fuentes.md", "Tayal D, Jain P", "Jain P, Tayal D", ("CL203", 2)),
    # NLM's journals read online: "N Engl J Med [Internet]. 2012 Nov 22 [cited ...];367(21)".
    ("vancouver-internet-entries.txt", "367(21):1979–87", "367(21):1879–87", ("CL203", 1)),
    ("vancouver-internet-entries.txt", "1. Brighton TA", "1. Brightman TA", ("CL203", 1)),
    ("vancouver-internet-entries.txt", "regions [4]", "regions [5]", ("CL101", 5)),
    # "et al" in Spanish and Portuguese, "y cols.", "e col.": a wrong first author is found.
    ("revista-cols-copied.txt", "1. Costa-Matos L", "1. Costa-Mattos L", ("CL203", 1)),
    ("revista-cols-copied.txt", "2. Chinzon D", "2. Chinzen D", ("CL203", 2)),
    ("revista-cols-copied.txt", "7. Richter EA", "7. Sylow L, Richter EA", ("CL203", 7)),
    # Harvard, "Available at: <address> (Accessed: 3 February 2025).": the date is no locus.
    ("harvard-accessed-copied.txt", "(2021) 'Marine", "(2019) 'Marine", ("CL203", 4)),
    ("harvard-accessed-copied.txt", "10.1093/ajh/hpac079", "10.1039/d1em00553g", ("CL204", 6)),
    ("harvard-accessed-copied.txt", "Abbatt, J.P.D. and", "Abbot, J.P.D. and", ("CL203", 1)),
    # A quoted Harvard title holding a question mark: "'Who consumes ...? A systematic ...'".
    ("harvard-accessed-copied.txt", "Reviews, 37(2)", "Reviews, 38(2)", ("CL203", 2)),
    # French typesetting: narrow spaces before ";" and ":", a non-breaking hyphen in the range
    # ("1979\u201187"), which cut it at its first page: a wrong last page was missed.
    ("revue-fr-typeset-copied.txt", "1979\u201187", "1979\u201197", ("CL203", 1)),
    ("revue-fr-typeset-copied.txt", "797\u2011800", "797\u2011810", ("CL203", 7)),
    ("revue-fr-typeset-copied.txt", "[6] Raikou VD", "[6] Raikov VD", ("CL203", 6)),
    # Months in Spanish, in lower case ("2022 abr-jun;59(2)"), and PubMed's loci ahead of
    # print ("2024 Apr 25:116695", "2024 May 2:S1879-4068(24)00075-4"): no locus was read.
    ("revista-meses-copied.txt", "2022 abr-jun;59(2)", "2019 abr-jun;59(2)", ("CL203", 1)),
    ("revista-meses-copied.txt", "50(1):35-41", "50(1):45-51", ("CL203", 2)),
    ("revista-meses-copied.txt", "2024 Apr 25:116695", "2022 Apr 25:116695", ("CL203", 5)),
    ("revista-meses-copied.txt", "2024 May 2:S1879", "2021 May 2:S1879", ("CL203", 6)),
    ("revista-meses-copied.txt", "2021 nov 12;478", "2021 nov 12;476", ("CL203", 8)),
    # Titles put into Spanish (PubMed's are English), and Citing Medicine's "Own title
    # [English title]": the same paper when all else agrees, not when anything else differs.
    # A wrong first page or volume beside the translated title: its first author's papers in
    # its journal and year hold it, the slip named (user24 P1 17; was CL201 "fabricated").
    ("revista-traducidos-copied.txt", "367(21):1979-87", "367(21):1879-87", ("CL203", 1)),
    # One field slipped beside a translated title: the paper, found by its journal, volume
    # and page, with the slip named (review18 F4; was CL201 "possibly fabricated").
    ("revista-traducidos-copied.txt", "1. Brighton TA", "1. Bright TA", ("CL203", 1)),
    ("revista-traducidos-copied.txt", "2012;367(21)", "2015;367(21)", ("CL203", 1)),
    (
        "revista-traducidos-copied.txt",
        "Brighton TA, Eikelboom JW,",
        "Eikelboom JW, Brighton TA,",
        ("CL203", 1),
    ),
    ("revista-traducidos-copied.txt", "26(2):65-71", "27(2):65-71", ("CL203", 2)),
    (
        "revista-traducidos-copied.txt",
        "10.1097/MCC.0000000000000838",
        "10.1097/MCC.0000000000001017",
        ("CL204", 3),
    ),
    (
        "revista-traducidos-copied.txt",
        "Aspirina en dosis bajas para prevenir la tromboembolia venosa recurrente",
        "Aspirin and clopidogrel after a first venous thromboembolism",
        ("CL203", 1),  # its locus names the paper: "another title"
    ),
    # Another paper's title in Spanish on this one's locus (review18 F3): a hybrid entry,
    # whose locus names the record and whose title CL203 questions (review19 F3).
    (
        "revista-traducidos-copied.txt",
        "Aspirina en dosis bajas para prevenir la tromboembolia venosa recurrente",
        "Manejo actual de la embolia pulmonar aguda en la unidad de cuidados intensivos",
        ("CL203", 1),
    ),
    # Chicago's notes under "Notes" (hunt14 left: a false CL107), with short forms and
    # "Ibid." naming an earlier note's work: not looked up, unless no earlier note is theirs.
    ("chicago-notes-copied.txt", "careful.6", "careful.8", ("CL101", 8)),
    ("chicago-notes-copied.txt", "(1987): 217", "(1989): 217", ("CL203", 3)),
    ("chicago-notes-copied.txt", "6. Kember,", "6. Kimber,", ("CL201", 6)),
    (
        "chicago-notes-copied.txt",
        '4. McMahon, "Eroticism,"',
        '4. McMahon, "Ming Erotica,"',
        ("CL201", 4),
    ),
    # Elsevier's Harvard, "Hogan, J.I., ..., Heguy, A., 2023. Title. Clin. Infect. Dis. 76,
    # 342–345.": the year after the names was no year, the names part of the title (CL201).
    ("elsevier-harvard-copied.txt", "Heguy, A., 2023.", "Heguy, A., 2021.", ("CL203", 5)),
    ("elsevier-harvard-copied.txt", "Prime, H., Wade", "Primer, H., Wade", ("CL203", 8)),
    ("elsevier-harvard-copied.txt", "Biochem. J. 478,", "Biochem. J. 481,", ("CL203", 9)),
    ("elsevier-harvard-copied.txt", "ijms251810046", "ijms252413596", ("CL204", 7)),
    ("elsevier-harvard-copied.txt", "Disorders, 2022.", "Disorders, 2019.", ("CL203", 4)),
    # AMA with a preprint of a paper PubMed has from its journal, labels and web pages.
    ("ama-preprints-labels-copied.txt", "2. Hogan JI", "2. Hagen JI", ("CL203", 2)),
    ("ama-preprints-labels-copied.txt", "2023;76(2)", "2021;76(2)", ("CL203", 1)),
    # MLA's "Works Cited" of an essay citing by author and page.
    ("mla-works-cited.txt", "no. 9, 2022, p. 110870", "no. 9, 2019, p. 110870", ("CL203", 5)),
    ("mla-works-cited.txt", "pp. 631–43", "pp. 731–43", ("CL203", 6)),
    ("mla-works-cited.txt", "vol. 77, no. 6", "vol. 71, no. 6", ("CL203", 3)),
    # French notes: titles in guillemets, "n°", "op. cit.", "voir aussi", "Ibid., p. 8.".
    ("notes-fr-guillemets.txt", "n° 1, 1973", "n° 1, 1975", ("CL203", 1)),
    ("notes-fr-guillemets.txt", "vol. 95, n° 5", "vol. 96, n° 5", ("CL203", 5)),
    (
        "notes-fr-guillemets.txt",
        "6. Kember, « Anaxagoras'",
        "6. Kember, « Embryology",
        ("CL201", 6),
    ),
    ("notes-fr-guillemets.txt", "4. McMahon, op. cit.", "4. Mahon, op. cit.", ("CL201", 4)),
    # R Markdown's and Pandoc's headings with attributes, "# References {-}".
    ("rmarkdown-unnumbered.md", "elsewhere [2]", "elsewhere [7]", ("CL101", 7)),
    ("rmarkdown-unnumbered.md", "mixed [3]", "mixed", ("CL102", 3)),
    ("rmarkdown-unnumbered.md", "2022;38(8)", "2020;38(8)", ("CL203", 4)),
    # Manubot: given names first, family names of several words ("Fons F van den Berg").
    ("manubot-real-records.html", "Ida M Greenlund", "Ida M Greenland", ("CL203", 3)),
    ("manubot-real-records.html", "Fons F van den Berg", "Fons F van der Berg", ("CL203", 4)),
    ("manubot-real-records.html", "(2022-03-01)", "(2019-03-01)", ("CL203", 3)),
    ("manubot-real-records.html", "Timothy A Brighton", "Timothy A Brightman", ("CL203", 1)),
    # The same Manubot page copied from the browser: "DOI: … · PMID: … · PMCID: …" lines.
    ("manubot-rendered-copied.txt", "PMID: 34995163", "PMID: 36727757", ("CL204", 3)),
    ("manubot-rendered-copied.txt", "Care (2023-02-13)", "Care (2020-02-13)", ("CL203", 4)),
    ("manubot-rendered-copied.txt", "Ida M Greenlund", "Ida M Greenland", ("CL203", 3)),
    ("manubot-rendered-copied.txt", "approach [4]", "approach", ("CL102", 4)),
    # A PDF's lines break DOIs ("doi:10.1056/" / "NEJMoa1210384"): wrong ones were missed.
    (
        "pdf-wrapped-dois-copied.txt",
        "doi:10.1056/\nNEJMoa1210384",
        "doi:10.1056/\nNEJMoa1715274",
        ("CL204", 1),
    ),
    (
        "pdf-wrapped-dois-copied.txt",
        "doi.org/10.\n5761/atcs.ra.19-00158",
        "doi.org/10.\n5761/atcs.ra.21-00040",
        ("CL204", 2),
    ),
    (
        "pdf-wrapped-dois-copied.txt",
        "ajpheart.00590.\n2021",
        "ajpheart.00477.\n2022",
        ("CL204", 5),
    ),
    # Vancouver in Spanish: "[Internet]. 2020 [citado 5 mar 2024];26(2):65-71. Disponible en:".
    ("revista-internet-citado.txt", "2020 [citado 5 mar", "2017 [citado 5 mar", ("CL203", 2)),
    ("revista-internet-citado.txt", "3. Raikou VD", "3. Raikov VD", ("CL203", 3)),
    ("revista-internet-citado.txt", "50(1):35-41", "50(1):45-51", ("CL203", 4)),
    ("ehr-labs-printout.txt", "2021;27(4):454-459", "2019;27(4):454-459", ("CL203", 1)),
    ("arztbrief-de.txt", "1. Falde SD", "1. Fielding SD", ("CL203", 1)),
    ("nota-evolucion-es.txt", "2023;29(2):145-151", "2023;29(2):154-161", ("CL203", 1)),
    ("scribe-soap-note.md", "ajg.0000000000001680", "ajg.0000000000002857", ("CL204", 2)),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), PLANTED, ids=[p[0] for p in PLANTED])
def test_a_fault_planted_in_a_page_is_still_found(
    pubmed: FakeEutils, name: str, old: str, new: str, finding: tuple[str, int]
) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    assert old in text
    assert finding in findings(pubmed, name, text.replace(old, new, 1))


SICI = "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E"


def test_a_doi_of_the_sici_form_is_read_whole(pubmed: FakeEutils) -> None:
    """A SICI DOI was cut at its "<": PubMed has no such DOI, so a right entry was not
    matched by it and a wrong one not caught."""
    pubmed.add_record(
        Record(
            pmid="9595616",
            title="Two-sided confidence intervals for the single proportion: comparison of "
            "seven methods.",
            journal="Statistics in medicine",
            journal_abbrev="Stat Med",
            year=1998,
            authors=["Newcombe RG"],
            volume="17",
            issue="8",
            pages="857-72",
            doi=SICI,
        )
    )
    page = "Intervals differ [1].\n\nReferences\n1. {}. doi:" + SICI + "\n"
    right = (
        "Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of "
        "seven methods. Stat Med. 1998;17(8):857-72"
    )
    assert findings(pubmed, "sici.txt", page.format(right)) == []
    wrong = "Ewing ET. Public health responses to pandemics in 1918 and 2020. Am J Public Health"
    assert ("CL204", 1) in findings(pubmed, "sici.txt", page.format(wrong))


def test_a_journal_s_abbreviation_on_its_own_site_is_judged(pubmed: FakeEutils) -> None:
    """Review17 F3: "[Sci Rep 2019](https://www.science.org/...)" was taken for the site's
    name ("Sci" starts "science"), so a link to another journal's paper of another year
    passed; the right journal and year still fit."""
    pubmed.add_record(
        Record(
            pmid="30000001",
            title="Gut microbiome composition predicts response to anti-PD-1 immunotherapy.",
            journal="Science translational medicine",
            journal_abbrev="Sci Transl Med",
            year=2017,
            authors=["Lee AB", "Chen CD"],
            doi="10.1126/scitranslmed.aal1234",
        )
    )
    page = (
        "# Statins in older adults\n\n| Cohort | Lower mortality | Source |\n|---|---|---|\n"
        "| Veterans over 75 | 25% | [{}](https://www.science.org/doi/10.1126/"
        "scitranslmed.aal1234) |\n"
    )
    assert findings(pubmed, "site.md", page.format("Sci Transl Med 2017")) == []
    assert ("CL209", 5) in findings(pubmed, "site.md", page.format("Sci Rep 2019"))


def test_a_group_s_first_writer_is_checked(pubmed: FakeEutils) -> None:
    """fix13 left: "US Preventive Services Task Force, Davidson KW, ..." was read as no list
    of authors, so a wrong first writer after the group was never reported (CL203)."""
    pubmed.add_record(
        Record(
            pmid="34003218",
            title="Screening for Colorectal Cancer: US Preventive Services Task Force "
            "Recommendation Statement.",
            journal="JAMA",
            journal_abbrev="JAMA",
            year=2021,
            authors=["Davidson KW", "Barry MJ", "Mangione CM"],
            volume="325",
            issue="19",
            pages="1965-1977",
            doi="10.1001/jama.2021.6238",
        )
    )
    page = (
        "Screening starts at 45 [1].\n\nReferences\n1. US Preventive Services Task Force, {}, "
        "Mangione CM, et al. Screening for Colorectal Cancer: US Preventive Services Task "
        "Force Recommendation Statement. JAMA. 2021;325(19):1965-1977.\n"
    )
    assert findings(pubmed, "uspstf.txt", page.format("Davidson KW, Barry MJ")) == []
    assert ("CL203", 1) in findings(pubmed, "uspstf.txt", page.format("Barry MJ, Davidson KW"))


def test_an_entry_copied_under_its_number_again_is_judged_once(pubmed: FakeEutils) -> None:
    """review16 left: a list holding "1." twice, word for word, gave the entry's CL203 at
    both lines. The copy's findings are the first's: reported once, the copy told by CL103
    and CL105. A repeat that differs is still judged on its own."""
    pubmed.add_record(
        Record(
            pmid="26378978",
            title="Empagliflozin, Cardiovascular Outcomes, and Mortality in Type 2 Diabetes.",
            journal="The New England journal of medicine",
            journal_abbrev="N Engl J Med",
            year=2015,
            authors=["Zinman B", "Wanner C", "Lachin JM"],
            volume="373",
            issue="22",
            pages="2117-28",
            doi="10.1056/NEJMoa1504720",
        )
    )
    entry = (
        "1. Zinman B, Wanner C, Lachin JM, et al. Empagliflozin, cardiovascular outcomes, and "
        "mortality in type 2 diabetes. N Engl J Med. 2015;{}(22):2117-2128.\n"
    )
    page = "Empagliflozin reduced cardiovascular death [1].\n\nReferences\n" + entry + entry

    def lint(text: str) -> list[tuple[str, int]]:
        document = read_text(text, "repeat.txt", "txt")
        found = lint_online(pubmed, document, ["CL1", "CL2"])
        return sorted((f.code, f.line) for f in found)

    assert lint(page.format(375, 375)) == [("CL103", 5), ("CL105", 5), ("CL203", 4)]
    assert lint(page.format(373, 375)) == [("CL103", 5), ("CL105", 5), ("CL203", 5)]


def test_a_conference_abstract_is_called_one(pubmed: FakeEutils) -> None:
    """CL207 said a conference abstract "looks like a guideline, book or web page"."""
    page = (
        "Early results were shown at a meeting [1]. The trial came later [2].\n\nReferences\n"
        "1. Okafor N, Tran HL. Once-weekly dosing in older adults with type 2 diabetes "
        "[abstract]. Blood. 2019;134(Suppl 1):163.\n"
        "2. Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing "
        "recurrent venous thromboembolism. N Engl J Med. 2012;367(21):1979-87.\n"
    )
    document = read_text(page, "abstract.txt", "txt")
    found = lint_online(pubmed, document, ["CL2"])
    assert [(f.code, f.reference) for f in found] == [("CL207", 1)]
    assert "looks like a conference abstract, which PubMed seldom indexes" in found[0].message


def test_supplement_abstracts_and_trial_registrations_are_left_to_check_by_hand(
    pubmed: FakeEutils,
) -> None:
    """user25 P1 1, 5 and 9: PubMed had none of them, and each was CL201 "possibly
    fabricated"; the article beside them is still checked."""
    page = (
        "Steroids raised insulin needs [1]. Prone positioning helped [2]. The trial was "
        "registered [3, 4]. Aspirin prevented recurrence [5].\n\nReferences\n"
        "1. Lindqvist M, Osei K. Early insulin needs in steroid-treated pneumonia "
        "[abstract 1187]. Diabetes. 2021;70(Suppl 1):1187-P.\n"
        "2. Osei K, Haddad S. Prone positioning outside intensive care. Am J Respir Crit Care "
        "Med. 2021;203:A2471.\n"
        "3. ClinicalTrials.gov NCT04381936\n"
        "4. EU Clinical Trials Register. EudraCT Number 2020-001113-21. Randomised evaluation "
        "of inhaled therapy.\n"
        "5. Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing "
        "recurrent venous thromboembolism. N Engl J Med. 2012;367(21):1979-87.\n"
    )
    document = read_text(page, "registered.txt", "txt")
    found = lint_online(pubmed, document, ["CL2"])
    assert [(f.code, f.reference) for f in found] == [("CL207", n) for n in (1, 2, 3, 4)]
    assert "conference abstract" in found[1].message
    assert "looks like a trial registration, which PubMed does not index" in found[2].message


def test_preprints_labels_and_web_pages_are_left_to_check_by_hand(pubmed: FakeEutils) -> None:
    """A medRxiv preprint of a paper PubMed has from its journal was CL203 ("journal
    'medRxiv. Preprint posted online May 6' in the entry, 'Clin Infect Dis' in PubMed"); a
    preprint PubMed lacks and a drug's package insert were "possibly fabricated" (CL201).
    The preprint is its paper; the rest are CL207's, to check by hand."""
    found = findings(pubmed, "ama-preprints-labels-copied.txt")
    assert found == [("CL207", number) for number in range(3, 11)]


def test_an_mla_works_cited_list_is_read_field_by_field(pubmed: FakeEutils) -> None:
    """MLA's "Journal, vol. 39, no. 9, 2022, p. 110870." was a false CL203 (journal
    '110870'), and a group's guideline a CL207; entry 5's record carries an erratum."""
    assert findings(pubmed, "mla-works-cited.txt") == [("CL206", 5)]
