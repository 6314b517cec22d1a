"""Cutting a reference list copied without its numbers into entries, in order: by label
lines, bullets, web pages' two-line layout, or one entry a paragraph or line."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_lists import leading_authors
from citelint.read.entry_labels import label_of, labels_glued, without_study_labels
from citelint.read.entry_reference import make_reference
from citelint.read.lines import BULLET, Line, Locate
from citelint.read.link_trailers import is_link_trailer, without_link_words
from citelint.read.loci import VANCOUVER
from citelint.read.styled_entries import names_alone

_WEB_SOURCE_LINE = LazyPattern(r"[^\n]{2,300},\s*(?:1[89]|20)\d{2}\.?\s*")
# A source line's opening as WebMD prints it: who published it, a colon, a quoted title.
_SOURCE_OPENING = LazyPattern(r"\s*[^\W\d_][^\n\":“]{1,150}:\s*[\"“]")
# Identifiers that may end a Vancouver entry after its locus (see _ends_in_locus).
_IDENTIFIER_STARTS = ("doi:", "http://", "https://", "10.")
_IDENTIFIER_LABELS = frozenset(["doi", "pmid", "pmid:", "pmcid", "pmcid:"])
_PMC_NUMBER = LazyPattern(r"pmc\d+", re.IGNORECASE)


def unnumbered_entries(lines: list[Line], locate: Locate) -> list[Reference]:
    lines, trailers = _trailers_apart(without_study_labels(lines))
    groups = [
        (
            label,
            [
                with_trailer
                for line in group
                for with_trailer in (line, *trailers.get(line.number, []))
            ],
        )
        for label, group in _cut(lines, trailers)
        if group
    ]
    glued = labels_glued(group for _, group in groups)
    return [
        make_reference(position, group, label, False, locate, glued)
        for position, (label, group) in enumerate(groups, start=1)
    ]


def _trailers_apart(lines: list[Line]) -> tuple[list[Line], dict[int, list[Line]]]:
    """The lines without their link-out lines, and those by the number of the line above
    them: they belong to the entry of that line rather than start one of their own."""
    trailers: dict[int, list[Line]] = {}
    kept: list[Line] = []
    last: Line | None = None
    for line in lines:
        if not line.blank and last is not None and is_link_trailer(line.content):
            trailers.setdefault(last.number, []).append(line)
            continue
        kept.append(line)
        last = line if not line.blank else last
    return kept, trailers


def _cut(lines: list[Line], trailers: dict[int, list[Line]]) -> list[tuple[str | None, list[Line]]]:
    """The lines of each entry, with its label where label lines lead the entries: cut by
    label lines, bullets, a field a line, web pages' two-line layout, or else one entry a
    paragraph or line (_by_lines)."""
    groups: list[tuple[str | None, list[Line]]] = []
    content = [line for line in lines if not line.blank]
    if any(label_of(line.text) for line in content):
        for line in content:
            if label_of(line.text):
                groups.append((label_of(line.text), []))
            elif groups:
                groups[-1][1].append(line)
            else:
                groups.append((None, [line]))
    elif any(BULLET.match(line.text) for line in content):
        for line in content:
            bullet = BULLET.match(line.text)
            if bullet or not groups:
                line.indent = bullet.end() if bullet else 0
                groups.append((None, [line]))
            else:
                groups[-1][1].append(line)
    elif runs := _field_runs(content, trailers):
        groups = [(None, run) for run in runs]
    elif _web_sources_lead(content):
        # Title line, then "Journal, Year" line, often with blank lines between them. A line
        # ending in a journal's locus is an entry whole.
        pending: list[Line] = []
        for at, line in enumerate(content):
            pending.append(line)
            following = content[at + 1] if at + 1 < len(content) else None
            if (
                _WEB_SOURCE_LINE.fullmatch(line.text)
                or _ends_in_locus(line.text)
                or _undated_source(line, following)
            ):
                groups.append((None, pending))
                pending = []
        if pending:
            groups.append((None, pending))
    else:
        lines_by_number = {line.number: line for line in lines}
        groups = [(None, group) for group in _by_lines(content, lines_by_number)]
    return groups


def _by_lines(content: list[Line], lines_by_number: dict[int, Line]) -> list[list[Line]]:
    """One entry a paragraph; inside a paragraph a new line starts a new entry unless it is
    indented or starts in lower case, as a wrapped line does: but not after a line that ends
    in link-outs ("... 2022, 35, 967–988. [Google Scholar] [CrossRef]", MDPI's), which ends
    its entry (furniture18: "van den Berg, F.F.; ..." was taken into the entry above)."""
    groups: list[list[Line]] = []
    for line in content:
        before = lines_by_number.get(line.number - 1)
        blank_before = before is None or before.blank
        wrapped = line.text[:1].isspace() or (
            line.text.lstrip()[:1].islower()
            and not _led_by_particle(before, line.text)
            and not (before is not None and _ends_in_link_outs(before.content))
        )
        if blank_before or not wrapped or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _ends_in_link_outs(text: str) -> bool:
    return len(without_link_words(text.strip())) < len(text.strip())


def _field_runs(content: list[Line], trailers: dict[int, list[Line]]) -> list[list[Line]] | None:
    """The entries of a list whose page prints an entry's fields a line each, the authors'
    names alone on the first, link-outs after the last (the Lancet's and Cell Press's pages
    copied without their numbers): each run of lines up to link-outs is one entry. Read a
    line each, every field was an entry (furniture18: 60 entries for 20, 40 false CL102).
    None unless most runs are so led, with more lines after their names: where runs are one
    line each, so is an entry (PLOS's, Nature's, Oxford Academic's pages)."""
    if not trailers:
        return None
    runs: list[list[Line]] = [[]]
    for line in content:
        runs[-1].append(line)
        if line.number in trailers:
            runs.append([])
    runs = [run for run in runs if run]
    led = sum(1 for run in runs if len(run) > 1 and names_alone(run[0].text))
    return runs if len(runs) > 1 and led * 2 > len(runs) else None


def _web_sources_lead(content: list[Line]) -> bool:
    """Whether entries are laid out as web pages' (a title's line, then "Journal, Year"): more
    lines end so than in a journal's locus. A list of Vancouver entries copied without its
    numbers has one "Accessed March 3, 2024." at most among them (hunt17: that one took the
    other entries for its title's lines, and the list had 2 entries for 20)."""
    sources = sum(1 for line in content if _WEB_SOURCE_LINE.fullmatch(line.text))
    return sources > 0 and sources > sum(1 for line in content if _ends_in_locus(line.text))


def _undated_source(line: Line, following: Line | None) -> bool:
    """Whether a line is a source whole with no date, as WebMD lists a health agency's page
    ('Centers for Disease Control and Prevention: "High Blood Pressure Facts."'): its quoted
    title closes the line, and the next line opens a source the same way (or there is
    none). Without a date it waited for the next dated line, and was read as its title."""
    if not _SOURCE_OPENING.match(line.text) or not line.text.rstrip().endswith(('"', "”")):
        return False
    return following is None or _SOURCE_OPENING.match(following.text) is not None


def _led_by_particle(before: Line | None, text: str) -> bool:
    """Whether a line in lower case starts an entry of its own, its first author's name led
    by a particle ("van den Berg FF, Boermeester MA. Update on ..."): not a wrapped line, as
    other lines in lower case are (hunt17: the entry was taken into the one above, a false
    CL101 and CL203). A line after a comma or "and" goes on with the names above it."""
    if before is None or before.text.rstrip().endswith((",", ";", "&", " and")):
        return False
    return bool(leading_authors(text.strip())[0])


def _ends_in_locus(text: str) -> bool:
    """Whether the line ends in a journal's year, volume and pages ("2022;35(12):967-988."),
    an identifier or two at most after them ("doi:10.1093/ajh/hpac079", "PMID: 36052735")."""
    if ";" not in text or ":" not in text:
        return False  # no Vancouver locus holds neither
    words = text.split()
    while words:  # the identifiers after the locus, read word by word from the end
        word = words[-1].strip(".;,[]")
        label = words[-2].strip(".;,[]").lower() if len(words) > 1 else ""
        if (
            word.lower().startswith(_IDENTIFIER_STARTS)
            or word.lower() in _IDENTIFIER_LABELS
            or _PMC_NUMBER.fullmatch(word)
            or (word.isdigit() and label in _IDENTIFIER_LABELS)
        ):
            words.pop()
            continue
        break
    tail = " ".join(words)
    end = len(tail.rstrip(" .;"))
    return any(match.end() == end and match["pages"] for match in VANCOUVER.finditer(tail))
