"""What publishers print right after a reference list, copied from the browser with it, ends
the list: no entry of it (user28b P1-7, P1-8, P1-9)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

BODY = "Sacubitril-valsartan lowered deaths (1). Dapagliflozin helped (2).\n\nReferences\n\n"
ENTRIES = (
    "1. McMurray JJ, Packer M. Angiotensin-neprilysin inhibition versus enalapril in heart "
    "failure. N Engl J Med. 2014;371:993-1004.\n"
    "2. McMurray JJ, Solomon SD. Dapagliflozin in patients with heart failure and reduced "
    "ejection fraction. N Engl J Med. 2019;381:1995-2008.\n"
)


@pytest.mark.parametrize(
    "after",
    [
        # UpToDate's topic line, then its related topics.
        "Topic 3450 Version 67.0\nRELATED TOPICS\nHeart failure: Clinical manifestations\n",
        # Thieme's article history.
        "Received: 12 September 2024\nAccepted: 21 January 2025\n"
        "Article published online: 03 March 2025\n",
        # AHA's papers citing this one.
        "Cited By\nTanaka H, Singh R. SGLT2 inhibitors and arrhythmia: a meta-analysis. Heart "
        "Rhythm. 2025;22:401-410.\n",
    ],
)
def test_what_follows_a_copied_list_is_no_entry(after: str) -> None:
    document = read_text(BODY + ENTRIES + after, "page.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2]
    assert document.references[-1].journal == "N Engl J Med"


HEALTH_SOURCES = (
    "Sacubitril-valsartan lowered deaths.[1] Dapagliflozin helped.[2]\n\n## Sources\n\n"
    "- McMurray JJ, et al. (2014). Angiotensin-neprilysin inhibition versus enalapril in heart "
    "failure. N Engl J Med. 2014;371:993-1004.\n"
    "- McMurray JJ, et al. (2019). Dapagliflozin in patients with heart failure and reduced "
    "ejection fraction. N Engl J Med. 2019;381:1995-2008.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "**Was this helpful?** [Yes](#) · [No](#)\n",  # a feedback widget, in bold
        # Healthline's trailer: its review notice, the page's versions and author box.
        "Our experts continually monitor the health and wellness space, and we update our "
        "articles when new information becomes available.\n\nCurrent Version\n\nMar 3, 2025"
        "\n\nWritten By\n\nJo Park\n\nMedically Reviewed By\n\nAna Ruiz, MD\n",
    ],
)
def test_a_health_sites_trailer_after_its_sources_is_no_entry(after: str) -> None:
    document = read_text(HEALTH_SOURCES + after, "page.md", "md")
    assert [reference.number for reference in document.references] == [1, 2]
    assert document.references[-1].journal == "N Engl J Med"


@pytest.mark.parametrize(
    "title",
    [
        "Received 12 months of dapagliflozin: outcomes",  # no date: an entry's words
        "Cited by the guideline: a review",
    ],
)
def test_entries_opening_with_those_words_stay_entries(title: str) -> None:
    entry = f"3. Lee A. {title}. Lancet. 2020;395:1-9.\n"
    document = read_text(BODY + ENTRIES + entry, "page.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2, 3]


def test_a_guideline_s_revision_date_on_its_own_line_ends_no_list() -> None:
    """review28a P3: "Revised: 12 May 2022" under a hand-typed guideline entry lost the
    entries after it (CL101 for their citations)."""
    entries = (
        "1. National Institute for Health and Care Excellence. Chronic heart failure in adults. "
        "NICE guideline NG106. London: NICE; 2018.\nRevised: 12 May 2022\n"
        "2. McMurray JJ, Solomon SD. Dapagliflozin in patients with heart failure and reduced "
        "ejection fraction. N Engl J Med. 2019;381:1995-2008.\n"
    )
    document = read_text(BODY + entries, "note.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2]
