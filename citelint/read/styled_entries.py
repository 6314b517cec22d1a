"""Entries in publishers' styles the general reading gets wrong.

MDPI and the ACS: "Targher, G.; Byrne, C.D.; Tilg, H. Title. Gut 2020, 69, 1691–1705." The
authors are "Surname, I." separated by semicolons, and the year, volume and pages follow the
journal after a space alone.

The Lancet's and Cell Press's pages lay an entry out a field a line, with no stop after the
title's line (stopped_lines).

ScienceDirect copied from the browser: one line of authors with their initials first, the
title, then "Journal, volume (year), pp. pages", each on a line of its own:

    C. Cooper, G. Campion, L.J. Melton
    Hip fractures in the elderly: a world-wide projection
    Osteoporos Int, 2 (1992), pp. 285-289
"""

from __future__ import annotations

from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_list_shapes import initials_led_group
from citelint.read.author_lists import leading_authors
from citelint.read.loci import PAGES, YEAR
from citelint.read.readings import looks_like_group

_INITIALS = r"[^\W\d_]\.(?:[ -]?-?[^\W\d_]\.){0,3}"
# A surname of up to four words: "Li", "van den Berg", "Ortega-Salas".
_SURNAME = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,3}"
_SURNAME_FIRST = rf"{_SURNAME}, {_INITIALS}"
# The MDPI/ACS entry whole: its authors, then title and journal, then the locus at its end;
# an article number without a last page may keep the range's dash ("2017, 1, CD002003–.").
# A name PubMed gives no initials stands bare between two others: "Silva, S.; Ahmadzai;
# Petrov, G." (user31a P1-6).
_BARE_SURNAME = rf"{_SURNAME}(?=; )"
MDPI = LazyPattern(
    rf"(?P<authors>{_SURNAME_FIRST}(?:; (?:{_SURNAME_FIRST}|{_BARE_SURNAME})){{0,60}}"
    r"(?:;? et al\.)?)\s+"
    rf"(?P<rest>\S.*?)\s+(?P<year>{YEAR}),\s*(?P<volume>\d+[A-Za-z]?)"
    rf"(?:\s*\((?P<issue>[^()]{{1,20}})\))?,\s*(?P<pages>{PAGES})[-\u2010\u2011\u2013]?\.?\s*\Z"
)
# A name between two semicolons with no comma: one with no initials.
_BARE_NAME = LazyPattern(r"; [^,;]+;")
_ONE_NAME = LazyPattern(rf"(?P<surname>{_SURNAME}), (?P<initials>{_INITIALS})")
# Cell Press's separator between authors (see _separated_names), and a name with its
# generation between surname and initials, "Jacobs, Jr., W.R.".
_NAME_SEPARATOR = LazyPattern(r"\s+\u2219\s+")
# A name between those separators: Cell Press stops its initials ("Li, Y.J."), the Lancet's
# page runs them together ("van den Berg, FF").
_SEPARATED_NAME = LazyPattern(
    rf"(?P<surname>{_SURNAME}), "
    rf"(?P<initials>{_INITIALS}|[A-Z]{{1,4}})"
)
_SUFFIXED_NAME = LazyPattern(
    rf"(?P<surname>{_SURNAME}), (?:Jr|Sr|II|III|IV)\.?, "
    rf"(?P<initials>{_INITIALS})"
)
# ScienceDirect's source line: "Osteoporos Int, 2 (1992), pp. 285-289", "Age Ageing, 41 (5)
# (2012), pp. 600-605", "Bone, 154 (2022), Article 116205". Most of its entries end the line
# with their DOI, "..., pp. 1283-1297, 10.1056/NEJMoa0810625", which a saved page follows with
# the link's address: read_identifiers has taken it, and the title and journal stand as
# without it (user28b P1-3: the line unmatched, the title had run into the journal).
_ELSEVIER_SOURCE = LazyPattern(
    rf"(?P<journal>[^,()]{{2,150}}), (?P<volume>[A-Za-z]?\d+[A-Za-z]?)"
    rf"(?: \((?P<issue>[^()]{{1,20}})\))? \((?P<year>{YEAR})\),? (?:pp?\. ?|Article )"
    rf"(?P<pages>{PAGES})(?:, 10\.\d{{4,9}}/\S+(?: https?://\S+)*)?\.?\s*"
)
# Its authors' line: names with their initials first, "L.J. Melton", "A. van der Berg".
_INITIALS_FIRST = rf"(?:{_INITIALS} ?){_SURNAME}"
_INITIALS_THEN_NAME = LazyPattern(rf"(?P<initials>{_INITIALS}) ?(?P<family>[^\W\d_].*)")
_ELSEVIER_AUTHORS = LazyPattern(rf"{_INITIALS_FIRST}(?:, {_INITIALS_FIRST}){{0,60}}(?:,? et al\.)?")


