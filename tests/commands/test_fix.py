"""``citelint fix``: renumbering by first citation, at source positions, never half-written."""

from __future__ import annotations

import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citelint import files
from citelint.commands.fix import edit, plan, write
from citelint.commands.fix.edit import add_identifiers, apply_fix, rewrite_marker
from citelint.commands.fix.plan import FixRefused, plan_renumbering, why_not_fixable
from citelint.commands.fix.write import fix_file, run_fix
from citelint.models import Claim, Document, Marker, Reference, Resolution, Status
from citelint.pubmed.outcomes import OfflineResolver
from citelint.read import read_text
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.structure import CitationOrder

# --- building Documents by hand, the way a reader reports positions ---------------------


def position(text: str, raw: str, nth: int = 1) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of ``raw``."""
    index = -1
    for _ in range(nth):
        index = text.index(raw, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def marker(text: str, raw: str, numbers: list[int], nth: int = 1) -> Marker:
    line, column = position(text, raw, nth)
    return Marker(numbers, line, column, raw)


def claim(*markers: Marker, text: str = "a claim") -> Claim:
    return Claim(text, markers[0].line, 1, list(markers))


def entry(
    text: str, raw: str, number: int, numbered: bool = True, at: str = "", **fields: object
) -> Reference:
    """An entry whose text starts where ``at`` (default: ``raw`` itself) first occurs."""
    line, column = position(text, at or raw)
    return Reference(number, raw, line, column, numbered=numbered, **fields)  # type: ignore[arg-type]


def fixed(document: Document) -> str:
    mapping = plan_renumbering(document)
    assert mapping is not None, why_not_fixable(document)
    return apply_fix(document.text, document, mapping)


MARKDOWN = """\
# Statins and exercise

Statins lower LDL cholesterol [2]. Walking lowers blood pressure [1, 3].

Both help [2-3].

## References

1. Alpha A. Walking and blood pressure. J Sport Med. 2010;4:1-9.
2. Beta B. Statins and LDL. Lancet. 2011;377:10-19.
3. Gamma C. Exercise in the elderly. BMJ. 2012;344:e1.
"""


def markdown_document(
    text: str = MARKDOWN, markers: tuple[tuple[str, list[int]], ...] = ()
) -> Document:
    markers = markers or (("[2]", [2]), ("[1, 3]", [1, 3]), ("[2-3]", [2, 3]))
    return Document(
        "a.md",
        "md",
        text,
        claims=[claim(marker(text, raw, numbers)) for raw, numbers in markers],
        references=[
            entry(text, "Alpha A. Walking and blood pressure. J Sport Med. 2010;4:1-9.", 1),
            entry(text, "Beta B. Statins and LDL. Lancet. 2011;377:10-19.", 2),
            entry(text, "Gamma C. Exercise in the elderly. BMJ. 2012;344:e1.", 3),
        ],
    )


def test_plan_numbers_entries_by_first_citation() -> None:
    assert plan_renumbering(markdown_document()) == {2: 1, 1: 2, 3: 3}


def test_markdown_markers_and_list_are_renumbered_together() -> None:
    assert (
        fixed(markdown_document())
        == """\
# Statins and exercise

Statins lower LDL cholesterol [1]. Walking lowers blood pressure [2, 3].

Both help [1, 3].

## References

