"""Does a PubMed record fit the label of the link or mention that names it?

Precision comes first: a right link must almost never be called wrong. So the verdict is
"misfits" only when the label and the record clearly disagree (the label's trial, drug,
author or journal is nowhere in the record, or its topic words barely occur in it), and a
single strong agreement (the trial's name in the title, first author and year, the title
itself) outweighs a slip such as a year one off or a shortened journal name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.pubmed import matching
from citelint.pubmed.acronyms import names_a_study, shortens_a_word, spelled_out
from citelint.pubmed.labels import JOURNALS, Clues
from citelint.pubmed.record_index import RecordIndex, compact
from citelint.support.scoring import PREFIX_CREDIT, RecordProfile, term_credit
from citelint.support.terms import is_generic, key_terms

FITS, MISFITS, UNSURE, THIN = "fits", "misfits", "unsure", "thin"

# Topic coverage (0-1) of a label's words at or below which the record is about something else.
LABEL_OFF_TOPIC = 0.2
# A sentence says more than a label, and more of it may be the author's own words.
SENTENCE_OFF_TOPIC = 0.12
# A record whose title terms the whole document uses less than this is about something else.
DOCUMENT_OFF = 0.25
# A row or sentence with fewer topic terms than this is too terse to overrule a label that
# names only the record's own journal and year.
TERSE_CONTEXT = 5
# With one clear disagreement and nothing agreeing, a sentence or row this far off decides.
BROAD_AGAINST = 0.3
TITLE_MATCH = 85.0
# A title-like label this unlike the record's title, with half its words missing, is another's.
OTHER_TITLE = 45.0
PREFIX = 5
# Titles of papers about a trial rather than of its results.
NOT_THE_RESULTS = re.compile(
    r"\b(?:rationale|design|baseline characteristics|protocol|secondary analysis|post[- ]hoc"
    r"|sub-?study|substudy|subgroup|prespecified|pre-specified|sensitivity analysis)\b",
    re.IGNORECASE,
)
NOTICE_TYPES = {
    "Comment",
    "Editorial",
    "Letter",
    "News",
    "Published Erratum",
    "Retraction of Publication",
}
# Agreements that many papers share: a year, a journal, a co-author's name.
_WEAK = ("year ", "journal ", "author ")
# Disagreements a right label makes when written from memory.
_SLIPS = ("published ", "appeared in ")


@dataclass
class Fit:
    verdict: str
    score: float = 0.0
    strong: list[str] = field(default_factory=list)  # what ties the label to the record
    agree: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)  # where they disagree, in words
    topic: float | None = None
    abstract: bool = True  # the record has one; without it topic words find less
    # Share of the record's title terms the document uses, when the label has no topic.
    document: float | None = None
    title_like: bool = False  # the label reads as a paper's title
    title_similarity: float = 0.0
    # The label names the record's own trial (not one its background recalls) or an author.
    own: bool = False
    context_terms: int = 0  # topic terms of the row or sentence the topic came from
    from_context: int = 0  # agreements of the sentence's trial or drug, not the label's
    first_named: bool = False  # the label names the record's first author, "et al." or not


def judge(
    clues: Clues,
    index: RecordIndex,
    context: Clues | None = None,
    sentence: bool = False,
    shared: bool = False,
    document: set[str] | None = None,
) -> Fit:
    """How ``index``'s record fits a label.

    ``context`` is the sentence or table row around a link, consulted for the topic when the
    label itself names none. ``sentence`` means the label is that sentence (a bare mention).
    ``shared`` means other citations share the words, so a clue missing from the record may
    belong to one of them and counts for nothing. ``document`` holds the key terms of the
    whole document, for labels that name no topic and have no sentence around them.
    """
    fit = Fit(UNSURE, abstract=bool(index.record.abstract.strip()))
    if not sentence and not _says_anything(clues):
        fit.verdict = THIN  # "[link]", "[PubMed]": nothing to judge, whatever the sentence says
        return fit
    _acronyms(clues, index, fit, shared, sentence)
    _authors(clues, index, fit, shared, sentence)
    _years(clues, index, fit)
    _journals(clues, index, fit)
    _drugs(clues, index, fit, shared, sentence)
    if not sentence and _first_author_and_journal(clues.text, index):
        fit.strong.append("first author and journal")
    if context is not None and context is not clues:
        _context_agreements(clues, context, index, fit)
    if len(clues.text.split()) >= 4 and not sentence:
        fit.title_similarity = matching.record_title_similarity(clues.text, index.record)
        fit.title_like = len(clues.text.split()) >= 6 and not (clues.authors or clues.years)
        if fit.title_similarity >= TITLE_MATCH:
            fit.strong.append("the title")
    # The topic comes from the label when it names one, else from the sentence or row.
    broad = sentence
    if len(clues.terms) >= 2 and not sentence:
        fit.topic = coverage(clues.terms, index.profile, clues.alternatives)
    elif context is not None and len(context.terms) >= 3:
        fit.topic = coverage(context.terms, index.profile, context.alternatives)
        fit.context_terms = len(context.terms)
        broad = True
    if fit.topic is None and document is not None:
        fit.document = title_in_document(index, document)
    fit.verdict = _verdict(clues, fit, broad)
    fit.score = (
        3.0 * len(fit.strong)
        + len(fit.agree)
        - 2.0 * len(fit.against)
        + 2.0 * (fit.topic or 0.0)
        - (1.5 if NOT_THE_RESULTS.search(index.record.title) else 0.0)
        - (2.0 if NOTICE_TYPES.intersection(index.record.publication_types) else 0.0)
    )
    return fit


def _says_anything(clues: Clues) -> bool:
    return bool(clues.says_something or clues.years or clues.journals or clues.loose_authors)


def _verdict(clues: Clues, fit: Fit, broad: bool) -> str:
    """``broad``: the topic comes from a whole sentence or row, not from a label."""
    real = len(fit.strong) + sum(not reason.startswith(_WEAK) for reason in fit.agree)
    weak = len(fit.agree) - real + len(fit.strong)
    against = len(fit.against)
    topic = fit.topic
    if not _says_anything(clues) and topic is None:
        return THIN
    if fit.strong:
        return FITS if against <= 1 else UNSURE
    off_topic = SENTENCE_OFF_TOPIC if broad else LABEL_OFF_TOPIC
    if not fit.abstract:
        off_topic /= 2  # a title alone holds few of the words a right label may use
    if against >= 2:
        if topic is not None and topic >= 0.6 and not broad:
            return UNSURE  # the label's own words all fit: a garbled author or journal
        if not real or (topic is not None and topic < 0.35):
            return MISFITS
        # "[Anker, Lancet 2022]" on a 2019 NEJM paper by McMurray: only the sentence's drug
        # agrees, which a wrong paper on the same question shares (user19 P2).
        return MISFITS if real == fit.from_context and not fit.first_named else UNSURE
    if against == 1:
        if real and fit.against[0].startswith(_SLIPS):
            return FITS  # the right trial, with the journal or year misremembered
        if fit.against[0].startswith("published ") and _journal_and_year_alone(clues, fit):
            return MISFITS  # "[Ann Intern Med 2013]" on its 2016 paper: the label is wrong
        if not real and topic is None:
            # A bare trial name or "Author Year" with nothing around it: the record must at
            # least be about something the document discusses.
            return MISFITS if fit.document is not None and fit.document < DOCUMENT_OFF else UNSURE
        if not real and not weak and not broad and topic < 0.5:
            return MISFITS
        if not real and broad and topic < BROAD_AGAINST:
            return MISFITS  # a year one off agrees with too many papers to count here
        if not real and fit.title_like and fit.title_similarity < 60:
            return MISFITS  # the label is another paper's title
        return MISFITS if topic is not None and topic <= off_topic else UNSURE
    if _source_alone(clues, fit) and fit.context_terms < TERSE_CONTEXT:
        # "[NEJM 2022]" in a terse table row: a label that names only where and when the
        # paper appeared, both the record's, is not overruled by a row's few words, which
        # may be a trial name or shorthand the abstract never uses (user19 P1 10b).
        return FITS
    # A sentence's words are the author's (a sentence of numbers names no topic): they do not
    # outweigh the label's trial or author found in the record as its own; a trial the
    # record only recalls in its background ("unlike DAPA-HF, ...") is no such tie.
    if topic is not None and topic <= off_topic and not (fit.own and broad):
        return MISFITS
    if fit.title_like and fit.title_similarity < OTHER_TITLE and (topic or 0.0) < 0.5:
        return MISFITS  # the label reads as a title, and this record's is another
    if real or weak or (topic is not None and topic >= 0.5):
        return FITS
    return UNSURE


def _journal_and_year_alone(clues: Clues, fit: Fit) -> bool:
    """A label saying nothing but a journal that agrees and a year (fix14 left)."""
    said = clues.authors or clues.loose_authors or clues.acronyms or clues.drugs or clues.terms
    return not said and any(reason.startswith("journal ") for reason in fit.agree)


def _source_alone(clues: Clues, fit: Fit) -> bool:
    """A label naming only a journal and a year (an author too, perhaps), all the record's."""
    if clues.acronyms or clues.drugs or clues.terms or fit.against:
        return False
    return any(r.startswith("journal ") for r in fit.agree) and any(
        r.startswith("year ") for r in fit.agree
    )


