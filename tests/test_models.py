"""The plain data classes of citelint.models."""

from __future__ import annotations

import json
import re
from dataclasses import fields, replace

from hypothesis import given
from hypothesis import strategies as st

from citelint.models import Finding, Severity, normalise
from citelint.record import Record
from citelint.record_values import RECORD_VALUES
from citelint.suggestion import Suggestion


def full_record() -> Record:
    return Record(
        pmid="39990004",
        title="Platelet-rich plasma for lumbar disc degeneration",
        journal="Pain physician",
        journal_abbrev="Pain Physician",
        year=2021,
        authors=["Varga TB", "Nordic Spine Registry Group"],
        volume="24",
        issue="3",
        pages="E311-E320",
        abstract="BACKGROUND: Low back pain is common. RESULTS: VAS fell from 7.1 to 3.0.",
        abstract_sections=[("BACKGROUND", "Low back pain is common."), (None, "VAS fell.")],
        publication_types=["Journal Article", "Retracted Publication"],
        mesh_terms=["Low Back Pain", "Platelet-Rich Plasma"],
        doi="10.5555/pp.2021.0311",
        pmc="PMC9990004",
        retraction_in=["39990005"],
        concern_in=["39990013"],
        erratum_in=["39990007"],
        book=False,
        vernacular_title="Plasma ricco di piastrine nella degenerazione discale lombare.",
    )


def test_record_survives_a_json_round_trip() -> None:
    record = full_record()
    assert Record.from_dict(json.loads(json.dumps(record.to_dict()))) == record


def test_to_dict_holds_only_json_types() -> None:
    data = full_record().to_dict()
    assert data["abstract_sections"] == [
        ["BACKGROUND", "Low back pain is common."],
        [None, "VAS fell."],
    ]
    assert json.loads(json.dumps(data)) == data


def test_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    record = Record.from_dict({"pmid": "1", "title": "T", "added_in_a_later_version": 3})
    assert record == Record(pmid="1", title="T")


def test_a_record_without_a_vernacular_title_is_stored_without_one() -> None:
    """Lock files written before the field existed stay as they were for most records."""
    assert "vernacular_title" not in Record(pmid="1", title="T").to_dict()
    assert Record.from_dict({"pmid": "1", "title": "T"}).vernacular_title == ""


def test_every_record_field_has_its_stored_value_checked() -> None:
    assert set(RECORD_VALUES) == {item.name for item in fields(Record)}


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_is_normalised_as_the_general_rule_says(text: str) -> None:
    # The ASCII fast path (a table) must give what the rule for any text gives.
    expected = " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
    assert normalise(text) == expected


def test_findings_and_suggestions_are_compared_and_hashed_by_their_fields() -> None:
    # Not frozen (start-up), but a set of findings still holds each once, as with frozen ones.
    suggestion = Suggestion("31535829", "Title", replacement="31535829", replaces="3153582")
    one = Finding("a.md", 3, 7, "CL201", Severity.ERROR, "not found", suggestion=suggestion)
    same = Finding("a.md", 3, 7, "CL201", Severity.ERROR, "not found", suggestion=suggestion)
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert hash(suggestion) == hash(("31535829", "Title", "31535829", "3153582", None))
    assert replace(one, line=4) != one and len({one, replace(one, line=4)}) == 2


def test_the_classes_kept_apart_live_only_in_their_own_modules() -> None:
    """A short check never makes them (start-up); models names them in annotations only."""
    import citelint.models as models

    for name in ("Record", "Suggestion", "InlineCitation", "Suppression"):
        assert not hasattr(models, name), name
