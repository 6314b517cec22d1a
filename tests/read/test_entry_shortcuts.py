"""Entry reading's shortcuts (issue 13, entries5) answer as the plain code they replace.

Each plain version below is the code as it stood before the shortcut: a scan of a class of
characters, a pattern run on every name. They fail on the first generated text where the
shortcut's premise (what every match must hold, where it must stand) does not hold.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.models import Reading
from citelint.read import author_lists, entry_identifiers, readings, title_readings
from citelint.read.styled_entries import MDPI, mdpi_first_name


def texts(pieces: list[str], most: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003"]
# Unicode letters that change case oddly: a capital that lowers to two, a dotless i, a long s.
TWINS = ["İ", "ı", "ſ", "ǅ", "ß", "K"]

# -- sentence breaks: marks found with str.find ----------------------------------------------

_MARKS = re.compile(r"[()\[\]{}\"“”.?!]")
_AFTER = re.compile(r"[\"'”’]?\s+")
_CLOSING = re.compile(r"[\"”]\s+")
_FIRST_WORD = re.compile(r"\S+")


def plain_breaks(text: str) -> tuple[tuple[int, int, float], ...]:
    found = []
    depth, quoted = 0, False
    for mark in _MARKS.finditer(text):
        char, index = mark[0], mark.start()
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in '"“”':
            quoted = not quoted if char == '"' else char == "“"
        elif depth:
            continue
        elif quoted:
            closing = _CLOSING.match(text, index + 1)
            if closing:
                found.append((index + 1, closing.end(), 0.0))
        else:
            after = _AFTER.match(text, index + 1)
            if after is None:
                continue
            doubt = plain_doubt(text, index, char, after.end())
            if doubt is not None:
                found.append((index + 1, after.end(), doubt))
    return tuple(found)


def plain_doubt(text: str, index: int, mark: str, start: int) -> float | None:
    following = _FIRST_WORD.match(text, start)
    if not following:
        return None
    first = following[0]
    if first[0].islower() and not readings._LOWER_BRAND.match(first):
        return None
    if mark != ".":
        return 0.0
    word = readings._word_before(text, index)
    bare = word.replace(".", "").lower()
    if (
        bare in readings._ABBREVIATIONS
        or word[1:2] == "."
        and readings._DOTTED_ACRONYM.fullmatch(word + ".")
    ):
        return 3.0
    if len(word) == 1 and word.isupper():
        return 2.0
    return 0.0


BREAK_PIECES = [
    *"()[]{}\"“”.?!'’:", "Title", " of", " eLife", " mBio", " npj", " npjx", " and", " vs",
    " e.g", " U.S.A", " R", "Cell", "x", "\u0000", "\r", "á", *TWINS, *SPACES,
]  # fmt: skip


@given(texts(BREAK_PIECES, most=30))
@example('Title." Journal')
@example("Title.’ Journal")
@example("Title.' Journal")
@example('Title." \u2003Journal (x. Y) “A. B” end. npj Digit')
def test_breaks_are_found_as_the_class_scan_found_them(text: str) -> None:
    assert readings.breaks.__wrapped__(text) == plain_breaks(text)


# -- places_of: each word looked for only where "in" finds it ---------------------------------

PLACE_WORDS = ["pmid", "pmc", "doi", "[", "..", " .", "aa", "a", "“", "ſ"]


@given(texts(["pmid", "PMID", "pmc", "doi", "a", "aa", "[", ".", " ", "“", "ſ", "x"], most=20))
@example("aaa pmc[pmid.. .")  # overlapping "aa"s, and words standing together
def test_places_are_every_start_of_every_word_in_order(text: str) -> None:
    # Plain: every place where some word starts, tried at each character.
    plain = [at for at in range(len(text)) for word in PLACE_WORDS if text.startswith(word, at)]
    assert readings.places_of(text, PLACE_WORDS) == sorted(plain)


# -- where an author list may end --------------------------------------------------------------

_INITIALS_END = re.compile(r"[A-Z](?<=\b[A-Z])[A-Z.-]{0,6}[.:]\s+")
# Cureus sets a colon after "et al.": "Brighton TA, Mann K, et al.: Low-dose aspirin ...".
# A doubled stop after "et al" ("et al.. Title", a slip in hand-typed lists) ends the list too.
_AL_END = re.compile(r"al(?<=\bal)(?:\.[.:]|[.:])\s+")
_STOP = re.compile(r"\.\s+")


def plain_list_ends(text: str) -> list[int]:
    ends = [m.end() for m in _INITIALS_END.finditer(text, 0, 1000)]
    ends += [m.end() for m in _AL_END.finditer(text, 0, 1000)]
    stop = _STOP.search(text)
    ends += [stop.end()] if stop else []
    return sorted(set(ends))


END_PIECES = [
    "Smith J", " J.", " AB.", "A.B.C.D.E.F.G.", "-", "A", "B", ".", ":", "al", "et al.", "al:",
    "trial.", "1", "_", "é", "Doe A-B:", ", ", *TWINS, *SPACES,
]  # fmt: skip


@given(texts(END_PIECES, most=30), st.sampled_from([0, 985, 990, 994, 996, 998, 999, 1000]))
@example("A-B.C.D.E. x", 0)
@example("ABCDEFGH. x", 0)
@example("x. ABCDEFG. y", 0)  # the longest run of initials, after the first stop
@example("x al. y", 0)
@example("et al.: J.", 0)  # found by hypothesis: the scan missed Cureus's "et al.:"
@example(" J. J.et al.. J.", 0)  # found by hypothesis: "et al.." ends the list
# A mark at the 1,000th character with its white space past it: not an end.
@example("x" * 996 + " AB. y", 0)
@example("x" * 997 + " J.  y", 0)
def test_list_ends_are_found_as_the_capital_led_scan_found_them(text: str, pad: int) -> None:
    # Padding moves the marks across the 1,000 characters the ends are looked for in.
    text = "x" * pad + text
    assert author_lists._list_ends(text) == plain_list_ends(text)


# -- names: patterns run only on names that can hold their matches ------------------------

_INITIALS = re.compile(r"(?<=\b[A-Z])\.\s*(?=[A-Z]\b)|(?<=\b[A-Z])\.$")
_SUFFIX = re.compile(r"\s+(?:Jr|Sr|2nd|3rd|4th|II|III|IV)\.?$")


def plain_name(raw: str) -> tuple[str, bool]:
    part = _INITIALS.sub("", raw.strip())
    person = _plain_person(part)
    if not person and " " in part:
        words = part.split()
        if len(words) > 2 and words[-1] in (
            "Neto",
            "Netto",
            "Filho",
            "Sobrinho",
            "Júnior",
            "Junior",
        ):
            # A Portuguese family name's last word after bare initials: "Souza JD Neto".
            ordered = " ".join([*words[:-2], words[-1], words[-2]])
            if words[-2].isalpha():
                return (ordered, True) if _plain_person(ordered) else (part, False)
        # Particles after the initials, "Meer AJ van der", are read in PubMed's order.
        cut = len(words)
        while cut > 2 and words[cut - 1].lower() in author_lists._PARTICLES:
            cut -= 1
        ordered = " ".join([*words[cut:], *words[:cut]])
        if cut < len(words) and _plain_person(ordered):
            return ordered, True
    return part, person


def _plain_person(part: str) -> bool:
    """A name, its suffix left out; or, "Ivanov II", the suffix read as its initials."""
    bare = _SUFFIX.sub("", part)
    return _plain_one(bare) or (bare != part and _plain_one(part))


def _plain_one(part: str) -> bool:
    pieces = part.rsplit(" ", 1)
    if len(pieces) != 2:
        return False
    name, initials = pieces
    letters = initials.replace(".", "").replace("-", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 4):
        return False
    words = name.split()
    if ". " in name or name.endswith("."):
        return False
    capitalised = all(
        w[0].isupper()
        or w.lower() in author_lists._PARTICLES
        or w[:2].lower() in ("d'", "d’", "l'", "l’")
        for w in words
    )
    # Particles glued to the family name ("vanSmith J", reading24; hypothesis found it), as
    # lists write them: before an ASCII capital ("vanİ J", "vanÖz J" are no such names).
    glued = bool(words) and any(
        words[0].startswith(particle) and "A" <= words[0][len(particle) : len(particle) + 1] <= "Z"
        for particle in author_lists._PARTICLES
    )
    capitalised = capitalised or glued and all(w[0].isupper() for w in words[1:])
    return capitalised and any(ch.islower() for ch in name) and len(words) <= 4


NAME_PIECES = [
    "Smith", "van", " der", " Berg", " ", "J", "AB", ".", "S.", " C.", "-", " Jr", " Sr.",
    " III", " IV", " 2nd", "\n", "d'Or", "l’A", "O'Brien", "x", "ECJ", *TWINS, *SPACES,
]  # fmt: skip


@given(texts(NAME_PIECES, most=12))
@example("Smith J Jr.\n")
@example("King J III")
@example("Smith III")
@example("Berg J van der")
@example("Keller S. C.")
@example("vanSmith J")
@example("vanİ III")  # found by hypothesis: a dotted capital I after a glued particle
@example("Souza JD Neto")
@example("Souza JD. Neto")
def test_names_are_read_as_the_patterns_read_every_name(raw: str) -> None:
    assert author_lists._name.__wrapped__(raw) == plain_name(raw)


# -- Reading: no longer frozen, compared and hashed as before ----------------------------------


def test_a_reading_is_compared_and_hashed_by_its_fields_as_a_frozen_one_was() -> None:
    one = Reading("Title", "J", 2010, ("Smith J",))
    same = Reading("Title", "J", 2010, ("Smith J",))
    assert one == same and hash(one) == hash(same) == hash(("Title", "J", 2010, ("Smith J",)))
    assert len({one: None, same: None}) == 1
    assert one != Reading("Title", "J", 2011, ("Smith J",))


# -- notices and MDPI's pattern: tried only where their first words can stand ------------------


def plain_split_notice(text: str) -> tuple[str | None, str]:
    """The notice read from every text's first sentence, with no test before."""
    first = title_readings._SENTENCE_BREAK.split(text, maxsplit=1)
    notice = title_readings._NOTICE.match(first[0].rstrip("."))
    if not notice:
        return None, text
    rest = text[notice.end() :].strip(" .:")
    return notice[0].strip().rstrip(":").strip(), rest


