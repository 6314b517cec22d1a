"""Titles put into the citing article's language: whether an entry's title reads as Spanish,
Portuguese, French, German, Italian, Danish, Norwegian or Swedish, and when such a title is
the paper of a record whose title PubMed gives in English (review18 F3/F4, review19 F3/F4)."""

from __future__ import annotations

import re

from citelint.models import Reference, normalise
from citelint.pubmed.matching import (
    TITLE_MATCH,
    first_author_matches,
    first_page,
    journal_matches,
    record_title_similarity,
    year_matches,
)
from citelint.record import Record

# Words of Spanish, Portuguese, French, German and Italian titles that English ones lack
# (two needed: "de novo" is English; or one beside a letter or an ending English lacks), as
# normalise leaves them ("für" -> "fur").
_FOREIGN_WORDS = frozenset(
    ("de", "la", "el", "los", "las", "del", "en", "para", "por", "con", "y")  # Spanish
    + ("da", "dos", "das", "em", "com", "um", "uma", "ao", "na")  # Portuguese
    + ("des", "les", "le", "et", "du", "pour", "avec", "une", "sur")  # French
    + ("der", "und", "mit", "von", "fur", "bei", "im", "zur", "zum")  # German
    + ("il", "della", "di", "nel", "degli", "per")  # Italian
    + ("entre", "beim", "vom")  # Spanish, Portuguese and French; German
    + ("auf", "eine", "einer", "nach", "uber", "durch")  # German
    + ("ist", "gibt", "nicht", "oder", "wie")  # German verbs and joining words (user21 P1 13)
    + ("dans", "aux", "chez", "una", "sobre", "dei", "delle", "nella")  # French; the others
    # Danish, Norwegian and Swedish (user25 P1 7), not "af", "av", "med", "som", "vad" or
    # "på" and "för" (which normalise makes "pa" and "for"): AF, AV, VAD in English titles.
    + ("og", "och", "hos", "ved", "vid", "til", "efter", "etter", "eller", "samt", "ikke")
    + ("inte", "uden", "uten", "utan", "mellem", "mellan", "blandt", "hvor", "nya", "nye")
)
# A title with one of those words reads as another language when another word is not
# English either: a letter English lacks ("venöser", "físico") or an ending it lacks
# ("Tratamiento", "intervenciones"), as normalise leaves them; not "-cion" ("suspicion").
# Polish, Czech and Turkish letters too ("postępowania w nadciśnieniu", user24 P1 5).
_FOREIGN_LETTERS = re.compile(r"[äöüßñçãõáéíóúàèìòùâêôîąćęłńśźżčďěňřšťůğışæøå]")
# Danish and Norwegian letters in any word of a title, beside one of their little words
# ("Type 2-diabetes og SGLT2-hæmmere"): their names and compounds are capitalised alike.
_NORDIC_LETTERS = frozenset("æøå")
_FOREIGN_ENDINGS = ("ciones", "miento", "mientos", "zione", "zioni", "dade", "keit")
# And Spanish words that keep neither accents nor those endings ("Abordaje actual del TEP
# agudo", review19 F4): "-aje" ("abordaje", "drenaje"), "-dad" ("enfermedad", "calidad"; not
# "dad" alone), "agudo" (English "acute").
_FOREIGN_ENDINGS += ("aje", "ajes", "edad", "idad", "idades", "agudo", "aguda", "agudos")
# German nouns' endings English lacks ("Versorgung", "Behandlungen", "Therapieempfehlungen").
_FOREIGN_ENDINGS += ("ungen", "ierung", "schaft", "heit")
# German writes its nouns capitalised, so their umlauts stand in words _without_names drops:
# a long one without a hyphen is a compound noun ("Süddeutschland", "Hämodynamik"), not a
# name ("Sjögren", "Guillain-Barré").
_LONG_NOUN = 12
# English little words none of those languages writes in a title; two of them (outside a
# bracketed English title) make a title English whatever its names' letters.
_ENGLISH_WORDS = frozenset(
    ("the", "of", "and", "with", "for", "from", "by", "after", "among", "during", "without")
    + ("versus", "or", "into", "its", "their", "is", "are", "on", "to")
)
_GENITIVE = re.compile(r"\w['’]s\b")
_BRACKETED = re.compile(r"\[[^\]]*\]")


def reads_as_translated(entry: Reference) -> bool:
    """Whether the entry's title reads as Spanish, Portuguese, French, German, Italian or a
    Nordic language:
    two of their little words, or one and a word English would not write (review19 F4:
    "Hämodynamisches Monitoring beim kardiogenen Schock", "Tratamiento actual del ...")."""
    words = set(normalise(entry.title or "").split())
    if _reads_as_english(entry.title or "", words):
        return False
    little = len(words & _FOREIGN_WORDS)
    # A name's letters are no evidence ("Sjögren", "Ménière", "Guillain-Barré").
    lettered = _FOREIGN_LETTERS.findall(_without_names(entry.title or "").lower())
    if little != 1:
        # Or two letters English lacks: "Monitoramento hemodinâmico no choque cardiogênico".
        return little >= 2 or len(set(lettered)) >= 2
    return (
        bool(lettered)
        or not _NORDIC_LETTERS.isdisjoint((entry.title or "").lower())
        or any(word.endswith(_FOREIGN_ENDINGS) for word in words)
        or any(_umlauted_compound(word) for word in (entry.title or "").split())
    )


