"""Verifying a candidate record against a reference entry."""

from __future__ import annotations

from dataclasses import replace

from citelint.models import Reading, Reference
from citelint.pubmed.differences import differences
from citelint.pubmed.matching import (
    best_reading,
    first_author_matches,
    first_page,
    journal_matches,
    last_page,
    surname,
    title_similarity,
    year_matches,
)
from citelint.pubmed.same_work import fit, is_same_work, score
from citelint.pubmed.translated_titles import reads_as_translated, unechoed_title
from citelint.read.entries import parse_entry
from citelint.record import Record

RECORD = Record(
    pmid="1",
    title="Decompression surgery for lumbar spinal stenosis: a randomized trial.",
    journal="Journal of clinical oncology : official journal of the American Society of "
    "Clinical Oncology",
    journal_abbrev="J Clin Oncol",
    year=2016,
    authors=["Müller-Lüdenscheidt H", "Park S"],
    volume="34",
    pages="1012-20",
)


def entry(**fields: object) -> Reference:
    return Reference(number=1, raw="", line=1, column=1, **fields)  # type: ignore[arg-type]


def test_titles_match_whatever_the_case_and_punctuation() -> None:
    assert (
        title_similarity(
            "DECOMPRESSION SURGERY FOR LUMBAR SPINAL STENOSIS - A RANDOMIZED TRIAL", RECORD.title
        )
        == 100
    )
    assert title_similarity("Decompression surgery for lumbar spinal...", RECORD.title) >= 85
    assert title_similarity("Decompression surgery for lumbar spinal stenosis", RECORD.title) >= 85
    assert title_similarity("Decompression surgery", RECORD.title) < 85
    assert title_similarity("Aspirin for headache in children", RECORD.title) < 60


def test_surnames_in_every_usual_shape() -> None:
    assert surname("Smith JA") == "smith"
    assert surname("Smith, J. A.") == "smith"
    assert surname("J. A. Smith") == "smith"
    assert surname("van der Berg AB") == "van der berg"
    assert surname("Müller-Lüdenscheidt H") == "muller ludenscheidt"
    # French compound initials were read as the family name: "Smith J.-P." was "p".
    assert surname("Smith J.-P.") == surname("Smith J-P") == "smith"
    assert surname("Dupont M.-C") == "dupont"


def test_first_author_ignores_accents_and_initial_style() -> None:
    assert first_author_matches(entry(authors=["Muller-Ludenscheidt H."]), RECORD)
    assert first_author_matches(entry(authors=["Park S"]), RECORD) is False
    assert first_author_matches(entry(), RECORD) is None


def test_journal_by_full_title_abbreviation_or_subtitle_free_name() -> None:
    assert journal_matches(entry(journal="J Clin Oncol"), RECORD)
    assert journal_matches(entry(journal="J. Clin. Oncol."), RECORD)
    assert journal_matches(entry(journal="Journal of Clinical Oncology"), RECORD)
    assert journal_matches(entry(journal="Lancet Oncol"), RECORD) is False


def test_journal_names_that_leave_off_a_tail() -> None:
    bone = Record(
        pmid="3",
        journal="The Journal of bone and joint surgery. American volume",
        journal_abbrev="J Bone Joint Surg Am",
    )
    assert journal_matches(entry(journal="J Bone Joint Surg"), bone)
    assert journal_matches(entry(journal="Journal of Bone and Joint Surgery"), bone)
    assert journal_matches(entry(journal="J Bone"), bone) is False
    pnas = Record(
        pmid="4",
        journal="Proceedings of the National Academy of Sciences of the United States of America",
        journal_abbrev="Proc Natl Acad Sci U S A",
    )
    assert journal_matches(entry(journal="Proc Natl Acad Sci USA"), pnas)


def test_a_journal_cited_by_its_initials_is_that_journal() -> None:
    # "NEJM. 2018;378(20):1865-76." was a false CL203 (journal 'NEJM', 'N Engl J Med').
    nejm = Record(
        pmid="5", journal="The New England journal of medicine", journal_abbrev="N Engl J Med"
    )
    pnas = Record(
        pmid="4",
        journal="Proceedings of the National Academy of Sciences of the United States of America",
        journal_abbrev="Proc Natl Acad Sci U S A",
    )
    assert journal_matches(entry(journal="NEJM"), nejm)
    assert journal_matches(entry(journal="PNAS"), pnas)
    assert journal_matches(entry(journal="JCO"), RECORD)
    # ... only that one: another journal's initials still differ.
    assert journal_matches(entry(journal="JACC"), nejm) is False
    assert journal_matches(entry(journal="NEJM"), pnas) is False


def test_a_journal_under_its_new_name_is_that_journal() -> None:
    """Citation managers fill in "EP Europace" (its name since 2023) from the publisher's
    page; NLM still calls it "Europace": a false CL203 on APA and Vancouver lists."""
    europace = Record(
        pmid="38700094",
        journal="Europace : European pacing, arrhythmias, and cardiac electrophysiology : "
        "journal of the working groups on cardiac pacing, arrhythmias, and cardiac cellular "
        "electrophysiology of the European Society of Cardiology",
        journal_abbrev="Europace",
    )
    assert journal_matches(entry(journal="EP Europace"), europace)
    assert journal_matches(entry(journal="EP Europace"), RECORD) is False