# A title may open with its section's number, as the ADA's Standards of Care are cited ("9.
# Pharmacologic approaches to glycemic treatment: ..."), or with its year, as guidelines do
# ("2023 ESC Guidelines for the management of ...").
_NUMBERED = r"(?:\d{1,2}\. |(?:19|20)\d\d )?"
# The same on one line, as Elsevier's numbered journals print it: "T.A. Brighton, J.W.
# Eikelboom, et al., Low-dose aspirin for preventing recurrent venous thromboembolism, N. Engl.
# J. Med. 367 (21) (2012) 1979–1987, https://doi.org/10.1056/NEJMoa1210384." The title runs to
# the last comma before the journal, which holds none. A Cochrane review has no volume:
# "Cochrane Database Syst. Rev. (1) (2013) CD004816" (its number had been read as the title).
_ELSEVIER_TITLE_AND_SOURCE = (
    rf"(?P<title>{_NUMBERED}[^\W\d_].{{9,400}}?), (?P<journal>[^,()]{{2,150}}?)"
    rf"(?: (?P<volume>[A-Za-z]?\d+[A-Za-z]?))?(?: \((?P<issue>[^()]{{1,20}})\))?"
    rf" \((?P<year>{YEAR})\) (?P<pages>{PAGES})(?=[,.;]|\s*\Z)"
)
# ScienceDirect's web page gives the same entry its source line's commas (_ELSEVIER_SOURCE):
# "D.C. Angus, et al., Title, JAMA, 324 (2020), pp. 1317-1329", "PLoS One, 11 (2016), Article
# e0158765". Read by the pattern above, the journal had been its pages ("1317-1329").
_WEB_TITLE_AND_SOURCE = (
    rf"(?P<title>{_NUMBERED}[^\W\d_].{{9,400}}?), (?P<journal>[^,()]{{2,150}}?), "
    rf"(?P<volume>[A-Za-z]?\d+[A-Za-z]?)(?: \((?P<issue>[^()]{{1,20}})\))? \((?P<year>{YEAR})\),? "
    rf"(?:pp?\. ?|Article )(?P<pages>{PAGES})(?=[,.;]|\s*\Z)"
)
# Names with their initials first, and the group they wrote for after them ("N.A. ElSayed,
# et al., on behalf of the American Diabetes Association, 9. Pharmacologic ...").
_AUTHORS_FIRST_INITIALS = (
    rf"(?P<authors>{_INITIALS_FIRST}(?:, {_INITIALS_FIRST}){{0,60}}(?:,? et al\.)?)"
    r"(?:,? on behalf of [^,]{2,120})?, "
)
_ELSEVIER_LINE = LazyPattern(_AUTHORS_FIRST_INITIALS + _ELSEVIER_TITLE_AND_SOURCE)
_WEB_LINE = LazyPattern(_AUTHORS_FIRST_INITIALS + _WEB_TITLE_AND_SOURCE)
# ... led by a group, with or without its writers: "RECOVERY Collaborative Group, P. Horby,
# et al., Title, N. Engl. J. Med. 384 (8) (2021) 693–704." (the group's name had been read
# as the title, the journal as names).
_ELSEVIER_UNSIGNED = LazyPattern(_ELSEVIER_TITLE_AND_SOURCE)
_WEB_UNSIGNED = LazyPattern(_WEB_TITLE_AND_SOURCE)
# A name with its initials first, then a comma: "J.J. Gómez-Doblas,", "J.-P. Martin,"; a
# title opens otherwise ("D-dimer - a multifaceted molecule").
_NAME_OPENING = LazyPattern(r"[A-Z]\.(?:-?[A-Z]\.)*\s?[^\W\d_][\w'’-]*(?:,|\Z)")
_NUMBERED_TITLE = LazyPattern(r"(?:\d{1,2}\. |(?:19|20)\d\d )[^\W\d_]")
# An erratum's notice, cited with no authors, as Elsevier and IEEE print it: "Correction:
# Global prevalence of ..., PLoS One 12 (4) (2017) e0176342."
NOTICE_OPENING = LazyPattern(
    r"(?:Correction|Erratum|Corrigendum|Retraction|Expression of [Cc]oncern)(?: to| for)?: "
)


