"""A record's words, prepared once for judging labels (citelint.pubmed.record_index)."""

from __future__ import annotations

from citelint.pubmed.record_index import compact, index_record
from citelint.record import Record


def test_tokens_are_compact_whole_and_in_hyphen_parts() -> None:
    index = index_record(Record(pmid="1", title="Dapagliflozin in DAPA-HF", authors=["Smith J"]))
    assert {"dapahf", "dapa", "hf", "dapagliflozin"} <= index.title_tokens
    assert compact("DAPA-HF") == "dapahf"
    assert index.words == ["dapagliflozin", "in", "dapa-hf"]  # words in order, lower case


def test_the_record_s_own_tokens_leave_out_its_background() -> None:
    abstract = "BACKGROUND: Unlike EMPEROR, ... METHODS: We ran DAPA-HF in adults."
    index = index_record(Record(pmid="1", title="A trial", abstract=abstract))
    assert "emperor" in index.tokens
    assert "emperor" not in index.own_tokens
    assert "dapahf" in index.own_tokens


def test_a_translated_title_s_own_language_words_are_title_tokens() -> None:
    record = Record(pmid="1", title="[Mediterranean diet].", vernacular_title="Dieta mediterranea")
    assert "mediterranea" in index_record(record).title_tokens