NOTICE_PIECES = [
    "Erratum", "erratum", "ERRATUM", "Correction", "Corrigendum", "Retraction", " notice",
    "Notice of retraction", "Retracted article", "Expression of concern", "Withdrawn", " in",
    " to", ":", ".", ". ", " ", "Effect", "Title", "e", "c", "n", "r", "w", "\n", *TWINS,
]  # fmt: skip


@given(texts(NOTICE_PIECES))
@example("Erratum in: Title. J Med")
@example("Retraction notice to: Title. J Med")
@example("Effect of X on Y. J Med")
@example("Correction.")
@example("Withdrawn: Title. J Med")
@example("Expression of concern: Title. J Med")
@example("Notice of retraction. Title. J Med")
def test_notices_are_read_as_the_plain_split_read_them(text: str) -> None:
    assert title_readings.split_notice(text) == plain_split_notice(text)


MDPI_PIECES = [
    "Targher", ", ", "G.", "; ", "Byrne", "C.D.", " ", "Smith", " JA", ",", "Title. Gut ",
    "2020", ", 69", ", 1691–1705", ".", "van der", "-", "É", "1", "x" * 40, *TWINS,
]  # fmt: skip


@given(texts(MDPI_PIECES, most=20))
@example("Targher, G.; Byrne, C.D.; Tilg, H. Title. Gut 2020, 69, 1691–1705.")
@example("van der Berg, A.; Tilg, H. Title. Gut 2020, 69, 1691–1705")
@example("Smith JA, Doe B. Title. Gut 2020, 69, 1691–1705")
@example("x" * 96 + "Ab, C. Title. Gut 2020, 69, 1")
@example("x" * 97 + "Ab, C. Title. Gut 2020, 69, 1")  # its ", " past the first 100
def test_mdpi_is_tried_wherever_it_was_and_can_match(text: str) -> None:
    tried = mdpi_first_name(text)
    assert not tried or ", " in text[:100]  # never where the plain test spared it
    if ", " in text[:100] and MDPI.match(text):
        assert tried


