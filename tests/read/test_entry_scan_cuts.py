"""Entry reading's cheaper scans (issue 13, speed18) answer as the plain tests they replace.

Each plain version is the test as it stood before: a scan of the entry for each word. The
shortcut looks for one character or one pair first, or for a word where a shorter piece it
holds stands; these fail on the first generated text where that premise does not hold.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import entry_identifiers, entry_markup, entry_tails, styled_entries
from citelint.read.readings import places_of


def texts(pieces: list[str], most: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


# -- linked notices and online-first dates (entry_tails) ----------------------------------------

TAIL_PIECES = [
    " in", " for", " of", " from", " on", "in", "on", ": ", ":", " ", ".", "x", "n", "r", "f",
    "ed online", "ublished online", "osted online", "Published Online", "[Preprint]", "[",
    "]", "Preprint", "d online", "Erratum", "2020;", "\n", "İ",
]  # fmt: skip


@given(texts(TAIL_PIECES))
@example("Brown A. Title. Crit Care Med. 2018;46:e100. Erratum in: Crit Care Med. 2019;47:1.")
@example("Title: a cohort study. J Med. 2019;3:1-9.")
@example("Comment on:Title")  # no space after the colon: no notice word
@example("Title on: x: y")
def test_notice_words_are_found_as_the_five_scans_found_them(text: str) -> None:
    plain = any(word in text for word in (" in: ", " for: ", " of: ", " from: ", " on: "))
    assert entry_tails._holds_notice_word(text) == plain


@given(texts(TAIL_PIECES))
@example("Age Ageing. Published online January 5, 2024.")
@example("medRxiv [Preprint]. 2024 May 3:2024.05.01.24306789.")
@example("medRxiv. Preprint posted online June 22, 2020.")
@example("Accessed online 2020.")  # "ed online", but none of the three
@example("Lancet. PUBLISHED ONLINE 2020.")  # the plain test is case-sensitive, and so is this
def test_online_first_is_looked_for_where_the_three_scans_looked(text: str) -> None:
    plain = "ublished online" in text or "[Preprint]" in text or "osted online" in text
    assert entry_tails._may_be_online_first(text) == plain


# -- a year in brackets before a space (styled_entries) -----------------------------------------

YEAR_PIECES = ["(", ")", " ", "19", "20", "21", "0", "9", "x", ") ", "(2021) ", "(1998)", "٣"]


def plain_year_in_brackets(text: str) -> bool:
    for opening in ("(19", "(20"):
        at = text.find(opening)
        while at >= 0:
            if text[at + 5 : at + 7] == ") " and text[at + 3 : at + 5].isdigit():
                return True
            at = text.find(opening, at + 1)
    return False


@given(texts(YEAR_PIECES, most=20))
@example("RECOVERY Collaborative Group, Title, N. Engl. J. Med. 384 (2021) 693–704.")
@example("Smith J. Title. J Med. 2021;13(2):150-8.")
@example("(2021)")  # at the end: no space after it
def test_a_year_in_brackets_is_found_as_the_two_finds_found_it(text: str) -> None:
    assert styled_entries._year_in_brackets(text) == plain_year_in_brackets(text)


# -- single spacing: the test that spares a line split and join (entry_markup) ----------------

SPACED_PIECES = [
    " ", "  ", "a", "B", ".", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x01", "\x7f",
    "é", "\xa0", "\x85", "\u2003", "\u2028",
]  # fmt: skip


@given(texts(SPACED_PIECES))
@example("Smith J. Title. J Med. 2019;3:1-9.")
@example("Smith J.\tTitle.")
@example("García J.\xa0Title.")
@example("Smith J.\x1fTitle.")
def test_a_line_is_single_spaced_as_split_and_join_make_it(text: str) -> None:
    assert entry_markup._single_spaced(text) == " ".join(text.split())


# -- clutter words: a pair looked for behind the piece both hold (entry_identifiers) -----------

CLUTTER_PIECES = [
    "pm", "pmid", "pmc", "dispon", "disponib", "disponív", "accessed", "(accessed", "(", "doi",
    "[", "]", "x", " ", "online ahead", "epub", "available", "verfügbar", "retrieved", "a",
]  # fmt: skip


@given(texts(CLUTTER_PIECES, most=10))
@example("doi: . pmid: . [internet]. (accessed 5 may 2020)")
@example("disponible en: x. pmc123")
def test_clutter_places_are_those_every_word_gives(lowered: str) -> None:
    starts = entry_identifiers._clutter_starts(lowered)
    assert places_of(lowered, starts) == places_of(lowered, entry_identifiers._CLUTTER_STARTS)
    words = entry_identifiers._CLUTTER_WORDS
    if any(word in lowered for word in words):  # the gate passes wherever the words did
        assert any(piece in lowered for piece in entry_identifiers._CLUTTER_GATE)


# -- punctuation left behind: "in" before find (entry_identifiers) -----------------------------


def plain_first_left_punctuation(text: str, spaces_only: bool) -> int | None:
    if not (spaces_only or text.isprintable()):
        return 0
    found = [at for at in map(text.find, entry_identifiers._LEFT_PAIRS) if at >= 0]
    if not found:
        return None
    first = min(found)
    while first and text[first - 1] == " ":
        first -= 1
    return max(0, first - 1)


@given(texts([".", " ", ";", ":", ",", "a", "\t", "..", " .", "x" * 20]), st.booleans())
@example("Title. J Med. 2019;3:1-9 . .", True)
@example("Clark L., Beadle D.", True)
@example("Title..", False)
def test_left_punctuation_is_found_where_every_find_found_it(text: str, spaces: bool) -> None:
    first = entry_identifiers._first_left_punctuation(text, spaces)
    assert first == plain_first_left_punctuation(text, spaces)
