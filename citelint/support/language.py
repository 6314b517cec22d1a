"""Whether a claim is written in English, the only language the support scoring reads.

The claim checks weigh a claim's words against the cited English abstract. A sentence in German
or Spanish shares only its drug names and numbers with that abstract, so it scores low and would
be called unsupported, or another entry's, for no reason but its language (user24 P1 1). Such
a claim is left unjudged.

A language detector would answer more languages than this needs and guesses on the terse lines
of clinical notes ("Dex ↓ 28-d mortality if on O2/IMV"); the question here is only "is this
plainly another language", which the little words answer: a sentence of a European language
uses several of its articles and conjunctions, and a script other than Latin shows in its
letters. When the signs are weak the claim counts as English and is judged as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.models import Claim

# Function words of English that the other languages below do not share. "a", "in", "is",
# "no", "on" and "had" are left out: they are words of Italian, German or Dutch too.
_ENGLISH_WORDS = (
    "the of and to with was were are for by than that this from not at or been after between "
    "which who have has their these those into did does more less its"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Articles, prepositions, conjunctions and auxiliaries that are not English words. Left out
# because English text or clinical shorthand writes them too: "et" (et al.), "y" (65 y), "e"
# (e.g.), "o", "a", "se", "il" (IL-6), "im"/"po"/"od" (routes, doses), "per", "plus", "met",
# "son", "para", "com", "ed", "est", "nos", "von"/"van" (names), "do", "w", "z", "na".
_FOREIGN_BY_LANGUAGE = {
    "es": "la las los el del con por que una un más entre fue fueron como también durante "
    "tras según sobre",
    "pt": "os da das dos em uma não foi foram são pelo pela ao às sem mais",
    "fr": "le les des du avec dans pour une sont été au aux sur chez qui pas",
    "it": "gli della delle dei degli nel nella nei negli che è sono stato stata dopo tra anche "
    "di dello nello alla allo dal dalla sul sulla ha",
    "nl": "het een en voor bij niet werd werden zijn naar ook wordt dat te",
    "de": "der das und mit bei den dem des ist sind wurde wurden nicht eine einer einen eines "
    "zur zum auf für über durch oder wie vom sowie nach unter um zu die",
    "pl": "się nie oraz jest są przez dla lub ze",
    "tr": "ve ile bir için olan ise daha göre olarak",
    # Norwegian, Danish and Swedish share most of theirs. Left out: "av" (AV node), "med"
    # (med rec), "till" and "en" (English words), "vid"; Finnish "tai" (tai chi).
    "nordic": "og och ikke inte eller som hos blev ble efter etter fra det har er ved til",
    "fi": "ja ei oli ovat kun jos joka mutta sekä myös että",
}
_FOREIGN = frozenset(word for words in _FOREIGN_BY_LANGUAGE.values() for word in words.split())
_WORD = re.compile(r"[^\W\d_]+")
# A foreign sentence shows at least this many of its signs, and more than English words.
_LEAST_FOREIGN = 2
# A document whose claims together show this many foreign signs, more than English little
# words, is written in another language: a short sentence of it ("Le linee guida ne
# raccomandano l'uso") is read as English only if it plainly is.
_LEAST_FOREIGN_DOCUMENT = 6
# Letters outside the Latin script (Chinese, Japanese, Cyrillic ...) above this share of all
# letters make the sentence another language. Greek letters and "µ" in an English sentence
# ("TNF-α", "β-blocker", "µg") are few, and no sign of a language.
_OTHER_SCRIPT_SHARE = 0.5
# Particles of names ("de la Cruz", "van der Meer", "di Angelantonio"): a run of them that
# opens with one of _NAME_STARTERS and stands before a capitalised word ("Cruz", not "FA") is
# a name's, not the sentence's grammar. German's "der Herzinsuffizienz" opens with none.
_NAME_STARTERS = frozenset(["de", "da", "di", "du", "dos", "del", "van", "von", "le", "la"])
_PARTICLES = _NAME_STARTERS | {"der", "den", "ten", "ter"}
# English's Latin phrases opening with "de", which is otherwise another language's word.
_LATIN_AFTER_DE = frozenset(["novo", "facto", "minimis", "rigueur", "jure"])
# A short sentence with one foreign little word and no English one is another language when
# most of its lowercase words are not English ones ("Blutdruckziele sind umstritten").
_UNKNOWN_ZIPF = 2.0
# The words of an English reference list's heading ("References", "Works cited", ...).
_ENGLISH_LIST_NAMES_TEXT = (
    "references reference list cited bibliography sources works literature citations "
    "footnotes endnotes notes and further reading key selected supporting articles publications"
)
_ENGLISH_LIST_NAMES = frozenset(_ENGLISH_LIST_NAMES_TEXT.split())


@dataclass
class Signs:
    """What a text's words say of its language."""

    english: int = 0  # English little words
    little: int = 0  # other languages' little words
    accented: int = 0  # lowercase words with an accented Latin letter ("cardíaca", "più")
    letters: int = 0
    other_script: int = 0
    lowercase: list[str] = field(default_factory=list)  # the lowercase ASCII words

    def add(self, other: Signs) -> None:
        self.english += other.english
        self.little += other.little
        self.accented += other.accented
        self.letters += other.letters
        self.other_script += other.other_script

    def in_other_script(self) -> bool:
        return bool(self.letters) and self.other_script > _OTHER_SCRIPT_SHARE * self.letters

    def foreign(self) -> bool:
        """Whether one sentence shows another language."""
        if self.in_other_script():
            return True
        signs = self.little + self.accented
        if signs >= _LEAST_FOREIGN and signs > self.english:
            return True
        return self.little >= 1 and self.english == 0 and _mostly_not_english(self.lowercase)

    def foreign_document(self) -> bool:
        """Whether a document's claims together show another language."""
        if self.in_other_script():
            return True
        signs = self.little + self.accented
        return signs >= _LEAST_FOREIGN_DOCUMENT and signs > self.english

    def foreign_page(self) -> bool:
        """Whether a whole page (its headings, lines and list heading beside its claims)
        shows another language: as a document's claims do, or by little words of another
        language and not one English one (a page of two short Dutch sentences)."""
        return self.foreign_document() or (self.little >= _LEAST_FOREIGN and self.english == 0)

    def undecided(self) -> bool:
        """Whether a document's claims leave its language open: some sign of another
        language, or no English little word at all."""
        return self.little + self.accented > 0 or self.english == 0

    def plainly_english(self) -> bool:
        return self.english >= _LEAST_FOREIGN and self.little + self.accented == 0


