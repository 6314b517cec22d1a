"""A two-column reference list a PDF viewer copied row by row is read column by column
(read/column_lists.py)."""

from __future__ import annotations

from citelint.models import Reference
from citelint.read import read_text

BODY = (
    "Direct oral anticoagulants prevent stroke in atrial fibrillation.1 Apixaban caused less "
    "bleeding than warfarin,2 and rivaroxaban was non-inferior.3 Edoxaban was non-inferior "
    "with a bioprosthetic valve.4 Appendage closure is an option.5 Dabigatran 150 mg lowered "
    "stroke.6\n\nReferences\n"
)
# Left column: entries 1-3; right column: 4-6, its last entry a line longer.
TWO_COLUMNS = (
    "1. Ruff CT, Giugliano RP, Braunwald E, et al.\n"
    "4. Guimarães HP, Lopes RD, de Barros E Silva PGM,\n"
    "Comparison of new oral anticoagulants with\n"
    "et al. Rivaroxaban in patients with atrial\n"
    "warfarin. Lancet 2014;383:955–962.\n"
    "fibrillation and a bioprosthetic mitral valve.\n"
    "2. Granger CB, Alexander JH, McMurray JJV, et al.\n"
    "N Engl J Med 2020;383:2117–2126.\n"
    "Apixaban versus warfarin in patients with atrial\n"
    "5. Osmancik P, Herman D, Neuzil P, et al. Left\n"
    "fibrillation. N Engl J Med 2011;365:981–992.\n"
    "atrial appendage closure versus direct oral\n"
    "3. Patel MR, Mahaffey KW, Garg J, et al.\n"
    "anticoagulants. J Am Coll Cardiol 2020;75:3122–3135.\n"
    "Rivaroxaban versus warfarin in nonvalvular atrial\n"
    "6. Connolly SJ, Ezekowitz MD, Yusuf S, et al.\n"
    "fibrillation. N Engl J Med 2011;365:883–891.\n"
    "Dabigatran versus warfarin in patients with atrial\n"
    "fibrillation. N Engl J Med 2009;361:1139–1151.\n"
)


def entries(text: str) -> list[Reference]:
    return read_text(text, "review.txt", "txt").references


def test_two_columns_copied_row_by_row_are_read_column_by_column() -> None:
    references = entries(BODY + TWO_COLUMNS)
    assert [entry.number for entry in references] == [1, 2, 3, 4, 5, 6]
    assert [(entry.year, entry.pages) for entry in references] == [
        (2014, "955–962"),
        (2011, "981–992"),
        (2011, "883–891"),
        (2020, "2117–2126"),
        (2020, "3122–3135"),
        (2009, "1139–1151"),
    ]
    assert references[3].raw.startswith("Guimarães HP, Lopes RD, de Barros E Silva PGM, et al.")


def test_a_list_numbered_back_in_one_column_is_read_as_written() -> None:
    # Entries 3 and 2 swapped: the numbering goes back (CL103's), no columns to undo.
    text = BODY + (
        "1. Ruff CT, Giugliano RP, Braunwald E, et al. Comparison of new oral anticoagulants\n"
        "with warfarin. Lancet 2014;383:955–962.\n"
        "3. Patel MR, Mahaffey KW, Garg J, et al. Rivaroxaban versus warfarin in nonvalvular\n"
        "atrial fibrillation. N Engl J Med 2011;365:883–891.\n"
        "2. Granger CB, Alexander JH, McMurray JJV, et al. Apixaban versus warfarin in\n"
        "patients with atrial fibrillation. N Engl J Med 2011;365:981–992.\n"
        "4. Guimarães HP, Lopes RD, de Barros E Silva PGM, et al. Rivaroxaban with a\n"
        "bioprosthetic mitral valve. N Engl J Med 2020;383:2117–2126.\n"
    )
    assert [entry.number for entry in entries(text)] == [1, 3, 2, 4]


def test_a_list_of_three_line_entries_numbered_back_once_is_read_as_written() -> None:
    # Entries of three lines each: every other line numbers 1, 2, 3 ..., yet the list as
    # copied ends every entry as an entry ends, so no column order reads better (review21b).
    text = BODY + (
        "1. Lindgren M, Petrov I, Adebayo K, Haldane R, Sato K, Moreau A, et al. Early rhythm\n"
        "control in older adults with atrial fibrillation and frailty. N Engl J Med.\n"
        "2024;390(7):601-612.\n"
        "3. Okafor C, Lindgren P, on behalf of the HIPSTER Trial Investigators. Early\n"
        "mobilisation after hip fracture surgery in adults over 80 years: the HIPSTER\n"
        "randomised trial. BMJ 2023;381:e074512.\n"
        "2. Whitfield M, Duarte L, Okonjo E. Apixaban versus enoxaparin after knee\n"
        "arthroplasty in patients with obesity. N Engl J Med\n"
        "2021;384:693-704.\n"
        "4. Lindqvist A, Oduya B. Continuous glucose monitoring in hospitalised adults\n"
        "with type 2 diabetes: a pragmatic trial. Diabetes Care.\n"
        "2022;45(Suppl 2):S112-20.\n"
        "5. Brandt K, Osei A, Varga Z. Sex differences in cardiac rehabilitation referral\n"
        "after myocardial infarction: a nationwide cohort study. J Am Heart Assoc.\n"
        "2022;11(5):e024562.\n"
        "6. Marchetti G, Liu Y. Left atrial strain predicts atrial fibrillation after cardiac\n"
        "surgery: a prospective cohort. Front Cardiovasc Med.\n"
        "2022;9:834512.\n"
    )
    references = entries(text)
    assert [entry.number for entry in references] == [1, 3, 2, 4, 5, 6]
    assert references[1].raw.startswith("Okafor C, Lindgren P")
    assert references[1].raw.endswith("BMJ 2023;381:e074512.")