1. Beta B. Statins and LDL. Lancet. 2011;377:10-19.
2. Alpha A. Walking and blood pressure. J Sport Med. 2010;4:1-9.
3. Gamma C. Exercise in the elderly. BMJ. 2012;344:e1.
"""
    )


def test_windows_line_endings_survive() -> None:
    text = MARKDOWN.replace("\n", "\r\n")
    result = fixed(markdown_document(text))
    assert result.count("\r\n") == MARKDOWN.count("\n")
    assert "\n" not in result.replace("\r\n", "")
    assert "1. Beta B. Statins and LDL. Lancet. 2011;377:10-19.\r\n2. Alpha" in result


def test_an_article_in_order_needs_no_plan() -> None:
    text = MARKDOWN.replace("[2]", "[1]", 1).replace("[1, 3]", "[2, 3]").replace("[2-3]", "[1-3]")
    document = markdown_document(text, (("[1]", [1]), ("[2, 3]", [2, 3]), ("[1-3]", [1, 2, 3])))
    assert plan_renumbering(document) is None
    assert why_not_fixable(document) is None


def test_uncited_entries_go_after_the_cited_ones_in_their_own_order() -> None:
    text = MARKDOWN + "4. Delta D. Fourth work. 2013.\n"
    document = markdown_document(text, markers=(("[2]", [3]), ("[1, 3]", [1])))
    document.references.append(entry(text, "Delta D. Fourth work. 2013.", 4))
    # Cited: 3, then 1. Never cited: 2 and 4, which follow in their own order.
    assert plan_renumbering(document) == {3: 1, 1: 2, 2: 3, 4: 4}


def test_uncited_entries_alone_do_not_call_for_a_fix() -> None:
    # CL104 counts cited entries only, so neither does fix: 1 and 3 are cited in order.
    document = markdown_document(markers=(("[1, 3]", [1, 3]),))
    assert plan_renumbering(document) is None


# --- markers of every style -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "numbers", "expected"),
    [
        ("[2]", [2], "[1]"),
        ("[1, 3]", [1, 3], "[2, 4]"),
        ("[1,3]", [1, 3], "[2,4]"),
        ("[3, 1]", [3, 1], "[2, 4]"),  # sorted after renumbering
        ("[1-3]", [1, 2, 3], "[1, 2, 4]"),  # a range that no longer runs is expanded
        ("[4–6]", [4, 5, 6], "[6–8]"),  # en dash kept
        ("<sup>2</sup>", [2], "<sup>1</sup>"),
        ('<sup><a href="#ref-2">2</a></sup>', [2], '<sup><a href="#ref-2">1</a></sup>'),
        ("[2](#ref-2)", [2], "[1](#ref-2)"),
        ("^2^", [2], "^1^"),
        ("[^2]", [2], "[^1]"),
        ("1, 3", [1, 3], "2, 4"),
        ("²", [2], "¹"),
        ("¹˒³", [1, 3], "²˒⁴"),
    ],
)
def test_marker_rewriting(raw: str, numbers: list[int], expected: str) -> None:
    mapping = {1: 2, 2: 1, 3: 4, 4: 6, 5: 7, 6: 8}
    assert rewrite_marker(Marker(numbers, 1, 1, raw), mapping) == expected


def test_a_range_is_compressed_again_when_it_still_runs() -> None:
    mapping = {1: 4, 2: 5, 3: 6, 4: 1, 5: 2, 6: 3}
    assert rewrite_marker(Marker([1, 2, 3], 1, 1, "[1-3]"), mapping) == "[4-6]"
    # A list written without ranges stays a list.
    assert rewrite_marker(Marker([1, 2, 3], 1, 1, "[1, 2, 3]"), mapping) == "[4, 5, 6]"
    mixed = {1: 2, 2: 4, 3: 5, 6: 3}
    assert rewrite_marker(Marker([1, 2, 3, 6], 1, 1, "[1-3, 6]"), mixed) == "[2-5]"


def test_a_marker_that_does_not_read_as_its_numbers_is_refused() -> None:
    with pytest.raises(FixRefused, match="does not read as citations 1, 2"):
        rewrite_marker(Marker([1, 2], 1, 1, "¹²"), {1: 2, 2: 1})


def test_markdown_footnotes_rewrite_references_and_definitions() -> None:
    text = """\
Aspirin prevents stroke.[^2] It also causes bleeding.[^1]

[^1]: Delta D. Aspirin and bleeding. NEJM. 2015.
[^2]: Epsilon E. Aspirin and stroke. Stroke. 2016.
"""
    document = Document(
        "f.md",
        "md",
        text,
        claims=[claim(marker(text, "[^2]", [2])), claim(marker(text, "[^1]", [1]))],
        references=[
            entry(text, "[^1]: Delta D. Aspirin and bleeding. NEJM. 2015.", 1),
            entry(text, "[^2]: Epsilon E. Aspirin and stroke. Stroke. 2016.", 2),
        ],
    )
    assert (
        fixed(document)
        == """\
Aspirin prevents stroke.[^1] It also causes bleeding.[^2]

[^1]: Epsilon E. Aspirin and stroke. Stroke. 2016.
[^2]: Delta D. Aspirin and bleeding. NEJM. 2015.
"""
    )


HTML = """\
<p>Metformin lowers HbA1c.<sup>2</sup> It rarely causes lactic acidosis.<sup>1,2</sup></p>
<h2>References</h2>
<ol>
  <li id="ref-1">Zeta Z. <i>Lactic acidosis on metformin.</i> Diabetes Care. 2010.</li>
  <li id="ref-2">Eta H. Metformin and HbA1c. Lancet. 2012.</li>
</ol>
"""


def test_html_list_items_move_whole_with_their_ids() -> None:
    text = HTML
    document = Document(
        "a.html",
        "html",
        text,
        claims=[
            claim(marker(text, "<sup>2</sup>", [2])),
            claim(marker(text, "<sup>1,2</sup>", [1, 2])),
        ],
        references=[
            entry(text, "Zeta Z.", 1),
            entry(text, "Eta H. Metformin and HbA1c. Lancet. 2012.", 2),
        ],
    )
    assert (
        fixed(document)
        == """\
<p>Metformin lowers HbA1c.<sup>1</sup> It rarely causes lactic acidosis.<sup>1,2</sup></p>
<h2>References</h2>
<ol>
  <li id="ref-2">Eta H. Metformin and HbA1c. Lancet. 2012.</li>
  <li id="ref-1">Zeta Z. <i>Lactic acidosis on metformin.</i> Diabetes Care. 2010.</li>
</ol>
"""
    )


def test_html_list_items_without_closing_tags() -> None:
    text = "<p>A.<sup>2</sup> B.<sup>1</sup></p>\n<ol>\n<li>One entry\n<li>Two entry\n</ol>\n"
    document = Document(
        "b.html",
        "html",
        text,
        claims=[claim(marker(text, "<sup>2</sup>", [2])), claim(marker(text, "<sup>1</sup>", [1]))],
        references=[entry(text, "One entry", 1), entry(text, "Two entry", 2)],
    )
    assert fixed(document) == (
        "<p>A.<sup>1</sup> B.<sup>2</sup></p>\n<ol>\n<li>Two entry\n<li>One entry\n</ol>\n"
    )


TEXT_PAGE = """\
Walking improves balance in older adults. 2

  • Tai chi reduces falls. 1, 2

References

Research

