"""Which files a folder scan reads, in the cases a user trips over (found in acceptance runs)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from citelint.commands.cli import cli
from citelint.commands.discover import REPOSITORY_NOTES, collect_files, is_repository_note

ARTICLE = "Statins lower LDL cholesterol [1].\n\n## References\n\n1. Doe J. Statins. 2015.\n"


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "drafts/old.md", "drafts/2024/older.md", "my notes/n.md", "keep/k.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def found(paths: list[str], exclude: list[str] | None = None) -> set[str]:
    return {path.as_posix() for path in collect_files(paths, exclude or [])}


def test_a_folder_name_excludes_everything_below_it_as_in_ruff(tree: Path) -> None:
    everything = {"a.md", "drafts/old.md", "drafts/2024/older.md", "my notes/n.md", "keep/k.md"}
    assert found(["."]) == everything
    assert found(["."], ["drafts"]) == everything - {"drafts/old.md", "drafts/2024/older.md"}
    assert found(["."], ["drafts/"]) == everything - {"drafts/old.md", "drafts/2024/older.md"}
    assert found(["."], ["drafts/2024"]) == everything - {"drafts/2024/older.md"}
    assert found(["."], ["my notes"]) == everything - {"my notes/n.md"}
    # A file named on the command line inside an excluded folder is left out too.
    assert found(["drafts/old.md", "a.md"], ["drafts"]) == {"a.md"}


def test_a_folder_above_the_project_never_matches_an_exclude_pattern(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tree / "build" / "project"
    project.mkdir(parents=True)
    (project / "p.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(project)
    assert found([str(project)], ["build"]) == {f"{project.as_posix()}/p.md"}


def test_a_file_reached_twice_is_read_once(tree: Path) -> None:
    (tree / "link.md").symlink_to(tree / "a.md")
    assert [p.as_posix() for p in collect_files(["a.md", "./a.md", "link.md"])] == ["a.md"]
    assert "link.md" not in found(["."]) and "a.md" in found(["."])


def test_a_file_found_through_a_linked_folder_is_read_once(tree: Path) -> None:
    # A scan follows the folder named, not the linked folders below it, and knows a file it
    # finds through a linked folder for the one named beside it.
    (tree / "shortcut").symlink_to(tree / "keep")
    (tree / "keep" / "also.md").symlink_to(tree / "a.md")
    assert [p.as_posix() for p in collect_files(["keep/k.md", "shortcut"])] == [
        "keep/k.md",
        "shortcut/also.md",
    ]
    assert [p.as_posix() for p in collect_files(["a.md", "shortcut"])] == ["a.md", "shortcut/k.md"]
    assert "shortcut/k.md" not in found(["."])


def test_a_repository_scanned_through_a_link_to_it_is_read(tree: Path) -> None:
    git(tree / "keep", "init", "-q")
    (tree / "keep" / "ignored.md").write_text(ARTICLE, encoding="utf-8")
    (tree / "keep" / ".gitignore").write_text("ignored.md\n", encoding="utf-8")
    (tree / "alias").symlink_to(tree / "keep")
    assert [p.as_posix() for p in collect_files(["alias"])] == ["alias/k.md"]


def test_a_link_that_loops_is_that_file_s_error_and_the_others_are_checked(tree: Path) -> None:
    git(tree, "init", "-q")  # a folder scan in a repository asks each file's real path
    (tree / "loop.md").symlink_to(tree / "loop.md")
    (tree / "keep" / "k.md").write_text("Claim [2].\n\n## References\n\n1. Doe J. 2015.\n")
    assert "keep/k.md" in found(["."], ["drafts", "my notes"])
    result = CliRunner().invoke(cli, ["check", "--offline", "loop.md", "keep/k.md"])
    assert result.exit_code == 2  # a file could not be read
    assert "loop.md: Too many levels of symbolic links" in result.output
    assert "keep/k.md:1:7: CL101" in result.output
    assert "internal error" not in result.output


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def test_a_repository_inside_the_scanned_one_is_read_with_its_own_ignore_rules(
    tree: Path,
) -> None:
    git(tree, "init", "-q")
    inner = tree / "manuscript"
    inner.mkdir()
    git(inner, "init", "-q")
    (inner / "content.md").write_text(ARTICLE, encoding="utf-8")
    (inner / "output").mkdir()
    (inner / "output" / "rendered.md").write_text(ARTICLE, encoding="utf-8")
    (inner / ".gitignore").write_text("output/\n", encoding="utf-8")
    listed = found(["."])
    assert "manuscript/content.md" in listed
    assert "manuscript/output/rendered.md" not in listed


def test_a_run_that_finds_no_article_says_so_instead_of_all_clear(tree: Path) -> None:
    git(tree, "init", "-q")
    (tree / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (tree / "empty").mkdir()
    for folder in ("empty", "drafts"):
        result = CliRunner().invoke(cli, ["check", "--offline", folder])
        assert result.exit_code == 0
        assert result.output.startswith("No article files found, so nothing was checked")
        assert "All clear" not in result.output


def test_an_excluded_file_named_on_the_command_line_is_left_out_and_said_so(tree: Path) -> None:
    # The pre-commit hook names each staged file: the configuration's exclude must hold.
    (tree / "drafts").mkdir(exist_ok=True)
    (tree / "drafts" / "broken.md").write_text(ARTICLE, encoding="utf-8")
    (tree / "pyproject.toml").write_text('[tool.citelint]\nexclude = ["drafts/*"]\n')
    result = CliRunner().invoke(cli, ["check", "--offline", "drafts/broken.md"])
    assert result.exit_code == 0
    assert "exclude patterns leave out named files too" in result.output


NOTES = {
    "README.md": "# Articles\n\nSee step [2] of the setup below.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2026 [1] the authors.\n",
    "requirements.txt": "citelint-pubmed==0.1.0\n",
    "docs/CHANGELOG.md": "# Changes\n\n- Fixed the order of step [3].\n",
    "CONTRIBUTING.md": "Run citelint [1] before a pull request.\n",
}


def test_a_folder_scan_skips_the_repository_notes_the_hooks_skip(tree: Path) -> None:
    # A user's `citelint check .` read README.md, LICENSE and requirements.txt as articles
    # and reported their "[2]" as a citation with no reference list (user trial P2-3).
    for name, text in NOTES.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text, encoding="utf-8")
    (tree / "readmission-rates.md").write_text(ARTICLE, encoding="utf-8")
    listed = found(["."])
    assert not listed & set(NOTES) and "readmission-rates.md" in listed
    result = CliRunner().invoke(cli, ["check", "--offline", "--select", "CL1", "."])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("All clear: 6 files checked.")  # the articles alone
    # Named on the command line, a note is read: the user asked for it.
    named = CliRunner().invoke(cli, ["check", "--offline", "--select", "CL1", "README.md"])
    assert named.output.startswith("All clear: 1 file checked.")


def test_the_hooks_exclude_the_notes_a_folder_scan_skips() -> None:
    hooks = (Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text("utf-8")
    excludes = [
        line.split(":", 1)[1].strip()
        for line in hooks.splitlines()
        if line.strip().startswith("exclude:")
    ]
    assert excludes == [REPOSITORY_NOTES, REPOSITORY_NOTES]  # the offline and online hooks
    for name in ("README.md", "docs/readme.rst", "License.txt", "requirements-dev.txt"):
        assert is_repository_note(Path(name)) and re.search(REPOSITORY_NOTES, name)
    for name in ("readmission-rates.md", "security-of-supply.md", "authorship.txt", "r.txt"):
        assert not is_repository_note(Path(name)) and not re.search(REPOSITORY_NOTES, name)


def test_the_hooks_take_quarto_and_r_markdown() -> None:
    # Read since .qmd/.Rmd became inputs, but the hooks' pattern never passed them (review22b P2).
    hooks = (Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text("utf-8")
    patterns = [line.split(":", 1)[1].strip() for line in hooks.splitlines() if "files:" in line]
    types = [line for line in hooks.splitlines() if "types_or:" in line]
    assert len(patterns) == len(types) == 2
    for pattern, kinds in zip(patterns, types, strict=True):
        for name in ("review.qmd", "analysis.Rmd", "analysis.rmd", "answer.md", "page.html"):
            assert re.search(pattern, name), (pattern, name)
        assert " text]" in kinds or " text," in kinds  # identify tags an .Rmd only "text"


def test_the_resources_folder_a_browser_saves_beside_a_page_is_skipped(tree: Path) -> None:
    """user20: "Web page, complete" saved an ad frame in SGLT2_review_files/, linted: CL107."""
    (tree / "saved").mkdir()
    (tree / "saved" / "SGLT2_review.html").write_text(f"<p>{ARTICLE}</p>", encoding="utf-8")
    (tree / "saved" / "SGLT2_review_files").mkdir()
    frame = tree / "saved" / "SGLT2_review_files" / "saved_resource.html"
    frame.write_text("<p>Sponsored: top 5 heart tips [1] [2]</p>", encoding="utf-8")
    # A folder named so, but beside no page of its name, is the author's own.
    (tree / "trial_files").mkdir()
    (tree / "trial_files" / "notes.md").write_text(ARTICLE, encoding="utf-8")
    assert found(["."]) >= {"saved/SGLT2_review.html", "trial_files/notes.md"}
    assert "saved/SGLT2_review_files/saved_resource.html" not in found(["."])
    # Named on the command line, it is read.
    named = "saved/SGLT2_review_files/saved_resource.html"
    assert found([named]) == {named}


def test_a_folder_holding_a_web_archive_names_it_refused(tree: Path) -> None:
    # review21b: a folder holding only "Review.mhtml" said "No article files found", exit 0.
    (tree / "saved").mkdir()
    (tree / "saved" / "Review.mhtml").write_bytes(
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        b'\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1----"\r\n\r\n'
    )
    result = CliRunner().invoke(cli, ["check", "--offline", "saved"])
    assert result.exit_code == 2
    assert "saved/Review.mhtml: a web archive (MHTML" in result.output
    assert "save the page as 'Webpage, HTML Only'" in result.output
    assert "No article files found" not in result.output


def test_a_web_archive_beside_articles_is_skipped_with_a_warning(tree: Path) -> None:
    # A saved "Review.mhtml" beside review.md made every run exit 2, a usage error, though
    # the article was checked (review22b P2-4).
    (tree / "saved").mkdir()
    (tree / "saved" / "review.md").write_text(ARTICLE, encoding="utf-8")
    (tree / "saved" / "Review.mhtml").write_bytes(
        b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
    )
    result = CliRunner().invoke(cli, ["check", "--offline", "--select", "CL1", "saved"])
    assert result.exit_code == 0
    assert result.stdout.startswith("All clear: 1 file checked.")
    assert "citelint: warning: saved/Review.mhtml: skipped: a web archive" in result.stderr
    assert "'Webpage, HTML Only'" in result.stderr
    # Named on the command line, it is still refused.
    named = CliRunner().invoke(cli, ["check", "--offline", "saved/Review.mhtml", "saved/review.md"])
    assert named.exit_code == 2
    assert "saved/Review.mhtml: a web archive (MHTML" in named.stderr


def test_pdf_rtf_and_odt_beside_articles_are_skipped_with_a_warning(tree: Path) -> None:
    # user25 P2 2: a folder's .pdf, .rtf and .odt were passed over without a word.
    (tree / "saved").mkdir()
    (tree / "saved" / "review.md").write_text(ARTICLE, encoding="utf-8")
    (tree / "saved" / "review.pdf").write_bytes(b"%PDF-1.7\n")
    (tree / "saved" / "review.rtf").write_bytes(b"{\\rtf1\\ansi ")
    result = CliRunner().invoke(cli, ["check", "--offline", "--select", "CL1", "saved"])
    assert result.exit_code == 0
    assert result.stdout.startswith("All clear: 1 file checked.")
    assert "citelint: warning: saved/review.pdf: skipped: a PDF, which citelint" in result.stderr
    assert "saved/review.rtf: skipped: an RTF document" in result.stderr
    assert "save it as a Word .docx, or copy its text into a .txt file" in result.stderr


def test_an_mdx_page_beside_articles_is_skipped_with_what_to_do(tree: Path) -> None:
    # user29a P2-4: Docusaurus's .mdx posts were passed over without a word.
    (tree / "blog").mkdir()
    (tree / "blog" / "review.md").write_text(ARTICLE, encoding="utf-8")
    (tree / "blog" / "2024-05-10-post.mdx").write_text(
        'import Tabs from "@theme/Tabs";\n\n' + ARTICLE, encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["check", "--offline", "--select", "CL1", "blog"])
    assert result.exit_code == 0
    assert result.stdout.startswith("All clear: 1 file checked.")
    assert "blog/2024-05-10-post.mdx: skipped: an MDX page" in result.stderr
    assert "--input-format md" in result.stderr
    # Named with --input-format md, it is read as Markdown.
    named = CliRunner().invoke(
        cli,
        [
            "check",
            "--offline",
            "--select",
            "CL1",
            "--input-format",
            "md",
            "blog/2024-05-10-post.mdx",
        ],
    )
    assert named.exit_code == 0
    assert named.stdout.startswith("All clear: 1 file checked.")


def test_an_mdx_page_named_alone_says_how_to_read_it(tree: Path) -> None:
    (tree / "post.mdx").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--offline", "post.mdx"])
    assert result.exit_code == 2
    assert "post.mdx: an MDX page (Markdown with JSX)" in result.stderr
    assert "Traceback" not in result.output
