"""Streaming writers give byte for byte what ``render`` gives for the same findings."""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from itertools import groupby
from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.errors import InputError
from citelint.models import Finding, Severity
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_path
from citelint.record import Record
from citelint.report import render
from citelint.report.counts import Fold
from citelint.report.fingerprint import fingerprint_trace
from citelint.report.text import TextOptions
from citelint.report.writers import open_writer
from citelint.suggestion import Suggestion

ROOT = Path(__file__).resolve().parents[2]
UNREADABLE = [InputError("b\u00e9d.md", 'not valid UTF-8: "\\xff"\nat 3')]
CITING_NOTHING = ["n\u00f6tes.md", "ref. 3.txt"]  # a reference list, and no citation read


def records() -> list[Record]:
    found: list[Record] = []
    for path in sorted((ROOT / "fixtures" / "entrez" / "pubmed").glob("*.xml")):
        found += parse_pubmed_articles(path.read_bytes())
    return found


@pytest.fixture(scope="module")
def linted() -> tuple[list[Finding], list]:
    paths = [ROOT / "fixtures" / "audit" / "stenosis.md"]
    paths += sorted((ROOT / "fixtures" / "articles").rglob("*.*"))
    documents = [read_path(path) for path in paths]
    result = lint_documents(documents, Config(), StaticResolver(records()))
    assert {f.code[:3] for f in result.findings} == {"CL1", "CL2", "CL3"}
    return result.findings, documents


def streamed(fmt: str, findings: list[Finding], documents: list, options: TextOptions) -> str:
    pieces: list[str] = []
    writer = open_writer(fmt, pieces.append, options)
    by_path = {document.path: document for document in documents}
    for path, group in groupby(findings, key=lambda finding: finding.path):
        found = list(group)
        writer.add(found, fingerprint_trace(by_path[path], found))
    writer.finish(len(documents) + len(UNREADABLE), UNREADABLE, CITING_NOTHING)
    return "".join(pieces)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize("empty", [False, True])
def test_each_format_streams_what_it_renders(linted: tuple, fmt: str, empty: bool) -> None:
    findings, documents = linted
    findings = [] if empty else findings
    options = TextOptions()
    whole = render(
        fmt, findings, len(documents) + 1, False, documents, UNREADABLE, options, CITING_NOTHING
    )

    assert streamed(fmt, findings, documents, options) == whole
    if fmt in ("json", "sarif"):
        json.loads(whole)


@pytest.mark.parametrize(
    "options",
    [
        TextOptions(color=True),
        TextOptions(quiet=True),
        TextOptions(statistics=True),
        TextOptions(fold=Fold.UNVERIFIED, baselined=3),
        TextOptions(statistics=True, quiet=True, fold=Fold.UNVERIFIED),
    ],
)
def test_text_options_stream_as_they_render(linted: tuple, options: TextOptions) -> None:
    findings, documents = linted
    files = len(documents) + 1
    whole = render(
        "text", findings, files, options.color, documents, UNREADABLE, options, CITING_NOTHING
    )

    assert streamed("text", findings, documents, options) == whole


def test_github_folds_unverified_references_as_it_renders(linted: tuple) -> None:
    findings, documents = linted
    last = findings[-1].path  # two unverified references, in the last file's place
    findings = findings + [
        Finding(last, 9000 + n, 1, "CL208", Severity.INFO, f"reference {n} could not be checked")
        for n in (1, 2)
    ]
    options = TextOptions(fold=Fold.UNVERIFIED)
    files = len(documents) + 1
    whole = render("github", findings, files, False, documents, UNREADABLE, options, CITING_NOTHING)

    assert streamed("github", findings, documents, options) == whole
    assert "CL208::CL208" not in whole
    folded, unreadable, *citing_nothing = whole.splitlines()[-4:]
    assert folded.startswith(
        "::notice title=citelint CL208::2 references not checked against PubMed (offline"
    )
    assert unreadable == '::error file=béd.md,title=citelint::not valid UTF-8: "\\xff"%0Aat 3'
    assert [line.split("::")[1] for line in citing_nothing] == [
        "notice file=nötes.md,title=citelint",
        "notice file=ref. 3.txt,title=citelint",
    ]


def test_a_trace_fingerprints_as_its_whole_document(linted: tuple) -> None:
    from citelint.report.fingerprint import fingerprint

    findings, documents = linted
    by_path = {document.path: document for document in documents}
    for path, group in groupby(findings, key=lambda finding: finding.path):
        found = list(group)
        trace = fingerprint_trace(by_path[path], found)
        assert len(trace.references) <= len(by_path[path].references)
        assert [fingerprint(f, trace) for f in found] == [
            fingerprint(f, by_path[path]) for f in found
        ]


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1, "b": [1, 2, {"c": None, "d": []}], "e": {}, "f": 'x\ny"\u00e9\u2028', "g": 1.5e-7},
        {"k": {"l": {"m": "n"}}, "t": True, "u": [[]], "v": [{}]},
        {"tuple": (1, ("a", None)), "empty": (), "nan": float("nan"), "big": 10**30, 1: "key"},
        ({"$schema": "x", "f": False, "n": [None, -0.0, 1e300]},),
        {"counter": Counter(a=2), "ordered": OrderedDict(b=[1]), "sub": Path("x").parts},
        [{"a": {}}, {"b": {1.5: "x", "c": "d"}}, [{"k": "v", 2: 3}]],
        [],
        {},
        "\U0001f600 %",
    ],
)
def test_a_value_is_indented_as_json_indents_it(value: object) -> None:
    from citelint.report.json_text import indented

    for depth in range(3):
        expected = json.dumps(value, indent=2, ensure_ascii=False).replace(
            "\n", "\n" + "  " * depth
        )
        assert indented(value, depth) == expected


@pytest.mark.parametrize(
    "finding",
    [
        Finding("a.md", 1, 2, "CL101", Severity.ERROR, "plain"),
        Finding(
            'd\u00e9j\u00e0/"q".md',
            10,
            1,
            "CL209",
            Severity.WARNING,
            'says "x"\nand\ttabs \u2028 \U0001f600',
            citation=3,
            reference=4,
            pmid="123",
            evidence="ev\\idence",
            subject="not written",
            suggestion=Suggestion("456", "A t\u00eftle", replacement="789", replaces="123"),
        ),
        Finding(
            "b.md", 5, 6, "CL303", Severity.INFO, "m", suggestion=Suggestion("1", "T", reference=2)
        ),
    ],
)
def test_a_finding_is_written_as_its_dictionary_is_indented(finding: Finding) -> None:
    from citelint.report.json import _finding_json
    from citelint.report.json_text import indented

    written = json.dumps(finding.to_dict(), indent=2, ensure_ascii=False)
    assert _finding_json(finding) == written.replace("\n", "\n    ")
    assert _finding_json(finding) == indented(finding.to_dict(), 2)