def test_with_a_title_the_title_decides() -> None:
    assert is_same_work(entry(title=RECORD.title, year=1990), RECORD)
    assert not is_same_work(entry(title="Another paper entirely", year=2016), RECORD)


def test_without_a_title_author_and_year_must_agree() -> None:
    assert is_same_work(entry(authors=["Müller-Lüdenscheidt H"], year=2017), RECORD)
    assert not is_same_work(entry(authors=["Jones P"], year=2016), RECORD)
    assert not is_same_work(entry(authors=["Müller-Lüdenscheidt H"], year=2012), RECORD)
    assert is_same_work(entry(journal="J Clin Oncol", volume="34"), RECORD)
    assert not is_same_work(entry(journal="J Clin Oncol"), RECORD)
    assert not is_same_work(entry(year=2016), RECORD)


def test_a_notice_repeating_the_title_ranks_below_the_paper() -> None:
    notice = Record(pmid="2", title=RECORD.title, publication_types=["Published Erratum"])
    reference = entry(title=RECORD.title)
    assert score(reference, RECORD) > score(reference, notice)


def test_differences_name_both_values() -> None:
    reference = entry(year=2012, journal="Lancet", volume="35", pages="1100-8")
    assert differences(reference, RECORD) == [
        "year 2012 in the entry, 2016 in PubMed",
        "journal 'Lancet' in the entry, 'J Clin Oncol' in PubMed",
        "volume 35 in the entry, 34 in PubMed",
        "pages 1100-8 in the entry, 1012-20 in PubMed",
    ]
    assert differences(entry(year=2015, pages="1012-1020"), RECORD) == []


def test_a_preprint_of_the_paper_names_its_server_and_an_earlier_year() -> None:
    """An entry citing the paper's medRxiv preprint got CL203 for the journal ("medRxiv" for
    PubMed's J Clin Oncol) and the preprint's year; the first author is still judged, and a
    year later than the paper's is still a mistake."""
    for server in ("medRxiv", "bioRxiv", "Research Square", "SSRN Electronic Journal"):
        assert differences(entry(year=2014, journal=server), RECORD) == []
    assert differences(entry(year=2019, journal="medRxiv"), RECORD) == [
        "year 2019 in the entry, 2016 in PubMed"
    ]
    assert differences(entry(year=2014, journal="medRxiv", authors=["Moller K"]), RECORD) == [
        "first author 'Moller K' in the entry, 'Müller-Lüdenscheidt H' in PubMed"
    ]
    assert differences(entry(year=2014, journal="Lancet"), RECORD) == [
        "year 2014 in the entry, 2016 in PubMed",
        "journal 'Lancet' in the entry, 'J Clin Oncol' in PubMed",
    ]


def test_a_preprint_server_named_outside_the_journal_read_is_a_preprint() -> None:
    """'RECOVERY ... platform trial. medRxiv. 2021. doi:10.1101/... Preprint.' is read with
    the journal '2021. Preprint': found by its title, the Lancet paper got a false CL203
    'journal'. A server named only in the title is none."""
    raw = "Group. A trial. medRxiv. 2021. doi:10.1101/2021.02.11.21249258. Preprint."
    read = entry(title="A trial. medRxiv", journal="2021. Preprint", year=2014)
    preprint = replace(read, raw=raw)
    assert differences(preprint, RECORD) == []
    raw = "Moller K. Decompression surgery for preprints. Lancet. 2016."
    record = replace(RECORD, title="Decompression surgery for preprints.")
    titled = replace(entry(title="Decompression surgery", journal="Lancet", year=2016), raw=raw)
    assert differences(titled, record) == [
        "journal 'Lancet' in the entry, 'J Clin Oncol' in PubMed"
    ]


def test_a_group_s_first_writer_is_judged_against_the_record_s_first_person() -> None:
    """fix13 left: an entry led by a group the record does not name was never judged, so a
    wrong first writer after the group went unreported."""
    record = Record(
        pmid="34003218",
        title="Screening for Colorectal Cancer: US Preventive Services Task Force "
        "Recommendation Statement.",
        journal="JAMA",
        journal_abbrev="JAMA",
        year=2021,
        authors=["Davidson KW", "Barry MJ", "Mangione CM"],
    )
    group = "US Preventive Services Task Force"
    assert first_author_matches(entry(authors=[group, "Davidson KW"]), record) is True
    wrong = entry(authors=[group, "Barry MJ", "Davidson KW"])
    assert first_author_matches(wrong, record) is False
    assert differences(wrong, record) == [
        "first author 'Barry MJ' in the entry, 'Davidson KW' in PubMed"
    ]
    # The record naming the group: the group agrees, whoever follows it.
    named = Record(pmid="2", title="T.", authors=[group, "Davidson KW"])
    assert first_author_matches(wrong, named) is True
    # A group alone says nothing against a record of people.
    assert first_author_matches(entry(authors=[group]), record) is None


