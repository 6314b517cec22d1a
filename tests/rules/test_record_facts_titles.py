"""CL203's "another title" names PubMed's title as a reader would look for it: NLM's brackets
round a title translated into English are said in words, not printed as part of it."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record

TRANSLATED = Record(
    pmid="30000002",
    title="[Hypertension in elderly Japanese patients: management and outcomes].",
    journal="Nihon rinsho. Japanese journal of clinical medicine",
    journal_abbrev="Nihon Rinsho",
    year=2019,
    volume="77",
    issue="4",
    pages="550-6",
    authors=["Tanaka H", "Suzuki K"],
    publication_types=["Journal Article", "English Abstract"],
)


def cl203(title: str) -> list[str]:
    text = (
        "Text [1].\n\nReferences\n"
        f"1. Tanaka H, Suzuki K. {title}. Nihon Rinsho. 2019;77(4):550-6.\n"
    )
    document = read_text(text, "a.txt", "txt")
    findings = lint_documents([document], Config(select=["CL203"]), StaticResolver([TRANSLATED]))
    return [finding.message for finding in findings.findings]


def test_a_translated_title_is_named_without_nlm_s_brackets() -> None:
    [message] = cl203("[Statins in elderly Japanese women with dementia]")
    assert (
        "has another title: 'Hypertension in elderly Japanese patients: management and "
        "outcomes' (PubMed's English translation; its first author" in message
    )


def test_the_right_title_with_or_without_brackets_has_no_finding() -> None:
    assert cl203("[Hypertension in elderly Japanese patients: management and outcomes]") == []
    assert cl203("Hypertension in elderly Japanese patients: management and outcomes") == []
