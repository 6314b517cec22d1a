"""What citation formats print after an entry's own source, read apart from it.

PubMed's "Cite" text ends an entry with the notices linked to it ("Erratum in: Age Ageing.
2020;49(3):500."), and AMA with one in brackets ("[Published correction appears in ...]"),
whose locus is not the entry's; AMA style gives a paper published online
first a date instead of a locus ("Age Ageing. Published online January 5, 2024."), as the
Lancet does and PubMed does for a preprint.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# ". Erratum in: ...", ". Comment in: ...", ". Comment on: ...", ". Retraction in: ..." (to
# the end), as PubMed names the papers linked to a record; "Retracted in: ..." as reference
# managers write the last, and a publisher's "Correction in:" and "Corrigendum in:" (left,
# their locus was read as the entry's and the entry's own source joined its title).
_LINKED_NOTICES = LazyPattern(
    r"\.\s+(?:Erratum|Correction|Corrigendum|(?:Partial )?Retraction|Retracted|Comment|Update|"
    r"Expression of concern|"
    r"Republished|(?:Corrected|Retracted) and republished|Reprint|Summary for patients|"
    r"Original report)"
    r"\s+(?:in|for|of|from|on):\s"
    # AMA's unbracketed "Published correction appears in JAMA. 2022;327(6):583." (no colon).
    r"|\.\s+(?:Published\s+)?(?:correction|erratum|retraction)\s+appears\s+in\s",
    re.IGNORECASE,
)
# AMA's bracketed notice after the source: "[Published correction appears in Lancet.
# 2020;395(10229):1038.]", "[Erratum in: ...]", "[published online ahead of print ...]" aside.
_BRACKETED_NOTICE = LazyPattern(
    r"\s*\[(?:published\s+)?(?:correction|erratum|errata|retraction|retracted)\b[^\[\]]*\]\.?\s*\Z",
    re.IGNORECASE,
)
# How an entry names a correction of the paper it cites: PubMed's "Erratum in:", AMA's
# "Published correction appears in" (bracketed or not) and a publisher's "Correction in:" and
# "Corrigendum in:", which the two patterns above cut off the entry's source. Lower-cased, as
# errata_named looks for them.
ERRATUM_NOTICES = ("erratum in", "correction appears in", "correction in:", "corrigendum in")
# An entry's own source before its notices, told by its year ("2018;46(2):e100", "2020
# Mar;49:500", "2018, 46, e100"). "Brown A, Green B. Comment in: sepsis bundles revisited.
# Crit Care Med 2018;46(2):e100." has none before the notice word: that is the entry's
# title, not a notice.
_SOURCE = LazyPattern(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NOTICE_WORDS = (" in: ", " for: ", " of: ", " from: ", " on: ")
# Each of _NOTICE_WORDS is one of these, then ": ": found at the few places ": " stands (one
# scan of the text), where looking for each word scanned the text five times.
_NOTICE_HEADS = tuple(word[:-2] for word in _NOTICE_WORDS)
# "Journal. Published online January 5, 2024", "Journal. Published online 2024 Jan 5"; the
# Lancet's "Lancet 2020; published online Jan 5."; PubMed's "medRxiv [Preprint]. 2024 May
# 3:2024.05.01.24306789." (the server's own number, no locus); AMA's "medRxiv. Preprint
# posted online June 22, 2020."
_ONLINE_FIRST = LazyPattern(
    r"(?:\.\s+(?:Published|Preprint posted) online\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?"
    r"(?P<year>(?:1[89]|20)\d{2})"
    r"(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?"
    r"|\s(?P<lancet>(?:1[89]|20)\d{2});"
    r"\s*published online\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|\s\[Preprint\]\.\s+(?P<preprint>(?:1[89]|20)\d{2})(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?"
    r"(?::\S+)?)\.?\s*\Z",
    re.IGNORECASE,
)
# A preprint server's own words after its name: medRxiv's and bioRxiv's number ("medRxiv
# 2021.03.01.21252689", its DOI's suffix) and AMA's "Preprint." after the year ("medRxiv.
# 2021. doi:... Preprint.", the DOI taken out before): read as the title's words, they left
# "medRxiv" in it and made "Preprint" the journal. Only the server's name and year are kept.
_SERVER_TAIL = LazyPattern(
    r"\.\s+(?:med|bio)Rxiv(?P<kept>\.?(?:\s+(?:1[89]|20)\d{2})?)"
    r"\.?\s+(?:20\d{2}\.\d{2}\.\d{2}\.\d{6,8}(?:v\d{1,2})?|[Pp]reprint)\.?\s*\Z"
)


def without_tail(text: str) -> tuple[str, int | None]:
    """``text`` without the linked notices and the online-first date after its source (see
    the module), and the year of that date (None where it has none)."""
    if not _may_hold_tail(text):
        return text, None  # most entries: spared the scans below
    if text.rstrip().endswith(("]", "].")):
        notice = _BRACKETED_NOTICE.search(text)
        if notice and _SOURCE.search(text, 0, notice.start()):
            text = text[: notice.start()]
    if _holds_notice_word(text):
        for notices in _LINKED_NOTICES.finditer(text):
            if _SOURCE.search(text, 0, notices.start()):
                text = text[: notices.start()]
                break
    if "Rxiv" in text:  # every match of _SERVER_TAIL holds it; most entries do not
        server = _SERVER_TAIL.search(text)
        if server is not None:
            text = text[: server.end("kept")]
    if "Version " in text:
        version = _VERSION_TAIL.search(text)
        if version is not None and _SOURCE.search(text, 0, version.start()):
            text = text[: version.start()]
    if not _may_be_online_first(text):
        return text, None
    online = _ONLINE_FIRST.search(text)
    if online is None:
        return text, None
    return text[: online.start()], int(online["year"] or online["lancet"] or online["preprint"])


# A preprint server's version after the year: "Research Square. 2023. Version 1." (read as the
# journal 'Version 1', user32a). A software release ("Version 4.3.1") is left as it is.
_VERSION_TAIL = LazyPattern(r"\.\s+Version\s+\d{1,2}\.?\s*\Z")


def _may_hold_tail(text: str) -> bool:
    """Whether one of without_tail's cuts may apply, told by the texts each needs: a "[" for a
    bracketed notice or "[Preprint]", ": " or " appears in " for a linked notice, "Rxiv" for a
    server's tail, "ed online" for an online-first date, "Version " for a server's version."""
    return (
        "[" in text
        or ": " in text
        or " appears in " in text
        or "Rxiv" in text
        or "ed online" in text
        or "Version " in text
    )


def may_cut_unbracketed(text: str) -> bool:
    """_may_hold_tail for a text holding no "[" and no "]" (a common entry's, common_entry):
    no bracketed notice or "[Preprint]" stands in it, so only a linked notice, a server's
    tail or an online-first date may be cut, told by the words each needs."""
    return "Rxiv" in text or "ed online" in text or "Version " in text or _holds_notice_word(text)


def errata_named(text: str) -> int:
    """How many errata an entry's text names: each of ERRATUM_NOTICES, in any case, counted
    wherever it stands."""
    lowered = text.lower()
    return sum(lowered.count(words) for words in ERRATUM_NOTICES)


def _holds_notice_word(text: str) -> bool:
    """``any(word in text for word in _NOTICE_WORDS)``, looked for where ": " stands, or
    AMA's " appears in " (no colon)."""
    if " appears in " in text:
        return True
    colon = text.find(": ")
    while colon >= 0:
        if text.endswith(_NOTICE_HEADS, 0, colon):
            return True
        colon = text.find(": ", colon + 1)
    return False


def _may_be_online_first(text: str) -> bool:
    """Whether "ublished online", "osted online" or "[Preprint]" stands in the text: the two
    first end in "ed online", and the third holds a "[" (one character, found fastest), which
    most entries lack."""
    if "ed online" in text and ("ublished online" in text or "osted online" in text):
        return True
    return "[" in text and "[Preprint]" in text
