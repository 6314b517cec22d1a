"""The audit page: self-contained, colour-coded with words too, and inert whatever the text."""

from __future__ import annotations

import subprocess
from pathlib import Path
from shutil import which

import lxml.html
import pytest

from citelint.models import Finding, Severity, Status
from citelint.report.audit_html import render_audit_html
from citelint.support.audit import (
    GOOD,
    UNSUPPORTED,
    UNVERIFIED,
    WEAK,
    AuditCitation,
    AuditClaim,
    AuditFile,
    AuditNumber,
    AuditReference,
)

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
HOSTILE = f"{SCRIPT} and {ATTRIBUTE} and ' onmouseover='alert(2)"


def citation(number: int, verdict: str, pmid: str | None = "12345678") -> AuditCitation:
    return AuditCitation(
        number=number,
        reference=f"{number}. Doe J. Spinal stimulation. Pain Med. 2019.",
        status=Status.RESOLVED,
        reason="matched a PubMed record",
        verdict=verdict,
        pmid=pmid,
        url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None,
        title="Spinal stimulation for stenosis",
        score=0.7,
        evidence="Pain scores fell from 7.4 to 2.8 after implantation.",
        numbers_found=[AuditNumber("7.4", "mean")],
        numbers_missing=[AuditNumber("27-month", "duration")],
    )


def friendly() -> list[AuditFile]:
    claims = [
        AuditClaim(3, 1, "Stimulation eased pain.", [citation(1, GOOD), citation(2, WEAK)]),
        AuditClaim(5, 1, "It improves balance.", [citation(3, UNSUPPORTED)]),
        AuditClaim(7, 1, "Nobody checked this.", [citation(4, UNVERIFIED, pmid=None)]),
    ]
    claims[2].citations[0].score = None
    claims[2].citations[0].reason = "offline, and no cached record"
    return [AuditFile("article.md", claims)]


def hostile() -> list[AuditFile]:
    finding = Finding("x.md", 2, 1, "CL302", Severity.WARNING, HOSTILE, 1, evidence=HOSTILE)
    bad = AuditCitation(
        number=1,
        reference=HOSTILE,
        status=Status.RESOLVED,
        reason=HOSTILE,
        verdict=UNSUPPORTED,
        pmid='1" onclick="alert(3)',
        url=None,
        title=HOSTILE,
        retracted=True,
        score=0.1,
        evidence=HOSTILE,
        numbers_found=[AuditNumber(HOSTILE, HOSTILE)],
        numbers_missing=[AuditNumber(HOSTILE, HOSTILE)],
        design_conflict=HOSTILE,
        findings=[finding],
    )
    claim = AuditClaim(2, 1, HOSTILE, [bad], [finding])
    ref = AuditReference(
        1,
        HOSTILE,
        9,
        Status.RESOLVED,
        HOSTILE,
        'javascript:alert(4)"',
        None,
        HOSTILE,
        ["retracted"],
        True,
        [finding],
    )
    return [AuditFile(f"{SCRIPT}.md", [claim], [ref], [finding])]


