"""The engine hands the references of many documents to the resolver at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from citelint.commands.batch import Resolved, resolve_documents
from citelint.commands.pipeline import (
    check_document,
    lint_documents,
    needs_claim_text,
    read_documents,
    selected_rules,
)
from citelint.config import Config
from citelint.models import Document, Reference, Resolution, Status
from citelint.pubmed.resolver import build_resolver
from citelint.record import Record


class CountingResolver:
    """Resolves entry n to a resolution whose reason names the entry's text."""

    def __init__(self, drop: int = 0) -> None:
        self.batches: list[int] = []
        self.drop = drop

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        self.batches.append(len(references))
        answers = [Resolution(ref.number, Status.UNVERIFIED, reason=ref.raw) for ref in references]
        return answers[: len(answers) - self.drop]


def document(path: str, *numbers: int) -> Document:
    references = [Reference(n, f"{path} entry {n}", n, 1) for n in numbers]
    return Document(path=path, format="md", text="", references=references)


def test_every_document_gets_its_own_resolutions_from_one_batch() -> None:
    resolver = CountingResolver()

    found = resolve_documents(
        [document("a.md", 1, 2), document("b.md"), document("c.md", 1)], resolver
    )

    assert resolver.batches == [3]
    reasons = {
        path: {n: r.reason for n, r in got.resolutions.items()} for path, got in found.items()
    }
    assert reasons == {
        "a.md": {1: "a.md entry 1", 2: "a.md entry 2"},
        "b.md": {},
        "c.md": {1: "c.md entry 1"},
    }


def test_a_dated_remark_among_the_notes_is_not_looked_up() -> None:
    # review25a F5: every note gives a year, so no note was asked whether it cites back.
    remark = "The retraction notice and the new paper appeared together: BMJ, June 13, 2018."
    full = Reference(1, "Osei K. Falls at night. BMJ. 2018;360:k1.", 1, 1, year=2018)
    full.authors, full.journal = ["Osei K"], "BMJ"
    references = [full, Reference(2, remark, 2, 1, year=2018, title=remark)]
    resolver = CountingResolver()
    resolve_documents([Document("a.md", "md", "", references=references)], resolver)
    assert resolver.batches == [1]


def test_an_entry_repeating_a_number_is_looked_up_apart_by_its_place() -> None:
    resolver = CountingResolver()
    repeated = document("a.md", 1, 2, 2, 3)
    repeated.references[2].raw = "a.md another paper numbered 2"

    [found] = resolve_documents([repeated], resolver).values()

    assert resolver.batches == [4]
    assert {n: r.reason for n, r in found.resolutions.items()} == {
        1: "a.md entry 1",
        2: "a.md entry 2",
        3: "a.md entry 3",
    }
    assert {place: r.reason for place, r in found.repeats.items()} == {
        2: "a.md another paper numbered 2"
    }


def test_a_resolver_that_loses_an_answer_is_an_error_not_a_shifted_result() -> None:
    with pytest.raises(ValueError):
        resolve_documents([document("a.md", 1, 2)], CountingResolver(drop=1))


ARTICLES = sorted(
    path
    for folder in ("articles", "examples", "fix", "audit")
    for path in (Path(__file__).resolve().parents[2] / "fixtures" / folder).rglob("*")
    if path.suffix in (".txt", ".md", ".html")
)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_structure_rules_find_the_same_without_the_claims_words(path: Path) -> None:
    config = Config(select=["CL1"])
    full, _ = read_documents([path], config, claim_text=True)
    bare, _ = read_documents([path], config, claim_text=False)

    assert [m for c in bare[0].claims for m in c.markers] == [
        m for c in full[0].claims for m in c.markers
    ]
    assert not any(claim.text for claim in bare[0].claims)
    assert (
        lint_documents(bare, config, None).findings == lint_documents(full, config, None).findings
    )


def test_claims_keep_their_words_when_a_selected_rule_reads_them() -> None:
    assert needs_claim_text(Config())
    assert needs_claim_text(Config(select=["CL301"]))
    assert not needs_claim_text(Config(select=["CL1", "CL2"]))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_all_rules_offline_find_the_same_without_the_claims_words(path: Path) -> None:
    # Offline with no lock, cache or mirror no entry gets a record, so the claim rules
    # (the readers of the words) check nothing: the cheaper reading gives the same report.
    config = Config(offline=True, no_cache=True)
    full, _ = read_documents([path], config, claim_text=True)
    bare, _ = read_documents([path], config, claim_text=False)

    with_words = lint_documents(full, config, build_resolver(config)).findings
    assert lint_documents(bare, config, build_resolver(config)).findings == with_words


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_claims_given_their_words_later_are_the_claims_read_with_them(path: Path) -> None:
    full, _ = read_documents([path], Config(), claim_text=True)
    bare, _ = read_documents([path], Config(), claim_text=False)

    bare[0].word_claims()

    assert bare[0].claims == full[0].claims
    assert bare[0].claim_words is None


CITING = """Low-dose aspirin halved recurrent clots over two years [1]. Bleeding was rare [2].

## References

1. Rossi A, Lind B. Low-dose aspirin after a first venous clot. J Thromb Res. 2019;12:101-9.
2. Okafor N. Bleeding on aspirin in older adults. Age Ageing. 2020;49:200-6.
"""


def _read_citing(tmp_path: Path) -> Document:
    path = tmp_path / "citing.md"
    path.write_text(CITING, encoding="utf-8")
    [read], _ = read_documents([path], Config(), claim_text=False)
    return read


def test_claims_get_their_words_when_a_rule_weighs_them_against_a_record(
    tmp_path: Path,
) -> None:
    doc = _read_citing(tmp_path)
    record = Record(pmid="30100001", title="Low-dose aspirin after a first venous clot.")
    resolved = Resolved({1: Resolution(1, Status.RESOLVED, record=record)})

    check_document(doc, None, resolved, Config(), selected_rules(Config()))

    assert [claim.text for claim in doc.claims] == [
        "Low-dose aspirin halved recurrent clots over two years.",
        "Bleeding was rare.",
    ]


def test_claims_stay_without_words_where_no_entry_has_a_record(tmp_path: Path) -> None:
    doc = _read_citing(tmp_path)
    unverified = {n: Resolution(n, Status.UNVERIFIED, reason="offline") for n in (1, 2)}

    rules = selected_rules(Config())
    check_document(doc, None, Resolved(unverified), Config(), rules)
    check_document(doc, None, Resolved(), Config(), rules)  # nothing resolved at all

    assert [claim.text for claim in doc.claims] == [""]  # one claim of the paragraph's markers
    assert doc.claim_words is not None
