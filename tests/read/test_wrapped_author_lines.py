"""A reference list wrapped by a PDF's narrow column (user29b P1-6): an author list broken
after a comma, the next line opening with a two-word Spanish surname ("Jiménez Navarro M"),
is one list of names, not PubMed's "title, then authors" listing."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.entries import parse_entry

PAGE = """Insuficiencia cardiaca

La prevalencia fue del 6,8% en mayores de 45 años.1 La rehabilitación redujo los ingresos.2

Bibliografía

1. Ortega Peñalver R, Villanueva Gómez MJ, de la Fuente Ruiz A,
   Martínez Soler P, Ibáñez-Lozano C, Ruiz Castro J.
   Rehabilitación cardiaca tras un ingreso por insuficiencia
   cardiaca en hospitales comarcales. Rev Clin Esp.
   2019;219(3):121-8. doi:10.1016/j.rce.2018.09.004
2. Soto Marín L, Pérez Arrieta G.
   Ejercicio supervisado y reingresos en la insuficiencia
   cardiaca. Med Clin (Barc). 2020;154(2):45-51.
"""


def test_a_wrapped_author_list_keeps_its_title() -> None:
    first, second = read_text(PAGE, "articulo.txt", "txt").references
    assert first.authors[:4] == [
        "Ortega Peñalver R",
        "Villanueva Gómez MJ",
        "de la Fuente Ruiz A",
        "Martínez Soler P",
    ]
    assert first.title == (
        "Rehabilitación cardiaca tras un ingreso por insuficiencia cardiaca en hospitales "
        "comarcales"
    )
    assert (first.journal, first.year, first.volume) == ("Rev Clin Esp", 2019, "219")
    assert second.title == "Ejercicio supervisado y reingresos en la insuficiencia cardiaca"


def test_pubmed_s_listing_still_puts_its_authors_first() -> None:
    entry = parse_entry(
        [
            "Low-dose aspirin for preventing recurrent venous thromboembolism.",
            "Brighton TA, Eikelboom JW, Mann K.",
            "N Engl J Med. 2012;367(21):1979-87.",
        ]
    )
    assert entry.authors == ["Brighton TA", "Eikelboom JW", "Mann K"]
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
