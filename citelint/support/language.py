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
from dataclasses import dataclass

from citelint.models import Claim

# Function words of English that the other languages below do not share. "a", "in", "is",
# "no", "on" and "die" are left out: they are words of Italian, German or Dutch too.
_ENGLISH_WORDS = (
    "the of and to with was were are for by than that this from not at or been after between "
    "which who have has had their these those into did does more less its"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Articles, prepositions, conjunctions and auxiliaries that are not English words. Left out
# because English text or clinical shorthand writes them too: "et" (et al.), "y" (65 y), "e"
# (e.g.), "o", "a", "se", "il" (IL-6), "im"/"po"/"od" (routes, doses), "per", "plus", "met",
# "son", "para", "com", "ed", "est", "nos", "von"/"van" (names), "do", "w", "z", "na".
_FOREIGN_BY_LANGUAGE = {
    "es": "de la las los el del con por que una un más entre fue fueron como también durante "
    "tras según sobre",
    "pt": "os da das dos em uma não foi foram são pelo pela ao às sem mais",
    "fr": "le les des du avec dans pour une sont été au aux sur chez qui pas",
    "it": "gli della delle dei degli nel nella nei negli che è sono stato stata dopo tra anche",
    "nl": "het een en voor bij niet werd werden zijn naar ook wordt dat",
    "de": "der das und mit bei den dem des ist sind wurde wurden nicht eine einer einen eines "
    "zur zum auf für über durch oder wie vom sowie nach unter",
    "pl": "się nie oraz jest są przez dla lub ze",
    "tr": "ve ile bir için olan ise daha göre olarak",
}
_FOREIGN = frozenset(word for words in _FOREIGN_BY_LANGUAGE.values() for word in words.split())
_WORD = re.compile(r"[^\W\d_]+")
# A foreign sentence shows at least this many of its signs, and more than English words.
_LEAST_FOREIGN = 2
# A document whose claims together show this many foreign signs, more than English words, is
# written in another language: a short sentence of it ("Le linee guida ne raccomandano l'uso")
# is read as English only if it plainly is.
_LEAST_FOREIGN_DOCUMENT = 6
# Letters outside the Latin script (Chinese, Japanese, Cyrillic, Greek ...) above this share
# of all letters make the sentence another language. Greek letters in an English sentence
# ("TNF-α", "β-blocker") are few.
_OTHER_SCRIPT_SHARE = 0.5


@dataclass
class Signs:
    """What a text's words say of its language."""

    english: int = 0
    foreign: int = 0
    letters: int = 0
    other_script: int = 0

    def add(self, other: Signs) -> None:
        self.english += other.english
        self.foreign += other.foreign
        self.letters += other.letters
        self.other_script += other.other_script

    def foreign_by(self, least: int) -> bool:
        """Whether the signs show another language, with at least ``least`` foreign ones."""
        if self.letters and self.other_script > _OTHER_SCRIPT_SHARE * self.letters:
            return True
        return self.foreign >= least and self.foreign > self.english


def english_claims(claims: list[Claim]) -> list[Claim]:
    """The claims written in English (or too short to tell, in an English document)."""
    signs = [language_signs(claim.text) for claim in claims]
    whole = Signs()
    for one in signs:
        whole.add(one)
    if not whole.foreign_by(_LEAST_FOREIGN_DOCUMENT):
        return [
            claim
            for claim, one in zip(claims, signs, strict=True)
            if not one.foreign_by(_LEAST_FOREIGN)
        ]
    # In a document of another language only a plainly English sentence is judged (a quote).
    return [
        claim
        for claim, one in zip(claims, signs, strict=True)
        if one.english >= _LEAST_FOREIGN and not one.foreign_by(1)
    ]


def written_in_english(text: str) -> bool:
    """Whether ``text`` reads as English (or too little to tell), not as another language."""
    return not language_signs(text).foreign_by(_LEAST_FOREIGN)


def language_signs(text: str) -> Signs:
    """Counts English and foreign little words, and letters of another script, in ``text``.

    Only words written in lowercase count: abbreviations and names ("ES", "Da Silva") are no
    language's grammar. A lowercase word with an accent ("cardíaca", "più") is a foreign sign:
    English spells almost none ("naïve" is outweighed by any sentence's English words).
    """
    signs = Signs()
    for word in _WORD.findall(text):
        signs.letters += len(word)
        if not word.isascii():
            signs.other_script += sum(1 for char in word if not _latin(char))
        if not word.islower():
            continue
        if word in _ENGLISH:
            signs.english += 1
        elif word in _FOREIGN or not word.isascii():
            signs.foreign += 1
    return signs


def _latin(char: str) -> bool:
    # Latin letters with accents ("é", "ł", "ş") sit below U+0250.
    return char.isascii() or "\u00c0" <= char < "\u0250"
