"""Entries a page says only its supplement cites (word19): no CL102, and no sign that the
text's parenthesised numbers miss most of the list."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text
from citelint.read.supplement_refs import cited_in_supplement

ENTRIES = [
    "J. P. D. Abbatt, C. Wang, Ice nucleation in the upper troposphere. Science 351, 1040 (2016).",
    "M. A. Smith, K. Lee, Aerosol effects on deep convection. Nature 512, 77-80 (2014).",
    "T. Koop, B. Luo, Water activity and homogeneous ice nucleation. Nature 406, 611-614 (2000).",
    "D. J. Cziczo et al., Clarifying the dominant sources of cirrus ice. Science 340, 1320 (2013).",
    "B. J. Murray et al., Ice nucleation by particles. Chem. Soc. Rev. 41, 6519 (2012).",
    "P. J. DeMott et al., Predicting global ice nuclei. Proc. Natl. Acad. Sci. 107, 11217 (2010).",
    "U. Lohmann, J. Feichter, Global indirect aerosol effects. Atmos. Chem. Phys. 5, 715 (2005).",
    "A. Welti et al., Particle size and ice nucleation. Atmos. Chem. Phys. 9, 6705-6715 (2009).",
    "H. Wex et al., Intercomparing ice nucleation devices. Atmos. Chem. Phys. 15, 1463 (2015).",
]
LIST = "References and Notes\n\n" + "".join(f"{n}. {e}\n" for n, e in enumerate(ENTRIES, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("References (45-60) are cited in the supplementary materials.", range(45, 61)),
        ("Refs. 45 to 47 appear only in the Supplementary Information.", range(45, 48)),
        ("References 31–33 are cited only in the online supplement.", range(31, 34)),
        (
            "Supplementary Materials\nMaterials and Methods\nFigs. S1 to S4\nReferences (7-9)",
            [7, 8, 9],
        ),
        (
            "Supplementary Materials: Materials and Methods; Figs. S1 to S4; References (7–9)",
            [7, 8, 9],
        ),
        # Nothing said of the supplement, or a range that runs back: nothing.
        ("References 45-60 are cited in the text.", []),
        ("References (60-45) are cited in the supplementary materials.", []),
    ],
)
def test_what_the_page_says_the_supplement_cites(text: str, expected: range) -> None:
    assert cited_in_supplement(text) == set(expected)


def _findings(text: str) -> list[tuple[str, int | None]]:
    document = read_text(text, "a.txt", "txt")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.reference) for finding in found]


@pytest.mark.parametrize(
    "statement",
    [
        "References (7-9) are cited in the supplementary materials.",
        "Supplementary Materials: Materials and Methods; Figs. S1 to S4; References (7-9)",
    ],
)
def test_entries_cited_only_in_the_supplement_are_not_never_cited(statement: str) -> None:
    body = "Ice forms on dust [1]. Aerosols change convection [2], and water sets freezing [3]."
    body += " Cirrus ice comes from dust [4], immersion freezing dominates [5] and nuclei rise [6]."
    assert _findings(f"{body}\n\n{statement}\n\n{LIST}") == []
    assert _findings(f"{body}\n\n{LIST}") == [("CL102", 7), ("CL102", 8), ("CL102", 9)]


def test_a_science_page_citing_in_parentheses_is_read_beside_its_supplement_s_entries() -> None:
    body = "Ice forms on dust (1). Aerosols change convection (2), and water sets freezing (3)."
    body += " Cirrus ice comes from dust (4), immersion freezing dominates (5) and nuclei rise (6)."
    statement = "References (7-9) are cited in the supplementary materials."
    text = f"{body}\n\n{LIST}\nAcknowledgments: We thank the team. {statement}\n"
    document = read_text(text, "a.txt", "txt")
    assert [m.numbers for c in document.claims for m in c.markers] == [[n] for n in range(1, 7)]
    assert _findings(text) == []
    # Without the statement, six of nine entries are too few to tell the page cites so.
    assert read_text(text.replace(statement, ""), "a.txt", "txt").claims == []