def test_a_record_led_by_its_group_names_its_first_person_too() -> None:
    """user23 P3 3: "first author 'Lim WS' in the entry, 'RECOVERY Collaborative Group' in
    PubMed" named no person, though the entry's first person is compared with the record's."""
    record = Record(
        pmid="32678530",
        title="Dexamethasone in Hospitalized Patients with Covid-19.",
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2021,
        authors=["RECOVERY Collaborative Group", "Horby P", "Lim WS", "Emberson JR"],
    )
    wrong = entry(authors=["Lim WS", "Horby P", "Emberson JR"], journal="N Engl J Med")
    assert differences(wrong, record) == [
        "first author 'Lim WS' in the entry, 'RECOVERY Collaborative Group' (first person "
        "'Horby P') in PubMed"
    ]
    # Only the group: nothing more to name.
    alone = Record(pmid="1", title="T.", authors=["RECOVERY Collaborative Group"])
    assert differences(wrong, alone) == [
        "first author 'Lim WS' in the entry, 'RECOVERY Collaborative Group' in PubMed"
    ]


# -- pages, places and readings (issue: no false CL203 on correct references) ----------------


def test_first_and_last_pages_in_the_shapes_pubmed_prints() -> None:
    assert first_page("1787-90; discussion 1790-1") == "1787"
    assert (first_page("S1-S5"), first_page("e123"), first_page("eadn0327")) == (
        "s1",
        "e123",
        "eadn0327",
    )
    assert last_page("1787-91") == last_page("1787-1791") == "1791"
    assert last_page("S1-S5") == "s5" and last_page("e237-e260") == "e260"
    assert last_page("1787") == "" and last_page(None) == ""
    # Frontiers and some Vancouver lists keep only the last two digits across a hundred.
    assert last_page("693–04") == "704" and last_page("1995-08") == "2008"
    assert last_page("e895–32") == "e932"


def test_pages_agree_however_they_are_abbreviated() -> None:
    cases = [
        ("1787", "1787; discussion 1791"),
        ("1787-90", "1787-90; discussion 1790-1"),
        ("1787-1791", "1787-91"),
        ("1787-91", "1787-1791"),
        ("e123", "e123"),
        ("S5-S10", "S5-S10"),
        ("512", "512; discussion 512-3"),
    ]
    for ours, theirs in cases:
        record = Record(pmid="9", title="T", pages=theirs)
        assert differences(entry(pages=ours), record) == [], (ours, theirs)
    record = Record(pmid="9", title="T", pages="1787-91")
    assert differences(entry(pages="1787-1795"), record) == [
        "pages 1787-1795 in the entry, 1787-91 in PubMed"
    ]
    assert differences(entry(pages="1790-1795"), record)


def test_a_journal_without_its_place_or_subtitle_is_the_journal() -> None:
    cases = [
        ("Spine", "Spine", "Spine (Phila Pa 1976)"),
        ("Drugs", "Drugs (Abingdon, England)", "Drugs (Abingdon Engl)"),
        ("Phronesis", "Phronesis (Barcelona, Spain)", "Phronesis (Barc)"),
        ("Science", "Science (New York, N.Y.)", "Science"),
        ("Academic Medicine", "Academic medicine : journal of the AAMC", "Acad Med"),
        (
            "Biochimica et Biophysica Acta",
            "Biochimica et biophysica acta. Molecular cell research",
            "Biochim Biophys Acta Mol Cell Res",
        ),
        (
            "Xenobiotica",
            "Xenobiotica; the fate of foreign compounds in biological systems",
            "Xenobiotica",
        ),
    ]
    for ours, full, abbreviation in cases:
        record = Record(pmid="9", journal=full, journal_abbrev=abbreviation)
        assert journal_matches(entry(journal=ours), record), ours
    assert (
        journal_matches(
            entry(journal="Spine J"),
            Record(pmid="9", journal="Spine", journal_abbrev="Spine (Phila Pa 1976)"),
        )
        is False
    )


def test_a_title_without_the_section_head_pubmed_keeps_is_the_title() -> None:
    pubmed = "GENE SILENCING. Placental small RNAs tune maternal insulin signalling."
    assert title_similarity("Placental small RNAs tune maternal insulin signalling", pubmed) >= 95


