"""Rules CL201-CL208 read each entry's Resolution; only CL208 speaks for unchecked entries."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citelint.models import Document, Reading, Reference, Resolution, Severity, Status
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.resolution import RESOLUTION_RULES

RECORD = Record(
    pmid="30100001",
    title="Low-dose aspirin after a first venous clot: a randomised trial.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2012,
    authors=["Brightwater T"],
    volume="367",
    pages="1979-87",
)
OTHER = Record(pmid="30100002", title="Surgery or physiotherapy for lumbar stenosis.", year=2015)


def entry(**changes: object) -> Reference:
    fields: dict[str, object] = {
        "title": "Low-dose aspirin after a first venous clot: a randomised trial",
        "journal": "N Engl J Med",
        "year": 2012,
        "authors": ["Brightwater T"],
        "volume": "367",
        "pages": "1979-87",
    }
    fields.update(changes)
    raw = str(fields.pop("raw", "..."))
    return Reference(number=4, raw=raw, line=21, column=3, **fields)  # type: ignore[arg-type]


def findings(reference: Reference, resolution: Resolution, code: str | None = None):
    document = Document(path="a.md", format="md", text="", references=[reference])
    context = CheckContext(document, {reference.number: resolution})
    found = [f for rule in RESOLUTION_RULES for f in rule.check(context)]
    return [f for f in found if code is None or f.code == code]


def resolved(record: Record = RECORD, **extra: object) -> Resolution:
    return Resolution(4, Status.RESOLVED, record=record, **extra)  # type: ignore[arg-type]


def test_the_rules_are_cl201_to_cl208_and_need_resolution() -> None:
    assert [rule.code for rule in RESOLUTION_RULES] == [f"CL20{n}" for n in range(1, 9)]
    assert all(rule.needs_resolution for rule in RESOLUTION_RULES)
    severities = [rule.severity for rule in RESOLUTION_RULES]
    assert severities == [
        Severity.ERROR,
        Severity.WARNING,
        Severity.WARNING,
        Severity.ERROR,
        Severity.ERROR,
        Severity.WARNING,
        Severity.INFO,
        Severity.INFO,
    ]


def test_a_matching_entry_raises_nothing() -> None:
    assert findings(entry(), resolved()) == []


def test_not_found_is_cl201_at_the_entry() -> None:
    reason = "no PubMed record shares the title's distinctive words; possibly fabricated"
    [finding] = findings(entry(), Resolution(4, Status.NOT_FOUND, reason=reason))
    assert (finding.code, finding.line, finding.column, finding.reference) == ("CL201", 21, 3, 4)
    assert finding.message == f"reference 4: {reason}"


def test_cl201_says_possibly_fabricated_only_when_the_resolver_has_strong_evidence() -> None:
    reason = "no PubMed record matches the entry (searched its title); check it by hand"
    [finding] = findings(entry(), Resolution(4, Status.NOT_FOUND, reason=reason))
    assert finding.code == "CL201" and "fabricated" not in finding.message


def test_ambiguous_is_cl202_with_the_candidates() -> None:
    resolution = Resolution(4, Status.AMBIGUOUS, candidates=["1", "2"])
    [finding] = findings(entry(), resolution)
    assert finding.code == "CL202" and "PMID 1, 2" in finding.message


def test_metadata_mismatch_says_what_differs() -> None:
    [finding] = findings(entry(year=2009, volume="368"), resolved())
    assert finding.code == "CL203" and finding.pmid == "30100001"
    assert finding.message == (
        "reference 4: year 2009 in the entry, 2012 in PubMed; "
        "volume 368 in the entry, 367 in PubMed (PMID 30100001)"
    )


def test_one_year_off_journal_abbreviation_and_page_style_are_fine() -> None:
    same = entry(year=2013, journal="New England Journal of Medicine", pages="1979-1987")
    assert findings(same, resolved()) == []


def test_wrong_journal_and_first_author_are_mismatches() -> None:
    [finding] = findings(entry(journal="Lancet", authors=["Jones P"]), resolved())
    assert "journal 'Lancet' in the entry, 'N Engl J Med' in PubMed" in finding.message
    assert "first author 'Jones P' in the entry, 'Brightwater T' in PubMed" in finding.message


def test_identifier_mismatch_is_cl204_naming_both_papers() -> None:
    resolution = resolved(identifier_record=OTHER)
    codes = [f.code for f in findings(entry(pmid="30100002"), resolution)]
    assert codes == ["CL204"]
    [finding] = findings(entry(pmid="30100002"), resolution, "CL204")
    assert finding.pmid == "30100002"
    assert finding.message == (
        "reference 4: PMID 30100002 is 'Surgery or physiotherapy for lumbar stenosis.' (2015), "
        "not the paper the entry's title names (that is PMID 30100001)"
    )


def test_a_doi_naming_another_paper_says_which() -> None:
    resolution = Resolution(4, Status.NOT_FOUND, identifier_record=OTHER)
    [finding] = findings(entry(doi="10.5555/x.1"), resolution)
    assert finding.message.startswith("reference 4: DOI 10.5555/x.1 is PMID 30100002 'Surgery")
    assert finding.message.endswith("(no PubMed record matches the title)")


def test_a_title_read_as_a_few_words_is_shown_in_cl204() -> None:
    """User31a P2-1: an entry whose title was misread as "PubMed" (from "PubMed PMID: n")
    got "not the paper the entry's title names" beside a record with the entry's own title:
    the title as read shows the misreading. A whole title is not repeated."""
    resolution = Resolution(4, Status.NOT_FOUND, identifier_record=OTHER)
    [finding] = findings(entry(pmid="30100002", title="PubMed"), resolution)
    assert "not the paper the entry's title 'PubMed' names (no PubMed" in finding.message
    [finding] = findings(entry(pmid="30100002"), resolution)
    assert "not the paper the entry's title names (no PubMed" in finding.message


def test_identifier_mismatch_without_a_matching_title_is_cl204_not_cl201() -> None:
    resolution = Resolution(4, Status.NOT_FOUND, identifier_record=OTHER)
    assert [f.code for f in findings(entry(pmid="30100002"), resolution)] == ["CL204"]


def test_a_pmid_pubmed_does_not_know_beside_a_found_title_is_cl204() -> None:
    resolution = resolved(unknown_pmid="39999999")
    [finding] = findings(entry(pmid="39999999"), resolution)
    assert (finding.code, finding.pmid) == ("CL204", "39999999")
    assert finding.message == (
        "reference 4: PMID 39999999 names no PubMed record; the entry's title is PMID 30100001"
    )


def test_retracted_paper_is_cl205_but_a_retraction_notice_is_not() -> None:
    retracted = Record(
        pmid="993",
        title=RECORD.title,
        publication_types=["Retracted Publication"],
        retraction_in=["195582"],
    )
    [finding] = findings(entry(), resolved(retracted), "CL205")
    assert "retraction notice PMID 195582" in finding.message and finding.pmid == "993"
    notice = Record(
        pmid="195582", title=RECORD.title, publication_types=["Retraction of Publication"]
    )
    assert findings(entry(), resolved(notice), "CL205") == []


def test_a_retracted_and_replaced_paper_names_its_replacement() -> None:
    # user23 P3 5: JAMA's "retraction and replacement"; the replacement is what to cite.
    original = Record(
        pmid="39900170",
        title=RECORD.title,
        publication_types=["Journal Article", "Retracted Publication"],
        retraction_in=["39900172"],
        republished_in=["39900171"],
    )
    [finding] = findings(entry(), resolved(original), "CL205")
    assert finding.message.endswith(
        "has been retracted (retraction notice PMID 39900172) and replaced by PMID 39900171"
    )
    # The replacement itself is clean.
    replacement = Record(pmid="39900171", title=RECORD.title, publication_types=["Journal Article"])
    assert findings(entry(), resolved(replacement), "CL205") == []


@pytest.mark.parametrize(
    "tail",
    [
        " Retracted.",
        " Retraction in: N Engl J Med. 2014;370:1572. Republished in: N Engl J Med. 2014;370:e12.",
        " [Retracted].",
        # review25a F6: capitals, and NLM's and MEDLINE's other forms.
        " RETRACTED.",
        " Retraction and republication in: N Engl J Med. 2014;370:e12.",
        " Retracted and republished in: N Engl J Med. 2014;370:e12.",
        " Retracted in: N Engl J Med. 2014;370:1572.",
        " Retracted. doi:10.1056/NEJMoa1200303",
        " Retracted 2014.",
        # user32a P2-3: an answer's "(withdrawn)", NLM's preprint form.
        " (withdrawn).",
        " [Preprint; withdrawn].",
    ],
)
def test_an_entry_saying_its_paper_was_retracted_is_told_as_info(tail: str) -> None:
    """user25 P2 3: cited for its retraction ("The first report was retracted [4]."), the
    entry saying so, it was an error; told as info, with the paper to cite instead."""
    original = Record(
        pmid="39900170",
        title=RECORD.title,
        publication_types=["Journal Article", "Retracted Publication"],
        retraction_in=["39900172"],
        republished_in=["39900171"],
    )
    raw = (
        "Brightwater T. Low-dose aspirin after a first venous clot: a randomised trial. "
        "N Engl J Med. 2012;367:1979-87." + tail
    )
    [finding] = findings(entry(raw=raw), resolved(original), "CL205")
    assert finding.severity == Severity.INFO
    assert finding.message.endswith(
        "has been retracted, as the entry says (retraction notice PMID 39900172) and replaced "
        "by PMID 39900171"
    )


def test_elseviers_retracted_before_the_title_is_the_entry_saying_so() -> None:
    retracted = Record(pmid="993", title=RECORD.title, publication_types=["Retracted Publication"])
    raw = "Brightwater T. RETRACTED: Low-dose aspirin after a first clot. BMJ. 2012;1:e2."
    [finding] = findings(entry(raw=raw), resolved(retracted), "CL205")
    assert finding.severity == Severity.INFO
    raw = "Brightwater T. Drugs withdrawn from the market: a review. BMJ. 2012;1:e2."
    [finding] = findings(entry(raw=raw), resolved(retracted), "CL205")
    assert finding.severity == Severity.ERROR


def test_an_entry_about_retractions_is_still_told_of_its_own() -> None:
    retracted = Record(pmid="993", title=RECORD.title, publication_types=["Retracted Publication"])
    raw = "Brightwater T. Retracted trials in cardiology: a review. BMJ. 2012;1:e2."
    [finding] = findings(entry(raw=raw), resolved(retracted), "CL205")
    assert finding.severity == Severity.ERROR


def test_erratum_and_concern_are_cl206() -> None:
    corrected = Record(pmid="7", title=RECORD.title, erratum_in=["8"], concern_in=["9"])
    [finding] = findings(entry(), resolved(corrected), "CL206")
    assert "an expression of concern (PMID 9) and an erratum (PMID 8)" in finding.message


@pytest.mark.parametrize(
    "notice",
    [
        "Erratum in: N Engl J Med. 2013;368(6):584.",
        "[Published correction appears in N Engl J Med. 2013;368(6):584.]",
        "Published correction appears in N Engl J Med. 2013;368(6):584.",
    ],
)
def test_an_entry_that_cites_its_erratum_is_not_told_of_it(notice: str) -> None:
    # user20 P3: the entry copied PubMed's own "Erratum in:" line and was still warned.
    corrected = Record(pmid="7", title=RECORD.title, erratum_in=["8"])
    raw = f"Brightwater T. Low-dose aspirin. N Engl J Med. 2012;367:1979-87. {notice}"
    assert findings(entry(raw=raw), resolved(corrected), "CL206") == []
    twice = Record(pmid="7", title=RECORD.title, erratum_in=["8", "10"])
    [finding] = findings(entry(raw=raw), resolved(twice), "CL206")
    assert finding.message.endswith("carries an erratum (PMID 8, 10)")
    concerned = Record(pmid="7", title=RECORD.title, erratum_in=["8"], concern_in=["9"])
    [finding] = findings(entry(raw=raw), resolved(concerned), "CL206")
    assert finding.message.endswith("carries an expression of concern (PMID 9)")


def test_an_erratum_alone_on_a_correct_entry_is_info() -> None:
    # user23 P2 5 (the lead's product decision): RECOVERY's erratum on a clean entry failed
    # CI at fail-level "warning" though the review cites the paper correctly.
    corrected = replace(RECORD, pmid="7", erratum_in=["8"])
    [finding] = findings(entry(), resolved(corrected), "CL206")
    assert finding.severity == Severity.INFO
    assert finding.message.endswith("carries an erratum (PMID 8)")


@pytest.mark.parametrize(
    ("reference", "record", "resolution_extra"),
    [
        # A concern beside the erratum: the paper's reliability is in doubt.
        (entry(), replace(RECORD, pmid="7", erratum_in=["8"], concern_in=["9"]), {}),
        # The entry gives another year (CL203): it is not cited correctly.
        (entry(year=2015), replace(RECORD, pmid="7", erratum_in=["8"]), {}),
        # Its PMID names another paper (CL204).
        (entry(), replace(RECORD, pmid="7", erratum_in=["8"]), {"identifier_record": OTHER}),
    ],
)
def test_an_erratum_stays_a_warning_beside_a_concern_or_a_faulty_entry(
    reference: Reference, record: Record, resolution_extra: dict
) -> None:
    [finding] = findings(reference, resolved(record, **resolution_extra), "CL206")
    assert finding.severity == Severity.WARNING


def test_not_in_pubmed_is_cl207_info() -> None:
    [finding] = findings(entry(), Resolution(4, Status.NOT_IN_PUBMED))
    assert finding.code == "CL207" and finding.severity == Severity.INFO


def test_a_data_set_not_in_pubmed_is_called_a_data_set() -> None:
    # review21b P2-3: it was said to look like "a guideline, book or web page".
    raw = (
        "Okafor C. Ward readmissions 2015-2022 [dataset]. Zenodo; 2023. doi:10.5281/zenodo.1234567"
    )
    [finding] = findings(entry(raw=raw), Resolution(4, Status.NOT_IN_PUBMED))
    assert finding.message.startswith("reference 4 looks like a data set, which PubMed does not")


def test_unverified_is_cl208_with_the_reason_and_nothing_else() -> None:
    reason = "PubMed could not be reached: connection refused"
    unverified = Resolution(4, Status.UNVERIFIED, reason=reason, identifier_record=OTHER)
    [finding] = findings(entry(pmid="30100002", year=1990), unverified)
    assert finding.code == "CL208" and finding.message.endswith(reason)


def test_entries_without_a_resolution_are_skipped() -> None:
    document = Document(path="a.md", format="md", text="", references=[entry()])
    context = CheckContext(document, {})
    assert [f for rule in RESOLUTION_RULES for f in rule.check(context)] == []


def test_cl203_compares_the_reading_the_record_agrees_with() -> None:
    record = Record(
        pmid="38988993",
        title="Prey size preference in the tokay gecko (Gekko gecko). Fresh data.",
        journal="Behaviour",
        journal_abbrev="Behaviour",
        year=2023,
        authors=["Probst A"],
    )
    cut = entry(
        title="Prey size preference in the tokay gecko (Gekko gecko)",
        journal="Fresh data. Behaviour",
        year=2023,
        authors=["Probst A"],
        volume=None,
        pages=None,
        alternatives=[Reading(record.title.rstrip("."), "Behaviour", 2023, ("Probst A",))],
    )
    assert findings(cut, resolved(record)) == []
    slipped = replace(cut, year=2019, alternatives=[replace(cut.alternatives[0], year=2019)])
    [finding] = findings(slipped, resolved(record))
    assert finding.message == "reference 4: year 2019 in the entry, 2023 in PubMed (PMID 38988993)"


def test_books_theses_reports_and_web_pages_are_cl207_never_cl201() -> None:
    text = """# Care

