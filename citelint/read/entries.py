"""Reading one reference entry: title, journal, year, authors, locus and identifiers.

Two shapes are common. Pages copied from the web put the title on one line and
"Journal, Year" on the next. Articles use a citation style on one line, most often Vancouver
("Smith J, Doe A. Title. J Name. 2010;13(2):150-8. doi:... PMID: ...") or APA
("Smith, J., & Doe, A. (2010). Title. Journal, 13(2), 150-158.").
"""

from __future__ import annotations

import re
from html import unescape

from citelint.models import Reference

_YEAR = r"(?:1[89]|20)\d{2}"
_PMID = re.compile(
    r"\bPMID:?\s*(\d{1,9})\b"
    r"|pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})"
    r"|ncbi\.nlm\.nih\.gov/pubmed/(\d{1,9})",
    re.IGNORECASE,
)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\[\]\"]+", re.IGNORECASE)
# Identifier clutter that would otherwise be read as part of the title or journal.
_CLUTTER = re.compile(
    r"\b(?:doi|pmid|pmcid|available (?:from|at)|accessed|retrieved from|epub)\b:?"
    r"|\bPMC\d+\b|\[(?:internet|cited[^\]]{0,40}|pubmed|crossref|google scholar)\]",
    re.IGNORECASE,
)
# "Journal, Year", or "Journal · Year" as answer pages set a source's card.
_WEB_JOURNAL_LINE = re.compile(
    rf"^(?P<journal>[^\n]{{2,300}}?)(?:,|\s+[·•])\s*(?P<year>{_YEAR})\.?$"
)
# "2010;13(2):150-8", "2010 Mar;13(2):150-8", "2010;13:150", "2019 Jan 5;380(1):e1"
_LOCUS = re.compile(
    rf"\b(?P<year>{_YEAR})[a-z]?(?:\s+[A-Z][a-z]{{2}}(?:-[A-Z][a-z]{{2}})?(?:\s+\d{{1,2}})?)?"
    r"\s*;\s*(?P<volume>[A-Za-z]?\d+[A-Za-z]?)?\s*(?:\((?P<issue>[^()]{1,20})\))?"
    r"\s*(?::\s*(?P<pages>[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?))?"
)
# APA: "Authors (2010). Title. Journal, 13(2), 150-158."
_APA = re.compile(
    rf"^(?P<authors>[^()]{{2,600}}?)\s*\((?P<year>{_YEAR})[a-z]?\)\.?\s*(?P<rest>.+)$"
)
_APA_SOURCE = re.compile(
    r"^(?P<journal>[^,]{2,200}),\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^()]{1,20})\))?"
    r"(?:,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?))?"
)
# Nature: "Smith, J. A., Doe, B. & Lee, C. Title. Nat. Med. 12, 145–152 (2019)."
_NATURE_AUTHOR = r"[^\W\d_][\w'’\-]*(?: [\w'’\-]+){0,3}, (?:[A-Z]\.[ -]?){0,3}[A-Z]\."
_NATURE = re.compile(
    rf"^(?P<authors>{_NATURE_AUTHOR}(?:(?:,| &|, &| and) {_NATURE_AUTHOR}){{0,30}}"
    r"(?: et al\.)?)\s+(?P<title>[^.?!]{10,400}[.?!])\s+(?P<journal>[^()]{2,120}?)\s+"
    r"(?P<volume>\d+),\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\s*"
    rf"\((?P<year>{_YEAR})\)\.?$"
)
# ... and its books: "Smith, J. & Doe, B. Title of the book (Springer, 2019)."
_NATURE_BOOK = re.compile(
    rf"^(?P<authors>{_NATURE_AUTHOR}(?:(?:,| &|, &| and) {_NATURE_AUTHOR}){{0,30}}"
    r"(?: et al\.)?)\s+(?P<title>[^()]{10,400}?)\s*\((?P<journal>[^()]{2,80}),\s*"
    rf"(?P<year>{_YEAR})\)\.?$"
)
_APA_AUTHOR = re.compile(r"([^\W\d_][\w'’\-]+(?: [^\W\d_][\w'’\-]+)*),\s*((?:[A-Z]\.\s*-?)+)")
# Tags that style words inside a line ("D<sub>3</sub>", "<i>Lancet</i>"): their text is the
# entry's own, so they go without a trace. Any other tag stands between words, and a link
# leaves its address, which may be the entry's only PubMed or DOI link.
_INLINE_TAG = re.compile(
    r"</?(?:i|b|em|strong|sub|sup|span|u|s|small|mark|cite|abbr|font|q|code|tt|var|dfn)"
    r"(?:\s[^<>\n]{0,500})?/?>",
    re.IGNORECASE,
)
_OTHER_TAG = re.compile(r"</?[a-z][a-z0-9]{0,20}(?:\s[^<>\n]{0,500})?/?>", re.IGNORECASE)
# "Smith J, et al", "Smith J et al.": the names before it are all the entry gives.
_ET_AL = re.compile(r"[\s,]*\bet\.?\s+al\b\.?\s*$", re.IGNORECASE)
# Erratum and retraction notices: "Erratum.", "Erratum in:", "Retraction notice to:".
_NOTICE = re.compile(
    r"(?:erratum|corrigendum|correction|retraction(?: notice)?|notice of retraction|"
    r"retracted(?: article| publication)?|expression of concern|withdrawn)"
    r"(?:\s+(?:in|to|for|of|on|about))?\s*(?::|$)",
    re.IGNORECASE,
)
# A body that writes reports under its own name, as the whole first part of an entry.
_GROUP_AUTHOR = re.compile(
    r"^(?:[\w'’&,-]+\s+){0,8}?(?:organi[sz]ation|association|society|registry|group|"
    r"collaborat(?:ors|ion|ive)|committee|institutes?|agency|cent(?:er|re)s?|council|"
    r"foundation|network|consortium|federation|college|department|ministry|office|"
    r"commission|board|service|panel|task force|working party|investigators|trialists|"
    r"alliance|academy|programme|program|union|bureau)(?:\s+[\w'’&,-]+){0,8}$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+")