def test_metadata_is_compared_with_the_reading_the_record_agrees_with() -> None:
    record = Record(
        pmid="11748933",
        title="Is cryopreservation a homogeneous process? Ultrastructure and motility of "
        "spermatozoa of Diplodus puntazzo.",
        journal="Cryobiology",
        journal_abbrev="Cryobiology",
        year=2001,
        authors=["Taddei AR"],
    )
    cut = Reading(
        "Is cryopreservation a homogeneous process?",
        "Ultrastructure and motility of spermatozoa of Diplodus puntazzo. Cryobiology",
        2001,
        ("Taddei AR",),
    )
    whole = Reading(record.title.rstrip("."), "Cryobiology", 2001, ("Taddei AR",))
    reference = entry(
        title=cut.title, journal=cut.journal, year=2001, authors=["Taddei AR"], alternatives=[whole]
    )
    assert differences(reference, record)  # the first reading has the journal wrong
    best = best_reading(reference, record)
    assert (best.title, best.journal) == (whole.title, "Cryobiology")
    assert differences(best, record) == []
    assert fit(reference, record) is not None
    assert fit(entry(title="Another paper entirely"), record) is None


def test_a_wrong_journal_is_not_hidden_by_a_reading_that_swallows_it() -> None:
    text = "Park YS, Konge L. The Positivism Paradigm of Research. Mult Scler. 2020;95(5):690-4."
    reference = parse_entry([text])
    record = Record(
        pmid="31789841",
        title="The Positivism Paradigm of Research.",
        journal="Academic medicine : journal of the Association of American Medical Colleges",
        journal_abbrev="Acad Med",
        year=2020,
        authors=["Park YS"],
        volume="95",
        pages="690-694",
    )
    assert any(r.journal is None for r in reference.alternatives)  # "... Research. Mult Scler"
    assert differences(best_reading(reference, record), record) == [
        "journal 'Mult Scler' in the entry, 'Acad Med' in PubMed"
    ]


# -- group authors and lettered volumes (no false CL203 on correct references) ---------------


def test_a_group_named_by_its_words_is_the_records_group_and_its_acronym_no_mismatch() -> None:
    record = Record(
        pmid="18539917",
        title="Effects of intensive glucose lowering in type 2 diabetes.",
        authors=["Action to Control Cardiovascular Risk in Diabetes Study Group", "Gerstein HC"],
    )
    # An acronym is not spelt out: not judged, never a mismatch.
    assert first_author_matches(entry(authors=["ACCORD Study Group"]), record) is None
    words = entry(authors=["Action to Control Cardiovascular Risk in Diabetes Study Group"])
    assert first_author_matches(words, record) is True


def test_a_group_the_record_does_not_name_is_not_judged() -> None:
    record = Record(pmid="2", title="Intensive blood-pressure control.", authors=["Wright JT"])
    group = entry(authors=["SPRINT Research Group"], volume="373")
    assert first_author_matches(group, record) is None
    assert differences(group, record) == []


def test_a_record_led_by_its_group_is_cited_by_its_first_person() -> None:
    record = Record(
        pmid="3",
        title="Risks and benefits of estrogen plus progestin.",
        authors=["Writing Group for the Women's Health Initiative Investigators", "Rossouw JE"],
    )
    assert first_author_matches(entry(authors=["Rossouw JE"]), record) is True
    assert first_author_matches(entry(authors=["Manson JE"]), record) is False


def test_a_volume_with_a_series_letter_or_a_supplement_is_the_same_volume() -> None:
    record = Record(pmid="4", title="Tranexamic acid in hip arthroplasty.", volume="101-B")
    assert differences(entry(volume="101"), record) == []
    assert differences(entry(volume="21"), Record(pmid="5", volume="21 Suppl 1")) == []
    assert differences(entry(volume="102"), record) == ["volume 102 in the entry, 101-B in PubMed"]


def test_greek_letters_and_their_names_are_the_same_title() -> None:
    assert title_similarity("IL-1β and gout", "IL-1beta and gout.") == 100
    assert title_similarity("NF-κB activation in sepsis", "NF-kappaB activation in sepsis.") == 100
    assert title_similarity("Δ9-THC and psychosis", "delta9-THC and psychosis.") == 100
    assert title_similarity("IL-1β and gout", "IL-6 and gout.") < 85


def test_a_greek_title_with_accents_decomposed_or_in_capitals_is_the_same_title() -> None:
    """Review14 F7: "ά" was spelt by its accent's name ("tonos")."""
    import unicodedata

    title = "Επιδημιολογία της υπέρτασης στην Ελλάδα"
    assert title_similarity(title, unicodedata.normalize("NFD", title)) == 100
    assert title_similarity(title, title.upper()) == 100


def test_an_asm_article_number_with_its_year_is_one_page() -> None:
    from citelint.pubmed.matching import first_page, last_page

    # "e00337-22" (the ASM's) is PubMed's "e0033722", not pages e00337 to e00322.
    assert (first_page("e00337-22"), last_page("e00337-22")) == ("e0033722", "")
    assert (first_page("1979-87"), last_page("1979-87")) == ("1979", "1987")