def title_in_document(index: RecordIndex, document: set[str]) -> float:
    """The share of the record's title terms that the document uses anywhere."""
    terms = {t for t in key_terms(index.record.title) if not is_generic(t) and not t.isdigit()}
    if not terms:
        return 1.0
    found = sum(
        1.0 if term in document else PREFIX_CREDIT if _prefixed(term, document) else 0.0
        for term in terms
    )
    return found / len(terms)


def _prefixed(term: str, terms: set[str]) -> bool:
    return len(term) >= PREFIX + 1 and any(
        other.startswith(term[: PREFIX + 1]) for other in terms if len(other) >= PREFIX + 1
    )


def coverage(
    terms: set[str], profile: RecordProfile, alternatives: dict[str, set[str]] | None = None
) -> float:
    """The share of ``terms`` the record's title, abstract and MeSH headings hold; a term
    with ``alternatives`` (a lay word's medical terms) is held when any of them is."""
    if not terms:
        return 0.0
    total = 0.0
    for term in terms:
        credit = term_credit(term, profile)[0]
        for other in (alternatives or {}).get(term, ()):
            credit = max(credit, term_credit(other, profile)[0])
        total += credit
    return total / len(terms)


def _acronyms(clues: Clues, index: RecordIndex, fit: Fit, shared: bool, sentence: bool) -> None:
    for acronym in clues.acronyms:
        token = compact(acronym)
        if token in index.title_tokens:
            fit.strong.append(f"{acronym} in the title")
        elif token in index.tokens:
            fit.agree.append(f"{acronym} in the abstract")
            fit.own = fit.own or token in index.own_tokens
        elif spelled_out(acronym, index.words) or shortens_a_word(acronym, index.words):
            continue
        elif not shared and (not sentence or names_a_study(acronym, clues.text)):
            fit.against.append(f"never mentions {acronym}")