def _initials_first_names(text: str) -> list[str]:
    """ "C.R. Martinez Licha, L.S. Lee, et al." -> ["Martinez Licha CR", "Lee LS"]: as PubMed
    writes them, so that a family name of two words is compared whole."""
    from citelint.read.fielded import author_name

    names = []
    for name in text.split(", "):
        parts = _INITIALS_THEN_NAME.fullmatch(name.strip())
        if parts is not None:
            letters = "".join(char for char in parts["initials"] if char.isalpha())
            group = initials_led_group(letters, parts["family"])
            names.append(group or author_name(parts["family"], parts["initials"]))
    return names


def mdpi_first_name(text: str) -> bool:
    """Whether the text can start as MDPI's authors do, "Surname, I.": the surname's words
    hold no comma, so its first comma is the one after it, then a space, a letter and a
    stop; and, as before this test, ", " stands in the first 100 characters. Vancouver's
    "Smith JA, Doe B" is spared MDPI's pattern."""
    comma = text.find(",", 0, 99)
    return comma > 0 and text[comma + 1 : comma + 2] == " " and text[comma + 3 : comma + 4] == "."


def mdpi_authors(text: str) -> list[str]:
    """ "Targher, G.; Byrne, C.D." -> ["Targher G", "Byrne CD"]."""
    # Imported here: the fielded readers (JATS, BibTeX, CSL) are no load of a plain page's.
    from citelint.read.fielded import author_name

    if ", " in text and "; " in text and _BARE_NAME.search(text):
        names = text.split("; ")
        return [_mdpi_author(name, author_name) for name in names if name[:6] != "et al."]
    return [author_name(name["surname"], name["initials"]) for name in _ONE_NAME.finditer(text)]


def _mdpi_author(name: str, author_name: Callable[[str, str], str]) -> str:
    """One name of an MDPI/ACS list: "Silva, S." as "Silva S", a bare "Ahmadzai" as it is."""
    found = _ONE_NAME.search(name)
    return author_name(found["surname"], found["initials"]) if found else name.strip()


def read_elsevier_lines(lines: list[str], fields: Reference) -> bool:
    """Read an entry in ScienceDirect's shape (see the module); False, with nothing set, for
    an entry in any other."""
    if len(lines) < 3:  # before the authors' pattern, which costs start-up to compile
        return _read_elsevier_line(" ".join(lines), fields)
    group, names = _group_led(lines[0])
    if not ((group and not names) or _ELSEVIER_AUTHORS.fullmatch(names)):
        return _read_elsevier_line(" ".join(lines), fields)
    for index in range(2, len(lines)):
        source = _ELSEVIER_SOURCE.fullmatch(lines[index])
        if source is None:
            continue
        fields.authors = [group] if group else []
        fields.authors += _initials_first_names(names) if names else []
        fields.title = " ".join(lines[1:index]).strip().rstrip(".")
        fields.journal = source["journal"].strip()
        fields.year = int(source["year"])
        fields.volume, fields.issue = source["volume"], source["issue"]
        fields.pages = "".join(source["pages"].split())
        return True
    return False


def _group_led(line: str) -> tuple[str, str]:
    """A ScienceDirect authors' line led by a group, "RECOVERY Collaborative Group, P. Horby,
    W.S. Lim, et al.", as the group and the names after it; a line of names alone as no group
    and itself. (Read as names, the group's line had run into the title.)"""
    if line[1:2] in ".-":  # an initial opens it, "T.A. Brighton": the usual line, at once
        return "", line
    group, names = _leading_group(line)
    if group and names[1:2] in (".", "-"):
        # The stop stopped_lines gave the line, read as Vancouver names, is no initial's.
        if names.endswith(".") and not names.endswith("et al.") and names[-3:-2] != ".":
            names = names[:-1]
        return group, names
    if not names and looks_like_group(line) and (_names_only(line) or _capitalised(line)):
        return line.rstrip("."), ""
    return "", line