def test_a_supplement_s_s_on_one_side_only_is_no_page_mismatch() -> None:
    """ "S12-S20" against PubMed's "12-20", or the reverse, was a false CL203; another page
    with or without the "S" still differs, and so does an e-locator's "e"."""

    def pages(ours: str, theirs: str) -> list[str]:
        return differences(Reference(1, "", 1, 1, pages=ours), Record("1", pages=theirs))

    for ours, theirs in (("S12-S20", "12-20"), ("12-20", "S12-S20"), ("224-5", "S224-S225")):
        assert pages(ours, theirs) == []
    for ours, theirs in (("S14-S20", "12-20"), ("S12-S21", "12-20"), ("e12", "12")):
        assert pages(ours, theirs) == [f"pages {ours} in the entry, {theirs} in PubMed"]


def test_a_journal_s_full_name_matches_beside_its_initials() -> None:
    """Review17 F4: "British Medical Journal" was replaced by "BMJ" before comparing, and so
    no longer matched PubMed's "Br Med J" of papers up to 1988."""
    old = Record(pmid="1", journal="British medical journal", journal_abbrev="Br Med J")
    new = Record(pmid="2", journal="BMJ (Clinical research ed.)", journal_abbrev="BMJ")
    for record in (old, new):
        assert journal_matches(Reference(1, "", 1, 1, journal="British Medical Journal"), record)
    assert journal_matches(Reference(1, "", 1, 1, journal="BMJ"), new)


def test_jama_and_cmaj_by_their_former_names_are_their_journals() -> None:
    """User31a P1-1: PubMed's title of JAMA is "JAMA", so "J Am Med Assoc" (its abbreviation
    until 1960, still in EndNote's lists) and its full name were a false CL203; CMAJ likewise
    (the "Can Med Assoc J" until 1995). Other journals of the same words stay other journals."""
    jama = Record(pmid="1", journal="JAMA", journal_abbrev="JAMA")
    old_jama = Record(
        pmid="2",
        journal="Journal of the American Medical Association",
        journal_abbrev="J Am Med Assoc",
    )
    cmaj = Record(
        pmid="3",
        journal="CMAJ : Canadian Medical Association journal = journal de "
        "l'Association medicale canadienne",
        journal_abbrev="CMAJ",
    )

    def same(journal: str, record: Record) -> bool | None:
        return journal_matches(Reference(1, "", 1, 1, journal=journal), record)

    for name in (
        "J Am Med Assoc",
        "J. Am. Med. Assoc.",
        "Journal of the American Medical Association",
        "The Journal of the American Medical Association",
        "Journal of the American Medical Association (JAMA)",
    ):
        assert same(name, jama), name
    assert same("JAMA", old_jama)
    for name in ("Canadian Medical Association Journal", "Can Med Assoc J"):
        assert same(name, cmaj), name
    for name in (
        "J Am Dent Assoc",
        "Journal of the American Dental Association",
        "JAMA Intern Med",
        "Arch Intern Med",
        "Am J Med",
        "J Am Med Inform Assoc",
    ):
        assert same(name, jama) is False, name
    assert same("Canadian Journal of Surgery", cmaj) is False


def test_a_title_translated_into_the_citing_language_is_the_paper_when_all_else_agrees() -> None:
    """A Spanish list giving an English paper's title in Spanish got a false "possibly
    fabricated": PubMed holds no such title. First author, journal, year, volume and first
    page must agree, but for one slip, which CL203 then names (review18 F4); two are another
    paper. An English title that is not PubMed's is still another paper's title: on the whole
    locus the paper's with another title (CL203, review23b P3-1), not a translation."""
    spanish = "Cirugía descompresiva para la estenosis lumbar: un ensayo aleatorizado"
    same = dict(authors=["Müller-Lüdenscheidt H"], journal="J Clin Oncol", year=2016, volume="34")
    assert is_same_work(entry(title=spanish, pages="1012-20", **same), RECORD)
    late, other = same | {"year": 2012}, same | {"authors": ["Park S"]}
    for slipped in (entry(title=spanish, pages="1112-20", **same),
                    entry(title=spanish, pages="1012-20", **late),
                    entry(title=spanish, pages="1012-20", **other)):  # fmt: skip
        assert is_same_work(slipped, RECORD)
    assert not is_same_work(entry(title=spanish, pages="1112-20", **late), RECORD)
    both = late | {"authors": ["Park S"]}
    assert not is_same_work(entry(title=spanish, pages="1012-20", **both), RECORD)
    made_up = "Decompression or fusion in older adults with claudication"
    assert not is_same_work(entry(title=made_up, pages="1012-20", **same), RECORD, by_locus=False)
    assert not is_same_work(entry(title=made_up, pages="1112-20", **same), RECORD)


def test_another_paper_s_title_in_spanish_on_a_real_locus_is_questioned() -> None:
    """Review18 F3: a hybrid entry (a real paper's author, journal, year, volume and pages
    under another paper's title, here in Spanish) passed as the paper. Its locus names the
    record, so it is the record's (review19 F3: not "possibly fabricated", which a free
    translation of the same locus cannot be told from), with its title questioned; with one
    field slipped as well, nothing names the record."""
    same = dict(authors=["Müller-Lüdenscheidt H"], journal="J Clin Oncol", year=2016, volume="34")
    other = "Manejo actual de la embolia pulmonar aguda en la unidad de cuidados intensivos"
    hybrid = entry(title=other, pages="1012-20", **same)
    assert is_same_work(hybrid, RECORD) and unechoed_title(hybrid, RECORD)
    assert not is_same_work(entry(title=other, pages="1112-20", **same), RECORD)
    faithful = "Cirugía descompresiva para la estenosis lumbar: un ensayo aleatorizado"
    assert not unechoed_title(entry(title=faithful, pages="1012-20", **same), RECORD)


