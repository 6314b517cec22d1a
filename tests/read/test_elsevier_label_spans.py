"""Elsevier's journal pages in Spanish (Revista Española de Cardiología, Medicina Clínica):
each entry's label in a span of its own glued to the authors' span, "Ver artículo" and
"Google Académico" link-outs, and the host "J Name., 73 (2020), pp. 312-319" (user24 P1 19).
Read with the label in it, the entry had no authors and the names in its title (false CL201,
CL204); the host was read as the journal, with no year."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.entries import parse_entry

_ENTRY = (
    '<li id="bib{n:04d}"><span class="elsevierStyleLabel">[{n}]</span><span '
    'class="elsevierStyleContribution">M. Ortega-Salas, L. Piñeiro, R. Castells. <span '
    'class="elsevierStyleTitle">Control de la frecuencia en la fibrilación auricular '
    'permanente: estudio {n}.</span></span> <span class="elsevierStyleHost">Med Clin (Barc)., '
    "15{n} (201{n}), pp. 20{n}-21{n}</span>{links}</li>"
)
_LINKS = (
    ' <a href="https://doi.org/10.1016/j.medcli.201{n}.01.00{n}">Ver artículo</a> <a '
    'href="https://www.ncbi.nlm.nih.gov/pubmed/3000000{n}">Medline</a> <a '
    'href="https://scholar.google.com/">Google Académico</a>'
)


@pytest.mark.parametrize("linked", [True, False])
def test_a_label_span_glued_to_the_authors_is_no_part_of_them(linked: bool) -> None:
    items = "".join(
        _ENTRY.format(n=n, links=_LINKS.format(n=n) if linked else "") for n in (1, 2, 3)
    )
    page = (
        "<html><body><p>La frecuencia se controla con betabloqueantes [1]. El objetivo "
        "laxo no fue inferior [2,3].</p><section><h2>Bibliografía</h2><ul "
        'class="elsevierStyleBibliography">' + items + "</ul></section></body></html>"
    )
    entries = read_text(page, "a.html", "html").references
    assert [entry.number for entry in entries] == [1, 2, 3]
    first = entries[0]
    assert first.authors == ["Ortega-Salas M", "Piñeiro L", "Castells R"]
    assert first.title == (
        "Control de la frecuencia en la fibrilación auricular permanente: estudio 1"
    )
    assert (first.journal, first.year, first.volume, first.pages) == (
        "Med Clin (Barc)",
        2011,
        "151",
        "201-211",
    )
    if linked:
        assert first.pmid == "30000001"


def test_sciencedirect_s_comma_shape_is_still_read_field_by_field() -> None:
    entry = parse_entry(
        ["D.C. Angus, S. Berry, et al., Effect of hydrocortisone on mortality in severe "
         "pneumonia, JAMA, 324 (2020), pp. 1317-1329"]
    )  # fmt: skip
    assert entry.authors == ["Angus DC", "Berry S"]
    assert entry.title == "Effect of hydrocortisone on mortality in severe pneumonia"
    assert (entry.journal, entry.year, entry.pages) == ("JAMA", 2020, "1317-1329")


def test_a_title_opening_with_a_letter_and_a_hyphen_is_no_name() -> None:
    """ "D-dimer - a ..." opens like an initial: read as one, the entry lost its journal."""
    entry = parse_entry(
        ["A. Kowalski, P. Lund, D-dimer in suspected pulmonary embolism, Thromb. Res. 45 (2) "
         "(2024) 75–84."]
    )  # fmt: skip
    assert entry.authors == ["Kowalski A", "Lund P"]
    assert entry.title == "D-dimer in suspected pulmonary embolism"
    assert (entry.journal, entry.volume, entry.pages) == ("Thromb. Res.", "45", "75–84")


@pytest.mark.parametrize("label", ["[{n}]", "{n}."])
def test_a_label_span_in_a_numbered_list_is_no_part_of_the_authors(label: str) -> None:
    """In an <ol> the page's own label follows the list's number ("1. [1]M. Ortega-Salas"):
    left glued to the authors, they were read into the title (fix24a left it)."""
    items = "".join(
        _ENTRY.replace("[{n}]", label).format(n=n, links=_LINKS.format(n=n)) for n in (1, 2, 3)
    )
    page = (
        "<html><body><p>La frecuencia se controla con betabloqueantes [1]. El objetivo "
        "laxo no fue inferior [2,3].</p><section><h2>Bibliografía</h2><ol>" + items + "</ol>"
        "</section></body></html>"
    )
    entries = read_text(page, "a.html", "html").references
    assert [entry.number for entry in entries] == [1, 2, 3]
    first = entries[0]
    assert first.raw.startswith("M. Ortega-Salas, L. Piñeiro")
    assert first.authors == ["Ortega-Salas M", "Piñeiro L", "Castells R"]
    assert first.title == (
        "Control de la frecuencia en la fibrilación auricular permanente: estudio 1"
    )
    assert (first.journal, first.year, first.pmid) == ("Med Clin (Barc)", 2011, "30000001")
