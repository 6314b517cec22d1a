"""The new formats as a user meets them on the command line: detection, bad input, fix, lists."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "fixtures" / "formats"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        check=False,
    )


def codes(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str, int]]:
    findings = json.loads(result.stdout)["findings"]
    return [(Path(f["path"]).name, f["code"], f["line"]) for f in findings]


def test_bad_files_are_one_line_each_and_the_others_are_still_checked(tmp_path: Path) -> None:
    broken_bib = tmp_path / "broken"
    broken_bib.mkdir()
    (broken_bib / "refs.bib").write_text("@article{a, title = {never closed\n")
    (broken_bib / "paper.md").write_text("---\nbibliography: refs.bib\n---\n\nWalking [@a].\n")
    result = run(
        "check",
        "--offline",
        "--select",
        "CL1",
        "--format",
        "json",
        str(FORMATS / "bad"),
        str(broken_bib / "paper.md"),
        str(FORMATS / "jats" / "faulty.nxml"),
    )
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4 and "Traceback" not in result.stderr
    assert any("entities.xml: the document type declares entities" in e for e in errors)
    assert any("no-document.docx: not a Word .docx file" in e for e in errors)
    assert any(
        "not-a-zip.docx: not a Word .docx file: it is not a zip archive" in e for e in errors
    )
    assert any("paper.md: bibliography" in e and "refs.bib: line 1" in e for e in errors)
    assert ("faulty.nxml", "CL101", 4) in codes(result)


def test_structure_rules_on_every_new_format() -> None:
    result = run(
        "check",
        "--offline",
        "--select",
        "CL1",
        "--format",
        "json",
        str(FORMATS / "jats"),
        str(FORMATS / "docx"),
        str(FORMATS / "pandoc" / "review.md"),
        str(FORMATS / "manubot" / "content"),
    )
    found = codes(result)
    # Planted faults, and nothing on the clean files.
    assert {name for name, _, _ in found} == {"faulty.docx", "faulty.nxml", "02.introduction.md"}
    assert ("faulty.docx", "CL101", 1) in found and ("faulty.docx", "CL106", 2) in found
    assert ("faulty.nxml", "CL103", 11) in found and ("faulty.nxml", "CL102", 11) in found
    assert [f for f in found if f[0] == "02.introduction.md"] == [
        ("02.introduction.md", "CL101", 8)
    ]
    message = json.loads(result.stdout)["findings"]
    assert any("citation [@missing-key] has no entry" in f["message"] for f in message)


def test_fix_leaves_a_faulty_word_or_jats_file_to_its_own_tool() -> None:
    for path in (FORMATS / "docx" / "faulty.docx", FORMATS / "jats" / "faulty.nxml"):
        result = run("fix", "--diff", str(path))
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1
        assert "cannot be read" in result.stderr and "fix does not rewrite" in result.stderr


def test_fix_on_a_folder_passes_word_and_jats_files_already_in_order(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "docx" / "bracket-typed.docx", tmp_path)
    shutil.copy(FORMATS / "jats" / "author-year.nxml", tmp_path)
    shutil.copy(FORMATS / "jats" / "superscript-ranges.nxml", tmp_path / "in-order.nxml")
    clean = run("fix", "--check", str(tmp_path))
    assert clean.returncode == 0, clean.stderr
    assert "bracket-typed.docx: already in citation order" in clean.stderr
    assert "author-year.nxml: cites by author and year" in clean.stderr

    text = (FORMATS / "jats" / "superscript-ranges.nxml").read_text(encoding="utf-8")
    first = '<xref ref-type="bibr" rid="B1">1</xref>'
    swapped = text.replace(first, '<xref ref-type="bibr" rid="B3">3</xref>', 1)
    (tmp_path / "swapped.nxml").write_text(swapped, encoding="utf-8")
    result = run("fix", "--check", str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "swapped.nxml: references are out of citation order; fix does not rewrite JATS" in (
        result.stderr
    )
    assert "in-order.nxml: already in citation order" in result.stderr


def test_references_option_and_config_key(tmp_path: Path) -> None:
    article = FORMATS / "lists" / "review.txt"
    listed = FORMATS / "lists" / "review.nbib"
    plain = run("check", "--offline", "--select", "CL1", str(article))
    assert "CL107" in plain.stdout
    attached = run(
        "check", "--offline", "--select", "CL1", "--references", str(listed), str(article)
    )
    assert attached.returncode == 0, attached.stdout + attached.stderr
    shutil.copytree(FORMATS / "lists", tmp_path / "lists")
    other = tmp_path / "lists" / "review.txt"
    two = run("check", "--offline", "--references", str(listed), str(article), str(other))
    assert two.returncode == 2 and "--references attaches one list to one article" in two.stderr
    (tmp_path / ".citelint.toml").write_text(
        '[references]\n"lists/review.txt" = "lists/review.ris"\n'
    )
    configured = run("check", "--offline", "--select", "CL1", "lists", cwd=tmp_path)
    assert configured.returncode == 0, configured.stdout + configured.stderr


def test_directories_skip_xml_that_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "pom.xml").write_text("<project/>")
    shutil.copy(FORMATS / "jats" / "converted-list.xml", tmp_path)
    result = run("check", "--offline", "--select", "CL1", str(tmp_path))
    assert result.returncode == 0 and "1 file" in result.stdout


def test_a_pandoc_key_with_no_entry_is_cl101_alone_and_fix_has_nothing_to_renumber(
    tmp_path: Path,
) -> None:
    (tmp_path / "refs.bib").write_text(
        "@article{tinetti1988, title = {Risk factors for falls among elderly persons}, "
        "author = {Tinetti, M. E.}, journal = {N Engl J Med}, year = 1988}\n"
        "@book{who2007, title = {Global report on falls prevention}, year = 2007}\n",
        encoding="utf-8",
    )
    paper = tmp_path / "paper.md"
    text = (
        "---\nbibliography: refs.bib\n---\n\nFalls are common [@tinetti1988]. Exercise helps "
        "[@nosuchkey]. Guidance exists [@who2007].\n"
    )
    paper.write_text(text, encoding="utf-8")
    checked = run("check", "--offline", "--select", "CL1", "--format", "json", str(paper))
    # The list is generated: the missing key leaves no numbering gap (CL103) to report.
    assert codes(checked) == [("paper.md", "CL101", 5)]
    fixed = run("fix", str(paper))
    assert fixed.returncode == 0, fixed.stderr
    assert "pandoc numbers the list itself" in fixed.stdout
    assert paper.read_text(encoding="utf-8") == text