def test_a_title_reads_as_another_language_by_its_little_words_or_letters() -> None:
    """Review19 F4: German, Italian, Portuguese and freer Spanish titles with one or no little
    word of the list read as English, and were "possibly fabricated" or CL204."""
    for title in (
        "Hämodynamisches Monitoring beim kardiogenen Schock.",
        "Niedrig dosiertes Aspirin zur Prävention rezidivierender venöser Thromboembolien.",
        "Aspirina a basso dosaggio per prevenire il tromboembolismo venoso ricorrente.",
        "Monitoramento hemodinâmico no choque cardiogênico.",
        "Tratamiento actual del tromboembolismo pulmonar agudo.",
        "Interactions entre l'insuline et l'exercice physique.",
        "Abordaje actual del TEP agudo.",  # one little word, no accent
        "Calidad de vida tras un infarto.",
    ):
        assert reads_as_translated(entry(title=title)), title
    for title in (
        "Low-dose aspirin for preventing recurrent venous thromboembolism.",
        "De novo mutations in autism spectrum disorder.",
        "Müller glia in the retina.",
        "Cost per patient of care in Crohn's disease.",
        "Del Nido cardioplegia: a new dad's view of pediatric heart surgery.",
        # Review20 F4: names' accents, "per" and one English word beside no other language's.
        "Sjögren's syndrome and Behçet's disease in the intensive care unit.",
        "Vasopressor dose per kilogram in Guillain-Barré syndrome.",
        "Ménière disease: long-term outcomes of gentamicin.",
        "IL-6 blockade in Sjögren syndrome.",
        "Events per patient-year in heart failure: the role of clinical suspicion.",
    ):
        assert not reads_as_translated(entry(title=title)), title


def test_a_title_with_its_english_translation_in_brackets_is_either() -> None:
    """Citing Medicine's "Own-language title [English title]" got a false CL201."""
    both = (
        "Chirurgische Dekompression bei lumbaler Spinalkanalstenose [Decompression surgery for "
        "lumbar spinal stenosis: a randomized trial]."
    )
    assert is_same_work(entry(title=both), RECORD)
    record = Record(pmid="3", title="[Dekompression]", vernacular_title=both.split(" [")[0])
    assert is_same_work(entry(title=both), record)


def test_a_family_name_of_several_words_after_the_given_names_is_the_first_author() -> None:
    """Manubot's "Carlos Rafael Martinez Licha", initials first "F. F. van den Berg": a false
    CL203 against PubMed's "Martinez Licha CR", "van den Berg FF"."""
    record = Record(pmid="4", title="x", authors=["Martinez Licha CR", "McCurdy CM"])
    for name in ("Carlos Rafael Martinez Licha", "C. R. Martinez Licha", "Martinez Licha CR"):
        assert first_author_matches(entry(authors=[name]), record)
    for name in ("Carlos Martinez", "Rafael Licha", "Licha Martinez CR"):
        assert first_author_matches(entry(authors=[name]), record) is False
    berg = Record(pmid="5", title="x", authors=["van den Berg FF"])
    assert first_author_matches(entry(authors=["Fons F van den Berg"]), berg)
    assert first_author_matches(entry(authors=["Fons F van der Berg"]), berg) is False


def test_a_wrong_second_title_sentence_read_into_the_journal_is_the_title_s_fault() -> None:
    """hunt14 left: "Runners. Back to the original concept. Front Physiol" was read with the
    second sentence in the journal, and the CL203 blamed the journal."""
    record = Record(
        pmid="30108519",
        title="Lactate steady state in trained runners. Back to the old days?",
        journal="Frontiers in physiology",
        journal_abbrev="Front Physiol",
    )
    wrong = entry(
        title="Lactate steady state in trained runners",
        journal="Back to the original concept. Front Physiol",
    )
    assert differences(wrong, record) == [
        "title 'Lactate steady state in trained runners. Back to the original concept.' in the "
        "entry, 'Lactate steady state in trained runners. Back to the old days?' in PubMed"
    ]
    other = entry(title="Lactate steady state in trained runners", journal="Front Neurol")
    assert differences(other, record) == [
        "journal 'Front Neurol' in the entry, 'Front Physiol' in PubMed"
    ]


def test_a_paper_online_two_years_before_its_issue_is_cited_by_either_year() -> None:
    record = Record(pmid="1", title="T.", journal="J", year=2021, online_year=2019)
    assert year_matches(entry(year=2019), record) and year_matches(entry(year=2022), record)
    assert year_matches(entry(year=2020), record)
    assert year_matches(entry(year=2016), record) is False  # a slip is still one
    assert year_matches(entry(year=2018), record) is False  # before it came out online
    assert year_matches(entry(year=2018), Record(pmid="2", title="T.", year=2021)) is False


