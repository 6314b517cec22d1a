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