# A review's PDF copied row by row over two pages, its columns restarting on each page, the
# page's foot between them (told as a foot by the body's pages: read/running_heads.py).
FOOT = "Okonkwo et al. Open Heart 2023;10:e002317"
PAGED_BODY = (
    "Direct oral anticoagulants prevent stroke in atrial fibrillation.1 Apixaban caused less\n"
    "bleeding than warfarin,2 and rivaroxaban was non-inferior.3 Edoxaban was non-inferior\n"
    "with a bioprosthetic valve.4 Appendage closure is an option.5,6\n"
    f"{FOOT} 5\n"
    "Dabigatran 150 mg lowered stroke.7 Ablation lowered death in heart failure.8 Early\n"
    "rhythm control lowered events.9 Screening found more fibrillation.10,11\n"
    f"6 {FOOT}\n"
    "References\n"
)
PAGE_ONE = (
    [
        "1. Ruff CT, Giugliano RP, Braunwald E, et al.",
        "Comparison of new oral anticoagulants with",
        "warfarin. Lancet 2014;383:955–962.",
        "2. Granger CB, Alexander JH, McMurray JJV, et al.",
        "Apixaban versus warfarin in patients with atrial",
        "fibrillation. N Engl J Med 2011;365:981–992.",
        "3. Patel MR, Mahaffey KW, Garg J, et al.",
        "Rivaroxaban versus warfarin in nonvalvular atrial",
        "fibrillation. N Engl J Med 2011;365:883–891.",
    ],
    [
        "4. Guimarães HP, Lopes RD, de Barros E Silva PGM,",
        "et al. Rivaroxaban in patients with atrial",
        "fibrillation and a bioprosthetic mitral valve.",
        "N Engl J Med 2020;383:2117–2126.",
        "5. Osmancik P, Herman D, Neuzil P, et al. Left",
        "atrial appendage closure versus direct oral",
        "anticoagulants. J Am Coll Cardiol 2020;75:3122–3135.",
        "6. Connolly SJ, Ezekowitz MD, Yusuf S, et al.",
        "Dabigatran versus warfarin in patients with atrial",
    ],
)
PAGE_TWO = (
    [
        "fibrillation. N Engl J Med 2009;361:1139–1151.",
        "7. Wallentin L, Yusuf S, Ezekowitz MD, et al.",
        "Efficacy and safety of dabigatran compared with",
        "warfarin. Lancet 2010;376:975–983.",
        "8. Marrouche NF, Brachmann J, Andresen D, et al.",
        "Catheter ablation for atrial fibrillation with",
        "heart failure. N Engl J Med 2018;378:417–427.",
    ],
    [
        "9. Kirchhof P, Camm AJ, Goette A, et al. Early",
        "rhythm-control therapy in patients with atrial",
        "fibrillation. N Engl J Med 2020;383:1305–1316.",
        "10. Svendsen JH, Diederichsen SZ, Højberg S, et al.",
        "Implantable loop recorder detection of atrial",
        "fibrillation. Lancet 2021;398:1507–1516.",
        "11. Svennberg E, Friberg L, Frykman V, et al.",
        "Clinical outcomes in systematic screening for",
        "atrial fibrillation. Lancet 2021;398:1498–1506.",
    ],
)


def rows(left: list[str], right: list[str]) -> str:
    """A page's two columns as a PDF viewer copies them: row by row, left then right."""
    lines = [line for row in zip(left, right, strict=False) for line in row]
    longer = left if len(left) > len(right) else right
    return "\n".join(lines + longer[min(len(left), len(right)) :]) + "\n"


def test_two_columns_over_two_pages_are_read_page_by_page() -> None:
    text = PAGED_BODY + rows(*PAGE_ONE) + f"{FOOT} 7\n" + rows(*PAGE_TWO) + f"8 {FOOT}\n"
    references = entries(text)
    assert [entry.number for entry in references] == list(range(1, 12))
    assert [entry.pages for entry in references] == [
        "955–962",
        "981–992",
        "883–891",
        "2117–2126",
        "3122–3135",
        "1139–1151",
        "975–983",
        "417–427",
        "1305–1316",
        "1507–1516",
        "1498–1506",
    ]
    assert all(FOOT not in entry.raw for entry in references)


def test_pages_of_one_column_with_two_entries_swapped_are_read_as_written() -> None:
    # One column on each page, entries 2 and 3 swapped on the first: CL103's, no columns.
    left, right = PAGE_ONE
    first = left[:3] + left[6:] + left[3:6] + right
    second = PAGE_TWO[0][1:] + PAGE_TWO[1]
    text = PAGED_BODY + "\n".join(first) + f"\n{FOOT} 7\n" + "\n".join(second) + "\n"
    assert [entry.number for entry in entries(text)] == [1, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11]