def test_a_title_many_letters_share_decides_only_with_the_rest() -> None:
    """ "Reply." names no paper: the NEJM reply whose authors, journal and locus agree is the
    entry's, another journal's "Reply." is not (it gave a false CL203)."""
    ours = entry(
        title="Reply",
        authors=["Whitaker J", "Osei K"],
        journal="N Engl J Med",
        year=2023,
        volume="389",
        pages="1342-1343",
    )
    nejm = Record(
        pmid="1",
        title="Tranexamic Acid in Hip Fracture Surgery. Reply.",
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2023,
        authors=["Whitaker J", "Osei K"],
        volume="389",
        pages="1342-1343",
    )
    other = Record(
        pmid="2",
        title="Reply.",
        journal="ACR open rheumatology",
        journal_abbrev="ACR Open Rheumatol",
        year=2022,
        authors=["Ghavidel-Parsa B"],
        volume="4",
        pages="564-565",
    )
    assert is_same_work(ours, nejm) and not is_same_work(ours, other)
    # Cited by title, journal and year alone, the record of that title is still the paper.
    assert is_same_work(entry(title="Reply", journal="ACR Open Rheumatology", year=2022), other)


def test_an_organisation_is_a_group_author() -> None:
    """ "American Diabetes Association" for PubMed's "American Diabetes Association Professional
    Practice Committee", "European Society of Cardiology" for a guideline's people: neither is
    a person whose family name differs (both were false CL203s)."""
    committee = Record(
        pmid="1",
        title="T.",
        authors=["American Diabetes Association Professional Practice Committee"],
    )
    people = Record(pmid="2", title="T.", authors=["Brandt RA", "ESC Scientific Document Group"])
    assert first_author_matches(entry(authors=["American Diabetes Association"]), committee)
    assert first_author_matches(entry(authors=["European Society of Cardiology"]), people) is None
    assert first_author_matches(entry(authors=["Brenner RA"]), people) is False


def test_a_title_run_on_into_its_byline_names_its_record_but_not_one_amid_words() -> None:
    from citelint.pubmed.run_on_titles import runs_on_into_its_source

    record = Record(
        pmid="39990077",
        title="Semaglutide and kidney outcomes in adults with obesity without diabetes.",
        journal="Kidney International",
        journal_abbrev="Kidney Int",
        year=2024,
        authors=["Young AB", "Okafor N", "Lindqvist M"],
    )
    title = "Semaglutide and kidney outcomes in adults with obesity without diabetes"
    byline = entry(title=f"{title} Anna B Young, Nneka Okafor, et al")
    assert runs_on_into_its_source(byline, record)
    # A made-up subtitle that happens to hold the first author's name (review19).
    subtitle = entry(title=f"{title} in young adults: a cohort")
    assert not runs_on_into_its_source(subtitle, record)


def test_nlms_short_title_set_apart_by_its_place_is_the_journals_full_name() -> None:
    """real19 left: "Drugs Educ Prev Pol" (the journal's own abbreviation) for PubMed's
    "Drugs (Abingdon Engl)" was a false CL203; a journal one or two words on is another."""
    drugs = Record(
        pmid="1",
        title="x",
        journal="Drugs (Abingdon, England)",
        journal_abbrev="Drugs (Abingdon Engl)",
        year=2022,
        authors=[],
    )
    medicina = Record(
        pmid="2",
        title="x",
        journal="Medicina (Kaunas, Lithuania)",
        journal_abbrev="Medicina (Kaunas)",
        year=2022,
        authors=[],
    )
    for name in ("Drugs Educ Prev Pol", "Drugs: Education, Prevention and Policy", "Drugs"):
        assert journal_matches(entry(journal=name), drugs), name
    for name in ("Addiction", "Drugs Aging", "Drugs R D", "Drug Alcohol Depend"):
        assert journal_matches(entry(journal=name), drugs) is False, name
    for name in ("Medicina Clinica", "Medicina Clínica (Barcelona)"):
        assert journal_matches(entry(journal=name), medicina) is False, name


def test_the_online_first_title_with_its_version_note_is_the_records() -> None:
    """user21 P1 5: "... with Covid-19 — Preliminary Report", NEJM's first title, was
    "possibly fabricated" against PubMed's final one; its words are not searched either."""
    from citelint.pubmed.matching import title_similarity
    from citelint.pubmed.queries import words_term

    final = "Colchicine in hospitalized patients with influenza."
    first = "Colchicine in Hospitalized Patients with Influenza — Preliminary Report"
    assert title_similarity(first, final) >= 95
    assert "preliminary" not in (words_term(first) or "")
    # Another subtitle is still another title.
    assert (
        title_similarity(
            first.replace("Preliminary Report", "a cohort of older adults in rural Asia"), final
        )
        < 85
    )