def english_claims(
    claims: list[Claim], text: str = "", list_line: int | None = None
) -> list[Claim]:
    """The claims written in English (or too short to tell, in an English document).
    ``text`` is the whole document and ``list_line`` the line of its reference list's
    heading: when the claims alone leave the language open, everything above the list
    decides it (user24: "Empagliflozine had een vergelijkbaar effect." under the heading
    "SGLT2-remmers bij hartfalen" and above "Literatuur")."""
    signs = [language_signs(claim.text) for claim in claims]
    whole = Signs()
    for one in signs:
        whole.add(one)
    foreign = whole.foreign_document()
    if not foreign and text and claims and whole.undecided():
        foreign = page_signs(text, list_line).foreign_page()
    if not foreign:
        return [claim for claim, one in zip(claims, signs, strict=True) if not one.foreign()]
    # In a document of another language only a plainly English sentence is judged (a quote).
    return [claim for claim, one in zip(claims, signs, strict=True) if one.plainly_english()]


def page_signs(text: str, list_line: int | None) -> Signs:
    """The signs of the lines of ``text`` up to its reference list's heading (1-based
    ``list_line``; all of it without one), the heading counting as a little word of another
    language when it names the list in one ("Literatuur", "Bibliografía")."""
    lines = text.splitlines()
    body = lines[:list_line] if list_line else lines
    signs = language_signs("\n".join(body))
    if list_line and 0 < list_line <= len(lines):
        signs.little += _foreign_list_name(lines[list_line - 1])
    return signs


def _foreign_list_name(line: str) -> int:
    """1 when ``line`` names a reference list in another language than English."""
    from citelint.read.reference_headings import heading_names_a_list

    words = _WORD.findall(line)
    if len(words) > 3 or not heading_names_a_list(line.strip().strip("#*: ")):
        return 0
    return int(not any(word.lower() in _ENGLISH_LIST_NAMES for word in words))


def written_in_english(text: str) -> bool:
    """Whether ``text`` reads as English (or too little to tell), not as another language."""
    return not language_signs(text).foreign()


def language_signs(text: str) -> Signs:
    """Counts English and foreign little words, accented words, and letters of another
    script, in ``text``. Only words written in lowercase count: abbreviations and names ("ES",
    "Da Silva") are no language's grammar, nor is a particle before a name ("de la Cruz")."""
    signs = Signs()
    found = list(_WORD.finditer(text))
    words = [match.group() for match in found]
    for at, (word, in_name) in enumerate(zip(words, _in_names(words), strict=True)):
        if word == "de" and not in_name and _joins_words(text, found, at):
            signs.little += 1  # "de kans op", "de la insuficiencia"; not "de novo", "de-"
            continue
        signs.letters += len(word)
        if not word.isascii():
            signs.other_script += sum(1 for char in word if not _latin(char))
        if not word.islower() or in_name:
            continue
        if word in _ENGLISH:
            signs.english += 1
        elif word in _FOREIGN:
            signs.little += 1
        elif not word.isascii():
            signs.accented += all(_latin(char) for char in word)
        else:
            signs.lowercase.append(word)
    return signs


def _joins_words(text: str, found: list[re.Match[str]], at: int) -> bool:
    """Whether the word at ``at`` ("de") stands between words as a preposition or article
    does: a space, then a lowercase word that is no Latin phrase's ("de novo")."""
    after = found[at].end()
    if at + 1 == len(found) or text[after : after + 1] != " ":
        return False
    following = found[at + 1].group()
    return following.islower() and following not in _LATIN_AFTER_DE


def _in_names(words: list[str]) -> list[bool]:
    """For each word, whether it is a particle of the name after it ("de la Cruz")."""
    marked = [False] * len(words)
    at = 0
    while at < len(words):
        if words[at] not in _NAME_STARTERS:
            at += 1
            continue
        end = at
        while end < len(words) and words[end] in _PARTICLES:
            end += 1
        if end < len(words) and words[end][:1].isupper() and not words[end].isupper():
            marked[at:end] = [True] * (end - at)
        at = max(end, at + 1)
    return marked


def _mostly_not_english(words: list[str]) -> bool:
    """Whether most of ``words`` (lowercase ASCII) are unknown to English."""
    # Imported here: the word table loads only when a sentence needs it.
    from citelint.support.informative import zipf

    if not words:
        return False
    unknown = sum(1 for word in words if zipf(word) < _UNKNOWN_ZIPF)
    return 2 * unknown >= len(words)


def _latin(char: str) -> bool:
    # Latin letters: ASCII, and those with accents ("é", "ł", "ş"), below U+0250.
    return char.isascii() or "\u00c0" <= char < "\u0250"
