"""Line patterns spared by a look at a line's characters answer as the patterns do.

Headings, emphasis, entry labels, subheadings, footnote definitions and link-out trailers are
asked of every line of a page (issue 13): each spared call is told by characters every match
holds ("#" after at most three spaces, "**", a label's length, a stop before a space). Each
test compares the spared function with the plain pattern on texts built to sit at those edges.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import entry_labels, lines, link_trailers, list_entries
from citelint.read.lines import Line
from citelint.whole_numbers import whole_number

# Pieces of headings, underlines, emphasis, labels and entries, in any order below.
_PIECES = [
    "#", "##", "###### ", "####### ", " ", "  ", "   ", "    ", "\t", "\u2003", "\xa0", "=",
    "==", "-", "--", "---", "**", "__", "*", "_", ":", "References", "Key trials", "Research",
    "research", "RESEARCH", "Guideline", "guidelines", "Randomized controlled trial",
    "randomised clinical trial", "Systematic review", "Meta-analysis", "Book chapter",
    "Web site", "Preprint", "reſearch", "Cohort study", "Primary studies", "1. ", "[^1]:",
    "[^note]: ", "[^]", "[^", "[2]", "Smith J.", "Lancet. 2019;1:2.", "doi:10.1/x", ".",
    ";", "a", "Z", "(", "'", "’", "&", ",", "\n", "|", "▪ ", "> ", "3) ", "٣. ", "***", "_ _ _",
    "[x]: https://example.org", "[^2]: https://pubmed.ncbi.nlm.nih.gov/1/",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=7).map("".join)
_LABEL = re.compile(entry_labels._LABEL.pattern, re.IGNORECASE)
_TRAILER_PIECES = [
    "PubMed", "Google Scholar", "Crossref", "doi:10.1/x", "https://doi.org/10.1/x", "Smith J",
    "Title", "2019", ".", ";", " ", "  ", "\t", "|", "[", "]", "(", ")", ",", "-", "N Engl J Med",
    "[PubMed]", "Free Full Text", "1", "a",
]  # fmt: skip


@given(st.lists(_TEXTS, max_size=6))
@example(["   # Title", "    # Not", "Title", "==="])
@example(["\t## x", " ===", "Words", "   --", "    --"])
def test_heading_lines_as_the_patterns_find_them(texts: list[str]) -> None:
    page = [Line(n, 0, text, not text.strip()) for n, text in enumerate(texts)]
    expected: set[int] = set()
    for index, line in enumerate(page):
        if lines.MD_HEADING.fullmatch(line.text):
            expected.add(index)
        elif (
            lines.SETEXT_RULE.fullmatch(line.text)
            and index > 0
            and not page[index - 1].blank
            and not lines.BULLET.match(page[index - 1].text)
        ):
            expected |= {index - 1, index}
    assert lines.heading_lines(page, markdown=True) == expected


@given(_TEXTS)
@example("  **Key trials**  ")
@example("__Research__:")
@example("\u2003**Guideline**\xa0")
def test_emphasised_as_the_pattern(text: str) -> None:
    expected = lines.EMPHASIS_LINE.fullmatch(text)
    found = lines.emphasised(text)
    assert (found and found.group(0, 1, 2)) == (expected and expected.group(0, 1, 2))


@given(_TEXTS)
@example("Randomized controlled trial")
@example("  \u2003 randomised controlled trial \t\xa0   ")
@example("**RANDOMIZED CONTROLLED TRIAL**")
@example("randomized controlled trials")
def test_label_of_as_the_pattern(text: str) -> None:
    emphasis = lines.EMPHASIS_LINE.fullmatch(text)
    plain = emphasis[2] if emphasis else text
    expected = plain.strip() if _LABEL.fullmatch(plain) else None
    assert entry_labels.label_of(text) == expected


def test_the_longest_label_is_the_patterns_longest() -> None:
    # The label group's widest match, as re's parser works it out: a longer word added to
    # the pattern must raise LONGEST_LABEL, or label_of would refuse it.
    parsed = re._parser.parse(entry_labels._LABEL.pattern, re.IGNORECASE)  # type: ignore[attr-defined]
    group = next(item for item in parsed if item[0] is re._constants.SUBPATTERN)  # type: ignore[attr-defined]
    assert group[1][3].getwidth()[1] == entry_labels.LONGEST_LABEL


def _old_without_subheadings(page: list[Line]) -> list[Line]:
    """list_entries.without_subheadings as it was, every line asked of the pattern first."""
    heads = {
        line.number
        for index, line in enumerate(page)
        if list_entries._SUBHEADING.fullmatch(line.text)
        and not entry_labels.label_of(line.text)
        and (line.text.startswith("#") or index == 0 or page[index - 1].blank)
    }
    if not heads:
        return page
    content = (line for line in page if not line.blank and line.number not in heads)
    first = next((line for line in content if not entry_labels.label_of(line.text)), None)
    if first is None or list_entries.entry_number(first.text) is None:
        return page
    return [line for line in page if line.number not in heads]


@given(st.lists(_TEXTS, max_size=6))
@example(["Primary studies", "1. Smith J. Title. Lancet. 2019;1:2."])
@example(["", "## Trials", "1. A", "", "Research", "2. B"])
def test_subheadings_as_the_pattern_finds_them(texts: list[str]) -> None:
    page = [Line(n, 0, text, not text.strip()) for n, text in enumerate(texts)]
    assert list_entries.without_subheadings(page) == _old_without_subheadings(page)


@given(_TEXTS)
@example("   [^1]: Smith J. Title.")
@example("    [^1]: Smith J.")
@example("[^12]:")
def test_entry_number_as_the_patterns_read_it(text: str) -> None:
    match = list_entries._NUMBERED_ENTRY.match(text)
    footnote = list_entries.FOOTNOTE_DEFINITION.match(text)
    number = whole_number(footnote["label"]) if footnote else None
    if match:
        expected = int(match["bracket"] or match["dotted"] or match["paren"]), match.end()
    elif footnote and number is not None:
        expected = number, footnote.end()
    else:
        expected = None
    assert list_entries.entry_number(text) == expected


_LOOK_BEHIND = re.compile(r"(?<=[.;])[ \t]")


def _old_trailer_start(text: str) -> int | None:
    """The first place link_trailers._last_line_trailer tried, as it found them before: a
    space or tab looked behind from."""
    for space in _LOOK_BEHIND.finditer(text):
        if link_trailers._LINK_TRAILER.fullmatch(text, space.end()):
            return space.start()
    return None


@given(st.lists(st.sampled_from(_TRAILER_PIECES), max_size=12).map("".join))
@example("Smith J. Title. Lancet. 2019;1:2. PubMed Google Scholar")
@example("Smith J.  Title;\t\tCrossref")
@example(". ; .\t;")
def test_trailer_places_as_the_look_behind_finds_them(text: str) -> None:
    expected = _old_trailer_start(text)
    found = link_trailers._last_line_trailer(text)
    if expected is not None:
        assert found == expected
    else:  # none after a stop: the same scan after an identifier decides, as it did
        stops = [found.end() for found in _STOP_SPACE.finditer(text)]
        assert not any(link_trailers._LINK_TRAILER.fullmatch(text, end) for end in stops)


_STOP_SPACE = re.compile(r"[.;][ \t]")  # the places _first_trailer_after_stop finds by rfind


def _first_trailer_by_pattern(text: str) -> int | None:
    """_first_trailer_after_stop as it was: every place found by the pattern, in order, the
    last one dropped when it ends the text, then tried from the last back."""
    places = [found.end() for found in _STOP_SPACE.finditer(text)]
    if places and places[-1] == len(text):
        places.pop()
    first = None
    for place in reversed(places):
        if not link_trailers._LINK_TRAILER.fullmatch(text, place):
            break
        first = place - 1
    return first


@given(
    st.lists(
        st.sampled_from(_TRAILER_PIECES + [".", ";", " ", "\t", ". ", ";\t"]), max_size=16
    ).map("".join)
)
@example(". ; .\t;\t")
@example("..  ;; \t.")
@example("PubMed. ")
@example(". PubMed")
@example("")
def test_trailers_after_stops_are_found_as_the_pattern_finds_their_places(text: str) -> None:
    expected = _first_trailer_by_pattern(text)
    assert link_trailers._first_trailer_after_stop(text) == expected
    for end in (" PubMed", "\tCrossref", ". Google Scholar", ";"):
        longer = text + end
        assert link_trailers._first_trailer_after_stop(longer) == _first_trailer_by_pattern(longer)


_WHITE_SPACE = [chr(code) for code in range(0x110000) if chr(code).isspace()]


def test_a_blank_line_is_never_furniture() -> None:
    # without_running_heads passes blank lines over without asking _may_be_furniture.
    from citelint.read.running_heads import _may_be_furniture

    for space in _WHITE_SPACE:
        for text in (space, space * 3, f" {space}\t", f"{space}  "):
            assert not _may_be_furniture(text)


_MARKER_PIECES = [
    "[1]", "[2,3]", "[4]–[6]", "[3](#B3)", "–", "<sup>5</sup>", "^7^", "²", "disease.1,2",
    " period. 3 Next", "in 20185.", "ref. 15", "Smith et al.12 showed", " ", "\n", ".", ",",
    "trials", "0.68", "HR 1.2", "(2)", "a",
]  # fmt: skip


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=10).map("".join))
@example("Shown before [1] and after.2 Then [3]–[5] and disease.6,7 Next")
def test_markers_come_in_order_unsorted(text: str) -> None:
    # find_markers sorts only when loose numbers join the markers: the markers alone must be
    # in order already, as the sort it no longer runs would have left them.
    from citelint.read.markers import find_markers

    for unsure in (False, True):
        found = find_markers(text, unsure=unsure)
        assert found == sorted(found, key=lambda marker: marker.start)
        bare = find_markers(text, bare=False, unsure=unsure)
        assert bare == sorted(bare, key=lambda marker: marker.start)


_EVERY_CHARACTER = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]


def test_bullet_and_item_openings_are_the_patterns() -> None:
    # paragraphs() tries BULLET only after one of _BULLET_OPENINGS, _ORDERED only after a
    # decimal digit (re's "\d" is str.isdecimal): every character is checked both ways.
    from citelint.read.layout_blocks import _BULLET_OPENINGS, _ORDERED

    for character in _EVERY_CHARACTER:
        bullet = lines.BULLET.match(f" \t{character} x") is not None
        assert bullet == (character in _BULLET_OPENINGS), repr(character)
        assert (_ORDERED.match(f"\t {character}. x") is not None) == character.isdecimal()


@given(st.lists(_TEXTS, max_size=8), st.booleans())
@example(["| a | b |", "   [x]: https://example.org", "1. One", "- two", "Text"], True)
@example(["  ▪ item", "\t3) step", "> quote", "Plain"], False)
def test_paragraphs_as_the_patterns_cut_them(texts: list[str], markdown: bool) -> None:
    from citelint.read import layout_blocks

    page = [Line(n, 0, text, not text or text.isspace()) for n, text in enumerate(texts)]
    again = [Line(n, 0, text, not text or text.isspace()) for n, text in enumerate(texts)]
    found = layout_blocks.paragraphs(page, set(), markdown)
    expected = _old_paragraphs(again, markdown)
    assert [[(line.number, line.indent) for line in block] for block in found] == [
        [(line.number, line.indent) for line in block] for block in expected
    ]


def _old_paragraphs(page: list[Line], markdown: bool) -> list[list[Line]]:
    """layout_blocks.paragraphs as it was: every pattern tried on every line."""
    from citelint.read import layout_blocks as blocks_module

    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in page:
        definition = markdown and blocks_module._LINK_DEFINITION.match(line.text)
        if line.blank or definition:
            if current:
                blocks.append(current)
            current = []
            continue
        if markdown and blocks_module._TABLE_ROW.match(line.text):
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
            continue
        ordered = blocks_module._ORDERED.match(line.text)
        item = lines.BULLET.match(line.text) or ordered
        below = page[line.number + 1] if line.number + 1 < len(page) else None
        if not markdown and (
            lines.numbered_section(line, below, ordered.end())
            if ordered
            else blocks_module._heads_what_follows(line, page, current, item is not None)
        ):
            blocks.extend([current, [line]] if current else [[line]])
            current = []
            continue
        if item:
            if current:
                blocks.append(current)
            line.indent = item.end()
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


@given(_TEXTS)
@example("   ***")
@example("    ---")
@example(" _ _ _\t")
def test_a_thematic_break_opens_as_told(text: str) -> None:
    # section_end tries THEMATIC_BREAK only where this opening stands.
    from citelint.read.section_end import _BREAK_CHARACTERS

    if lines.THEMATIC_BREAK.fullmatch(text):
        assert text[:4].lstrip(" ")[:1] in _BREAK_CHARACTERS
