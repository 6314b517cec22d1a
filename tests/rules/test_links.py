"""Inline citations through the rules: CL209, and CL2xx/CL3xx naming links instead of numbers."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_text
from citelint.read.inline_view import inline_view
from citelint.report.fingerprint import fingerprint

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [ROOT / "fixtures" / "entrez" / "pubmed", ROOT / "fixtures" / "inline" / "records"]
RECORDS = [
    record
    for folder in FOLDERS
    for path in sorted(folder.glob("*.xml"))
    for record in parse_pubmed_articles(path.read_bytes())
]


def lint(text: str, select: list[str] | None = None, fmt: str = "md") -> list[Finding]:
    document = read_text(text, f"a.{fmt}", fmt)
    config = Config(select=select) if select else Config()
    return lint_documents([document], config, StaticResolver(RECORDS)).findings


def url(pmid: str) -> str:
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


def test_a_wrong_link_is_cl209_with_the_paper_its_text_fits() -> None:
    link = f"[AURORA trial, NEJM 2018]({url('99200034')})"
    text = f"Thrombectomy helped up to a day after onset ({link}).\n"
    (finding,) = lint(text)
    assert finding.code == "CL209" and finding.line == 1
    assert text[finding.column - 1 :].startswith("99200034")
    assert finding.suggestion is not None and finding.suggestion.pmid == "99200009"
    assert finding.suggestion.replacement == "99200009"
    assert finding.citation is None and finding.reference is None and finding.pmid == "99200034"
    assert finding.to_dict()["suggestion"] == {
        "pmid": "99200009",
        "title": finding.suggestion.title,
        "replacement": "99200009",
    }


def test_a_right_link_raises_nothing() -> None:
    text = (
        "Thrombectomy helped up to a day after onset in patients with a mismatch between deficit "
        f"and infarct ([AURORA trial, NEJM 2018]({url('99200009')})).\n"
    )
    assert lint(text) == []


def test_a_label_less_link_gets_no_label_verdict_but_its_claim_is_checked() -> None:
    text = (
        "Monthly rimegenumab injections cut migraine days compared with placebo in adults with "
        f"episodic migraine ([link]({url('99200031')})).\n"
    )
    codes = [finding.code for finding in lint(text)]
    assert "CL209" not in codes
    assert "CL302" in codes


def test_claim_rules_name_the_link() -> None:
    text = (
        "In a randomized trial, spinal cord stimulation lowered pain on the visual analogue scale "
        "from 7.4 to 2.8 in lumbar spinal stenosis over a mean of 27 months "
        f"([Halvorsen et al., Neuromodulation 2019]({url('39990001')})).\n"
    )
    findings = {finding.code: finding for finding in lint(text, ["CL3"])}
    assert "CL304" in findings
    message = findings["CL304"].message
    assert message.startswith("the link 'Halvorsen et al., Neuromodulation 2019' (PMID 39990001)")


def test_a_doi_pubmed_lacks_is_no_fabrication() -> None:
    text = "See the trial ([VESPER](https://doi.org/10.5555/not.in.pubmed.1)).\n"
    (finding,) = lint(text, ["CL2"])
    assert finding.code == "CL207"
    assert "PubMed has no record of this DOI" in finding.message


def test_a_pmid_pubmed_lacks_is_cl201() -> None:
    (finding,) = lint("Falls: review footwear (PMID: 99209999).\n", ["CL2"])
    assert finding.code == "CL201" and finding.message.startswith("PMID 99209999: no such PMID")


def test_a_suppression_comment_silences_a_link() -> None:
    text = (
        "<!-- citelint-disable-next-line CL209 -- checked by hand -->\n"
        f"Thrombectomy helped late ([AURORA trial, NEJM 2018]({url('99200034')})).\n"
    )
    assert lint(text) == []


def test_swapped_links_are_told_by_cl303() -> None:
    # Each row describes the other row's paper; neither label names a trial to check.
    text = (
        "| Drug | Evidence |\n| --- | --- |\n"
        "| Venoxaban | Venoxaban was superior to warfarin for stroke or systemic embolism in "
        "atrial fibrillation, with less major bleeding | PMID: 99200018 |\n"
        "| Ocrelumab | Ocrelumab lowered the annualized relapse rate in relapsing multiple "
        "sclerosis compared with interferon beta-1a | PMID: 99200006 |\n"
    )
    codes = {(finding.line, finding.code) for finding in lint(text)}
    assert (3, "CL209") in codes and (4, "CL209") in codes


def test_findings_on_two_links_have_distinct_fingerprints() -> None:
    text = (
        f"Thrombectomy helped late ([AURORA trial]({url('99200034')})).\n\n"
        f"Tenzaplase reperfused more ([LANTERN trial]({url('99200035')})).\n"
    )
    document = read_text(text, "a.md", "md")
    findings = lint(text, ["CL209"])
    assert len(findings) == 2
    assert fingerprint(findings[0], document) != fingerprint(findings[1], document)


def test_html_anchor_findings_point_at_the_href() -> None:
    page = (
        '<p>Thrombectomy helped late (<a\n   href="https://pubmed.ncbi.nlm.nih.gov/99200034/">'
        "AURORA trial, NEJM 2018</a>).</p>\n"
    )
    (finding,) = lint(page, ["CL209"], fmt="html")
    line = page.split("\n")[finding.line - 1]
    assert line[finding.column - 1 :].startswith("99200034")


def test_a_label_that_cites_is_no_part_of_the_claim() -> None:
    # The label's volume, issue and pages were numbers "missing from the abstract" (CL301).
    label = "Nogales RG, et al. N Engl J Med. 2018;118(6):1-10"
    text = (
        "Thrombectomy 6 to 24 hours after onset gave functional independence at 90 days to 49% "
        f"of patients with a deficit-infarct mismatch ([{label}]({url('99200009')})).\n"
    )
    assert lint(text, ["CL3"]) == []
    wrong = text.replace("to 49%", "to 59%")
    assert [(f.code, f.message[:5]) for f in lint(wrong, ["CL3"])] == [("CL301", '"59" ')]


def test_a_topic_and_a_citing_label_make_no_claim() -> None:
    # A list of sources by topic claims nothing the abstract could back (CL209 judges links).
    text = f"- Thrombectomy late: [Nogales RG, et al. N Engl J Med. 2018]({url('39990001')})\n"
    assert lint(text, ["CL3"]) == []


def test_short_linked_result_sentences_on_another_subject_raise_no_claim_finding() -> None:
    # review33b P2: an AI answer's short linked sentences are claims since user32b P2-1, but
    # two words say too little to judge a paper on another subject (a migraine trial) by.
    link = f"([PubMed]({url('99200013')}))"
    text = (
        "# Anticoagulation for atrial fibrillation on haemodialysis\n\n"
        "Apixaban is the anticoagulant most often chosen for people with atrial fibrillation "
        "who are on haemodialysis, though the trials are small.\n\n"
        f"- Doses were reduced {link}.\n"
        f"- Bleeding was lowered {link}.\n"
        f"- Strokes were halved {link}.\n"
    )
    view = inline_view(read_text(text, "a.md", "md"))
    assert view is not None and len(view.document.claims) == 3
    codes = {finding.code for finding in lint(text)}
    assert not codes & {"CL301", "CL302", "CL306"}
