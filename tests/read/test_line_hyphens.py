"""Text copied from a PDF: words a line's end broke with a hyphen, and ligatures, in claims."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citelint.read import line_hyphens, read_text
from citelint.read.line_hyphens import fold_ligatures, join_broken_words

# Two narrow columns copied as a PDF viewer gives them: hyphens at line ends, ligatures, a
# superscript flattened after the stop. The reference list shows some words whole.
PDF_COPY = """\
Background
In patients with heart failure and a reduced ejection frac-
tion, dapagliﬂozin lowered the risk of worsening heart fail-
ure or cardio-
vascular death, and the ﬁrst hospital-
ization came later.1 Beta-blockers, long-
term diuretics and non-
inferiority margins of 28-
day mortality were not changed.1

References
1. McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in patients with heart failure
and reduced ejection fraction: cardiovascular death and worsening heart failure. N Engl J Med
2019;381:1995–2008.
"""


def test_a_word_the_page_shows_whole_elsewhere_is_joined() -> None:
    text = "lowered cardio-\nvascular death\n\nCardiovascular outcomes"
    joined = join_broken_words(text)
    assert joined.split() == ["lowered", "cardiovascular", "death", "Cardiovascular", "outcomes"]
    assert len(joined) == len(text)
    assert joined.index("death") == text.index("death")  # offsets stay the text's


def test_a_part_no_word_ends_with_is_joined_without_the_word_elsewhere() -> None:
    assert join_broken_words("first hospital-\nization came").split() == [
        "first",
        "hospitalization",
        "came",
    ]


def test_compounds_keep_their_hyphen() -> None:
    # Each joined word is on the page, yet the writer's compound is what the PDF broke.
    text = (
        "beta-\nblockers, non-\ninferiority, 28-\nday, COVID-\n19, short-\nand long-term,\n"
        "placebo-\ncontrolled.\nbetablockers noninferiority shortand"
    )
    assert join_broken_words(text) == text


def test_a_compound_the_page_never_shows_joined_keeps_its_hyphen() -> None:
    text = "an open-\nlabel trial"
    assert join_broken_words(text) == text


def test_ligatures_are_written_as_letters() -> None:
    assert fold_ligatures("95% conﬁdence, empagliﬂozin, eﬀect, eﬃcacy") == (
        "95% confidence, empagliflozin, effect, efficacy"
    )


def test_claims_of_a_pdf_copy_read_as_a_reader_reads_them() -> None:
    document = read_text(PDF_COPY, "copy.txt", "txt")
    first, second = document.claims
    assert "cardiovascular death" in first.text
    assert "hospitalization came later" in first.text
    assert "dapagliflozin" in first.text and "first hospital" in first.text
    assert "heart failure or" in first.text  # "fail-" / "ure": the list shows "failure"
    assert "ejection fraction" in first.text
    # Compounds keep their hyphen (the line's break reads as a space, as before).
    assert "long- term" in second.text and "non- inferiority" in second.text
    assert "28- day" in second.text
    # Positions are the page's own.
    assert (first.line, first.column) == (2, 1)
    assert (second.line, second.column) == (6, 22)


# Pieces a PDF copy or a flattened page is made of: letters, ligatures, hyphens, rules, line
# ends, capitals, digits and underscores (which the look behind refuses before a word).
_PIECES = st.sampled_from(
    ["ab", "x", "ﬁ", "ization", "non", "and", "-", "---", "\n", "\r\n", " ", "\t", "A", "1", "_"]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_broken_words_are_found_where_the_whole_pattern_finds_them(text: str) -> None:
    found = [(match.span(), match.groups()) for match in line_hyphens._broken_words(text)]
    expected = [(match.span(), match.groups()) for match in line_hyphens._BROKEN.finditer(text)]
    assert found == expected


def test_a_flattened_pages_rules_join_nothing_and_a_word_after_them_still_joins() -> None:
    # A flattened HTML page's thematic breaks end lines on a hyphen: none is a broken word.
    text = "Cardiovascular deaths fell.\n\n---\n\nA fall in cardio-\nvascular deaths"
    joined = join_broken_words(text)
    assert joined.startswith("Cardiovascular deaths fell.\n\n---\n\n")
    assert joined.endswith("A fall in cardiovascular   deaths")
    assert len(joined) == len(text)