def _umlauted_compound(word: str) -> bool:
    """A long capitalised word holding a letter English lacks (see _LONG_NOUN); two names
    joined by a dash of any kind are none ("Henoch\u2013Sch\u00f6nlein", review21b P2-2)."""
    joined = any(dash in word for dash in "-\u2010\u2011\u2013\u2014")
    return len(word) >= _LONG_NOUN and not joined and bool(_FOREIGN_LETTERS.search(word))


def _reads_as_english(title: str, words: set[str]) -> bool:
    """An English genitive ("Sjögren's syndrome"), or English little words outside a
    bracketed English title: two, or one and none of the other languages' (review20 F4:
    "Ménière disease: outcomes of ...")."""
    if _GENITIVE.search(title):
        return True
    unbracketed = set(normalise(_BRACKETED.sub(" ", title)).split()) if "[" in title else words
    english = len(unbracketed & _ENGLISH_WORDS)
    return english >= 2 or (english == 1 and not unbracketed & _FOREIGN_WORDS)


def _without_names(title: str) -> str:
    """The title without its capitalised words after the first (German nouns keep their
    umlauts in lower-case words beside them: "rezidivierender venöser Thromboembolien")."""
    first, _, rest = title.partition(" ")
    return " ".join([first, *(word for word in rest.split() if not word[:1].isupper())])


def translated_title(entry: Reference, record: Record) -> bool:
    """A title put into the citing article's language ("Aspirina en dosis bajas para prevenir
    la tromboembolia venosa recurrente" for PubMed's English title), which PubMed cannot
    hold: the record's paper when first author, journal, year, volume and first page all
    agree, whatever its words (one of them could only name that paper; a title that does not
    echo PubMed's is CL203's, ``unechoed_title``, review19 F3), or when all but one agree and
    the title echoes PubMed's drug, disease and method words (cognates.py; the slip is
    CL203's, review18 F4; another paper's title with a slip stays "possibly fabricated")."""
    agree = _translated_locus(entry, record)
    if agree is None or sum(not agrees for agrees in agree) > 1:
        return False
    if record.vernacular_title and in_its_own_language(entry.title or "", record):
        return False  # the paper's own title was at hand, and this is not it
    if all(agree) and not record.vernacular_title:
        return True
    # Imported here: only titles in another language on a record's locus are compared so.
    from citelint.pubmed.cognates import echoes_title

    return echoes_title(entry.title or "", record.title)


# Of a title's words, the share that the paper's own title (PubMed's VernacularTitle) holds
# too when both are one language: an Italian title sharing half its words with the paper's
# Italian one is another title, not a translation (fix24b: "... nella popolazione anziana
# della Toscana" for "... negli anziani: studio di coorte"). A Spanish or Portuguese
# translation of that Italian title shares a third at most ("dieta", "mediterranea", "e").
_OWN_LANGUAGE_SHARE = 0.4
_OWN_LANGUAGE_WORDS = 3


def in_its_own_language(title: str, record: Record) -> bool:
    """Whether ``title`` is written in the language of the paper's own title (PubMed's
    VernacularTitle), by the words the two share: such a title that is not as alike as one
    title (``record_title_similarity`` said so) is another title, whatever its cognates of
    PubMed's English."""
    ours = normalise(title).split()
    theirs = set(normalise(record.vernacular_title or "").split())
    shared = sum(word in theirs for word in ours)
    return shared >= _OWN_LANGUAGE_WORDS and shared >= _OWN_LANGUAGE_SHARE * len(ours)


def _translated_locus(entry: Reference, record: Record) -> tuple[bool | None, ...] | None:
    """Whether volume, first page, first author, journal and year agree, for an entry whose
    title reads as another language beside a record whose title does not; None otherwise."""
    page = first_page(entry.pages)
    if not (entry.volume and page) or not reads_as_translated(entry):
        return None
    if len(set(normalise(record.title).split()) & _FOREIGN_WORDS) >= 2:
        return None  # PubMed's title is in that language too: it would have matched
    return (
        entry.volume == record.volume,
        page == first_page(record.pages),
        first_author_matches(entry, record),
        journal_matches(entry, record),
        year_matches(entry, record),
    )


def unechoed_title(entry: Reference, record: Record) -> bool:
    """Whether the entry is the record's paper by its locus alone: a title in another
    language that does not echo PubMed's subject words, on the record's first author,
    journal, year, volume and first page. A free translation, or another paper's title put
    on this one's locus (a hybrid, review18 F3): CL203 names PubMed's title, unless the
    entry's own PMID or DOI names the record, which settles it."""
    if not entry.title or record_title_similarity(entry.title, record) >= TITLE_MATCH:
        return False
    agree = _translated_locus(entry, record)
    if agree is None or not all(agree):
        return False
    from citelint.pubmed.cognates import echoes_title

    return not echoes_title(entry.title, record.title)