def parse(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def test_hostile_article_and_record_text_comes_out_inert() -> None:
    page = render_audit_html(hostile())
    tree = parse(page)

    assert tree.xpath("//script") == []
    assert tree.xpath("//img") == []
    assert [
        (element.tag, name)
        for element in tree.iter()
        for name in element.attrib
        if name.lower().startswith("on")
    ] == []
    assert tree.xpath("//a") == []  # neither PMID is digits, so nothing is a link
    # The text is still there for the reader, shown as text.
    assert SCRIPT in tree.text_content()
    assert ATTRIBUTE in tree.text_content()


def test_the_page_is_self_contained() -> None:
    tree = parse(render_audit_html(friendly()))

    assert tree.xpath("//*[@src]") == []
    assert tree.xpath("//link") == []
    assert tree.xpath("//script") == []
    assert len(tree.xpath("//style")) == 1
    assert all(
        href.startswith("https://pubmed.ncbi.nlm.nih.gov/") for href in tree.xpath("//a/@href")
    )
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'"]


def test_claims_sit_beside_their_evidence_with_links_to_pubmed() -> None:
    tree = parse(render_audit_html(friendly()))

    claims = tree.xpath("//div[contains(@class, 'claim ')]")
    assert len(claims) == 3
    # Problems first: the unsupported claim, then the weak one that opens the article.
    first = claims[1]
    assert first.xpath(".//div[@class='claim-text']/p/text()") == ["Stimulation eased pain."]
    cards = first.xpath(".//article[contains(@class, 'citation')]")
    assert len(cards) == 2
    assert cards[0].xpath(".//blockquote/text()") == [
        "Pain scores fell from 7.4 to 2.8 after implantation."
    ]
    assert cards[0].xpath(".//a/@href") == ["https://pubmed.ncbi.nlm.nih.gov/12345678/"]
    assert "Numbers missing: 27-month (duration)" in cards[0].text_content()


def test_each_verdict_has_a_colour_class_and_a_word() -> None:
    tree = parse(render_audit_html(friendly()))

    badges = [
        (badge.get("class"), badge.text_content())
        for badge in tree.xpath("//article//span[contains(@class, 'badge')]")
    ]
    assert sorted(badges) == [
        ("badge v-good", "✓ Supported"),
        ("badge v-unsupported", "✗ Not supported"),
        ("badge v-unverified", "? Support not judged"),
        ("badge v-weak", "~ Weak support"),
    ]
    # A claim is framed in the colour of its worst citation, and the worst come first.
    assert tree.xpath("//div[contains(@class, 'claim ')]/@class") == [
        "claim v-unsupported",
        "claim v-weak",
        "claim v-unverified",
    ]


def test_the_verdict_filter_needs_no_script_and_supported_claims_fold() -> None:
    files = friendly()
    good = files[0].claims[0]
    for citation in good.citations:
        citation.verdict = "good"
    page = render_audit_html(files)
    tree = parse(page)
    assert "<script" not in page
    ids = tree.xpath("//input[@type='radio']/@id")
    assert ids == [
        "show-all",
        "show-unsupported",
        "show-contradicted",
        "show-weak",
        "show-unverified",
        "show-good",
    ]
    assert "#show-contradicted:checked ~ main .claim:not(.v-contradicted)" in page
    folded = tree.xpath("//div[contains(@class, 'v-good')]//details[@class='fold']")
    assert len(folded) == 1 and "show the evidence" in folded[0].text_content()


def test_an_unscored_citation_says_why() -> None:
    tree = parse(render_audit_html(friendly()))

    last = tree.xpath("//article")[-1]
    assert "offline, and no cached record" in last.text_content()
    assert "score 0" not in last.text_content()


def test_the_summary_counts_claims_then_the_verdicts_of_their_citations() -> None:
    tree = parse(render_audit_html(friendly()))

    items = [" ".join(li.text_content().split()) for li in tree.xpath("//ul[@class='summary']/li")]
    assert items == [
        "1 file",
        "3 claims",
        "4 citations:",
        "1 ✓ Supported",
        "1 ~ Weak support",
        "1 ✗ Not supported",
        "0 ≠ Contradicted",
        "1 ? Support not judged",
        "0 findings",
    ]


BROWSER = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := which(name))),
    None,
)


@pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")
def test_a_real_browser_builds_no_script_from_hostile_text(tmp_path: Path) -> None:
    page = tmp_path / "audit.html"
    page.write_text(render_audit_html(hostile()), encoding="utf-8")

    # The DOM as Chromium built it, after its own parsing: what a reader's browser would run.
    dom = subprocess.run(
        [
            str(BROWSER),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    tree = parse(dom)

    assert tree.xpath("//h1/text()") == ["citelint audit"]
    assert tree.xpath("//script | //img | //iframe") == []
    assert [name for e in tree.iter() for name in e.attrib if name.lower().startswith("on")] == []
    assert SCRIPT in tree.text_content()
