"""Real PubMed records cited the way articles cite them, resolved against a fake PubMed that
searches titles as PubMed does: every reading of an entry is tried, metadata is compared with
the reading the record agrees with, and CL201 says "possibly fabricated" only on strong
evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import holding_set

from citelint.models import Reference, Status
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.differences import differences
from citelint.pubmed.matching import best_reading
from citelint.pubmed.queries import core_term, first_author_term, near_term, words_term
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
from citelint.record import Record

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "real" / "pubmed_set.xml"


@pytest.fixture
def pubmed() -> Iterator[FakeEutils]:
    with holding_set(REAL) as server:
        yield server


def references(*texts: str) -> list[Reference]:
    items = "\n".join(f"{n}. {text}" for n, text in enumerate(texts, start=1))
    claims = " ".join(f"Claim [{n}]." for n in range(1, len(texts) + 1))
    document = read_text(f"# A\n\n{claims}\n\n## References\n\n{items}\n", "a.md", "md")
    return document.references


def resolve(server: FakeEutils, *texts: str) -> list:
    client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        return resolver.resolve(references(*texts))


def test_a_title_is_asked_side_by_side_never_as_a_whole_quoted_phrase(pubmed: FakeEutils) -> None:
    [resolution] = resolve(
        pubmed,
        "Leucocyte telomere length, genetic variants at the TERT gene region and risk of "
        "pancreatic cancer. Gut. 2017.",
    )
    assert resolution.status == Status.RESOLVED and resolution.record.pmid == "27797938"
    [search] = pubmed.requests("esearch.fcgi")
    assert search.params["term"] == (
        '"Leucocyte telomere length genetic variants at the TERT gene region and risk of '
        'pancreatic cancer"[ti:~0]'
    )
    assert [r.utility for r in pubmed.requests()] == ["esearch.fcgi", "efetch.fcgi"]


def test_a_first_authors_papers_around_its_year_are_asked() -> None:
    # user27 P1-1: one word PubMed spells otherwise ("paediatrics") fails the word search.
    entry = references(
        "Okwuosa CT, Lindqvist M. Adrenal crisis in paediatrics: a scoping review. J Paediatr "
        "Endocrinol Metab. 2022;35(7):881-90."
    )[0]
    assert first_author_term(entry) == '("Okwuosa CT"[au] AND 2021:2023[dp])'
    assert first_author_term(references("Adrenal crisis in children. Lancet. 2022.")[0]) is None


def test_a_short_title_is_narrowed_by_its_year() -> None:
    entry = references("Marine heatwaves. Ann Rev Mar Sci. 2021.")[0]
    assert near_term(entry) == '("Marine heatwaves"[ti:~0] AND 2020:2022[dp])'
    assert near_term(references("Editorial. J Comp Psychol. 2024.")[0]) == (
        "(Editorial[ti] AND 2023:2025[dp])"
    )


def test_titles_with_their_own_full_stops_resolve_without_findings(pubmed: FakeEutils) -> None:
    texts = (
        # a question before a subtitle, no authors: a group author is one reading of it
        "Is cryopreservation a homogeneous process? Ultrastructure and motility of untreated, "
        "prefreezing, and postthawed spermatozoa of Diplodus puntazzo (Cetti). Cryobiology. "
        "2001;42(4):244-55.",
        # a journal abbreviated with full stops after a two-sentence title
        "Strekas TC. Magnetic studies of Chromatium flavocytochrome C552. A mechanism for "
        "heme-flavin interaction. Biochim. Biophys. Acta. 1976;446(1):179-91.",
        # a question ending the title, in APA
        "Afridi, B., Khan, H., Akkol, E. K., & Aschner, M. (2021). Pain perception and "
        "management: Where do we stand? Current Molecular Pharmacology, 14(5), 678-688.",
        # an ALL-CAPS title cited with PubMed's own journal name
        "PANCREATIC STEATOSIS: A NEW DIAGNOSIS AND THERAPEUTIC CHALLENGE IN GASTROENTEROLOGY.\n"
        "   Arquivos de gastroenterologia, 2020",
    )
    entries = references(*texts)
    resolutions = resolve(pubmed, *texts)
    assert [r.record.pmid if r.record else r.status for r in resolutions] == [
        "11748933",
        "9997",
        "32525788",
        "32490903",
    ]
    for entry, resolution in zip(entries, resolutions, strict=True):
        assert resolution.identifier_record is None
        assert differences(best_reading(entry, resolution.record), resolution.record) == []


def test_a_right_pmid_beside_a_title_with_inner_stops_is_no_identifier_mismatch(
    pubmed: FakeEutils,
) -> None:
    [resolution] = resolve(
        pubmed,
        'Garcia-Tabar I, Gorostiaga EM. A "Blood Relationship" Between the Overlooked Minimum '
        "Lactate Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old "
        "Days? Front Physiol. 2018;9:1034. PMID: 30108519.",
    )
    assert resolution.status == Status.RESOLVED and resolution.record.pmid == "30108519"
    assert resolution.identifier_record is None and resolution.unknown_pmid is None


def test_alternative_readings_cost_no_extra_request(pubmed: FakeEutils) -> None:
    texts = [
        "Taddei AR, Barbato F. Is cryopreservation a homogeneous process? Ultrastructure and "
        "motility of untreated, prefreezing, and postthawed spermatozoa of Diplodus puntazzo "
        "(Cetti). Cryobiology. 2001.",
        "Bogren A, Hunt G, Petersen MA. RETHINKING INTOXICATED SEXUAL ENCOUNTERS. Drugs. 2023.",
        "Tweed EJ, Miller RG. Why are drug-related deaths among women increasing in Scotland? A "
        "mixed-methods analysis of possible explanations. Drugs (Abingdon Engl). 2022.",
        "Park YS, Konge L, Artino AR. The Positivism Paradigm of Research. Acad Med. 2020.",
    ]
    resolutions = resolve(pubmed, *texts)
    assert all(r.status == Status.RESOLVED for r in resolutions)
    # one title search for all four, one fetch of what it found
    assert [r.utility for r in pubmed.requests()] == ["esearch.fcgi", "efetch.fcgi"]


# -- CL201's evidence --------------------------------------------------------------------------


def test_no_record_sharing_the_titles_words_is_strong_evidence(pubmed: FakeEutils) -> None:
    [resolution] = resolve(
        pubmed,
        "Quillfeather A. Nightly melatonin abolishes tinnitus in long-haul pilots: a pilot "
        "trial. J Clin Oncol. 2019.",
    )
    assert resolution.status == Status.NOT_FOUND
    assert resolution.reason == (
        "no PubMed record has all of the title's distinctive words (searched its title, its "
        "title's words, its first author's papers around its year); possibly fabricated"
    )


def test_a_near_title_is_weak_evidence_and_is_named(pubmed: FakeEutils) -> None:
    [resolution] = resolve(pubmed, "Acute pulmonary embolism. Ann Thorac Cardiovasc Surg. 2020.")
    assert resolution.status == Status.NOT_FOUND
    assert resolution.reason == (
        "no PubMed record matches the entry (searched its title, its title's words); the "
        "nearest title is PMID 31588070, 'Current Management of Acute Pulmonary Embolism.'; "
        "check it by hand"
    )


_GAIT_POSTURE = Record(
    pmid="39960201",
    title="Stride length after hip fracture surgery in older adults.",
    journal="Gait & posture",
    journal_abbrev="Gait Posture",
    year=2021,
    volume="84",
    pages="12-18",
)


def test_identifiers_pubmed_does_not_have_are_strong_evidence(pubmed: FakeEutils) -> None:
    # A paper of the journal, so that ECitMatch knows it as PubMed does: in a journal it
    # knows by no name the entries would be CL207, not fabricated (user27 P1-9).
    pubmed.add_record(_GAIT_POSTURE)
    made_up_doi, made_up_pmid = resolve(
        pubmed,
        "Vexley K. Whole-body vibration restores gait speed. Gait Posture. 2020;80:1-9. "
        "doi:10.5555/made-up.1",
        "Vexley K. Whole-body vibration restores gait speed. Gait Posture. 2020;80:1-9. "
        "PMID: 41999999.",
    )
    assert made_up_doi.reason.startswith("PubMed has no record with DOI 10.5555/made-up.1")
    assert made_up_doi.reason.endswith("possibly fabricated")
    assert made_up_pmid.reason == "PMID 41999999 is not in PubMed; possibly fabricated"


def test_a_title_too_common_to_look_up_is_unverified_not_fabricated() -> None:
    with FakeEutils(records_dir=None) as server:
        for number in range(12):
            server.add_record(
                Record(pmid=str(39960000 + number), title="Editorial.", journal="J X", year=2024)
            )
        [resolution] = resolve(server, "Beran MJ. Editorial. J Comp Psychol. 2024.")
    assert resolution.status == Status.UNVERIFIED
    assert "fits too many papers" in resolution.reason


def test_the_word_search_asks_what_every_reading_shares() -> None:
    [entry] = references(
        "The role of PIEZO ion channels in the musculoskeletal system. American Journal of "
        "Physiology. Cell Physiology 2023."
    )
    assert core_term(entry) == (
        "(musculoskeletal[ti] AND channels[ti] AND system[ti] AND piezo[ti] AND role[ti])"
    )
    [headed] = references(
        "Okonkwo AE. GENE SILENCING. Placental small RNAs tune maternal insulin signalling. "
        "Science. 2016;352(6290):1234-8."
    )
    assert "silencing" not in (core_term(headed) or "")  # PubMed may leave the head out
    assert words_term("Marine heatwaves", 2021) == (
        "(marine[ti] AND heatwaves[ti] AND 2020:2022[dp])"
    )
    assert words_term("Marine heatwaves") is None


class NoProximity(FakeEutils):
    """A PubMed that knows no "[ti:~N]" search (an older mirror, say)."""

    def _search_title(self, term, words, quoted, distance, unknown_phrases):  # type: ignore[no-untyped-def]
        if distance is not None:
            return set()
        return super()._search_title(term, words, quoted, distance, unknown_phrases)


def test_without_proximity_search_titles_are_found_by_their_words() -> None:
    with NoProximity(records_dir=None) as server:
        server.add_articles(REAL.read_bytes())
        resolutions = resolve(
            server,
            "Marine Heatwaves.\n   Annual review of marine science, 2021",
            "Wilberding J. Plato's Embryology. Early Sci Med. 2015. PMID: 42945986.",
            'Garcia-Tabar I. A "Blood Relationship" Between the Overlooked Minimum Lactate '
            "Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old "
            "Days? Front Physiol. 2018.",
        )
    assert [r.record.pmid if r.record else r.status for r in resolutions] == [
        "32976730",
        "26415349",
        "30108519",
    ]
    assert resolutions[1].unknown_pmid == "42945986"  # CL204, not CL201


def test_a_medscape_entry_resolves_with_its_journal_and_year(pubmed: FakeEutils) -> None:
    # Medscape: a full stop after the date, and its link-outs after the locus. The link-outs
    # were read as the journal ('[QxMD MEDLINE Link]'): a false CL203 on a right entry.
    texts = (
        "Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing recurrent "
        "venous thromboembolism. N Engl J Med. 2012 Nov 22. 367 (21):1979-87. "
        "[QxMD MEDLINE Link]. [Full Text].",
    )
    [entry] = references(*texts)
    [resolution] = resolve(pubmed, *texts)
    assert resolution.record.pmid == "23121403"
    assert differences(best_reading(entry, resolution.record), resolution.record) == []


@pytest.mark.parametrize(
    "text",
    [
        'T. A. Brighton, J. W. Eikelboom, and K. Mann, "Low-dose aspirin for preventing '
        'recurrent venous thromboembolism," N. Engl. J. Med., vol. 367, no. 21, '
        "pp. 1979–1987, Nov. 2012.",
        'Brighton, Timothy A., John W. Eikelboom, and Kristy Mann. "Low-Dose Aspirin for '
        'Preventing Recurrent Venous Thromboembolism." New England Journal of Medicine 367, '
        "no. 21 (2012): 1979–87.",
        'Brighton, Timothy A., John W. Eikelboom, and Kristy Mann. 2012. "Low-Dose Aspirin '
        'for Preventing Recurrent Venous Thromboembolism." New England Journal of Medicine '
        "367 (21): 1979–87.",
    ],
    ids=["ieee", "chicago", "chicago-author-date"],
)
def test_ieee_and_chicago_entries_resolve_without_findings(pubmed: FakeEutils, text: str) -> None:
    # Read as Vancouver, no reading had the title alone: "no PubMed record matches" (CL201).
    [entry] = references(text)
    [resolution] = resolve(pubmed, text)
    assert resolution.record.pmid == "23121403"
    assert differences(best_reading(entry, resolution.record), resolution.record) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kouri TT, Hofmann W, Falbo R, et al; Task and Finish Group for Urinalysis (TFG-U), "
        "European Federation of Clinical Chemistry and Laboratory Medicine (EFLM). The EFLM "
        "European Urinalysis Guideline 2023. Clin Chem Lab Med. 2024;62(9):1653-1786.",
        "Task and Finish Group for Urinalysis (TFG-U), European Federation of Clinical "
        "Chemistry and Laboratory Medicine (EFLM); Kouri TT, Hofmann W, Falbo R, et al. The "
        "EFLM European Urinalysis Guideline 2023. Clin Chem Lab Med. 2024;62(9):1653-1786.",
    ],
    ids=["names-then-group", "group-then-names"],
)
def test_people_and_a_long_group_name_before_the_title_resolve(
    pubmed: FakeEutils, text: str
) -> None:
    # AMA's "Authors; Group." and "Group; Authors.": with the group's commas and brackets no
    # reading had the title alone, and the entry was called possibly fabricated (CL201).
    [entry] = references(text)
    [resolution] = resolve(pubmed, text)
    assert resolution.record.pmid == "38534005"
    assert differences(best_reading(entry, resolution.record), resolution.record) == []


def test_an_answer_pages_linked_title_and_dashed_source_fit_its_pmid(pubmed: FakeEutils) -> None:
    # "[Title](PubMed link) — Journal, Year": read as one text, the title kept the journal
    # ("Marine Heatwaves — Annu Rev Mar Sci") and its right PMID was called another paper's
    # (a false CL204).
    text = "[Marine Heatwaves](https://pubmed.ncbi.nlm.nih.gov/32976730/) — Annu Rev Mar Sci, 2021"
    [resolution] = resolve(pubmed, text)
    assert resolution.status == Status.RESOLVED and resolution.record.pmid == "32976730"
    assert resolution.identifier_record is None
