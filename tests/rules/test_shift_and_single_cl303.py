"""CL303 when the reference list is shifted as a whole (an entry deleted after writing): a
claim of the shifted part that fits another entry still is the list's slip, which the one
list-level finding reports; a second finding naming another entry contradicts it (user31b
P2-3). A misfit the other way, or before the shift, is still reported alone."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def record(pmid: str, title: str, abstract: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="Community Dental Journal",
        year=2016,
        authors=["Halloran E", "Mensah K"],
        abstract=abstract,
        publication_types=["Journal Article"],
    )


ENTRIES = [
    record(
        "39400001",
        "Vitamin D supplements and falls in housebound older adults.",
        "In 1,200 housebound adults aged over 75, daily vitamin D supplements did not reduce "
        "falls or hip fractures over two years compared with placebo.",
    ),
    record(
        "39400002",
        "Fluoride varnish applied twice yearly in preschool children.",
        "Fluoride varnish painted on the primary teeth of 2,400 preschool children twice a "
        "year lowered new cavities in the primary dentition by 37% over three years.",
    ),
    record(
        "39400003",
        "Silver diamine fluoride for arresting root caries in nursing home residents.",
        "Silver diamine fluoride applied once a year arrested 71% of active root caries "
        "lesions in nursing home residents, against 33% with placebo water.",
    ),
    record(
        "39400004",
        "Resin sealants on permanent molars of schoolchildren: a school programme.",
        "Resin sealants placed on the occlusal surfaces of first permanent molars of 3,100 "
        "schoolchildren prevented 76% of occlusal cavities over four years.",
    ),
    record(
        "39400005",
        "Xylitol chewing gum and caries increment in adolescents.",
        "Adolescents chewing xylitol gum three times a day had a caries increment no lower "
        "than those chewing sorbitol gum or none over thirty months.",
    ),
    record(
        "39400006",
        "Orthodontic aligners compared with fixed braces for crowding in teenagers.",
        "Clear aligners corrected mild crowding in teenagers as well as fixed braces did, "
        "with shorter chair time and less plaque on the incisors.",
    ),
]
FLUORIDE = (
    "Painting fluoride varnish on primary teeth twice a year lowered new cavities in "
    "preschool children by 37% [{}]."
)
SDF = (
    "A yearly application of silver diamine fluoride arrested 71% of active root caries "
    "lesions in nursing home residents [{}]."
)
SEALANTS = (
    "School programmes placing resin sealants on first permanent molars prevented 76% of "
    "occlusal cavities [{}]."
)
VITAMIN_D = (
    "Daily vitamin D supplements did not reduce falls or hip fractures in housebound adults "
    "aged over 75 [{}]."
)
XYLITOL = (
    "Chewing xylitol gum three times a day did not lower the caries increment of "
    "adolescents over thirty months [{}]."
)
ALIGNERS = (
    "Clear aligners corrected mild crowding in teenagers as well as fixed braces did, with "
    "less plaque on the incisors [{}]."
)


def cl303(claims: list[str]) -> list[Finding]:
    listed = "\n".join(
        f"{n}. Halloran E, Mensah K. {r.title} Community Dent J. 2016;{n}:1-9. PMID: {r.pmid}"
        for n, r in enumerate(ENTRIES, start=1)
    )
    text = "# Commentary\n\n" + "\n\n".join(claims) + f"\n\n## References\n\n{listed}\n"
    document = read_text(text, "commentary.md", "md")
    result = lint_documents([document], Config(select=["CL303"]), StaticResolver(ENTRIES))
    return result.findings


SHIFTED = [FLUORIDE.format(2), SDF.format(4), SEALANTS.format(5), XYLITOL.format(6)]


def test_a_misfit_within_the_shifted_part_defers_to_the_list_level_finding() -> None:
    found = cl303([*SHIFTED, VITAMIN_D.format(4)])
    assert [f.message.split(":")[0] for f in found] == ["the reference list looks shifted by one"]


def test_a_misfit_the_other_way_is_still_reported_alone() -> None:
    found = cl303([*SHIFTED, ALIGNERS.format(6), SEALANTS.format(1)])
    messages = [f.message for f in found]
    assert len(messages) == 2 and "shifted by one" in messages[0]
    assert messages[1].startswith("cited [1], but entry 4")


def test_a_misfit_before_the_shifted_part_is_still_reported_alone() -> None:
    found = cl303([VITAMIN_D.format(3), *SHIFTED])
    messages = [f.message for f in found]
    assert len(messages) == 2 and "shifted by one" in messages[1]
    assert messages[0].startswith("cited [3], but entry 1")
