"""``citelint fix`` never renumbers around a number that may be a citation it did not read.

A superscript copied as plain text after a number ("... over 75.2 Among ...") is read only
where the order of first citations calls for it; renumbering the citations it did read would
leave such a "2" naming another paper (user trial, P2-2).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from citelint.commands.cli import cli
from citelint.commands.fix.unread import unread_citations
from citelint.read import read_text

REFERENCES = (
    "\nReferences\n"
    "1. Granger CB, Alexander JH, McMurray JJ, et al. Apixaban versus warfarin in patients with "
    "atrial fibrillation. N Engl J Med. 2011;365(11):981-992.\n"
    "2. Connolly SJ, Ezekowitz MD, Yusuf S, et al. Dabigatran versus warfarin in patients with "
    "atrial fibrillation. N Engl J Med. 2009;361(12):1139-1151.\n"
    "3. Hart RG, Pearce LA, Aguilar MI. Meta-analysis: antithrombotic therapy to prevent stroke "
    "in patients who have nonvalvular atrial fibrillation. Ann Intern Med. "
    "2007;146(12):857-867.\n"
    "4. Mant J, Hobbs FD, Fletcher K, et al. Warfarin versus aspirin for stroke prevention in an "
    "elderly community population with atrial fibrillation (BAFTA). Lancet. "
    "2007;370(9586):493-503.\n"
)


def page(first: int, glued: int, third: int, fourth: int) -> str:
    """A page as copied from a journal's site: each superscript flattened onto its sentence."""
    return (
        "Anticoagulation in older adults\n\n"
        "Atrial fibrillation becomes more common with age, and warfarin lowered the rate of "
        f"stroke in trials.{first} Its benefit held in patients aged over 75.{glued} Among the "
        "direct oral anticoagulants, apixaban caused fewer major bleeds than warfarin."
        f"{third} Dabigatran was compared with warfarin in a large trial.{fourth}\n" + REFERENCES
    )


def fix(path: Path, *options: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["fix", *options, str(path)])
    return result.exit_code, result.stdout, result.stderr


def test_a_glued_number_the_renumbering_would_move_stops_the_fix(tmp_path: Path) -> None:
    # "75.1" is not read (entry 1 is cited later, at "warfarin.1"); renumbering 3, 1, 2 to
    # 1, 2, 3 would make it name Hart's meta-analysis instead of Granger's trial.
    text = page(3, 1, 1, 2)
    path = tmp_path / "older-adults.txt"
    path.write_text(text, encoding="utf-8")
    document = read_text(text, str(path), "txt")
    read = [marker.raw for claim in document.claims for marker in claim.markers]
    assert read == ["3", "1", "2"]  # the reader declined the glued "1"
    code, out, err = fix(path)
    assert code == 1 and out == ""
    assert err == (
        f"citelint: error: {path}: cannot fix safely: line 3, column 145: 'aged over 75.1 Among' "
        "may cite entry 1, which citelint did not read as a citation; renumbering would make it "
        "name entry 2's work instead: if it cites, write it as [1] and fix again; if not, "
        "renumber by hand\n"
    )
    assert path.read_text(encoding="utf-8") == text
    assert fix(path, "--check")[0] == 1 and fix(path, "--diff")[1] == ""


def test_written_as_a_citation_it_is_renumbered_with_the_others(tmp_path: Path) -> None:
    path = tmp_path / "older-adults.txt"
    path.write_text(page(3, 1, 1, 2).replace("over 75.1 Among", "over 75 [1]. Among"))
    code, _, err = fix(path)
    assert code == 0, err
    fixed = path.read_text(encoding="utf-8")
    assert "in trials.1 Its" in fixed and "over 75 [2]. Among" in fixed
    assert "warfarin.2 Dabigatran" in fixed and "large trial.3\n" in fixed


def test_a_glued_number_naming_an_entry_that_keeps_its_number_does_not_stop_it(
    tmp_path: Path,
) -> None:
    # "75.1" is not read here either, but entry 1 stays entry 1: what it names is unchanged.
    path = tmp_path / "older-adults.txt"
    path.write_text(page(1, 1, 3, 2), encoding="utf-8")
    code, _, err = fix(path)
    assert code == 0, err
    fixed = path.read_text(encoding="utf-8")
    assert "over 75.1 Among" in fixed and "warfarin.2 Dabigatran" in fixed


def test_numbers_of_sections_measures_and_bylines_are_no_unread_citations() -> None:
    text = (
        "Dosimetry after radioligand therapy\n\n"
        "Maria Lindqvist¹˒², Tomasz Novak², Aiko Suzuki¹˒³\n\n"
        "2.1 Methods\n\n"
        "The mean tumor dose was 12.1 Gy in responders [2]. Body mass index was 27 kg/m² "
        "on average [1]. Doses ranged from 0.9–19.8 Gy in the cohort [3].\n" + REFERENCES
    )
    document = read_text(text, "dosimetry.txt", "txt")
    assert [m.numbers for c in document.claims for m in c.markers] == [[2], [1], [3]]
    assert unread_citations(text, document) == []


def test_a_superscript_left_unread_after_a_word_of_prose_is_one() -> None:
    # Past the list's end read as one number (13), so the reader leaves it; its digits may
    # name entries 1 and 3.
    text = "Bleeding was rarer with apixaban [1]. Stroke rates did not differ¹³.\n" + REFERENCES
    document = read_text(text, "bleeding.txt", "txt")
    [unread] = unread_citations(text, document)
    assert unread.text == "did not differ¹³." and unread.numbers == (1, 3)
    assert (unread.line, unread.column) == (1, 66)


def test_a_numbered_heading_in_html_does_not_stop_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "dosimetry.html"
    path.write_text(
        "<html><body>\n<h2>2.1 Methods</h2>\n"
        "<p>The mean tumor dose was 12.1 Gy in responders.<sup>2</sup> Body mass index was "
        "27 kg/m² on average.<sup>1</sup></p>\n<h2>References</h2>\n<ol>\n"
        "<li>Granger CB, Alexander JH. Apixaban versus warfarin in patients with atrial "
        "fibrillation. N Engl J Med. 2011;365(11):981-992.</li>\n"
        "<li>Connolly SJ, Ezekowitz MD. Dabigatran versus warfarin in patients with atrial "
        "fibrillation. N Engl J Med. 2009;361(12):1139-1151.</li>\n</ol>\n</body></html>\n",
        encoding="utf-8",
    )
    code, _, err = fix(path)
    assert code == 0, err
    fixed = path.read_text(encoding="utf-8")
    assert "<h2>2.1 Methods</h2>" in fixed and "responders.<sup>1</sup>" in fixed
    assert fixed.index("Connolly") < fixed.index("Granger")