Tai chi and falls in the elderly.

Journal of Falls, 2019

Guideline

Balance training for older adults.

Praxis Summaries, 2024

Disclaimer

This page is for professionals.
"""


def test_plain_text_bare_numbers_and_labelled_unnumbered_entries() -> None:
    text = TEXT_PAGE
    document = Document(
        "a.txt",
        "txt",
        text,
        claims=[claim(marker(text, "2", [2])), claim(marker(text, "1, 2", [1, 2]))],
        references=[
            entry(
                text,
                "Tai chi and falls in the elderly. Journal of Falls, 2019",
                1,
                numbered=False,
                at="Tai chi and falls",
                label="Research",
            ),
            entry(
                text,
                "Balance training for older adults.\n\nPraxis Summaries, 2024",
                2,
                numbered=False,
                at="Balance training",
                label="Guideline",
            ),
        ],
    )
    assert (
        fixed(document)
        == """\
Walking improves balance in older adults. 1

  • Tai chi reduces falls. 1, 2

References

Guideline

Balance training for older adults.

Praxis Summaries, 2024

Research

Tai chi and falls in the elderly.

Journal of Falls, 2019

Disclaimer

This page is for professionals.
"""
    )


def test_numbered_entries_in_brackets_and_parentheses() -> None:
    text = "One.[2] Two.[1]\n\n[1] First work.\n(2) Second work.\n"
    document = Document(
        "n.md",
        "md",
        text,
        claims=[claim(marker(text, "[2]", [2])), claim(marker(text, "[1]", [1]))],
        references=[
            entry(text, "First work.", 1, at="[1] First"),
            entry(text, "Second work.", 2, at="(2) Second"),
        ],
    )
    # Each entry keeps its own way of writing its number.
    assert fixed(document) == "One.[1] Two.[2]\n\n(1) Second work.\n[2] First work.\n"


def test_numbers_on_a_line_of_their_own_above_their_entries_as_sciencedirect_copies() -> None:
    # user21: "[1]" on its own line, the entry on the next, was refused as "cannot find the
    # text of reference entry 1".
    text = (
        "Steroids helped [2]. Walking helped [1].\n\nReferences\n\n"
        "[1]\nA. Alpha, Walking and blood pressure, J. Sport Med., 4 (2010), pp. 1-9\n"
        "[2]\nB. Beta, Statins and LDL, Lancet, 377 (2011), pp. 10-19\n"
    )
    document = read_text(text, "sd.txt", "txt")
    assert [r.line for r in document.references] == [5, 7]
    assert fixed(document) == (
        "Steroids helped [1]. Walking helped [2].\n\nReferences\n\n"
        "[1]\nB. Beta, Statins and LDL, Lancet, 377 (2011), pp. 10-19\n"
        "[2]\nA. Alpha, Walking and blood pressure, J. Sport Med., 4 (2010), pp. 1-9\n"
    )


# --- refusing ---------------------------------------------------------------------------


def test_a_citation_without_an_entry_is_refused() -> None:
    document = markdown_document()
    document.references.pop()
    assert why_not_fixable(document) == "line 3: citation 3 has no entry in the reference list"
    assert plan_renumbering(document) is None


def test_an_unreadable_marker_is_refused() -> None:
    document = markdown_document()
    document.claims[2].markers[0].problem = "range 3-2 runs backwards"
    assert "cannot be read (range 3-2 runs backwards)" in (why_not_fixable(document) or "")


def test_gaps_and_repeats_in_the_numbering_are_refused() -> None:
    document = markdown_document()
    document.references[2].number = 4
    assert why_not_fixable(document) == "the reference list numbering skips 3"
    document.references[2].number = 2
    assert why_not_fixable(document) == "the reference list repeats number 2"


def test_a_marker_not_where_the_reader_said_is_refused() -> None:
    document = markdown_document()
    document.claims[0].markers[0].column += 1
    with pytest.raises(FixRefused, match="marker '\\[2\\]' is not at column"):
        fixed(document)


def test_an_entry_whose_text_cannot_be_found_is_refused() -> None:
    document = markdown_document()
    document.references[0].raw = "Somebody else entirely."
    with pytest.raises(FixRefused, match="cannot find the text of reference entry 1"):
        fixed(document)


# --- identifiers ------------------------------------------------------------------------


def test_pmids_are_added_only_when_resolution_is_certain() -> None:
    document = markdown_document()
    resolved = Resolution(1, Status.RESOLVED, record=Record(pmid="111"))
    mismatched = Resolution(
        2, Status.RESOLVED, record=Record(pmid="222"), identifier_record=Record(pmid="9")
    )
    ambiguous = Resolution(3, Status.AMBIGUOUS, candidates=["333", "444"])
    text = add_identifiers(document.text, document, {1: resolved, 2: mismatched, 3: ambiguous})
    assert "1. Alpha A. Walking and blood pressure. J Sport Med. 2010;4:1-9. PMID: 111\n" in text
    assert text.count("PMID") == 1


# --- whole files, through the real readers -----------------------------------------------


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fix"
BEFORE_AND_AFTER = [
    "out-of-order.md",
    "ranges.md",
    "footnotes.md",
    "crlf.md",
    "out-of-order.txt",
    "out-of-order.html",
]


def copy_fixture(name: str, directory: Path) -> Path:
    target = directory / name
    target.write_bytes((FIXTURES / name).read_bytes())
    return target


def fixed_name(name: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    return f"{stem}.fixed.{suffix}"


@pytest.mark.parametrize("name", BEFORE_AND_AFTER)
def test_fixing_a_file_gives_the_expected_article(name: str, tmp_path: Path) -> None:
    path = copy_fixture(name, tmp_path)
    result = fix_file(path, dry_run=False)
    assert result.messages and not result.error, result.messages
    assert result.changed
    assert path.read_bytes() == (FIXTURES / fixed_name(name)).read_bytes()


@pytest.mark.parametrize("name", BEFORE_AND_AFTER)
def test_fixing_twice_is_fixing_once(name: str, tmp_path: Path) -> None:
    path = copy_fixture(name, tmp_path)
    fix_file(path, dry_run=False)
    once = path.read_bytes()
    again = fix_file(path, dry_run=False)
    assert not again.changed and not again.error
    assert again.messages == [f"{path}: already in citation order"]
    assert path.read_bytes() == once


def test_the_message_says_what_moved(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    result = fix_file(path, dry_run=False)
    assert result.messages == [
        f"{path}: renumbered references in order of first citation (1→2, 2→3, 3→1)"
    ]


def test_an_unfixable_article_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = copy_fixture("unfixable.md", tmp_path)
    before = path.read_bytes()
    result = fix_file(path, dry_run=False)
    assert result.error and not result.changed
    assert result.messages == [
        f"{path}: cannot fix safely: line 3: citation 4 has no entry in the reference list"
    ]
    assert path.read_bytes() == before


def test_a_result_that_fails_the_check_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(write, "check_fixed", lambda before, after: "claims would change")
    result = fix_file(path, dry_run=False)
    assert result.error and result.messages == [f"{path}: claims would change"]
    assert path.read_bytes() == before


def test_a_changed_citation_is_caught_by_the_check(tmp_path: Path) -> None:
    text = (FIXTURES / "out-of-order.fixed.md").read_text(encoding="utf-8")
    before = read_text(text, "a.md", "md")
    # In order, but the first two entries have traded places: claims now cite other works.
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if line.startswith("1. "))
    lines[first : first + 2] = ["1. " + lines[first + 1][3:], "2. " + lines[first][3:]]
    swapped = "\n".join(lines)
    problem = plan.check_fixed(before, read_text(swapped, "a.md", "md"))
    assert problem == "the fixed article would cite different works; nothing was changed"


def test_the_write_is_atomic_and_keeps_the_file_mode(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    path.chmod(0o640)
    fix_file(path, dry_run=False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-of-order.md"]


def test_a_failed_replace_leaves_the_file_whole_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    before = path.read_bytes()

    def full_disk(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    result = fix_file(path, dry_run=False)
    assert result.error and not result.changed
    assert "No space left on device" in result.messages[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-of-order.md"]


def test_a_file_changed_by_someone_else_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    path.write_text("edited meanwhile\n", encoding="utf-8")
    with pytest.raises(FixRefused, match="changed while it was being fixed"):
        write.write_fixed(path, "what was read\n", "fixed\n")
    assert path.read_text(encoding="utf-8") == "edited meanwhile\n"


def test_a_symlinked_article_is_fixed_through_the_link(tmp_path: Path) -> None:
    real = copy_fixture("out-of-order.md", tmp_path)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    fix_file(link, dry_run=False)
    assert link.is_symlink()
    assert real.read_bytes() == (FIXTURES / "out-of-order.fixed.md").read_bytes()


def test_diff_shows_the_changes_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    # The diff names a file below the current folder by its relative path: run from a folder
    # the article is not in, wherever pytest itself was started.
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    before = path.read_bytes()
    output, errors, code = run_fix([str(path)], diff_only=True)
    assert code == 1
    assert path.read_bytes() == before
    assert output.startswith(f"--- a/{path.as_posix()}\n+++ b/{path.as_posix()}\n@@ ")
    assert "-Falls, not bone density, explain most fractures after 80 [2].\n" in output
    assert "+Falls, not bone density, explain most fractures after 80 [3].\n" in output
    assert errors == (
        f"citelint: {path}: would have renumbered references in order of first citation "
        "(1→2, 2→3, 3→1)\n"
    )


@pytest.mark.parametrize("name", ["out-of-order.md", "crlf.md", "out-of-order.html"])
@pytest.mark.parametrize("final_newline", [True, False])
def test_the_diff_applies_with_git_apply(
    name: str, final_newline: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / name
    text = (FIXTURES / name).read_bytes()
    expected = (FIXTURES / fixed_name(name)).read_bytes()
    if not final_newline:
        text, expected = text.rstrip(b"\r\n"), expected.rstrip(b"\r\n")
    article.write_bytes(text)
    monkeypatch.chdir(tmp_path)
    output, _, code = run_fix([name], diff_only=True)
    assert code == 1
    (tmp_path / "fix.patch").write_bytes(output.encode("utf-8"))
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert article.read_bytes() == expected


def test_diff_of_an_article_in_order_is_empty(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.fixed.md", tmp_path)
    assert run_fix([str(path)], diff_only=True)[::2] == ("", 0)


def test_run_fix_fixes_a_directory_and_exits_1_for_the_file_it_cannot_fix(tmp_path: Path) -> None:
    fixable = copy_fixture("out-of-order.md", tmp_path)
    copy_fixture("unfixable.md", tmp_path)
    output, errors, code = run_fix([str(tmp_path)], diff_only=False)
    assert code == 1
    assert f"{fixable}: renumbered references" in output
    assert errors.startswith(f"citelint: error: {tmp_path / 'unfixable.md'}: cannot fix safely")
    assert fixable.read_bytes() == (FIXTURES / "out-of-order.fixed.md").read_bytes()


def test_run_fix_on_clean_files_exits_0(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.fixed.md", tmp_path)
    output, errors, code = run_fix([str(path)], diff_only=False)
    assert (output, errors, code) == (f"{path}: already in citation order\n", "", 0)


def test_an_odd_file_name_is_escaped_in_messages_and_diff_headers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # the headers name the file by its whole path
    odd = tmp_path / "notes\n\u202eout.md"
    odd.write_bytes((FIXTURES / "out-of-order.md").read_bytes())
    output, errors, code = run_fix([str(odd)], diff_only=True)
    assert code == 1
    shown = (tmp_path / "notes\\n\\u202eout.md").as_posix()
    assert len(errors.splitlines()) == 1
    assert errors.startswith(f"citelint: {shown}: would have renumbered references")
    headers = [line for line in output.splitlines() if line.startswith(("---", "+++"))]
    assert headers == [f"--- a/{shown}", f"+++ b/{shown}"]


def test_unreadable_input_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\xff\xfe\x00bad")
    output, errors, code = run_fix([str(binary), str(tmp_path / "missing.md")], False)
    assert code == 2
    assert "UTF-16 text is not supported" in errors
    assert "missing.md: No such file or directory" in errors


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        # Valid UTF-8 with a NUL: fixed as an article before, 'already in citation order'.
        (b"\x00\x01 Claim [1].", "binary file, not an article"),
        (
            b"caf\xe9 [1]",
            "not valid UTF-8: byte 0xe9 at line 1, column 4; save the article as UTF-8 "
            "(it may be Latin-1, Windows-1252, Windows-1250 or another single-byte encoding)",
        ),
    ],
)
def test_fix_refuses_what_check_refuses_in_its_words(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    article = tmp_path / "a.md"
    article.write_bytes(data)
    output, errors, code = run_fix([str(article)], diff_only=True)
    assert (output, code) == ("", 2)
    assert errors == f"citelint: error: {article}: {problem}\n"


@pytest.mark.parametrize("check_only", [False, True])
def test_a_bibliography_that_cannot_be_read_is_a_usage_error(
    tmp_path: Path, check_only: bool
) -> None:
    # As for `check`: exit 2, the file named once, not "not fixed" (exit 1).
    paper = tmp_path / "paper.md"
    paper.write_text("---\nbibliography: missing.bib\n---\n\nStatins help [@doe2015].\n")
    output, errors, code = run_fix([str(paper)], diff_only=False, check_only=check_only)
    assert (output, code) == ("", 2)
    missing = tmp_path / "missing.bib"
    assert errors == (
        f"citelint: error: {paper}: bibliography {missing}: No such file or directory\n"
    )


SEED_SHAPED = """Treatment options for knee osteoarthritis

