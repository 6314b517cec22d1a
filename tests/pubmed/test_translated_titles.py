"""An entry citing a paper by its title in its own language resolves to PubMed's record, whose
title is an English translation in brackets: PubMed keeps the original as VernacularTitle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import holding_set

from citelint.models import Status
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.differences import differences
from citelint.pubmed.label_fit import FITS, judge
from citelint.pubmed.labels import read_clues
from citelint.pubmed.matching import record_title_similarity
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.pubmed.record_index import index_record
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.same_work import is_same_work, title_is_not_its_papers
from citelint.pubmed.translated_titles import in_its_own_language
from citelint.read import read_text
from citelint.record import Record

TRANSLATED = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "translated"
ITALIAN_ENTRY = (
    "Rossetti M, Bellandi L. Dieta mediterranea e rischio cardiovascolare negli anziani: "
    "studio di coorte. G Ital Cardiol (Rome). 2018;19(4):210-8."
)


@pytest.fixture
def pubmed() -> Iterator[FakeEutils]:
    with holding_set(TRANSLATED / "pubmed_translated.xml") as server:
        yield server


def record() -> Record:
    [found] = parse_pubmed_articles((TRANSLATED / "pubmed_translated.xml").read_bytes())
    return found


def entry_of(text: str):
    page = f"# A\n\nClaim [1].\n\n## References\n\n1. {text}\n"
    return read_text(page, "a.md", "md").references[0]


def test_the_vernacular_title_is_read_beside_the_translated_one() -> None:
    read = record()
    assert read.title.startswith("[Mediterranean diet")
    assert read.vernacular_title.startswith("Dieta mediterranea e rischio cardiovascolare")


def test_the_original_title_is_the_same_work_with_no_difference() -> None:
    entry = entry_of(ITALIAN_ENTRY)
    assert record_title_similarity(entry.title or "", record()) >= 95
    assert is_same_work(entry, record())
    assert differences(entry, record()) == []


def test_an_english_record_is_not_matched_by_another_papers_translation() -> None:
    other = entry_of(
        "Rossetti M, Bellandi L. Dieta chetogenica ed epilessia nei bambini: revisione. "
        "G Ital Cardiol (Rome). 2018;19(4):210-8."
    )
    assert not is_same_work(other, record(), by_locus=False)
    # On the record's whole citation it is the paper, whose title CL203 names.
    assert title_is_not_its_papers(other, record())


def test_an_entry_in_the_papers_language_resolves_online(pubmed: FakeEutils) -> None:
    client = EntrezClient(ClientSettings(base_url=pubmed.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        [resolution] = resolver.resolve([entry_of(ITALIAN_ENTRY)])
    assert resolution.status == Status.RESOLVED
    assert resolution.record is not None and resolution.record.pmid == "39990101"


def test_a_link_labelled_with_the_papers_own_language_title_fits_it() -> None:
    """Review14 F6: '[Dieta mediterranea ...](.../39990101/)' was CL209 'does not fit'."""
    label = "Dieta mediterranea e rischio cardiovascolare negli anziani: studio di coorte"
    assert judge(read_clues(label), index_record(record())).verdict == FITS
    other = "Dieta chetogenica ed epilessia nei bambini: una revisione sistematica"
    assert judge(read_clues(other), index_record(record())).verdict != FITS


def test_an_unlocated_title_in_another_language_is_unverified_unless_its_doi_is_unknown() -> None:
    from citelint.pubmed.outcomes import Searched, _translation_unfound
    from citelint.read.entries import parse_entry

    entry = parse_entry(
        [
            "Krüger J, Weiß A. Delirscreening auf deutschen Intensivstationen: eine bundesweite "
            "Umfrage. Med Klin Intensivmed Notfmed. 2020."
        ]
    )
    assert _translation_unfound(entry, Searched())
    # A DOI PubMed does not hold is evidence of its own (real19): "possibly fabricated" stands.
    assert not _translation_unfound(entry, Searched(unknown_doi=True))


def test_an_untranslated_title_s_reason_asks_only_for_what_the_entry_lacks() -> None:
    from citelint.pubmed.outcomes import Searched, _translation_unfound
    from citelint.read.entries import parse_entry

    # A Russian journal numbering its issues alone: the entry has its pages, not a volume.
    entry = parse_entry(
        [
            "Гусева Е.В. Фибрилляция предсердий у пожилых // Российский кардиологический "
            "журнал. – 2021. – № 3. – С. 45–52."
        ]
    )
    reason = _translation_unfound(entry, Searched()) or ""
    assert reason.endswith("add its volume, PMID or DOI to check it")


# An entry in the record's journal whose title reads as Italian to translated_titles ("della",
# "nella"; ITALIAN_ENTRY's own title, with "negli" and "e", does not).
SLIPPED = (
    "{authors}Dieta mediterranea e rischio cardiovascolare nella popolazione anziana della "
    "Toscana. G Ital Cardiol (Rome). 2018;19(4):310-8."
)


def resolved(pubmed: FakeEutils, text: str):
    client = EntrezClient(ClientSettings(base_url=pubmed.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        [resolution] = resolver.resolve([entry_of(text)])
    return resolution


# The paper's title put into Spanish (reads as Spanish: "y", "en", "de"), with a wrong first
# page: a translation of its Italian title, whose own words it mostly lacks.
TRANSLATED_SLIP = (
    "Rossetti M, Bellandi L. Dieta mediterránea y riesgo cardiovascular en ancianos: estudio "
    "de cohortes. G Ital Cardiol (Rome). 2018;19(4):310-8."
)


def test_a_title_in_another_language_with_a_wrong_first_page_is_its_paper(
    pubmed: FakeEutils,
) -> None:
    """user24 P1 17: a wrong first page finds nothing by the citation, and the title's words,
    in Spanish, find nothing in PubMed's English titles: "possibly fabricated" (CL201) on a
    real paper cited with a slip. Its first author's papers in its journal and year hold it,
    and the page is CL203's."""
    resolution = resolved(pubmed, TRANSLATED_SLIP)
    assert resolution.status == Status.RESOLVED
    assert resolution.record is not None and resolution.record.pmid == "39990101"
    entry = entry_of(TRANSLATED_SLIP)
    assert differences(entry, resolution.record) == ["pages 310-8 in the entry, 210-218 in PubMed"]