def test_a_chinese_journal_s_english_name_is_not_compared_with_nlm_s_pinyin() -> None:
    """user24 P1 15: "Chin J Intern Med" is how Zhonghua nei ke za zhi prints its name; NLM
    gives only the pinyin, so the names cannot be compared (the year, volume and pages still
    are). An English name against a journal of another country is still judged."""
    zhonghua = Record(
        pmid="1",
        title="x",
        journal="Zhonghua nei ke za zhi",
        journal_abbrev="Zhonghua Nei Ke Za Zhi",
        year=2021,
        authors=[],
    )
    for name in ("Chin J Intern Med", "Chinese Journal of Internal Medicine"):
        assert journal_matches(entry(journal=name), zhonghua) is None, name
    # Another subject, or the Chinese Medical Journal's own English name (review24a P1 7).
    for name in ("Chin J Cardiol", "Chin Med J (Engl)", "Chinese Medical Journal"):
        assert journal_matches(entry(journal=name), zhonghua) is False, name
    assert journal_matches(entry(journal="Zhonghua Nei Ke Za Zhi"), zhonghua)
    assert journal_matches(entry(journal="J Intern Med"), zhonghua) is False
    lancet = Record(pmid="2", title="x", journal="Lancet", journal_abbrev="Lancet", authors=[])
    assert journal_matches(entry(journal="Chin J Intern Med"), lancet) is False
    # NLM's parallel English title is compared: another Chinese journal is named wrongly.
    parallel = Record(
        pmid="3",
        title="x",
        journal="Zhonghua jie he he hu xi za zhi = Chinese journal of tuberculosis and "
        "respiratory diseases",
        journal_abbrev="Zhonghua Jie He He Hu Xi Za Zhi",
        authors=[],
    )
    assert journal_matches(entry(journal="Chin J Tuberc Respir Dis"), parallel)
    assert journal_matches(entry(journal="Chinese Journal of Cardiology"), parallel) is False


def test_a_first_author_s_suffix_may_be_left_off() -> None:
    """user24 P1 6: "Wright JT, Williamson JD, ..." for the SPRINT record led by its group,
    then "Wright JT Jr": the entry names the first person without his suffix."""
    sprint = Record(
        pmid="1",
        title="x",
        authors=["SPRINT Research Group", "Wright JT Jr", "Williamson JD", "Whelton PK"],
    )
    for first in ("Wright JT", "Wright JT Jr", "Wright JT Jr.", "Wright JT Jr", "Wright J"):
        assert first_author_matches(entry(authors=[first, "Williamson JD"]), sprint), first
    assert first_author_matches(entry(authors=["Williamson JD"]), sprint) is False
    assert surname("de Boer JR") == "de boer"  # initials, no suffix (review24a P2 2)
    king = Record(pmid="2", title="x", authors=["King ML III", "Abernathy R"])
    assert first_author_matches(entry(authors=["King ML"]), king)
    assert first_author_matches(entry(authors=["Abernathy R"]), king) is False


def test_letters_normalise_keeps_may_be_written_plain() -> None:
    """user24 P1 23: "Yilmaz M" for "Yılmaz M", "Wlodarczyk P" for "Włodarczyk P"."""
    for written, record_name in (("Yilmaz M", "Yılmaz M"), ("Wlodarczyk P", "Włodarczyk P")):
        record = Record(pmid="1", title="x", authors=[record_name, "Kaya A"])
        assert first_author_matches(entry(authors=[written, "Kaya A"]), record), written
        assert first_author_matches(entry(authors=["Kaya A"]), record) is False


def test_a_former_name_of_jama_is_not_the_dental_association_s_journal() -> None:
    """fix31a noticed: "Journal of the American Medical Association" was taken for a J Am
    Dent Assoc record by likeness (one word apart): a wrong journal of that kind was missed. A
    name the former-name table knows is matched whole; the Dental journal's own names still
    match it, and JAMA's former names still match JAMA."""
    jada = Record(
        pmid="1",
        journal="Journal of the American Dental Association (1939)",
        journal_abbrev="J Am Dent Assoc",
    )
    jama = Record(pmid="2", journal="JAMA", journal_abbrev="JAMA")

    def same(journal: str, record: Record) -> bool | None:
        return journal_matches(Reference(1, "", 1, 1, journal=journal), record)

    former = (
        "Journal of the American Medical Association",
        "The Journal of the American Medical Association",
        "J Am Med Assoc",
        "J. Am. Med. Assoc.",
    )
    for name in former:
        assert same(name, jada) is False, name
        assert same(name, jama), name
    for name in (
        "Journal of the American Dental Association",
        "The Journal of the American Dental Association",
        "J Am Dent Assoc",
        "J. Am. Dent. Assoc.",
    ):
        assert same(name, jada), name
    british = Record(pmid="3", journal="British dental journal", journal_abbrev="Br Dent J")
    assert same("British Medical Journal", british) is False
    assert same("Br Dent J", british)