def _authors(clues: Clues, index: RecordIndex, fit: Fit, shared: bool, sentence: bool) -> None:
    if not index.surnames:
        return
    first = index.surnames[0]
    for name in clues.authors:
        ours = matching.normalise(name)
        if _same_surname(ours, first):
            fit.agree.append(f"first author {name}")
            fit.own = fit.first_named = True
        elif any(_same_surname(ours, other) for other in index.surnames):
            fit.agree.append(f"author {name}")
            fit.own = True
        elif not shared:
            fit.against.append(f"first author is {index.record.authors[0]}, not {name}")
    # "Smith 2019" may as well be "Neuromodulation 2019": a loose name that is the record's
    # journal agrees, and one beside a named author says nothing.
    short_label = len(clues.text.split()) <= 6 and not sentence and not clues.authors
    for name in clues.loose_authors:
        ours = matching.normalise(name)
        if any(journal.startswith(ours) for journal in index.journals):
            fit.agree.append(f"journal {name}")
        elif _same_surname(ours, first) or any(_same_surname(ours, o) for o in index.surnames):
            fit.agree.append(f"author {name}")
            fit.first_named = fit.first_named or _same_surname(ours, first)
        elif short_label and not shared:
            fit.against.append(f"first author is {index.record.authors[0]}, not {name}")


# "Horby, New England Journal of Medicine", "de Jong, BMJ Open", "García Ortega et al.,
# Lancet Respir Med", "Halvorsen, Neuromodulation, 2019": a first author, then a journal,
# perhaps a year; nothing else (user22 P1 3).
_AUTHOR_JOURNAL = re.compile(
    r"(?P<name>[^,;()\[\]]{2,40}?)(?:\s+[A-Z]{1,3}\.?)?(?:,?\s+et\.?\s*al\b\.?)?,\s+"
    r"(?P<journal>[A-Za-z][^;\d]{1,80}?)[.,]?(?:\s*\(?(?:19|20)\d\d\)?)?\.?"
)


