"""clues.lowercase answers as str.lower() does, for every text (its Latin-1 table, speed19b)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read.clues import Clues, lowercase

LATIN1 = st.text(alphabet=st.characters(max_codepoint=255))


@given(LATIN1)
@example("Müller SA, Fernández G, ÀÉÎÕÜ ÞØ ß ÿ µ ×.")
@example("")
def test_a_latin1_text_is_lowered_as_str_lower_lowers_it(text: str) -> None:
    assert lowercase(text) == text.lower()


@given(st.text())
@example("Brighton TA, Øvrebø K. Title. N Engl J Med. 2012;367:1979–87.")  # past Latin-1
@example("İstanbul ΣΟΦΙΑ ǅ")  # letters lowered to two characters, or by their context
def test_any_text_is_lowered_as_str_lower_lowers_it(text: str) -> None:
    assert lowercase(text) == text.lower()


def test_an_entry_s_clues_hold_its_text_lowered() -> None:
    text = "Müller SA, ÖZDEMIR B. Title. J Med. 2019;3:1-9. PMID: 123."
    clues = Clues(text)
    assert clues.lowered == "müller sa, özdemir b. title. j med. 2019;3:1-9. pmid: 123."
    assert clues.aligned and clues.holds_any(("pmid",))


@given(st.text(alphabet=st.sampled_from("aAiIsSkK ıſİ\u0307üÜ–.")))
@example("Müller SA.")  # Latin-1: no twin
@example("Işık A, Fernández B.")  # a dotless i past Latin-1
def test_an_entry_s_clues_know_a_twin_letter_wherever_one_stands(text: str) -> None:
    clues = Clues(text)
    assert clues.lowered == text.lower()
    assert clues.anything == any(twin in text.lower() for twin in ("ı", "ſ", "\u0307"))
