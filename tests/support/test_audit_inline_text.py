"""The audit shows an inline link's sentence as written (user27 P3-2): a link whose words read
as a citation ("a 2023 study of ...") is judged without them, as ``check`` judges it, but the
claim shown had lost them ("asked about hepatitis C: deserves a look.")."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record
from citelint.support.audit import build_audit

RETREATMENT = Record(
    pmid="36156117",
    title="Sofosbuvir retreatment of hepatitis C after kidney transplantation.",
    journal="Transplantation",
    year=2023,
    authors=["Moreau J", "Abiodun F"],
    abstract="Retreatment cured 41 of 44 kidney transplant recipients with hepatitis C.",
)
POST = """\
<!DOCTYPE html><html><head><title>Ward notes</title></head><body><article>
<h1>Ward notes</h1>
<p>A reader wrote in about hepatitis C: <a href="https://pubmed.ncbi.nlm.nih.gov/36156117/">a
2023 study of sofosbuvir retreatment in kidney transplant recipients</a> deserves a look.</p>
<p>Retreatment cured most transplant recipients with hepatitis C
(<a href="https://pubmed.ncbi.nlm.nih.gov/36156117/">Moreau et al.</a>).</p>
</article></body></html>
"""


def audited_claims() -> list[str]:
    document = read_text(POST, "ward-notes.html", "html")
    result = lint_documents([document], Config(), StaticResolver([RETREATMENT]))
    (audit,) = build_audit(result)
    return [" ".join(claim.text.split()) for claim in audit.claims]


def test_the_sentence_of_an_inline_link_is_shown_as_written() -> None:
    shown = audited_claims()
    assert (
        "A reader wrote in about hepatitis C: a 2023 study of sofosbuvir retreatment in kidney "
        "transplant recipients deserves a look." in shown
    )
    # A label in brackets is shown as written too; nothing else in the sentence changes.
    assert "Retreatment cured most transplant recipients with hepatitis C (Moreau et al.)." in shown
