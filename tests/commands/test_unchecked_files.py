"""What the text summary says of files that were read but not checked: an empty file, an
article whose reference list was not read while CL107 is said off, and inline DOIs counted
apart from a list's references (user24 P2 7, P2 8, P3 3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# A Dutch clinical lesson whose list stands under a heading citelint does not know as one:
# its numbered citations are read, its list is not, and the DOIs in the list's lines are read
# as the text's own links.
UNLISTED = (
    "# SGLT2-remmers in de huisartsenpraktijk\n\n"
    "SGLT2-remmers verlagen het risico op opname wegens hartfalen.[1] Empagliflozine had een "
    "vergelijkbaar effect.[2]\n\n"
    "## Bronvermelding\n\n"
    "1. Bakker AJ, Smit PE. Dapagliflozine bij hartfalen. Huisarts Wet. 2022;65:12-6. "
    "doi:10.1007/s12445-022-1111-1.\n"
    "2. Visser L, De Boer R. Empagliflozine bij hartfalen. Huisarts Wet. 2022;65:30-4. "
    "doi:10.1007/s12445-022-2222-2.\n"
)
CLEAN = (
    "# Aspirin\n\nAspirin lowered the risk of a first stroke [1].\n\n## References\n\n"
    "1. Ridker PM, Cook NR, Lee IM, et al. A randomized trial of low-dose aspirin in the "
    "primary prevention of cardiovascular disease in women. N Engl J Med. "
    "2005;352(13):1293-304.\n"
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment["CITELINT_CACHE_DIR"] = str(cwd)
    return subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
    )


def test_an_empty_file_is_said_to_be_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.md").write_text(CLEAN, encoding="utf-8")
    result = run("check", "--offline", "empty.txt", "good.md", cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "No findings in 2 files read."
    assert lines[-1] == "1 file (empty.txt) is empty: nothing was checked there."
    assert "no citation citelint can read" not in result.stdout


def test_inline_dois_are_not_counted_as_references(tmp_path: Path) -> None:
    """user24 P2 7: "2 references not checked" for the two DOIs of a list not found."""
    (tmp_path / "nl.md").write_text(UNLISTED, encoding="utf-8")
    result = run("check", "--offline", "nl.md", cwd=tmp_path)
    assert " CL107 error: " in result.stdout
    assert (
        "2 inline DOI or PubMed links not checked against PubMed (offline, no lock): run "
        "`citelint lock`, or add --show-unverified to list them."
    ) in result.stdout.splitlines()
    assert "2 references not checked" not in result.stdout


def test_a_file_whose_list_was_not_read_is_no_all_clear_with_cl107_off(tmp_path: Path) -> None:
    """user24 P2 8: `citelint-disable-file CL107` on it ended in "All clear"."""
    (tmp_path / "nl.md").write_text(
        "<!-- citelint-disable-file CL107 -->\n" + UNLISTED, encoding="utf-8"
    )
    result = run("check", "--offline", "nl.md", cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "No findings in 1 file read."
    assert lines[-1] == (
        "1 file (nl.md) cites by number but no reference list was read there: its citations "
        "and entries were not checked."
    )
    # A file whose list was read says nothing of the kind.
    (tmp_path / "good.md").write_text(CLEAN, encoding="utf-8")
    alone = run("check", "--offline", "good.md", cwd=tmp_path).stdout
    assert alone.splitlines()[0] == "All clear: 1 file checked."
