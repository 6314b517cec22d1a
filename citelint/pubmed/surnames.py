"""Family names as reference lists spell them and PubMed does not: "DSouza" or "Dsouza" for
"D'Souza", "El-Sayed" or "El Sayed" for "ElSayed", "Santos" for "dos Santos", "Saint John" for
"St John" (user23 P1-13, P1-14). Each was a false CL203 on a first author cited right.

Only the spelling is folded: the letters of the two names, particles aside, must still be the
same, so a wrong first author ("Santos" for "Sousa", "Sayed" for "ElSayed") is still one.
"""

from __future__ import annotations

# Particles a list may drop before a family name ("dos Santos" cited "Santos"). Arabic's
# "al" and "el" are no such particle: they are written into the name ("ElSayed"), and kept.
DROPPED_PARTICLES = frozenset(
    [
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "den",
        "ten",
        "ter",
    ]
)
_SAINTS = {"saint": "st", "sainte": "ste"}


def same_surname(ours: str, theirs: str, entry_name: str) -> bool:
    """Whether two normalised family names, the entry's and the record's ("dsouza", "d
    souza"), are one name spelt two ways: the same letters once spaces are gone, or once the
    particles leading one are, where the other has none. ``entry_name`` is the entry's whole
    name normalised: particles there ("Fons F van der Berg") are its own, and "van der Berg"
    is not "van den Berg"."""
    if not ours or not theirs:
        return False
    if _letters(ours) == _letters(theirs):
        return True
    bare_theirs = _without_particles(theirs)
    if bare_theirs == theirs:  # "van Dijk LM" for PubMed's "Dijk LM"
        return _letters(_without_particles(ours)) == _letters(theirs)
    entry_particles = DROPPED_PARTICLES.intersection(entry_name.split())
    return not entry_particles and _letters(ours) == _letters(bare_theirs)


def _letters(name: str) -> str:
    """ "dos santos" -> "dossantos", "saint john" -> "stjohn"."""
    return "".join(_SAINTS.get(word, word) for word in name.split())


def _without_particles(name: str) -> str:
    """ "dos santos" -> "santos"; a name that is all particles ("de la") is kept."""
    words = name.split()
    while len(words) > 1 and words[0] in DROPPED_PARTICLES:
        words = words[1:]
    return " ".join(words)
