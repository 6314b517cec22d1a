"""The label check on real PubMed records: false alarms on right labels, recall on wrong ones.

Give it a folder of EFetch XML files (``efetch db=pubmed retmode=xml`` answers, any number of
records each). For every record with an abstract it writes the labels AI text gives a link
(first author et al. with journal and year, author and year, the title, its first words, three
title words, an abstract sentence as a bare mention's sentence, and the slips right labels
carry: the senior author, a wrong journal, a year two off) and judges each against its own
record (a right link) and against a random other record (a wrong link). No network is used.

    .venv/bin/python benchmarks/inline_real_records.py DIR [--seed N]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from citelint.pubmed.errors import EntrezError
from citelint.pubmed.label_fit import MISFITS, judge
from citelint.pubmed.labels import read_clues
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.pubmed.record_index import index_record
from citelint.record import Record
from citelint.support.scoring import split_sentences
from citelint.support.terms import key_terms


def load(folder: Path) -> list[Record]:
    found: dict[str, Record] = {}
    for path in sorted(folder.rglob("*.xml")):
        try:
            records = parse_pubmed_articles(path.read_bytes())
        except EntrezError:
            continue  # not an EFetch answer
        for record in records:
            if record.abstract.strip() and record.authors and record.year:
                found[record.pmid] = record
    return list(found.values())


def labels(record: Record, rng: random.Random) -> dict[str, str]:
    first = record.authors[0].rsplit(" ", 1)[0]
    senior = record.authors[-1].rsplit(" ", 1)[0]
    words = [w.strip(",.:;()") for w in record.title.split() if len(w) > 5]
    other_journal = "Lancet" if record.journal_abbrev != "Lancet" else "NEJM"
    found = {
        "author, journal, year": f"{first} et al., {record.journal_abbrev} {record.year}",
        "author, year": f"{first} {record.year}",
        "title": record.title.rstrip("."),
        "first title words": " ".join(record.title.split()[:6]),
        "senior author (slip)": f"{senior} et al. {record.year}",
        "wrong journal (slip)": f"{first} et al., {other_journal} {record.year}",
        "year two off (slip)": f"{first} et al., {(record.year or 2000) + 2}",
    }
    if len(words) >= 3:
        found["three title words"] = " ".join(rng.sample(words, 3))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    records = load(options.folder)
    if len(records) < 2:
        raise SystemExit(f"{options.folder}: fewer than two records with an abstract")
    alarms, caught, total = Counter(), Counter(), Counter()
    for record in records:
        other = rng.choice([r for r in records if r.pmid != record.pmid])
        sentences = split_sentences(record.abstract)
        document = key_terms(" ".join(sentences[-2:]))  # what a note about the paper says
        for style, label in labels(record, rng).items():
            clues = read_clues(label)
            total[style] += 1
            alarms[style] += (
                judge(clues, index_record(record), document=document).verdict == MISFITS
            )
            caught[style] += judge(clues, index_record(other), document=document).verdict == MISFITS
        sentence = read_clues(sentences[-1], with_years=False)
        total["bare mention"] += 1
        own = judge(sentence, index_record(record), sentence, sentence=True)
        alarms["bare mention"] += own.verdict == MISFITS
        theirs = judge(sentence, index_record(other), sentence, sentence=True)
        caught["bare mention"] += theirs.verdict == MISFITS
    print(f"records: {len(records)}")
    print(f"{'label':24} {'false alarms':>14} {'recall':>8}")
    for style in total:
        slip = "slip" in style
        recall = "" if slip else f"{caught[style] / total[style]:.3f}"
        print(f"{style:24} {alarms[style]:>5} / {total[style]:<6} {recall:>8}")
    right = sum(alarms.values())
    print(f"all right labels: {right} false alarms of {sum(total.values())}")


if __name__ == "__main__":
    main()