def test_a_title_in_the_papers_own_language_differing_in_half_its_words_is_not_it(
    pubmed: FakeEutils,
) -> None:
    """fix24b: an Italian title sharing half its words with the paper's Italian title
    (PubMed's VernacularTitle) was taken for a translation of PubMed's English one, and the
    entry resolved with its wrong page alone named. In the paper's own language only its own
    title is its title."""
    entry = entry_of(SLIPPED.format(authors="Rossetti M, Bellandi L. "))
    assert in_its_own_language(entry.title or "", record())
    assert not in_its_own_language(entry_of(TRANSLATED_SLIP).title or "", record())
    assert not is_same_work(entry, record())
    resolution = resolved(pubmed, SLIPPED.format(authors="Rossetti M, Bellandi L. "))
    assert resolution.status == Status.NOT_FOUND


def test_a_made_up_title_in_another_language_is_not_found_on_evidence(pubmed: FakeEutils) -> None:
    """Neither its locus nor its first author's papers there: "possibly fabricated" stands,
    saying so rather than that the (Italian) title's words are in no English title."""
    text = (
        "Rossetti M, Bellandi L. Terapia anticoagulante nella fibrillazione atriale del "
        "paziente anziano. G Ital Cardiol (Rome). 2018;19(4):310-8."
    )
    resolution = resolved(pubmed, text)
    assert resolution.status == Status.NOT_FOUND
    assert "none of its first author's papers in its journal and year is it" in resolution.reason
    assert "distinctive words" not in resolution.reason


def test_a_title_in_another_language_with_no_first_author_to_ask_is_unverified(
    pubmed: FakeEutils,
) -> None:
    resolution = resolved(pubmed, SLIPPED.format(authors=""))
    assert resolution.status == Status.UNVERIFIED
    assert "no record has its journal, volume and first page" in (resolution.reason or "")


