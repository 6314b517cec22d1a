"""An invented corpus for benchmarks/inline_links.py: trial records and AI-style notes citing
them by link and PMID mention, some right and some wrong, with the truth kept aside.

Records: trials (with design papers, secondary analyses and comments in their families),
reviews, and papers from unrelated fields, all made up from word lists. Notes: care plans with
tables of links, answer pages with links in sentences, text with ``PMID:`` mentions, written
in the label styles AI writing uses (trial name, "Author et al., Journal Year", a title, a
topic, "[link]") with the slips right labels carry (a year off, a journal misnamed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from citelint.record import Record


def _words(text: str) -> list[str]:
    return text.split()


SYLLABLES = _words("car ven tol rim oc lec pim cen dap zor bel tra mel sor fen lor vex nal qui ter")
SURNAME_PARTS = _words(
    "ok af or lind qv ist bar ros ta ke da mor eau had dad no vak cas til lo os ei"
)
NAMES = _words("HELIOS KESTREL TEMPEST AURORA LANTERN GRANITE VESPER NIMBUS ARBOR SOLACE HALCYON")
NAMES += _words("CASCADE PINNACLE QUARTZ FALCON HARBOR SUMMIT BEACON ZENITH EMBER ATLAS CIRRUS")
NAMES += _words("FJORD GLACIER HORIZON JUNIPER KINDLE LUMEN MOSAIC OASIS PRISM RAVEN SPIRE")
NAMES += _words("UMBRA VALOR WILLOW YARROW ZEPHYR MAGNOLIA TUNDRA SEQUOIA COBALT ONYX")
CONDITIONS = [
    ("heart failure with reduced ejection fraction", "HFrEF", "flozin", "HF"),
    ("atrial fibrillation", "AF", "xaban", "AF"),
    ("acute ischaemic stroke", "stroke", "teplase", "STROKE"),
    ("episodic migraine", "migraine", "gepant", "MIG"),
    ("relapsing multiple sclerosis", "MS", "mab", "MS"),
    ("Parkinson's disease", "PD", "pidine", "PD"),
    ("focal epilepsy", "epilepsy", "racetam", "EP"),
    ("early Alzheimer's disease", "AD", "numab", "AD"),
    ("type 2 diabetes", "T2D", "glutide", "DM"),
    ("chronic kidney disease", "CKD", "sartan", "CKD"),
    ("major depressive disorder", "depression", "oxetine", "MDD"),
    ("rheumatoid arthritis", "RA", "citinib", "RA"),
]
OUTCOMES = ["death or hospital admission", "relapse", "disability at 90 days", "monthly attacks"]
JOURNALS = [
    ("The New England journal of medicine", "N Engl J Med", ["NEJM", "N Engl J Med"]),
    ("Lancet (London, England)", "Lancet", ["Lancet", "The Lancet"]),
    ("JAMA", "JAMA", ["JAMA"]),
    ("BMJ (Clinical research ed.)", "BMJ", ["BMJ"]),
    ("The Lancet. Neurology", "Lancet Neurol", ["Lancet Neurol", "Lancet Neurology"]),
    ("JAMA neurology", "JAMA Neurol", ["JAMA Neurol", "JAMA Neurology"]),
    ("European heart journal", "Eur Heart J", ["Eur Heart J", "European Heart Journal"]),
    ("Annals of internal medicine", "Ann Intern Med", ["Ann Intern Med"]),
]
FIELDS = [
    ("soil", "nitrogen leaching", "maize rotation", "Agric Ecosyst Environ"),
    ("dental", "periodontal pocket depth", "scaling in smokers", "J Clin Periodontol"),
    ("microbial", "keratin degradation", "poultry compost", "Bioresour Technol"),
    ("school", "teacher burnout", "curriculum reform", "Front Psychol"),
    ("orthopaedic", "hip fracture mortality", "surgical delay", "Injury"),
    ("veterinary", "lameness in dairy cows", "hoof trimming", "J Dairy Sci"),
    ("materials", "fatigue cracking", "titanium alloys", "Mater Sci Eng A"),
    ("oncology", "tumour hypoxia", "xenograft models", "Cancer Res"),
    ("nursing", "hand hygiene compliance", "intensive care units", "Am J Infect Control"),
    ("paediatric", "iron deficiency", "infant formula", "J Pediatr"),
]


@dataclass
class Trial:
    record: Record
    name: str | None  # the trial's acronym, when it has one
    drug: str
    condition: tuple[str, str, str, str]
    family: list[Record]


@dataclass
class Citation:
    cited: str  # the PMID, DOI or PMC id written
    kind: str  # "pmid", "doi" or "pmc"
    intended: str  # the PMID the label means
    label: str | None  # None: a bare mention, whose sentence is the label
    sentence: str
    wrong: str  # "" for a right link, else what kind of wrong
    thin: bool = False


class Corpus:
    def __init__(self, seed: int, trials: int = 150, others: int = 500) -> None:
        self.rng = random.Random(seed)
        self.records: list[Record] = []
        self.trials: list[Trial] = []
        self.others: list[Record] = []
        self._next = 97000000
        names = self.rng.sample([f"{n}{s}" for n in NAMES for s in ("", "-2", "-X", "-R")], trials)
        for index in range(trials):
            self.trials.append(self._trial(names[index]))
        for _ in range(others):
            self.others.append(self._other())

    def _pmid(self) -> str:
        self._next += self.rng.randint(1, 40)
        return str(self._next)

    def _surname(self) -> str:
        parts = self.rng.sample(SURNAME_PARTS, self.rng.randint(2, 3))
        return "".join(parts).capitalize()

    def _add(self, **fields: object) -> Record:
        pmid = self._pmid()
        record = Record(pmid=pmid, doi=f"10.5555/bench.{pmid}", **fields)  # type: ignore[arg-type]
        if self.rng.random() < 0.3:
            record.pmc = f"PMC{int(pmid) - 90000000}"
        self.records.append(record)
        return record

    def _trial(self, acronym: str) -> Trial:
        rng = self.rng
        condition = rng.choice(CONDITIONS)
        drug = rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + condition[2]
        name = f"{acronym}-{condition[3]}" if rng.random() < 0.5 else acronym
        journal = rng.choice(JOURNALS)
        year = rng.randint(2005, 2023)
        authors = [f"{self._surname()} {rng.choice('ABCDJKLMPRS')}{rng.choice('ABJKM')}"]
        authors += [f"{self._surname()} {rng.choice('ABCDJKLMPRS')}" for _ in range(3)]
        n, a, b = rng.randint(300, 9000), rng.randint(5, 30), rng.randint(31, 45)
        in_title = rng.random() < 0.3
        title = rng.choice(
            [
                f"{drug.capitalize()} in patients with {condition[0]}.",
                f"Trial of {drug} for {condition[0]}.",
                f"{drug.capitalize()} versus placebo for {condition[0]}: the {name} randomized "
                "clinical trial."
                if in_title
                else f"{drug.capitalize()} versus placebo for {condition[0]}.",
            ]
        )
        said = rng.random() < 0.85  # most abstracts name the trial somewhere
        abstract = (
            f"Treatment options for {condition[0]} remain limited. In this double-blind trial, "
            f"{n} patients with {condition[0]} were assigned to {drug} or placebo. "
            f"{rng.choice(OUTCOMES).capitalize()} occurred in {a}% with {drug} and {b}% with "
            f"placebo. {drug.capitalize()} improved outcomes in {condition[0]}."
            + (
                f" ({name} ClinicalTrials.gov number, NCT0{rng.randint(1000000, 9999999)}.)"
                if said
                else ""
            )
        )
        kinds = ["Journal Article", "Randomized Controlled Trial"]
        main = self._add(
            title=title,
            journal=journal[0],
            journal_abbrev=journal[1],
            year=year,
            authors=authors,
            abstract=abstract,
            abstract_sections=[(None, abstract)],
            publication_types=kinds,
        )
        family = []
        if rng.random() < 0.4:
            family.append(
                self._add(
                    title=f"Rationale and design of the {name} trial of {drug} in {condition[0]}.",
                    journal="American heart journal",
                    journal_abbrev="Am Heart J",
                    year=year - 2,
                    authors=authors[1:] + authors[:1],
                    abstract=f"{name} tests {drug} against placebo in {condition[0]}; we describe "
                    "its design and endpoints.",
                    publication_types=["Journal Article"],
                )
            )
        if rng.random() < 0.3:
            family.append(
                self._add(
                    title=f"Effect of {drug} on quality of life in {condition[0]}: a secondary "
                    f"analysis of the {name} trial.",
                    journal="JAMA cardiology",
                    journal_abbrev="JAMA Cardiol",
                    year=year + 1,
                    authors=[authors[2], authors[0]],
                    abstract=f"In this secondary analysis of {name}, {drug} improved symptom "
                    f"scores in {condition[0]}.",
                    publication_types=kinds,
                )
            )
        return Trial(main, name, drug, condition, family)

    def _other(self) -> Record:
        rng = self.rng
        field, subject, setting, journal = rng.choice(FIELDS)
        year = rng.randint(1995, 2024)
        design = rng.choice(["cohort", "field", "pilot"])
        title = f"{subject.capitalize()} and {setting}: a {design} study."
        abstract = (
            f"We studied {subject} in {setting} over {rng.randint(2, 9)} years in {field} settings."
        )
        return self._add(
            title=title,
            journal=journal,
            journal_abbrev=journal,
            year=year,
            authors=[f"{self._surname()} {rng.choice('ABCDJKLMPRS')}" for _ in range(2)],
            abstract=abstract,
            abstract_sections=[(None, abstract)],
            publication_types=["Journal Article"],
        )

    # -- citations --------------------------------------------------------------------------

    def cite(self, trial: Trial) -> Citation:
        rng = self.rng
        record = trial.record
        label, thin = self._label(trial)
        sentence = (
            f"{trial.drug.capitalize()} lowered {rng.choice(OUTCOMES)} in {trial.condition[0]}"
            + (f" in the {trial.name} trial" if rng.random() < 0.5 else "")
        )
        cited, wrong = record.pmid, ""
        roll = rng.random()
        if roll < 0.45:
            cited, wrong = self._wrong(trial)
        kind = "pmid"
        target = self._by_pmid(cited)
        if target is not None and rng.random() < 0.1:
            kind, cited = "doi", target.doi or cited
        elif target is not None and target.pmc and rng.random() < 0.08:
            kind, cited = "pmc", target.pmc
        bare = rng.random() < 0.25
        return Citation(
            cited, kind, record.pmid, None if bare else label, sentence, wrong, thin and not bare
        )

    def _wrong(self, trial: Trial) -> tuple[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(self.others).pmid, "other field"
        if roll < 0.65:
            other = rng.choice([t for t in self.trials if t.condition != trial.condition])
            return other.record.pmid, "other condition"
        if roll < 0.8:
            rivals = [t for t in self.trials if t.condition == trial.condition and t is not trial]
            if rivals:
                return rng.choice(rivals).record.pmid, "rival trial"
        if roll < 0.9 and trial.family:
            return rng.choice(trial.family).pmid, "family"
        return str(int(trial.record.pmid) + 5_000_000), "no such PMID"

    def _label(self, trial: Trial) -> tuple[str, bool]:
        rng = self.rng
        record = trial.record
        first = record.authors[0].split()[0]
        year = record.year or 2000
        if rng.random() < 0.15:
            year += rng.choice([-1, 1])  # online-first years
        journal = next(j for j in JOURNALS if j[1] == record.journal_abbrev)
        shown_journal = rng.choice(journal[2])
        name = trial.name or trial.drug.capitalize()
        style = rng.choices(
            ["name", "full", "author", "title", "topic", "thin"], [25, 20, 15, 10, 20, 10]
        )[0]
        if style == "name":
            return rng.choice([name, f"{name} trial", f"the {name} trial"]), False
        if style == "full":
            return f"{name}, {first} et al. {shown_journal} {year}", False
        if style == "author":
            if rng.random() < 0.1:
                first = record.authors[-1].split()[0]  # the senior author, misremembered
            if rng.random() < 0.05:
                year += rng.choice([-2, 2])
            return rng.choice(
                [f"{first} et al., {year}", f"{first} {year}", f"{first} et al. ({year})"]
            ), False
        if style == "title":
            return record.title.rstrip("."), False
        if style == "topic":
            condition = trial.condition
            return rng.choice(
                [f"{trial.drug} for {condition[0]}", f"{trial.drug.capitalize()} in {condition[1]}"]
            ), False
        return rng.choice(["link", "PubMed", "source", "here"]), True

    def trials_about(self, condition: tuple[str, str, str, str]) -> list[Trial]:
        return [trial for trial in self.trials if trial.condition == condition]

    def _by_pmid(self, pmid: str) -> Record | None:
        return next((r for r in self.records if r.pmid == pmid), None)