def _leading_group(text: str) -> tuple[str, str]:
    """The group's name before the first comma of a ScienceDirect entry or of its authors'
    line, "RECOVERY Collaborative Group, P. Horby, ...", or "" where what stands there is no
    group's name or is over 120 characters (a title's run); and what follows that comma, for
    the callers to judge."""
    group, _, rest = text.partition(", ")
    return (group if len(group) <= 120 and looks_like_group(group) else ""), rest


def stopped_lines(lines: list[str]) -> list[str]:
    """The lines of an entry laid out a field a line, as the Lancet's and Cell Press's pages
    copy ("Safiri S, Kolahi AA, et al." / "Global burden of osteoarthritis 1990-2017" / "Ann
    Rheum Dis. 2020; 79:819-828"), each ended with a stop it lacks: joined, the title ran into
    the journal. Told by the first line, a list of authors alone; a wrapped entry's first line
    goes on into its title. A line ending in a slash is a DOI or address the page broke
    ("doi:10.1056/" / "NEJMoa1210384"): it goes on, and takes no stop."""
    if len(lines) < 3:
        return lines
    separated = _separated_names(lines[0])
    if separated is not None:
        lines = [separated, *lines[1:]]  # whatever its title ends with ("Where do We Stand?")
    elif lines[1][-1:] in ".?!" or lines[0][-1:] == "," or not _names_only(lines[0]):
        return lines  # a first line ending in a comma: the names go on, the entry is wrapped
    return [
        line if line[-1:] in ".?!/" or _goes_on(line, after) else line + "."
        for line, after in zip(lines[:-1], lines[1:], strict=True)
    ] + lines[-1:]


def _goes_on(line: str, after: str) -> bool:
    """Whether a line broke in the middle of a field, as a PDF's column wraps a title
    ("Statins for the primary prevention of" / "cardiovascular disease. Cochrane ..."): the
    next line goes on in lower case, or the line ends in a word no title ends with. A stop
    there had cut the title in two."""
    last = (line.rsplit(None, 1) or [""])[-1]  # markup cleaned away may leave a line empty
    first = (after.split(None, 1) or [""])[0].rstrip(".,;:")
    # A word in lower case goes on; "mSystems", "eLife", "iScience" are journals' names, and
    # so is one opening the source line ("npj Digit Med. 2021; 4:112"), where the year comes
    # before any sentence ends ("fracture surgery. N Engl J Med 2023; ..." goes on).
    lower = first.islower() and first.isalpha() and not _opens_the_source(after)
    return lower or last in _TITLE_GOES_ON


def _opens_the_source(line: str) -> bool:
    """Whether the line is a source led by a journal in lower case: its year comes before any
    stop but the journal's own last one (review21b P1-3: "npj", "ecancermedicalscience")."""
    year = YEAR_ON_LINE.search(line)
    if year is None:
        return False
    return ". " not in line[: year.start()].rstrip().rstrip(".")


YEAR_ON_LINE = LazyPattern(rf"\b{YEAR}\b")
# Words a title's line may end with only when the title goes on to the next line.
_TITLE_GOES_ON = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over"]
    + ["than", "that", "the", "to", "versus", "vs", "vs.", "with", "within", "without"]
)


def names_alone(line: str) -> bool:
    """Whether a line holds an entry's authors and nothing else: Vancouver's names ("Park
    MD, Hamon P, et al."), a group's name, or Cell Press's ("Li, Y.J. ∙ Fahrmann, J.F.")."""
    return _separated_names(line) is not None or _names_only(line)


def _separated_names(line: str) -> str | None:
    """Cell Press's pages (cell.com, since 2023) and the Lancet's set each author apart with a
    dot operator, "Li, Y.J. ∙ Fahrmann, J.F. ∙ et al.", "van den Berg, FF ∙ Boermeester, MA":
    the names as Vancouver writes them ("Li YJ, Fahrmann JF, et al."), or None for a line that
    is not such a list (a sole author, "Beran, M.J.", is one). Read as one name, the whole
    line had run into the title, and every such entry was called fabricated."""
    from citelint.read.fielded import author_name

    parts = _NAME_SEPARATOR.split(line.strip())
    names = []
    for index, part in enumerate(parts):
        if part in ("et al.", "et al") and 0 < index == len(parts) - 1:
            names.append("et al")
            continue
        name = _SEPARATED_NAME.fullmatch(part) or _SUFFIXED_NAME.fullmatch(part)
        if name is None:
            return None
        names.append(author_name(name["surname"], name["initials"]))
    return ", ".join(names) + "."