def test_an_english_title_with_no_record_is_still_not_found(pubmed: FakeEutils) -> None:
    entry = entry_of(
        "Rossetti M, Bellandi L. Mediterranean diet and the risk of heart failure in older "
        "adults: a cohort study. G Ital Cardiol (Rome). 2018;19(4):310-8."
    )
    client = EntrezClient(ClientSettings(base_url=pubmed.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        [resolution] = resolver.resolve([entry])
    assert resolution.status == Status.NOT_FOUND


def test_a_harvard_entry_with_its_english_title_in_brackets_resolves_online(
    pubmed: FakeEutils,
) -> None:
    """entries22 left harvard.txt:21: the bracketed translation after the quoted title kept
    the quotes from closing the title, so title and journal ran together (a false CL201)."""
    entry = entry_of(
        "Rossetti, M. and Bellandi, L. (2018) 'Dieta mediterranea e rischio cardiovascolare "
        "negli anziani: studio di coorte' [Mediterranean diet and cardiovascular risk in older "
        "adults: a cohort study], G Ital Cardiol (Rome), 19(4), pp. 210–218."
    )
    assert entry.journal == "G Ital Cardiol (Rome)"
    client = EntrezClient(ClientSettings(base_url=pubmed.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        [resolution] = resolver.resolve([entry])
    assert resolution.status == Status.RESOLVED
    assert resolution.record is not None and resolution.record.pmid == "39990101"


def test_a_polish_title_at_a_journal_pubmed_does_not_know_is_unverified() -> None:
    """user24 P1 5: a Polish guideline in a Polish journal PubMed does not index was called
    "possibly fabricated": its letters were none the title reader knew. A title in another
    language cannot be found by PubMed's English title search, so it is unverified."""
    from citelint.pubmed.outcomes import Searched, _translation_unfound
    from citelint.pubmed.translated_titles import reads_as_translated
    from citelint.read.entries import parse_entry

    entry = parse_entry(
        [
            "Nowicka-Sauer K, Gąsecki D, Wróbel M, et al. Postępowanie w migotaniu przedsionków "
            "u chorych w podeszłym wieku: stanowisko ekspertów. Kardiologia w Praktyce. "
            "2021;9(2):41-57."
        ]
    )
    assert reads_as_translated(entry)
    unknown_journal = Searched()
    unknown_journal.unknown_journal = True
    assert "NLM abbreviation" in (_translation_unfound(entry, unknown_journal) or "")
    # Its first author's papers in its journal and year were searched and none is it:
    # CL201 names that evidence (fix24b, the resolver's round 5).
    searched = Searched()
    searched.authors_searched = True
    assert _translation_unfound(entry, searched) is None


# SLIPPED's title in the journal as its writers print it, without NLM's place "(Rome)".
UNPLACED = (
    "Rossetti M, Bellandi L. Dieta mediterranea e rischio cardiovascolare nella popolazione "
    "anziana della Toscana. G Ital Cardiol. 2018;19(4):{pages}."
)


def test_a_journal_named_without_nlms_place_is_that_journal(pubmed: FakeEutils) -> None:
    """user24 P2 9: ECitMatch knows no "G Ital Cardiol" (NLM's is "G Ital Cardiol (Rome)"), and
    CL208 asked for the NLM abbreviation. The first author's paper of that year with the
    entry's volume and first page is the record, whose journal is the entry's but its place."""
    resolution = resolved(pubmed, UNPLACED.format(pages="210-8"))
    assert resolution.status == Status.RESOLVED
    assert resolution.record is not None and resolution.record.pmid == "39990101"
    assert differences(entry_of(UNPLACED.format(pages="210-8")), resolution.record) == []


def test_an_unknown_journal_with_no_such_paper_still_asks_for_its_abbreviation(
    pubmed: FakeEutils,
) -> None:
    """Nothing with that volume and first page: not "possibly fabricated" (the journal's name
    may be the only slip), CL208's request for the NLM abbreviation as before."""
    resolution = resolved(pubmed, UNPLACED.format(pages="310-8"))
    assert resolution.status == Status.UNVERIFIED
    assert "NLM abbreviation" in (resolution.reason or "")


# user25 P1 7: a Danish entry spelling its journal as Danes do ("Ugeskr Læger"), NLM's
# "Ugeskr Laeger": ECitMatch was sent "Læger" and knew no such journal, and the Danish title's
# words are in no English title: "possibly fabricated" (CL201) on a real paper.
DANISH = (
    "Kristensen AB, Holm LM. Hjertesvigt med bevaret uddrivningsfraktion hos ældre patienter. "
    "Ugeskr Læger 2021;183:{page}."
)


@pytest.fixture
def danish() -> Iterator[FakeEutils]:
    with holding_set(TRANSLATED / "pubmed_danish.xml") as server:
        yield server


@pytest.mark.parametrize("page", ["V04210312", "V04210313"], ids=["right", "slipped"])
def test_a_danish_journal_spelt_with_ae_is_nlm_s_folded_name(danish: FakeEutils, page: str) -> None:
    """Right, its citation finds it; with a slipped page, its first author's papers in its
    journal and year do, as for a title in any other language (README)."""
    resolution = resolved(danish, DANISH.format(page=page))
    assert resolution.status == Status.RESOLVED
    assert resolution.record is not None and resolution.record.pmid == "39990201"
    asked = " ".join(request.params.get("bdata", "") for request in danish.log)
    assert "Ugeskr Laeger|" in asked and "Læger" not in asked


def test_nordic_journals_are_sent_as_nlm_spells_them() -> None:
    from citelint.pubmed.queries import nlm_journal

    assert nlm_journal("Ugeskr Læger") == "Ugeskr Laeger"
    assert nlm_journal("Tidsskr Nor Lægeforen") == "Tidsskr Nor Laegeforen"
    assert nlm_journal("Läkartidningen") == "Lakartidningen"
    assert nlm_journal("Терапевтический архив") == "Терапевтический архив"


@pytest.mark.parametrize(
    ("title", "translated"),
    [
        ("Type 2-diabetes og SGLT2-hæmmere", True),
        ("Förmaksflimmer – nya rekommendationer för antikoagulation", True),
        ("Hjerneblødning hos ældre", True),
        ("AV block after transcatheter valve implantation in older adults", False),
        ("Atrial fibrillation in AF clinics: a Danish registry study", False),
        ("Outcomes of the Ødegaard procedure", False),
    ],
)
def test_danish_swedish_and_norwegian_titles_read_as_another_language(
    title: str, translated: bool
) -> None:
    from citelint.models import Reference
    from citelint.pubmed.translated_titles import reads_as_translated

    assert reads_as_translated(Reference(1, title, 1, 1, title=title)) == translated
