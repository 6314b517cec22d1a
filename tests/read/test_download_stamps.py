"""A publisher's download stamp inside or between entries is no part of any entry
(read/download_stamps.py)."""

from __future__ import annotations

from citelint.models import Reference
from citelint.read import read_text
from citelint.read.download_stamps import is_stamp, without_stamps

NEJM_STAMP = "Downloaded from https://www.nejm.org on May 3, 2024. For personal use only."
LONG_STAMP = (
    "Downloaded from nejm.org on 3 May 2024. For personal use only. No other uses without"
    " permission. Copyright © 2024 Massachusetts Medical Society. All rights reserved."
)
JAMA_STAMP = "Downloaded from jamanetwork.com by a Karolinska Institutet User on 05/03/2024"
WILEY_STAMP = (
    "Downloaded from https://onlinelibrary.wiley.com/doi/10.1002/ejhf.3012 by Test University,"
    " Wiley Online Library on [03/05/2024]. See the Terms and Conditions"
    " (https://onlinelibrary.wiley.com/terms-and-conditions) on Wiley Online Library for rules"
    " of use; OA articles are governed by the applicable Creative Commons License"
)


def entries(text: str, name: str = "review.txt") -> list[Reference]:
    return read_text(text, name, "txt").references


def vancouver_list(second_entry: str) -> str:
    return (
        "Heart failure drugs\n\nSacubitril helped [1]. Dapagliflozin helped too [2].\n\n"
        "References\n\n"
        "1. McMurray JJV, Packer M, Desai AS, et al. Angiotensin-neprilysin inhibition versus"
        " enalapril in heart failure. N Engl J Med. 2014;371(11):993-1004.\n"
        f"{second_entry}\n"
        "3. Packer M, Anker SD, Butler J, et al. Cardiovascular and renal outcomes with"
        " empagliflozin in heart failure. N Engl J Med. 2020;383(15):1413-1424.\n"
    )


def second_read(second_entry: str) -> Reference:
    return entries(vancouver_list(second_entry))[1]


DAPA_HEAD = "2. McMurray JJV, Solomon SD, Inzucchi SE, et al."
DAPA_REST = (
    "Dapagliflozin in patients with heart failure and reduced ejection fraction."
    " N Engl J Med. 2019;381(21):1995-2008."
)
DAPA_TITLE = "Dapagliflozin in patients with heart failure and reduced ejection fraction"


def test_a_stamp_on_its_own_line_inside_an_entry_is_dropped() -> None:
    entry = second_read(f"{DAPA_HEAD}\n{NEJM_STAMP}\n{DAPA_REST}")
    assert (entry.title, entry.journal, entry.year) == (DAPA_TITLE, "N Engl J Med", 2019)
    assert entry.url is None


def test_a_stamp_on_the_entry_s_own_line_is_dropped() -> None:
    entry = second_read(f"{DAPA_HEAD} {NEJM_STAMP} {DAPA_REST}")
    assert entry.title == DAPA_TITLE
    assert (entry.volume, entry.pages) == ("381", "1995-2008")
    assert entry.url is None


def test_a_stamp_wrapped_onto_two_lines_is_dropped() -> None:
    first, second = LONG_STAMP.split(" No other")
    second = "No other" + second
    entry = second_read(f"{DAPA_HEAD}\n{first}\n{second}\n{DAPA_REST}")
    assert entry.title == DAPA_TITLE


def test_a_stamp_after_an_entry_leaves_it_whole() -> None:
    entry = second_read(f"{DAPA_HEAD} {DAPA_REST}\n{JAMA_STAMP}")
    assert (entry.title, entry.pages) == (DAPA_TITLE, "1995-2008")
    assert "jamanetwork" not in (entry.url or "")


def test_wiley_s_stamp_gives_the_entry_no_doi() -> None:
    entry = second_read(f"{DAPA_HEAD} {WILEY_STAMP} {DAPA_REST}")
    assert entry.title == DAPA_TITLE
    assert entry.doi is None


def test_a_stamp_between_unnumbered_entries_is_no_entry() -> None:
    text = (
        "Outcomes\n\nThe trial was stopped early (Solomon et al., 2019).\n\nReferences\n\n"
        "McMurray, J. J. V., Solomon, S. D., & Inzucchi, S. E. (2019). Dapagliflozin in"
        " patients with heart failure and reduced ejection fraction. New England Journal of"
        " Medicine, 381(21), 1995-2008.\n\n"
        f"{NEJM_STAMP}\n\n"
        "Solomon, S. D., McMurray, J. J. V., & Claggett, B. (2022). Dapagliflozin in heart"
        " failure with mildly reduced or preserved ejection fraction. New England Journal of"
        " Medicine, 387(12), 1089-1098.\n"
    )
    read = entries(text)
    assert len(read) == 2
    assert all("Downloaded" not in (entry.title or "") for entry in read)


def test_an_author_s_own_download_note_is_kept() -> None:
    # A web page's entry saying where and when the author fetched it: no publisher's mark.
    note = "Downloaded from https://www.who.int/publications/tb-report on 3 May 2024."
    assert without_stamps([f"World Health Organization. Global tuberculosis report. {note}"]) == [
        f"World Health Organization. Global tuberculosis report. {note}"
    ]
    assert not is_stamp(note.rstrip("."))


def test_the_stamps_publishers_print_are_told() -> None:
    for stamp in (NEJM_STAMP, LONG_STAMP, JAMA_STAMP, WILEY_STAMP):
        assert is_stamp(stamp), stamp
    assert is_stamp("Downloaded from https://academic.oup.com/eurheartj by guest on 9 April 2024")
    assert not is_stamp("Downloaded from the trial's registry by the authors in 2020.")