def _names_only(line: str) -> bool:
    """Whether the line is authors alone: names, or a group ("GBD 2019 Collaborators")."""
    names, rest = leading_authors(line.rstrip(".") + ". ")
    if names and not rest:
        return True
    # A group's name alone: every word capitalised, where a wrapped line goes on in lower case.
    words = line.split()
    capitalised = all(word[:1].isupper() or word[:1] in "0123456789(" for word in words)
    return len(line) <= 80 and capitalised and looks_like_group(line)


def _read_elsevier_line(text: str, fields: Reference) -> bool:
    """Read an entry in the one-line shape of Elsevier's numbered journals (_ELSEVIER_LINE),
    its names led by a group's or not."""
    if "(" not in text or not text[:1].isupper():
        return False
    group, rest = "", text
    notice = NOTICE_OPENING.match(text) is not None  # an erratum, unsigned: "Correction: ..."
    if text[1:2] not in ".-" and not notice:  # a first name opens with an initial, or
        if not _year_in_brackets(text):  # a group's name leads ("RECOVERY ... Group, ")
            return False
        group, rest = _leading_group(text)
        opening = rest[:1].isupper() or _NUMBERED_TITLE.match(rest) is not None
        if not (group and opening):
            return False
    # "9. Pharmacologic ..." is a title.
    signed = rest[1:2] in ".-" and not rest[:1].isdigit() and not notice
    entry = (_ELSEVIER_LINE if signed else _ELSEVIER_UNSIGNED).match(rest)
    if entry is None or entry["volume"] is None is entry["issue"]:
        # Neither volume nor issue ("Title, Journal (2013) 12") leaves the journal's end
        # unknown: the web page's commas tell it, or nothing read is kept.
        entry = (_WEB_LINE if signed else _WEB_UNSIGNED).match(rest)
    if entry is None:
        return False
    names = _initials_first_names(entry["authors"]) if signed else []
    title = entry["title"].strip()
    if signed and title[1:2] == "." and _NAME_OPENING.match(title):
        # More names, the last ended by a stop: Elsevier's Spanish journals' "C. Ruiz, J.J.
        # Gómez, A. Bayés. Title. Rev Esp Cardiol., 73 (2020), pp. 312-319", the general
        # reader's (the second name had been read as the title).
        return False
    if signed and not group:
        group, title = _group_after_names(title)
        names += [group] if group else []
        group = ""
    fields.authors = [group, *names] if group else names
    fields.title = title
    fields.journal = entry["journal"].strip()
    fields.year = int(entry["year"])
    fields.volume, fields.issue = entry["volume"], entry["issue"]
    fields.pages = "".join(entry["pages"].split())
    return True


def _group_after_names(title: str) -> tuple[str, str]:
    """The group a reference manager sets after the names, read into the title's place:
    "DAPA-HF Trial Committees and Investigators, Dapagliflozin in patients ..." -> the group
    and the title after it (user23 P1-2b: the whole was searched as the title, and the entry
    was called fabricated). A group's name here has its words capitalised but for a few small
    ones; a title's first clause ("Effect of X in the study group, ...") keeps its place."""
    head, _, rest = title.partition(", ")
    if not rest or len(head) > 120 or len(rest) < 10 or not rest[:1].isalpha():
        return "", title
    if not (_capitalised(head) and looks_like_group(head)):
        return "", title
    return head, rest


def _capitalised(name: str) -> bool:
    """Whether a group's name has its words capitalised but for a few small ones, "GBD 2017
    Disease and Injury Incidence and Prevalence Collaborators"; a title's run has more."""
    small = {"and", "of", "for", "the", "on", "in", "&"}
    words = name.split()
    capitalised = all(word[:1].isupper() or word[:1].isdigit() or word in small for word in words)
    return capitalised and words[:1] != [] and words[0][:1].isupper()


def _year_in_brackets(text: str) -> bool:
    """Whether a year in brackets and a space or comma stand in the text, "(2021) 693",
    "(2021), pp.", as in every match of _ELSEVIER_LINE and _WEB_LINE: most entries of other
    styles have none."""
    if ") " not in text and ")," not in text:  # what follows every such year: spares finds
        return False
    for opening in ("(19", "(20"):
        at = text.find(opening)
        while at >= 0:
            if text[at + 5 : at + 7] in (") ", "),") and text[at + 3 : at + 5].isdigit():
                return True
            at = text.find(opening, at + 1)
    return False
