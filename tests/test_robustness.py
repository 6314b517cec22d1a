"""Odd and hostile input never crashes the pipeline and never leaks into outputs unescaped."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import OfflineResolver
from citelint.read import read_text
from citelint.report import render

# Pieces that look like what the readers care about, so the fuzzer reaches the tricky paths.
FRAGMENTS = st.sampled_from(
    [
        "[1]",
        "[2, 3]",
        "[3-1]",
        "[1–3]",
        "[^1]",
        "[^x]:",
        "<sup>2</sup>",
        "^4^",
        "¹²",
        "⁵˒⁶",
        " 1",
        ". 2",
        ", 3",
        "1. ",
        "[1] ",
        "1) ",
        "## References\n",
        "References\n",
        "<ol>",
        "<li>",
        "</li>",
        "</ol>",
        "<h2>References</h2>",
        "Research\n",
        "Guideline\n",
        "PMID: 12345",
        "doi:10.1000/x",
        "https://pubmed.ncbi.nlm.nih.gov/1/",
        "\n",
        "\n\n",
        "  • ",
        "- ",
        "`",
        "```\n",
        "<!-- citelint-disable-next-line CL101 -->",
        "&amp;",
        "<script>",
        "\r\n",
        "\t",
        "Journal of Things, 2010",
        "Smith J. Title. J Med. 2001;3(2):1-9.",
    ]
)
ARTICLES = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLES, fmt=st.sampled_from(["txt", "md", "html"]))
def test_readers_and_rules_never_raise(text: str, fmt: str) -> None:
    document = read_text(text, f"fuzz.{fmt}", fmt)
    for marker in (m for claim in document.claims for m in claim.markers):
        assert marker.line >= 1 and marker.column >= 1
    result = lint_documents([document], Config(), OfflineResolver())
    for fmt_name in ("text", "json", "github", "sarif"):
        render(fmt_name, result.findings, 1, documents=result.documents)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<html><body><p>Bombs are bad &lol6; and secrets &xxe; stay put [1].</p>
<h2>References</h2><ol><li>Doe J. A paper. J Med. 2001;1:1-2.</li></ol></body></html>
"""


def test_an_html_article_with_entity_bombs_is_read_without_expanding_them() -> None:
    document = read_text(BOMB, "bomb.html", "html")
    text = " ".join(claim.text for claim in document.claims)
    assert "root:" not in text  # /etc/passwd was not read
    assert text.count("lol") < 100  # the billion laughs were not expanded
    assert [m.numbers for c in document.claims for m in c.markers] == [[1]]


HOSTILE = """# Hostile

A claim with <script>alert(1)</script> and "quotes", \x1b[31mescapes\x1b[0m and
::error file=x::forged %0A newline [3].

## References

1. Doe J. A paper. J Med. 2001;1:1-2.
"""


def test_hostile_article_text_is_inert_in_every_output(tmp_path: Path) -> None:
    document = read_text(HOSTILE, "hostile.md", "md")
    result = lint_documents([document], Config(select=["CL1"]), None)
    assert result.findings
    github = render("github", result.findings, 1)
    for line in github.splitlines():
        assert line.startswith("::") and line.count("::") == 2  # no forged second command
    data = json.loads(render("json", result.findings, 1))
    assert data["findings"]
    sarif = json.loads(render("sarif", result.findings, 1, documents=result.documents))
    assert sarif["runs"][0]["results"]

    from citelint.report.audit_html import render_audit_html
    from citelint.support.audit import build_audit

    page = render_audit_html(build_audit(result))
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script")
    assert "<script>alert(1)</script>" not in page
    # A Markdown claim drops a script element with its content (issue 17); what remains of
    # the hostile text is shown escaped.
    assert "alert(1)" not in page
    assert "&quot;quotes&quot;" in page