def _first_author_and_journal(label: str, index: RecordIndex) -> bool:
    """Whether a label is only the record's first author and its journal, full or abbreviated
    as NLM writes it: a strong agreement, for words that name no topic."""
    match = _AUTHOR_JOURNAL.fullmatch(label.strip())
    if match is None or not index.surnames or not index.journals:
        return False
    name = matching.normalise(match["name"])
    journal = matching.normalise(match["journal"]).removeprefix("the ")
    if not _same_surname(name, index.surnames[0]) or len(journal) < 3:
        return False
    # "Journal of Clinical Oncology" names "Journal of clinical oncology : official journal
    # of ...", "J Neurosurg Spine" the abbreviation: each word the start of the record's.
    return any(
        _names_journal(journal, theirs) or journal == _initials_of(theirs)
        for theirs in index.journals
    )


def _initials_of(journal: str) -> str:
    return "".join(word[0] for word in journal.split() if word not in ("of", "the", "and"))


def _same_surname(ours: str, theirs: str) -> bool:
    if not ours or not theirs:
        return False
    return ours == theirs or theirs.endswith(" " + ours) or ours.endswith(" " + theirs)


def _years(clues: Clues, index: RecordIndex, fit: Fit) -> None:
    year = index.record.year
    if not clues.years or year is None:
        return
    if any(abs(label_year - year) <= matching.YEAR_TOLERANCE for label_year in clues.years):
        fit.agree.append(f"year {year}")
        if any(r.startswith("first author") for r in fit.agree):
            fit.strong.append("first author and year")
    else:
        fit.against.append(f"published {year}, not {clues.years[0]}")


def _journals(clues: Clues, index: RecordIndex, fit: Fit) -> None:
    for key in clues.journals:
        if key in JOURNALS:
            members = JOURNALS[key][1]
            same = any(name.startswith(m) for name in index.journals for m in members)
        else:
            ours = matching.normalise(key)
            same = any(_names_journal(ours, name) for name in index.journals)
        if same:
            fit.agree.append(f"journal {key}")
        elif index.journals:
            shown = index.record.journal_abbrev or index.record.journal
            fit.against.append(f"appeared in {shown}, not {key}")


def _names_journal(ours: str, name: str) -> bool:
    """Whether a journal as a label writes it names the record's: "Neuromodulation" names
    "Neuromodulation : journal of the International ...", "Spine Journal" and "Spine J"
    "The spine journal", "Neuromod" its long name (each word a start of the record's)."""
    name = name.removeprefix("the ")
    if name.startswith(ours):
        return True
    words, theirs = ours.split(), name.split()
    return len(words) <= len(theirs) and all(
        their.startswith(word) for word, their in zip(words, theirs, strict=False)
    )


def _context_agreements(clues: Clues, context: Clues, index: RecordIndex, fit: Fit) -> None:
    """A trial or drug the sentence around a link names, found in the record, agrees with it;
    one it lacks says nothing, as the sentence may be about other papers too."""
    for acronym in context.acronyms:
        if acronym not in clues.acronyms and compact(acronym) in index.tokens:
            fit.agree.append(f"{acronym} in the abstract")
            fit.from_context += 1
    for drug in context.drugs:
        if drug not in clues.drugs and _mentions_drug(drug, index):
            fit.agree.append(drug)
            fit.from_context += 1


def _mentions_drug(drug: str, index: RecordIndex) -> bool:
    stem = drug[:7]
    return drug in index.tokens or any(token.startswith(stem) for token in index.tokens)


def _drugs(clues: Clues, index: RecordIndex, fit: Fit, shared: bool, sentence: bool) -> None:
    named = [drug for drug in clues.drugs if _mentions_drug(drug, index)]
    for drug in clues.drugs:
        if drug in named:
            fit.agree.append(drug)
        elif not shared and not (sentence and named):
            # A sentence naming several drugs cites for one of them: "Plan: furosemide 40 mg
            # daily; continue bisoprolol; start dapagliflozin (PMID ...)".
            fit.against.append(f"never mentions {drug}")