_ANY_YEAR = re.compile(rf"\b({_YEAR})\b")


def parse_entry(lines: list[str], into: Reference | None = None) -> Reference:
    """Read an entry given as its lines (one line for most styles, two for web pages).

    The fields read are set on ``into`` (the list's entry, with its number and place), or on a
    new Reference that knows nothing but its text.
    """
    lines = [clean_markup(line) for line in lines if line.strip()]
    joined = " ".join(lines)
    fields = into if into is not None else Reference(number=0, raw=joined, line=0, column=0)
    _read_identifiers(joined, fields)
    # Web pages: title line(s), then "Journal, Year", perhaps then a link line.
    for index in range(len(lines) - 1, 0, -1):
        source = _WEB_JOURNAL_LINE.match(lines[index])
        if source and "." not in lines[index].rstrip(".") and not _LOCUS.search(lines[index]):
            fields.title = _tidy(" ".join(lines[:index]))
            fields.journal = _tidy(source["journal"])
            fields.year = int(source["year"])
            return fields
    if not _read_nature(_strip_identifiers(joined, collapse=False), fields):
        _read_citation(_strip_identifiers(joined), fields)
    return fields


def clean_markup(text: str) -> str:
    """An entry's text as plain words: no tags, entities, Markdown emphasis, link syntax,
    code backticks or footnote back-arrows, since the fields are compared with PubMed's text."""
    text = unescape(_OTHER_TAG.sub(_tag_addresses, _INLINE_TAG.sub("", text)))
    text = re.sub(r"\[([^\[\]\n]{0,300})\]\((https?://[^\s)]{1,500})\)", r"\1 \2", text)
    text = re.sub(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=[\w.])[*_](?!\w)|`|[↩↑]\ufe0e?", "", text)
    text = re.sub(r"^\s*\^\s*(?:[a-z]\s+)*", "", text)  # Wikipedia's back-links: "^ a b"
    return re.sub(r"\s+", " ", text).strip()


def _tag_addresses(tag: re.Match[str]) -> str:
    return " ".join(["", *_URL.findall(tag[0].replace('"', " ").replace("'", " ")), ""])


def _read_identifiers(text: str, fields: Reference) -> None:
    pmid = _PMID.search(text)
    if pmid:
        fields.pmid = next(group for group in pmid.groups() if group)
    doi = _DOI.search(text)
    if doi:
        fields.doi = _unwrap(doi[1])
    url = _URL.search(text)
    if url:
        fields.url = _unwrap(url[0])


def _unwrap(identifier: str) -> str:
    """Drop punctuation that ends the sentence around a DOI or URL, keeping its own brackets."""
    identifier = identifier.rstrip(".,;:")
    while identifier.endswith(")") and identifier.count(")") > identifier.count("("):
        identifier = identifier[:-1].rstrip(".,;:")
    return identifier


def _strip_identifiers(text: str, collapse: bool = True) -> str:
    """The entry without its identifiers; with ``collapse``, the punctuation they leave
    behind ("Title. . ;") becomes one stop, which also joins "Smith, J., Doe" into one."""
    text = _URL.sub(" ", text)
    text = _DOI.sub(" ", text)
    text = _PMID.sub(" ", text)
    text = _CLUTTER.sub(" ", text)
    if collapse:
        text = re.sub(r"(?:\s*[.;:,]){2,}", ".", text)
    text = re.sub(r"\s+", " ", text).strip(" ;:,")
    return text if not collapse else text.strip(" .")


def _read_nature(text: str, fields: Reference) -> bool:
    nature = _NATURE.match(text) or _NATURE_BOOK.match(text)
    if not nature:
        return False
    fields.authors = [
        f"{name} {initials.replace('.', '').replace(' ', '').replace('-', '')}".strip()
        for name, initials in _APA_AUTHOR.findall(nature["authors"])
    ]
    fields.title = _tidy(nature["title"])
    fields.journal = _tidy(nature["journal"])
    fields.year = int(nature["year"])
    if "volume" in nature.groupdict():
        fields.volume, fields.pages = nature["volume"], _pages(nature["pages"])
    return True


def _read_citation(text: str, fields: Reference) -> None:
    apa = _APA.match(text)
    if apa and _looks_like_apa_authors(apa["authors"]):
        fields.authors = [
            f"{name} {initials.replace('.', '').replace(' ', '')}".strip()
            for name, initials in _APA_AUTHOR.findall(apa["authors"])
        ]
        fields.year = int(apa["year"])
        parts = _SENTENCE_BREAK.split(apa["rest"], maxsplit=1)
        fields.title = _tidy(parts[0])
        if len(parts) > 1:
            source = _APA_SOURCE.match(parts[1])
            if source:
                fields.journal = _tidy(source["journal"])
                fields.volume, fields.issue, fields.pages = (
                    source["volume"],
                    source["issue"],
                    _pages(source["pages"]),
                )
            else:
                fields.journal = _tidy(parts[1])
        return
    locus = _LOCUS.search(text)
    head = text[: locus.start()] if locus else text
    if locus:
        fields.year = int(locus["year"])
        fields.volume, fields.issue = locus["volume"], locus["issue"]
        fields.pages = _pages(locus["pages"])
    else:
        year = _ANY_YEAR.search(text)
        fields.year = int(year[1]) if year else None
        head = re.sub(r"\(\s*\)", " ", _ANY_YEAR.sub(" ", head)) if year else head
    segments = [s.strip(" .,;") for s in _SENTENCE_BREAK.split(head.strip())]
    segments = [s for s in segments if any(ch.isalpha() for ch in s)]
    notice, segments = _split_notice(segments)
    if not notice and segments and _authors(segments[0]):
        fields.authors = _authors(segments[0])
        notice, segments = _split_notice(segments[1:])
    elif not notice and len(segments) >= 3 and locus:
        # Vancouver is always "Authors. Title. Journal.": a first part that is not a list of
        # names is a group author such as "SPRINT Research Group".
        fields.authors = [segments[0]]
        segments = segments[1:]
    elif not notice and len(segments) >= 2 and _GROUP_AUTHOR.search(segments[0]):
        # A report: "World Health Organization. Global report on ageing. Geneva: WHO; 2021."
        fields.authors = [segments[0]]
        segments = segments[1:]
    if len(segments) == 1 and (fields.authors or notice) and locus and locus["volume"]:
        # Terse Vancouver ("Brenner T, et al. Pain Med 2021;22:1580", "Erratum in: JAMA.
        # 2020;3:e1") names no title: what stands before the volume is the journal.
        fields.journal = _tidy(segments[0])
        segments = []
    if notice:
        # A notice keeps its word in the title, so it is not taken for the paper it concerns.
        notice = notice.rstrip(":")
        fields.title = _tidy(f"{notice}: {segments[0]}" if segments else notice)
    elif segments:
        fields.title = _tidy(segments[0])
    if len(segments) > 1:
        fields.journal = _tidy(" ".join(segments[1:]))


def _split_notice(segments: list[str]) -> tuple[str | None, list[str]]:
    """ "Erratum in: Title" -> ("Erratum in:", ["Title"]); (None, segments) for other entries."""
    notice = _NOTICE.match(segments[0]) if segments else None
    if not notice:
        return None, segments
    rest = segments[0][notice.end() :].strip()
    return notice[0].strip(), [rest, *segments[1:]] if rest else segments[1:]


def _looks_like_apa_authors(text: str) -> bool:
    return bool(_APA_AUTHOR.search(text)) or "et al" in text


def _authors(segment: str) -> list[str]:
    """Vancouver authors ("Smith J, van der Berg AB, et al"), or [] if this is not a list."""
    names: list[str] = []
    for part in _ET_AL.sub("", segment).split(","):
        part = part.strip()
        if part.lower() in ("et al", "et al.", ""):
            continue
        pieces = part.rsplit(" ", 1)
        if len(pieces) != 2:
            return []
        name, initials = pieces
        if not (initials.isalpha() and initials.isupper() and len(initials) <= 3):
            return []
        if not any(ch.isalpha() for ch in name) or len(name.split()) > 4:
            return []
        names.append(part)
    return names


def _pages(pages: str | None) -> str | None:
    return re.sub(r"\s+", "", pages) if pages else None


def _tidy(text: str) -> str | None:
    text = text.strip().strip("\"“”'‘’").strip()
    text = text.rstrip(" .,;:")
    return text or None
