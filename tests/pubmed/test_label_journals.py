"""Journals a link's label names in the shapes claims21 left misread (its 108 right labels
that misfit) and a journal after a first author without "et al." (claims21 left)."""

from __future__ import annotations

import pytest
from label_records import DAPA, STIMULATION

from citelint.pubmed.label_fit import FITS, MISFITS, judge
from citelint.pubmed.labels import read_clues
from citelint.pubmed.record_index import index_record
from citelint.record import Record


def paper(journal: str, abbreviation: str, authors: list[str], title: str) -> Record:
    return Record(
        pmid="39990031",
        title=title,
        journal=journal,
        journal_abbrev=abbreviation,
        year=2022,
        authors=authors,
        abstract=f"{title} We studied 214 patients over 2 years.",
    )


IMAGING = paper(
    "The international journal of cardiovascular imaging",
    "Int J Cardiovasc Imaging",
    ["Partovi S", "Cokkinos DD", "Lindqvist P"],
    "Strain imaging of the right ventricle after pulmonary embolism.",
)
GASTRO = paper(
    "The American journal of gastroenterology",
    "Am J Gastroenterol",
    ["Mendiratta-Lala M", "Okonjo AB"],
    "Liver stiffness by elastography in compensated cirrhosis.",
)
SPINE = paper(
    "Evidence-based spine-care journal",
    "Evid Based Spine Care J",
    ["Witham TF", "Hwang SW"],
    "Lumbar fusion after decompression for degenerative spondylolisthesis.",
)
DRUGS = paper(
    "Drugs (Abingdon, England)",
    "Drugs (Abingdon Engl)",
    ["Hunt R", "Petersen L"],
    "Oral anticoagulants after transcatheter aortic valve implantation.",
)
BIOMED = paper(
    "Biomedicine & pharmacotherapy = Biomedecine & pharmacotherapie",
    "Biomed Pharmacother",
    ["Wang Y", "Jiang L", "Han X"],
    "Berberine lowers hepatic fat in a mouse model of steatosis.",
)
MARINE = paper(
    "Annual review of marine science",
    "Ann Rev Mar Sci",
    ["Benthuysen JA", "Sen Gupta A"],
    "Marine heatwaves in coastal seas.",
)
GENETICS = paper(
    "American journal of human genetics",
    "Am J Hum Genet",
    ["de la Hoya M", "Spurdle AB"],
    "Splicing variants of BRCA1 in hereditary breast cancer.",
)
PRODUCTS = paper(
    "Natural product reports",
    "Nat Prod Rep",
    ["van der Donk WA", "Okonjo AB"],
    "Ribosomal peptides with lanthionine bridges.",
)
ALZHEIMER = paper(
    "Advances in Alzheimer's disease",
    "Adv Alzheimer Dis",
    ["Loewenstein DA", "Ortega M"],
    "Semantic interference in amnestic mild cognitive impairment.",
)


@pytest.mark.parametrize(
    ("label", "record"),
    [
        ("Partovi et al., the International Journal of Cardiovascular Imaging 2022", IMAGING),
        (
            "Cokkinos and colleagues, the International Journal of Cardiovascular Imaging, 2022",
            IMAGING,
        ),
        ("Mendiratta-Lala et al., the American Journal of Gastroenterology 2022", GASTRO),
        ("Witham et al., Evid Based Spine Care J 2022", SPINE),
        ("Hwang et al. Evidence-based Spine-care Journal 2022", SPINE),
        ("Hunt et al., Drugs (Abingdon Engl) 2022", DRUGS),
        (
            "Jiang et al., Biomedicine & Pharmacotherapy = Biomedecine & Pharmacotherapie 2022",
            BIOMED,
        ),
        ("Sen Gupta et al., Ann Rev Mar Sci 2022", MARINE),
        ("Benthuysen et al., Annual Review of Marine Science, 2022", MARINE),
        ("De La Hoya et al., American Journal of Human Genetics 2022", GENETICS),
        ("Van Der Donk et al., Natural Product Reports 2022", PRODUCTS),
        ("Loewenstein et al., Advances in Alzheimer's Disease 2022", ALZHEIMER),
    ],
)
def test_a_journal_s_long_name_after_et_al_fits_its_paper(label: str, record: Record) -> None:
    """claims21 left 108 right labels that misfit: a lower-case "the", brackets, "&", a
    hyphen, a month-like "Mar" or a capitalised particle made the journal's words topic
    words, or a listed journal inside the name ("Gastroenterology") another journal."""
    fit = judge(read_clues(label), index_record(record))
    assert fit.verdict == FITS, (fit.against, fit.agree)
    assert fit.against == []


def test_the_journal_is_read_whole_and_no_part_of_it_as_an_author() -> None:
    clues = read_clues(
        "Jiang et al., Biomedicine & Pharmacotherapy = Biomedecine & Pharmacotherapie 2022"
    )
    assert clues.authors == ["Jiang"]
    assert clues.journals == ["Biomedicine & Pharmacotherapy = Biomedecine & Pharmacotherapie"]
    clues = read_clues("Lala et al., the American Journal of Gastroenterology 2022")
    assert clues.journals == ["American Journal of Gastroenterology"]
    # A listed journal opening the run is still read by its list: "N Engl J Med".
    assert read_clues("McMurray et al., N Engl J Med 2019").journals == ["N Engl J Med"]
    assert read_clues("Smith et al., The Lancet 2019").journals == ["Lancet"]
    # A date and a trial's name are no journal.
    assert read_clues("Smith et al., Mar 2019").journals == []
    assert read_clues("Zinman et al., EMPA-REG Outcome 2015").journals == []


def test_a_journal_after_the_first_author_without_et_al_is_read() -> None:
    """claims21 left: "[Halvorsen, Neuromodulation 2019]" on DAPA-HF's record said nothing:
    the journal was read as a second loose name."""
    clues = read_clues("Halvorsen, Neuromodulation 2019")
    assert clues.journals == ["Neuromodulation"]
    assert clues.loose_authors == ["Halvorsen"]
    fit = judge(clues, index_record(DAPA))
    assert fit.verdict == MISFITS
    assert "appeared in N Engl J Med, not Neuromodulation" in fit.against
    for label in ["Halvorsen, Neuromodulation 2019", "[Mbeki, Neuromodulation, 2019]"]:
        assert judge(read_clues(label), index_record(STIMULATION)).verdict == FITS


@pytest.mark.parametrize(
    "label",
    [
        "McMurray, 2019",
        "McMurray 2019",
        "McMurray (2019)",
        "McMurray-Solomon 2019",
        "de Souza, Lancet 2020",
        "Horby (RECOVERY) NEJM 2021",
        "RECOVERY Collaborative Group, 2021",
        "DAPA-HF Investigators, 2019",
        "Writing Group, Circulation 2019",
        "McMurray, Solomon 2019",
        "McMurray, Clement 2019",
        "Lung Cancer 2019",
        "Breast Cancer Research 2019",
        "McMurray, Heart 2019",
        "McMurray, Am 2019",
    ],
)
def test_no_journal_is_read_where_a_name_or_topic_stands(label: str) -> None:
    """A second name, a group, a listed journal or a topic is not read as a journal no list
    knows: only a name a journal's could be ("-ology", "-ation", "Medicine", "Research")
    after a surname and a comma."""
    known = {"N Engl J Med", "Lancet", "Circulation"}
    assert [j for j in read_clues(label).journals if j not in known] == []