# -- the word before a stop: read backwards with one match, not a loop --------------------------

_WORD_END = re.compile(r"[\w.'’-]*\Z")
WORD_PIECES = ["a", "Z", "é", "ß", "1", "٣", "½", "_", ".", "'", "’", "-", "–", " ", ",", "x" * 30]


@given(texts(WORD_PIECES, most=24), st.integers(min_value=0, max_value=80))
@example("meta-analysis", 13)
@example("e.g", 3)
@example("x" * 50, 50)  # a run longer than the 40 characters looked at
def test_the_word_before_a_stop_is_what_its_pattern_finds(text: str, index: int) -> None:
    index = min(index, len(text))
    expected = _WORD_END.search(text[max(0, index - 40) : index])
    assert expected is not None
    assert readings._word_before(text, index) == expected[0]


# -- unwrap: the bracket loop only for an identifier ending in a bracket ----------------------


def plain_unwrap(identifier: str) -> str:
    identifier = identifier.rstrip(".,;:")
    for opening, closing in ("()", "[]"):
        while identifier.endswith(closing) and identifier.count(closing) > identifier.count(
            opening
        ):
            identifier = identifier[:-1].rstrip(".,;:")
    return identifier


@given(texts(["10.1/x", "(", ")", "[", "]", ".", ",", ";", ":", "a"], most=12))
@example("10.1016/S0140-6736(20)30183-5).")
@example("10.1/x]).")
def test_identifiers_are_unwrapped_as_the_plain_loop_unwrapped_them(identifier: str) -> None:
    assert entry_identifiers.unwrap(identifier) == plain_unwrap(identifier)