- Supervised strengthening exercise reduced pain scores by 30% over twelve weeks. 2
- Weight loss of at least 10% improved function in overweight adults. 1
- Combining both approaches gave the largest benefit in a pooled analysis. 2, 3

References

Research
Exercise therapy for knee osteoarthritis: a randomized trial
Arthritis Care Res, 2019

Research
Weight loss and knee function in overweight adults with osteoarthritis
Obesity, 2018

Guideline
Management of osteoarthritis of the knee: clinical practice guideline
Professional society, 2021
"""


def test_a_page_citing_with_bare_trailing_numbers_is_renumbered(tmp_path: Path) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(SEED_SHAPED, encoding="utf-8")
    output, errors, code = run_fix([str(path)], diff_only=False)
    assert (errors, code) == ("", 0)
    fixed = path.read_text(encoding="utf-8")
    assert "twelve weeks. 1\n" in fixed and "overweight adults. 2\n" in fixed
    assert "pooled analysis. 1, 3\n" in fixed
    assert fixed.index("Weight loss and knee") < fixed.index("Exercise therapy for knee")


def test_check_writes_nothing_and_exits_1_when_a_file_would_change(tmp_path: Path) -> None:
    path = tmp_path / "answer.txt"
    path.write_text(SEED_SHAPED, encoding="utf-8")
    output, errors, code = run_fix([str(path)], diff_only=False, check_only=True)
    assert (output, code) == ("", 1)
    assert "would have renumbered" in errors
    assert path.read_text(encoding="utf-8") == SEED_SHAPED
    run_fix([str(path)], diff_only=False)
    assert run_fix([str(path)], diff_only=False, check_only=True)[2] == 0


def test_standard_input_is_fixed_to_standard_output(tmp_path: Path) -> None:
    output, errors, code = run_fix(["-"], diff_only=False, stdin=SEED_SHAPED)
    assert code == 0
    assert "twelve weeks. 1\n" in output and output.endswith("Professional society, 2021\n")
    assert "renumbered" in errors  # what was done goes to stderr, away from the article
    unfixable = "A claim [4].\n\n## References\n\n1. Only entry. BMJ. 2020;1:1.\n"
    output, errors, code = run_fix(["-"], diff_only=False, stdin=unfixable)
    assert (output, code) == (unfixable, 1)  # the article passes through untouched
    assert "cannot fix safely" in errors


class FakeResolver:
    def __init__(self, pmids: dict[str, str]) -> None:
        self.pmids = pmids  # words of the title -> PMID

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        found = []
        for reference in references:
            pmid = next((p for words, p in self.pmids.items() if words in reference.raw), None)
            status = Status.RESOLVED if pmid else Status.NOT_FOUND
            record = Record(pmid=pmid) if pmid else None
            found.append(Resolution(reference.number, status, record=record))
        return found

    def close(self) -> None:
        pass


def test_add_identifiers_writes_pmids_after_renumbering(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    resolver = FakeResolver({"Falls as the main cause": "27000001"})
    result = fix_file(path, dry_run=False, resolver=resolver)
    assert result.messages[-1] == f"{path}: added identifiers to 1 reference entries"
    assert "3. Kessler T. Falls as the main cause of fractures in the oldest old. Age Ageing. " in (
        path.read_text(encoding="utf-8")
    )
    assert path.read_text(encoding="utf-8").count(" PMID: 27000001\n") == 1


def test_entries_that_could_not_be_looked_up_are_named_not_passed_over(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.md", tmp_path)
    fix_file(path, dry_run=False)  # in order first: the identifiers are what is left to do
    result = fix_file(path, dry_run=True, resolver=OfflineResolver())
    assert not result.changed
    assert result.messages == [f"{path}: already in citation order"]
    [unchecked] = result.notes
    assert unchecked.startswith(f"{path}: 3 reference entries without an identifier could not ")
    assert unchecked.endswith(
        "(offline, and no cached PubMed answer for this entry): nothing added to them"
    )


def test_what_could_not_be_looked_up_is_a_note_not_something_done(tmp_path: Path) -> None:
    # Out of order and offline: the renumbering would be done, the identifiers would not.
    path = copy_fixture("out-of-order.md", tmp_path)
    output, errors, code = run_fix([str(path)], False, resolver=OfflineResolver(), check_only=True)

    assert code == 1 and output == ""
    [renumbered, unchecked] = errors.splitlines()
    assert renumbered.startswith(f"citelint: {path}: would have renumbered references in order")
    # Not "would have 3 reference entries ... could not be looked up".
    assert unchecked.startswith(f"citelint: {path}: 3 reference entries without an identifier")


# --- property: any numbering of an article fixes to the same article in order -------------

TITLES = [
    "Statins and stroke",
    "Exercise and depression",
    "Metformin and cancer",
    "Sleep and blood pressure",
    "Salt and heart failure",
    "Vitamin D and falls",
    "Aspirin and bleeding",
]


def marker_text(numbers: list[int], style: str, ranged: bool) -> str:
    listed = ", ".join(map(str, numbers))
    if ranged and len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        listed = f"{numbers[0]}-{numbers[-1]}"
    if style == "bracket":
        return f" [{listed}]."
    if style == "sup":
        return f".<sup>{listed.replace(' ', '')}</sup>"
    if style == "footnote":
        return "." + "".join(f"[^{number}]" for number in numbers)
    if style == "link":
        return "." + "".join(f'<sup><a href="#ref-{n}">{n}</a></sup>' for n in numbers)
    return f". {listed}"  # bare numbers after the sentence, as pages copied from the web


def entry_text(number: int, title: str, style: str) -> str:
    if style == "footnote":
        return f"[^{number}]: Author A. {title}. J Med. 2020."
    if style == "html":
        return f'  <li id="ref-{number}">Author A. <i>{title}</i>. J Med. 2020.</li>'
    if style == "web":
        return f"Research\n\n{title}.\n\nJournal of Medicine, 2020\n"
    return f"{number}. Author A. {title}. J Med. 2020."


SHAPES = {  # format: (marker styles, list styles)
    "md": (["bracket", "sup", "footnote"], ["numbered", "footnote"]),
    "txt": (["bare", "bracket"], ["numbered", "web"]),
    "html": (["sup", "link", "bracket"], ["html"]),
}


@st.composite
def articles(draw: st.DrawFn, fmt: str) -> tuple[str, list[list[str]]]:
    """An article with a random numbering; also what each claim cites, by title."""
    marker_styles, list_styles = SHAPES[fmt]
    style = draw(st.sampled_from(marker_styles))
    list_style = "footnote" if style == "footnote" else draw(st.sampled_from(list_styles))
    count = draw(st.integers(min_value=1, max_value=len(TITLES)))
    works = TITLES[:count]
    citations = draw(
        st.lists(st.lists(st.sampled_from(works), min_size=1, max_size=3, unique=True), min_size=1)
    )
    order = draw(st.permutations(works))
    number = {work: index for index, work in enumerate(order, start=1)}
    lines = ["<h1>An article</h1>" if fmt == "html" else "# An article", ""]
    for index, cited in enumerate(citations):
        numbers = sorted(number[work] for work in cited)
        claim = f"Claim number {index} holds{marker_text(numbers, style, draw(st.booleans()))}"
        lines += [f"<p>{claim}</p>" if fmt == "html" else claim, ""]
    if list_style == "html":
        lines += ["<h2>References</h2>", "<ol>"]
    elif list_style != "footnote":
        lines += ["## References" if fmt == "md" else "References", ""]
    lines += [entry_text(number[work], work, list_style) for work in order]
    if list_style == "html":
        lines.append("</ol>")
    return "\n".join(lines) + "\n", citations


def cited_titles(document: Document) -> list[list[str]]:
    titles = {entry.number: entry.raw for entry in document.references}
    return [
        sorted(next(t for t in TITLES if t in titles[n]) for n in claim.numbers)
        for claim in document.claims
    ]


@settings(max_examples=60, deadline=None)
@given(articles("md"))
def test_any_numbering_fixes_to_an_in_order_article_citing_the_same_works(
    article: tuple[str, list[list[str]]],
) -> None:
    assert_fixes_in_order(*article, "md")


@pytest.mark.parametrize("fmt", ["txt", "html"])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_the_same_holds_for_plain_text_and_html(fmt: str, data: st.DataObject) -> None:
    assert_fixes_in_order(*data.draw(articles(fmt)), fmt)


def assert_fixes_in_order(text: str, citations: list[list[str]], fmt: str) -> None:
    path = f"p.{fmt}"
    assert cited_titles(read_text(text, path, fmt)) == [sorted(claim) for claim in citations]
    result = write.fix_text(text, path, fmt).text
    document = read_text(result, path, fmt)
    cited = plan.first_citation_order(document)
    assert cited == sorted(cited)
    assert list(CitationOrder().check(CheckContext(document))) == []
    assert cited_titles(document) == [sorted(claim) for claim in citations]
    assert [entry.number for entry in document.references] == list(
        range(1, len(document.references) + 1)
    )
    assert write.fix_text(result, path, fmt).text == result


# --- odd but real shapes of articles -----------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "before", "after"),
    [
        (
            "md",
            "A.¹ B.²˒³ C.³\n\n## References\n\n1. One work.\n2. Two work.\n3. Three work.\n",
            None,
        ),
        (
            "md",
            "A.² B.¹\n\n## References\n\n1. One work.\n2. Two work.\n",
            "A.¹ B.²\n\n## References\n\n1. Two work.\n2. One work.\n",
        ),
        (
            "md",
            "See [2](#ref-2) and [1](#ref-1).\n\n## References\n\n"
            '1. <a id="ref-1"></a>One work.\n2. <a id="ref-2"></a>Two work.\n',
            "See [1](#ref-2) and [2](#ref-1).\n\n## References\n\n"
            '1. <a id="ref-2"></a>Two work.\n2. <a id="ref-1"></a>One work.\n',
        ),
        (
            "md",
            "A [3; 1]. B [2].\n\n## References\n\n1. One.\n2. Two.\n3. Three.\n",
            "A [1; 2]. B [3].\n\n## References\n\n1. Three.\n2. One.\n3. Two.\n",
        ),
        (
            "txt",
            "Walking helps. 2\n\nRest helps too. 1\n\nReferences\n\n1) One work.\n2) Two work.\n",
            "Walking helps. 1\n\nRest helps too. 2\n\nReferences\n\n1) Two work.\n2) One work.\n",
        ),
        (
            "txt",
            "Walks. 2\n\nRest. 1\n\nReferences\n\n- One work, 2010\n- Two work, 2012\n",
            "Walks. 1\n\nRest. 2\n\nReferences\n\n- Two work, 2012\n- One work, 2010\n",
        ),
        (
            "html",
            "<p>A.<sup>2</sup> B.<sup>1</sup></p>\n<h2>References</h2>\n"
            "<p>[1] Smith J. <i>One &amp; only.</i> BMJ. 2010.</p>\n"
            "<p>[2] Doe A. Two. Lancet. 2011.</p>\n",
            "<p>A.<sup>1</sup> B.<sup>2</sup></p>\n<h2>References</h2>\n"
            "<p>[1] Doe A. Two. Lancet. 2011.</p>\n"
            "<p>[2] Smith J. <i>One &amp; only.</i> BMJ. 2010.</p>\n",
        ),
    ],
    ids=["superscripts-in-order", "superscripts", "links", "semicolons", "txt-1)", "bullets", "p"],
)
def test_article_shapes(fmt: str, before: str, after: str | None) -> None:
    result = write.fix_text(before, f"a.{fmt}", fmt).text
    assert result == (after or before)


def test_a_byte_order_mark_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + (FIXTURES / "out-of-order.md").read_bytes())
    fix_file(path, dry_run=False)
    expected = b"\xef\xbb\xbf" + (FIXTURES / "out-of-order.fixed.md").read_bytes()
    assert path.read_bytes() == expected


def test_bare_carriage_returns_are_refused() -> None:
    text = (FIXTURES / "out-of-order.md").read_text(encoding="utf-8").replace("\n", "\r")
    with pytest.raises(FixRefused, match="bare carriage return"):
        write.fix_text(text, "a.md", "md")


def test_html_items_with_explicit_values_are_refused() -> None:
    text = (
        "<p>A.<sup>2</sup> B.<sup>1</sup></p>\n<h2>References</h2>\n"
        '<ol><li value="1">One work.</li>\n<li value="2">Two work.</li></ol>\n'
    )
    with pytest.raises(FixRefused, match="value= cannot be reordered"):
        write.fix_text(text, "a.html", "html")


def test_pmids_follow_the_journal_line_of_web_entries(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.txt", tmp_path)
    resolver = FakeResolver({"Cold water immersion": "30000001", "Light cycling": "25000002"})
    result = fix_file(path, dry_run=False, resolver=resolver)
    assert result.messages[-1].endswith("added identifiers to 2 reference entries")
    text = path.read_text(encoding="utf-8")
    assert "\nSports Medicine Reviews, 2018 PMID: 30000001\n" in text
    assert "\nJournal of Sports Physiology, 2015 PMID: 25000002\n" in text
    entries = read_text(text, "a.txt", "txt").references
    assert [(entry.journal, entry.year, entry.pmid) for entry in entries] == [
        ("Sports Medicine Reviews", 2018, "30000001"),
        ("Journal of Sports Physiology", 2015, "25000002"),
    ]


def test_a_note_that_changes_how_an_entry_reads_is_left_out() -> None:
    text = (FIXTURES / "out-of-order.fixed.md").read_text(encoding="utf-8")
    before = read_text(text, "a.md", "md")
    note = edit._IdentifierNote(1, 0, pmid="1", doi=None)
    noted = text.replace("BMJ. 2012;345:e4021.", "BMJ. 2012;345:e4021. PMID: 1")
    assert edit.note_reads_right(before, read_text(noted, "a.md", "md"), note)
    garbled = noted.replace("BMJ. 2012;", "BMJ. 2013;")
    assert not edit.note_reads_right(before, read_text(garbled, "a.md", "md"), note)
    unread = text.replace("BMJ. 2012;345:e4021.", "BMJ. 2012;345:e4021. PMlD 1")
    assert not edit.note_reads_right(before, read_text(unread, "a.md", "md"), note)


def test_dois_are_written_with_pmids_when_missing() -> None:
    document = markdown_document()
    record = Record(pmid="111", doi="10.1000/walk.2010.1")
    resolutions = {1: Resolution(1, Status.RESOLVED, record=record)}
    text = add_identifiers(document.text, document, resolutions)
    assert "J Sport Med. 2010;4:1-9. doi: 10.1000/walk.2010.1 PMID: 111\n" in text


def test_pmids_go_inside_html_list_items(tmp_path: Path) -> None:
    path = copy_fixture("out-of-order.fixed.html", tmp_path)
    fix_file(path, dry_run=False, resolver=FakeResolver({"Costa D.": "31000003"}))
    assert "<i>Am J Hematol</i>. 2019;94:100-108. PMID: 31000003</li>" in path.read_text(
        encoding="utf-8"
    )


FRAGMENTS = [
    "Claim holds",
    " [1]",
    " [2, 3]",
    " [3-1]",
    "[^2]",
    "<sup>2</sup>",
    "<sup><a href='#r1'>1</a></sup>",
    "²",
    ". 2",
    ". 1, 3",
    ".",
    "\n",
    "\n\n",
    "\r\n",
    "## References\n",
    "References\n",
    "<ol>",
    "<li id='r1'>",
    "</li>",
    "</ol>",
    "1. Author A. One. J Med. 2020.",
    "2) Author B. Two. J Med. 2021.",
    "[3] Author C. Three. J Med. 2022.",
    "[^2]: Author D. Four.",
    "Research\n\nA title.\n\nA Journal, 2019\n",
    "  • ",
    "&amp;",
    "\ufeff",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["md", "txt", "html"]),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
)
def test_fix_never_fails_other_than_by_refusing(fmt: str, text: str) -> None:
    try:
        result = write.fix_text(text, f"f.{fmt}", fmt).text
    except FixRefused:
        return
    if result != text:
        document = read_text(result, f"f.{fmt}", fmt)
        assert list(CitationOrder().check(CheckContext(document))) == []


def test_html_markers_written_with_entities_are_renumbered_in_place() -> None:
    text = (
        "<p>First [3].</p>\n<p>Then [1&ndash;3] and [2,&nbsp;3].</p>\n<h2>References</h2>\n"
        "<ol><li>Smith J. One. J X. 2020;1:1.</li><li>Moe D. Two. J Y. 2021;2:2.</li>"
        "<li>Roe R. Three. J Z. 2022;3:3.</li></ol>\n"
    )
    result = write.fix_text(text, "a.html", "html").text
    assert result.splitlines()[:2] == [
        "<p>First [1].</p>",
        "<p>Then [1&ndash;3] and [1,&nbsp;3].</p>",
    ]


def test_html_superscripts_split_over_tags_with_attributes_are_renumbered() -> None:
    text = (
        '<p>First.<sup class="c">2,</sup><sup>3</sup> Then.<sup>1</sup></p>\n'
        "<h2>References</h2>\n<ol><li>Smith J. One. J X. 2020;1:1.</li>"
        "<li>Moe D. Two. J Y. 2021;2:2.</li><li>Roe R. Three. J Z. 2022;3:3.</li></ol>\n"
    )
    result = write.fix_text(text, "a.html", "html").text
    assert result.splitlines()[0] == (
        '<p>First.<sup class="c">1,</sup><sup>2</sup> Then.<sup>3</sup></p>'
    )


@pytest.mark.parametrize("diff_only", [True, False])
def test_a_folder_with_no_article_says_so_as_check_does(tmp_path: Path, diff_only: bool) -> None:
    (tmp_path / "empty").mkdir()
    output, errors, code = run_fix([str(tmp_path / "empty")], diff_only=diff_only)
    assert (output, code) == ("", 0)
    assert errors.startswith("citelint: No article files found, so nothing was checked")
