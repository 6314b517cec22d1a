"""A letter citing "(refs 2-3)" before "(ref. 1)": the references it names in words are
citations whatever their order (CL104 reports that), so they do not stop the page's bare
"(n)" citations being read (user31b, left by fix31c: a false CL102 on the entry "(4)" cites).
"""

from __future__ import annotations

from citelint.read import read_text

LIST = (
    "\nReferences\n"
    "1. Osei K, Laine M. A decision rule for imaging after minor head injury in children. "
    "Emerg Med J. 2015;32(2):101-107.\n"
    "2. Varga P, Holm S. Cancer after computed tomography in childhood: a cohort study. "
    "BMJ. 2014;348:g2210.\n"
    "3. Brandt E, Noor A. Brain tumours after childhood head scans: a linkage study. "
    "Lancet Oncol. 2016;17(3):301-309.\n"
    "4. Ruiz D, Park J. Observation before imaging in children with head injury. "
    "Pediatrics. 2013;131(4):e1012-e1019.\n"
)


def cited(text: str) -> list[list[int]]:
    document = read_text(text, "letter.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def test_bare_numbers_are_read_after_references_named_out_of_order() -> None:
    text = (
        "Letter\nTwo cohort studies (refs 2-3) estimated the excess risk of a brain tumour. "
        "The rule was validated in a large cohort (ref. 1). Observation before imaging lowers "
        "scan rates further (4).\n"
    )
    assert cited(text + LIST) == [[2, 3], [1], [4]]


def test_bare_numbers_out_of_order_beside_named_references_stay_unread() -> None:
    # The named ones are sure; the bare "(4)" before "(3)" still reads as no citation order.
    text = (
        "Letter\nTwo cohort studies (refs 1-2) estimated the excess risk of a brain tumour. "
        "Of the children scanned, those observed first (4) were fewer than the others (3).\n"
    )
    assert cited(text + LIST) == [[1, 2]]


def test_plan_items_counted_from_one_after_named_references_are_not_citations() -> None:
    # review32a P2: the named references out of order would pass for the order of "(n)".
    text = (
        "Clinic letter\nObservation was chosen as in the cohorts (refs 2-3), and the decision "
        "rule (ref. 1) was applied.\n\nPlan:\nHead injury advice sheet (1).\n"
        "Neuro observations every hour (2).\nDischarge with a responsible adult (3).\n"
        "Return if vomiting recurs (4).\n"
    )
    assert cited(text + LIST) == [[2, 3], [1]]


def test_numbers_that_go_on_after_named_references_still_cite() -> None:
    # Trap: after "(ref. 1)" the parentheses go on from 2, as citations do.
    text = (
        "Letter\nThe rule was validated in a large cohort (ref. 1). Scans carry a small "
        "cancer risk (2). Brain tumours were the commonest (3). Observation first lowers "
        "scan rates (4).\n"
    )
    assert cited(text + LIST) == [[1], [2], [3], [4]]
