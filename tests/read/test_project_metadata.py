"""A Quarto or bookdown project names its bibliography once, above its pages
(citelint.read.project_metadata; user29a P1-13: every page citing by key was CL107)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.errors import InputError
from citelint.read import read_path

BIB = (
    "@article{sprint,\n  title = {A Randomized Trial of Intensive versus Standard Blood-Pressure"
    " Control},\n  journal = {N Engl J Med},\n  year = {2015}\n}\n"
    "@article{mind,\n  title = {Intensive Blood Pressure Control and Probable Dementia},\n"
    "  journal = {JAMA},\n  year = {2019}\n}\n"
)
PAGE = (
    '---\ntitle: "How low should blood pressure go?"\n---\n\n'
    "A systolic target below 120 mm Hg lowered strokes and deaths [@sprint].\n\n"
    "It did not clearly lower the risk of dementia [@mind].\n"
)
TITLES = [
    "A Randomized Trial of Intensive versus Standard Blood-Pressure Control",
    "Intensive Blood Pressure Control and Probable Dementia",
]


def project(root: Path, files: dict[str, str]) -> Path:
    """A project under ``root`` (a repository: the search stops there); its page's path."""
    (root / ".git").mkdir(parents=True)
    for name, text in {"refs/references.bib": BIB, **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    page = root / "topics" / "heart" / "bp.qmd"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PAGE)
    return page


def titles(page: Path) -> list[str | None]:
    return [reference.title for reference in read_path(page).references]


def test_a_quarto_projects_bibliography_serves_a_page_two_folders_down(tmp_path: Path) -> None:
    page = project(
        tmp_path, {"_quarto.yml": "project:\n  type: website\nbibliography: refs/references.bib\n"}
    )
    assert titles(page) == TITLES
    document = read_path(page)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert findings == []


def test_a_folders_metadata_is_nearer_than_the_project_file(tmp_path: Path) -> None:
    files = {
        "_quarto.yml": "project:\n  type: book\nbibliography: elsewhere.bib\n",
        "topics/_metadata.yml": "bibliography: ../refs/references.bib\n",
    }
    assert titles(project(tmp_path, files)) == TITLES


def test_a_bookdown_books_index_names_the_bibliography(tmp_path: Path) -> None:
    files = {
        "_bookdown.yml": 'book_filename: "heart"\n',
        "index.Rmd": "---\ntitle: Heart\nsite: bookdown::bookdown_site\n"
        "bibliography: refs/references.bib\n---\n\n# Preface\n",
    }
    assert titles(project(tmp_path, files)) == TITLES


def test_the_pages_own_bibliography_comes_first(tmp_path: Path) -> None:
    page = project(tmp_path, {"_quarto.yml": "bibliography: missing.bib\n"})
    page.write_text(PAGE.replace("---\n\n", "bibliography: ../../refs/references.bib\n---\n\n", 1))
    assert titles(page) == TITLES


@pytest.mark.parametrize(
    "files",
    [
        # A folder's metadata with no Quarto project above it renders nothing.
        {"topics/_metadata.yml": "bibliography: ../refs/references.bib\n"},
        # A project file that names no bibliography.
        {"_quarto.yml": "project:\n  type: website\n"},
    ],
)
def test_without_a_projects_bibliography_the_keys_have_none(
    tmp_path: Path, files: dict[str, str]
) -> None:
    page = project(tmp_path, files)
    assert titles(page) == []
    document = read_path(page)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert [finding.code for finding in findings] == ["CL107"]


def test_a_project_file_above_the_repository_is_not_the_pages(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text("bibliography: repo/refs/references.bib\n")
    page = project(tmp_path / "repo", {})
    assert titles(page) == []


def test_a_broken_project_file_is_one_clear_error_naming_the_page(tmp_path: Path) -> None:
    page = project(tmp_path, {"_quarto.yml": "bibliography: [refs/references.bib\n"})
    with pytest.raises(InputError) as caught:
        read_path(page)
    assert caught.value.path == str(page)
    assert "_quarto.yml is not valid YAML" in caught.value.problem