Claims [1], [2], [3], [4].

## References

1. Harrison's Principles of Internal Medicine. 20th ed. New York: McGraw-Hill; 2018.
2. Katz JN. Lumbar spinal stenosis. In: Goldman L, Schafer AI, editors. Goldman-Cecil
   Medicine. 26th ed. Philadelphia: Elsevier; 2020. p. 1094-8.
3. Lee H. Exercise and sleep in shift workers [master's thesis]. Seoul: Yonsei University; 2018.
4. World Health Organization. Global tuberculosis report 2023. Geneva: WHO; 2023.
5. Data on file. Boehringer Ingelheim Pharmaceuticals, Inc.; 2021.
"""
    document = read_text(text.replace("[4].", "[4], [5]."), "a.md", "md")
    resolutions = StaticResolver([RECORD, OTHER]).resolve(document.references)
    context = CheckContext(document, {r.reference: r for r in resolutions})
    codes = [f.code for rule in RESOLUTION_RULES for f in rule.check(context)]
    assert codes == ["CL207"] * 5


REPEATED_NUMBER = (
    "# Clots\n\nWalking eases back pain [1]. Aspirin after a first clot lowers recurrence [2]. "
    "Surgery eases stenosis [3].\n\n## References\n\n"
    "1. Smith J. Walking and back pain: a trial. Spine J. 2019;19:600-8.\n"
    "2. Brightwater T. Low-dose aspirin after a first venous clot: a randomised trial. "
    "N Engl J Med. 2012;367:1979-87. PMID: 30100001\n"
    # A copy error: the third entry is numbered 2 again.
    "2. Surgery or physiotherapy for lumbar stenosis. 2015. PMID: 30100002\n"
)


def test_an_entry_repeating_a_number_is_judged_on_its_own_not_in_the_first_s_place() -> None:
    from citelint.commands.pipeline import lint_documents
    from citelint.config import Config
    from citelint.pubmed.outcomes import OfflineResolver

    document = read_text(REPEATED_NUMBER, "a.md", "md")
    config = Config(select=["CL1", "CL2"])

    def told(resolver: object) -> list[tuple[str, int, str]]:
        found = lint_documents([document], config, resolver).findings  # type: ignore[arg-type]
        return [(f.code, f.line, f.message) for f in found if f.line in (8, 9)]

    # Each entry is judged against its own record: the repeat's once took entry 2's place
    # and gave it "year 2012 in the entry, 2015 in PubMed (PMID 30100002)".
    repeat = (
        "CL103",
        9,
        "reference number 2 is used twice (first at line 8); citations of 2 are read as that "
        "entry's",
    )
    assert told(StaticResolver([RECORD, OTHER])) == [repeat]
    unchecked = (
        "reference 2 could not be checked: offline, and no cached PubMed answer for this entry"
    )
    assert told(OfflineResolver()) == [("CL208", 8, unchecked), repeat, ("CL208", 9, unchecked)]


def test_an_entry_repeating_a_number_is_looked_up_on_its_own() -> None:
    """Review14 F3: a copy error ("2." twice) must not hide a fabricated second entry."""
    from citelint.commands.pipeline import lint_documents
    from citelint.config import Config

    invented = REPEATED_NUMBER.replace(
        "2. Surgery or physiotherapy for lumbar stenosis. 2015. PMID: 30100002\n",
        "2. Oakhurst R. Nightly magnesium and migraine in pilots: a randomised trial. "
        "Lancet. 2021;398:1201-9.\n",
    )
    document = read_text(invented, "a.md", "md")
    found = lint_documents([document], Config(select=["CL2"]), StaticResolver([RECORD, OTHER]))
    # Line 7 (entry 1) is no record of the fake PubMed either; line 8 is entry 2's own.
    assert [(f.code, f.line) for f in found.findings if f.line > 7] == [("CL201", 9)]


def test_a_doi_one_slip_from_the_records_is_cl203() -> None:
    # user21: a DOI one digit off beside the right PMID passed "All clear".
    record = replace(RECORD, doi="10.1056/NEJMoa1203456")
    [finding] = findings(entry(doi="10.1056/NEJMoa1203465"), resolved(record), "CL203")
    assert finding.message == (
        "reference 4: DOI 10.1056/nejmoa1203465 in the entry, 10.1056/nejmoa1203456 in PubMed "
        "(PMID 30100001)"
    )
    assert findings(entry(doi="10.1056/NEJMoa1203457."), resolved(record), "CL203") != []


def test_a_doi_cut_short_another_version_or_another_registrant_is_no_slip() -> None:
    record = replace(RECORD, doi="10.1002/14651858.CD002003.pub4")
    for doi in (
        "10.1002/14651858.CD002003.pub4",  # the same, in another case below
        "10.1002/14651858.cd002003.PUB4",
        "10.1002/14651858.CD002003.pub",  # a wrapped line's DOI read short
        "10.1002/14651858.CD002003.pub45",
        "10.1002/14651858.CD002003",  # the review, no version
        "10.1003/14651858.CD002003.pub4",  # another registrant's prefix
        "10.1002/14651858.CD003002.pub4",  # more than one slip: another DOI
    ):
        assert findings(entry(doi=doi), resolved(record), "CL203") == [], doi
    assert findings(entry(doi="10.1002/14651858.CD002003.pub4"), resolved(RECORD)) == []
    # review21a P3-1: a word processor's dashes for the DOI's hyphens are no slip.
    dashed = replace(RECORD, doi="10.1016/s0140-6736(20)30001-2")
    for dash in ("\u2010", "\u2011", "\u2013", "\u2212"):
        doi = f"10.1016/S0140-6736(20)30001{dash}2"
        assert findings(entry(doi=doi), resolved(dashed), "CL203") == [], doi
