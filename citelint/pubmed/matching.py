"""Is this PubMed record the paper a reference entry describes? And where do they differ?

Search services answer with candidates, not facts: ECitMatch in particular returns a PMID for
the nearest citation it knows even when that is another paper. Every candidate is therefore
compared with what the entry itself says before it is believed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from citelint.models import Reference, normalise
from citelint.pubmed.author_names import is_group, names_group, surname, written_otherwise
from citelint.pubmed.chinese_journals import english_name_of_pinyin
from citelint.pubmed.initialisms import spelled_out
from citelint.pubmed.queries import NLM_LETTERS, VERSION_NOTES
from citelint.pubmed.surnames import same_surname
from citelint.record import Record

# Titles at or above this similarity (0-100) are taken as the same title.
TITLE_MATCH = 85.0
# One year either way is fine: a paper online in December is printed in January, and a
# record may lack the online date (ArticleDate) that ``year_matches`` otherwise goes by.
YEAR_TOLERANCE = 1

# Notices about a paper often repeat its title; the paper itself is what an entry cites.
NOTICE_TYPES = {"Retraction of Publication", "Published Erratum", "Expression of Concern"}

_JOURNAL_STOPWORDS = {"the", "of", "and", "for", "in", "on", "de", "la", "der", "und"}
# Greek letters by their names ("β" -> "beta", "Σ" and "ς" -> "sigma"), and the micro sign as
# "mu"; accented letters are decomposed before ("ά" is "α" and an accent).
_GREEK_NAMES = {
    code: unicodedata.name(chr(code)).split()[-1].lower()
    for code in [*range(0x391, 0x3A2), *range(0x3A3, 0x3AA), *range(0x3B1, 0x3CA)]
} | {0xB5: "mu"}
# Citing Medicine's title of a paper in another language: its own title, then the English
# one in brackets, "A Broader Scope – Bio-psycho-soziale Medizin im globalen Fokus [A broader
# scope - bio-psycho-social medicine in global focus]".
_TITLE_AND_TRANSLATION = re.compile(r"(?P<own>[^\[\]]{8,}?)\s*\[(?P<english>[^\[\]]{8,})\]\.?")


# Resolving compares the same entry and record titles again and again (deciding, ranking,
# choosing a reading): each pair is worked out once.
@lru_cache(maxsize=8192)
def title_similarity(entry_title: str, record_title: str) -> float:
    """0-100; word order and punctuation do not count.

    Citations often drop a subtitle ("Title: a randomised trial") or cut a long title short,
    so the record's main title, and a record title that merely goes on after the entry's
    last word, count as well (the latter only for entry titles of five words or more).
    """
    # Imported where a title is compared: runs that compare none never load it.
    from rapidfuzz import fuzz

    a, b, main = _forms(entry_title)[0], *_forms(record_title)
    if not a or not b:
        return 0.0
    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    if main and main != b:
        score = max(score, fuzz.ratio(a, main))
    # A cut title, or one without the section head PubMed keeps ("GENE SILENCING. ...").
    if len(a.split()) >= 5 and (b.startswith(a + " ") or b.endswith(" " + a)):
        score = max(score, 95.0)
    # The title the paper first came out under online, "... with Covid-19 — Preliminary
    # Report", where PubMed keeps the final one (user21 P1 5: "possibly fabricated").
    if len(b.split()) >= 5 and a.startswith(b + " ") and a[len(b) + 1 :] in VERSION_NOTES:
        score = max(score, 95.0)
    return float(score)


def record_title_similarity(entry_title: str, record: Record) -> float:
    """``title_similarity`` with the record's title, or with the title in the paper's own
    language where PubMed translated it: "Dieta mediterranea e rischio cardiovascolare"
    cites the record PubMed titles "[Mediterranean diet and cardiovascular risk]"."""
    similarity = title_similarity(entry_title, record.title)
    if record.vernacular_title:
        similarity = max(similarity, title_similarity(entry_title, record.vernacular_title))
    if similarity < TITLE_MATCH and entry_title.endswith(("]", "].")):
        both = _TITLE_AND_TRANSLATION.fullmatch(entry_title)
        if both is not None:
            for part in both.groups():
                similarity = max(similarity, record_title_similarity(part, record))
    return similarity


@lru_cache(maxsize=8192)
def _forms(title: str) -> tuple[str, str]:
    """A title normalised, and its main title (before a colon or dash) normalised; Greek
    letters spelt out, as one of the two titles often has them ("IL-1β", "IL-1beta")."""
    if not title.isascii():
        title = unicodedata.normalize("NFKD", title).translate(_GREEK_NAMES)
    return normalise(title), normalise(re.split(r":|\s[-–—]\s", title, maxsplit=1)[0])


def readings(entry: Reference) -> list[Reference]:
    """The entry as read, then as each other plausible reading of its text has it."""
    return [entry] + [
        replace(
            entry,
            title=reading.title,
            journal=reading.journal,
            year=reading.year,
            authors=list(reading.authors),
            alternatives=[],
        )
        for reading in entry.alternatives
    ]


def best_reading(entry: Reference, record: Record) -> Reference:
    """The reading of the entry that agrees best with the record: the one PubMed's record
    says the author meant. Metadata is compared against it, never against a worse one.

    The title decides first, so a reading that swallowed a wrong journal into its title (or
    dropped it) cannot hide the slip; among equal titles, the fewest disagreements win.
    """
    options = readings(entry)
    if len(options) == 1:
        return entry
    from citelint.pubmed.differences import differences  # which imports this module
    from citelint.pubmed.same_work import is_same_work, score  # which imports this module

    same = [option for option in options if is_same_work(option, record)] or options

    def agreement(option: Reference) -> tuple[float, int, float]:
        title = record_title_similarity(option.title, record) if option.title else 0.0
        return (title, -len(differences(option, record)), score(option, record))

    return max(same, key=agreement)


def first_author_matches(entry: Reference, record: Record) -> bool | None:
    """None when either side names no author, or when the entry's is a group whose name the
    record does not give: PubMed lists "ACCORD Study Group" papers under a person, under
    the group's full name ("Action to Control Cardiovascular Risk in Diabetes Study Group")
    or under neither, so no name of the record says the entry is wrong."""
    if not entry.authors or not record.authors:
        return None
    first = entry.authors[0]
    if in_another_script(first):
        return None  # "Иванов ИИ" for PubMed's "Ivanov II": no spelling to compare (review23b)
    if is_group(first):
        if names_group(first, record.authors):
            return True
        # "US Preventive Services Task Force, Davidson KW, ...": the first person is judged.
        first = next((name for name in entry.authors if not is_group(name)), "")
        if not first or all(is_group(name) for name in record.authors):
            return None
    ours = normalise(first)
    # A record led by its group lists the people after it: the entry may name the first.
    first_person = next((name for name in record.authors if not is_group(name)), "")
    for name in dict.fromkeys((record.authors[0], first_person)):
        theirs = surname(name)
        if theirs and (surname(first) == theirs or theirs in ours.split()):
            return True
        # A family name of several words after the given names: "Carlos Rafael Martinez
        # Licha" (Manubot, Chicago), "F. F. van den Berg" (initials first).
        if " " in theirs and f" {theirs} " in f" {ours} ":
            return True
        if written_otherwise(first, name):
            return True
        if same_surname(surname(first), theirs, ours):  # "DSouza", "El Sayed", "Santos"
            return True
    return False


def year_matches(entry: Reference, record: Record) -> bool | None:
    """Whether the entry's year is the issue's, give or take one (``YEAR_TOLERANCE``), or a
    year from the one the paper came out online to its issue's: a paper online in November
    2019 and in a February 2021 issue is cited by either (reference lists copy PubMed's "Epub
    2019 Nov 28", or JAMA's "Published online"). The tolerance runs around the issue's year
    only: for that paper 2022 counts, 2018 (a year before it came out online) does not."""
    if entry.year is None or record.year is None:
        return None
    if abs(entry.year - record.year) <= YEAR_TOLERANCE:
        return True
    online = record.online_year
    return online is not None and min(online, record.year) <= entry.year <= max(online, record.year)


def journal_matches(entry: Reference, record: Record) -> bool | None:
    """The entry's journal against the record's full title and ISO abbreviation.

    Abbreviations are accepted word by word: "J Clin Oncol" matches "Journal of Clinical
    Oncology" because each word starts the corresponding significant word of the title. A
    place or year in brackets ("Spine (Phila Pa 1976)") and a subtitle ("Academic medicine :
    journal of the ...") may be left out; a journal's initials ("NEJM", "PNAS") are its name.
    """
    if not entry.journal or not (record.journal or record.journal_abbrev):
        return None
    if in_another_script(entry.journal):
        return None  # "Терапевтический архив": NLM writes every journal in Latin letters
    from rapidfuzz import fuzz

    # "BMJ" names the British Medical Journal, and so does the name itself: both are tried
    # (records up to 1988 are "Br Med J").
    expanded = spelled_out(entry.journal)
    ours_names = _journal_names(entry.journal)
    # A name the table knows is matched whole, never by likeness: "Journal of the American
    # Medical Association" is one letter-run from the Dental Association's journal (fix31a).
    likeness = 90 if expanded is None else 101
    if expanded is not None:
        ours_names = ours_names + _journal_names(expanded)
    for name in (record.journal, record.journal_abbrev):
        for theirs in _journal_names(name):
            for ours in ours_names:
                if ours == theirs or fuzz.ratio(" ".join(ours), " ".join(theirs)) >= likeness:
                    return True
                if _abbreviates(ours, theirs) or _abbreviates(theirs, ours):
                    return True
        if _short_title_of(entry.journal, name):
            return True
    return None if english_name_of_pinyin(entry.journal, record) else False


def in_another_script(text: str) -> bool:
    """Whether most of the text's letters are not Latin ones: a title or journal written in
    Cyrillic, Greek, Chinese or Japanese ("Терапевтический архив"), which PubMed's English
    titles and NLM's abbreviations cannot hold. A Greek letter in an English title is not."""
    if text.isascii():
        return False
    letters = [char for char in text if char.isalpha()]
    latin = sum(char.isascii() or "LATIN" in unicodedata.name(char, "") for char in letters)
    return 2 * latin < len(letters)


def _short_title_of(journal: str, name: str) -> bool:
    """Whether NLM's title is a short one set apart by its place ("Drugs (Abingdon,
    England)") of the journal the entry names in full: "Drugs: Education, Prevention and
    Policy", "Drugs Educ Prev Pol" (a false CL203, real19). The entry's name must go on by
    two words of three letters or more: "Medicina Clinica" is not "Medicina (Kaunas)", nor
    "Drugs R D" "Drugs (Abingdon Engl)"."""
    if not name or not name.rstrip().endswith(")"):
        return False
    short = _journal_names(re.sub(r"\s*\([^()]*\)\s*$", "", name))
    if not short or not 0 < len(short[0]) <= 2:
        return False
    head = short[0]
    ours = _journal_names(re.sub(r"\s*\([^()]*\)", " ", journal))
    return bool(ours) and (
        ours[0][: len(head)] == head and sum(len(word) >= 3 for word in ours[0][len(head) :]) >= 2
    )


@lru_cache(maxsize=4096)
def _journal_names(name: str) -> tuple[tuple[str, ...], ...]:
    """The significant words of a journal's name, whole and without brackets or subtitle."""
    names: list[tuple[str, ...]] = []
    bare = re.sub(r"\s*\([^()]*\)", " ", name or "")
    # NLM's parallel titles: "Zhonghua jie he he hu xi za zhi = ... = Chinese journal of
    # tuberculosis and respiratory diseases", which English lists cite by its last (user23 P1-15).
    parallel = bare.split(" = ")[1:]
    for text in (name or "", bare, re.split(r"\s?[:;=]\s|\.\s", bare, maxsplit=1)[0], *parallel):
        # "Ugeskr Læger" as NLM's "Ugeskr Laeger" (normalise takes only the accents off).
        words = normalise(text.replace("&", " and ").translate(NLM_LETTERS)).split()
        kept = tuple(w for w in words if w not in _JOURNAL_STOPWORDS)
        if kept and kept not in names:
            names.append(kept)
    return tuple(names)


def _abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Word by word; a name of three words or more may also leave off a tail such as
    "American volume" ("J Bone Joint Surg" for "J Bone Joint Surg Am")."""
    if len(short) > len(full) or (len(short) < len(full) and len(short) < 3):
        return False
    return all(f.startswith(s) for s, f in zip(short, full[: len(short)], strict=True))


# The ASM's article numbers end in the year after a hyphen, "e00337-22", which PubMed writes
# "e0033722": one page, not a range.
_ASM_LOCATOR = re.compile(r"\s*([eE]\d{5})-(\d{2})\s*")


def _one_locator(pages: str | None) -> str:
    found = _ASM_LOCATOR.fullmatch(pages or "")
    return found[1] + found[2] if found else pages or ""


def first_page(pages: str | None) -> str:
    """ "1787-90; discussion 1790-1" -> "1787", "S1-S5" -> "s1", "e123" -> "e123"."""
    found = re.search(r"[A-Za-z]{0,4}\d+[A-Za-z]?", _one_locator(pages))
    return found[0].lower() if found else ""


def last_page(pages: str | None) -> str:
    """The last page of the first range, written out: "1787-91" -> "1791", "693-04" -> "704";
    "" for one page."""
    found = re.match(
        r"\s*([A-Za-z]{0,4})(\d+)[A-Za-z]?\s*[-–—]\s*([A-Za-z]{0,4})(\d+)", _one_locator(pages)
    )
    if not found:
        return ""
    first, last = found[2], found[4]
    if len(last) < len(first):
        short = len(last)
        last = first[: len(first) - short] + last
        if int(last) < int(first):
            # Only the last digits, across a hundred: "693-04" is 693-704, "1995-08" 1995-2008.
            last = str(int(last) + 10**short)
    return (found[3] or found[1]).lower() + last


def is_notice(record: Record) -> bool:
    """A notice about a paper (an erratum, a retraction, an expression of concern). PubMed
    files one under the DOI of the paper it is about: taken as the DOI's record, a link to
    the paper was called another paper's (user33a P1-5). Put after the paper, not dropped,
    an entry citing the notice itself by that DOI is still the notice's (review33a P1-5)."""
    return bool(NOTICE_TYPES.intersection(record.publication_types))
