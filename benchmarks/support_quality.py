"""How well claim support checking works on the labelled set in fixtures/support/.

    python benchmarks/support_quality.py [--calibrate]

Reports, separately for the calibration half and the held-out half of the set (records
alternate between halves within each topic group, so held-out claims are about records the
thresholds never saw), and for an "external" group of claims about the records in
fixtures/entrez/pubmed, which someone else wrote and the scorer was never tuned on:

- AUROC of the support score between true citations and swapped ones (a true claim cited to
  another record of the same group, the hard case, and to a record of another group);
- precision and recall of CL302 (off topic), CL301 (number not in source) and CL303 (better
  reference: a claim cited to a neighbour of the record it is about), with the thresholds
  from ``citelint.rules.support``;
- precision and recall of CL304 (a design the record is not) on claims naming designs;
- whether a whole list shifted by one is reported once, and nothing on unshifted lists;
- claims checked per second.

``--calibrate`` also searches the thresholds on the calibration half and prints the best ones,
to be copied into ``citelint/rules/support.py`` by hand.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint.models import Claim, Document, Marker, Reference, Resolution, Status
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.record import Record
from citelint.rules.base import CheckContext, Rule
from citelint.rules.contradicted import ClaimContradicted
from citelint.rules.misnumbered import (
    MISNUMBERING_MARGIN,
    MISNUMBERING_MIN_SUPPORT,
    BetterReference,
)
from citelint.rules.support import ClaimOffTopic, NumberNotInSource, StudyTypeMismatch
from citelint.support.numbers import extract_numbers
from citelint.support.scoring import SUPPORT_THRESHOLD, assess, assess_profile, profile_record

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "support"
# Records another helper wrote for the resolution tests: an outside check of the scorer.
SHARED_RECORDS = ROOT / "fixtures" / "entrez" / "pubmed"
SPLITS = ("calibrate", "holdout", "external")


@dataclass
class Labelled:
    records: dict[str, Record]
    groups: dict[str, list[str]]
    items: list[dict]


def load() -> Labelled:
    folders = [FIXTURES / "records", SHARED_RECORDS]
    records = {
        record.pmid: record
        for folder in folders
        for path in sorted(folder.glob("*.xml"))
        for record in parse_pubmed_articles(path.read_bytes())
    }
    data = json.loads((FIXTURES / "labelled.json").read_text(encoding="utf-8"))
    groups, items = data["groups"], data["items"]
    external = json.loads((FIXTURES / "external.json").read_text(encoding="utf-8"))
    if all(pmid in records for pmid in external["groups"]["external"]):
        groups.update(external["groups"])
        items += external["items"]
    return Labelled(records, groups, items)


def auroc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def document(claim_text: str, cited: int, records: Sequence[Record]) -> CheckContext:
    """A one-claim article citing entry ``cited`` of a list made of ``records``."""
    return article([(claim_text, cited)], records)


def article(claims: Iterable[tuple[str, int]], records: Sequence[Record]) -> CheckContext:
    doc = Document(path="bench.md", format="md", text="")
    lines = []
    for line, (text, cited) in enumerate(claims, start=1):
        marker = Marker([cited], line, len(text) + 2, f"[{cited}]")
        doc.claims.append(Claim(text, line, 1, [marker]))
        lines.append(f"{text} [{cited}]")
    doc.text = "\n".join(lines)
    resolutions = {}
    for number, record in enumerate(records, start=1):
        doc.references.append(Reference(number, record.title, 100 + number, 1))
        resolutions[number] = Resolution(number, Status.RESOLVED, record=record)
    return CheckContext(doc, resolutions)


def run(rule: Rule, context: CheckContext, options: dict[str, object]) -> list:
    context.options = options
    return list(rule.check(context))


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"


def support_figures(data: Labelled, items: list[dict]) -> dict[str, float]:
    scores = {
        item["id"]: assess(item["claim"], data.records[item["cited"]]).score
        for item in items
        if item["kind"] in ("true", "swapped", "swapped-far", "wrong-number")
    }
    true = [scores[i["id"]] for i in items if i["kind"] == "true"]
    near = [scores[i["id"]] for i in items if i["kind"] == "swapped"]
    far = [scores[i["id"]] for i in items if i["kind"] == "swapped-far"]
    hard_true = [scores[i["id"]] for i in items if i["kind"] == "true" and i.get("hard")]
    hard_near = [scores[i["id"]] for i in items if i["kind"] == "swapped" and i.get("hard")]
    close_true = [scores[i["id"]] for i in items if i["kind"] == "true" and i.get("close")]
    close_near = [scores[i["id"]] for i in items if i["kind"] == "swapped" and i.get("close")]
    return {
        "auroc_close": auroc(close_true, close_near),
        "auroc_hard": auroc(hard_true, hard_near),
        "auroc_all": auroc(true, near + far),
        "auroc_same_group": auroc(true, near),
        "auroc_other_group": auroc(true, far),
    }


def off_topic_figures(data: Labelled, items: list[dict], options: dict) -> tuple[int, int, int]:
    """(true positives, flagged, should be flagged) of CL302: swapped claims are off topic."""
    rule = ClaimOffTopic()
    hits = flagged = wanted = 0
    for item in items:
        if item["kind"] not in ("true", "wrong-number", "swapped", "swapped-far"):
            continue
        record = data.records[item["cited"]]
        found = bool(run(rule, document(item["claim"], 1, [record]), options))
        should = item["kind"].startswith("swapped")
        flagged += found
        wanted += should
        hits += found and should
    return hits, flagged, wanted


def true_flag_rate(data: Labelled, items: list[dict], options: dict) -> tuple[int, int]:
    """(true citations CL302 flags, true citations): the false alarm rate on right citations."""
    rule = ClaimOffTopic()
    true = [item for item in items if item["kind"] == "true"]
    flagged = sum(
        1 for i in true if run(rule, document(i["claim"], 1, [data.records[i["cited"]]]), options)
    )
    return flagged, len(true)


def contradiction_figures(data: Labelled, items: list[dict]) -> tuple[int, int, int]:
    """(right CL306 findings, CL306 findings, contradicted claims)."""
    rule = ClaimContradicted()
    hits = flagged = wanted = 0
    for item in items:
        if item["kind"] not in ("true", "wrong-number", "contradicted"):
            continue
        found = bool(run(rule, document(item["claim"], 1, [data.records[item["cited"]]]), {}))
        should = item["kind"] == "contradicted"
        flagged += found
        wanted += should
        hits += found and should
    return hits, flagged, wanted


def number_figures(
    data: Labelled, items: list[dict], options: dict, percent: bool = False
) -> tuple[int, int, int]:
    """(findings naming the changed number, findings, changed numbers) of CL301.

    With ``percent``, only percentages count: findings about them, and changed ones.
    """
    rule = NumberNotInSource()
    hits = flagged = wanted = 0
    for item in items:
        if item["kind"] not in ("true", "wrong-number", "design"):
            continue
        record = data.records[item["cited"]]
        findings = run(rule, document(item["claim"], 1, [record]), options)
        wrong = set(item.get("wrong_numbers", []))
        if percent:
            findings = [f for f in findings if "(percentage)" in f.message]
            percents = {q.raw for q in extract_numbers(item["claim"]) if q.role == "percent"}
            wrong &= percents
        wanted += len(wrong)
        flagged += len(findings)
        hits += sum(1 for f in findings if any(f'"{w}"' in f.message for w in wrong))
    return hits, flagged, wanted


def design_figures(data: Labelled, items: list[dict]) -> tuple[int, int, int]:
    """(right CL304 findings, CL304 findings, claims naming a wrong design)."""
    rule = StudyTypeMismatch()
    hits = flagged = wanted = 0
    for item in items:
        if item["kind"] not in ("true", "wrong-number", "design"):
            continue
        found = bool(run(rule, document(item["claim"], 1, [data.records[item["cited"]]]), {}))
        should = item["kind"] == "design"
        flagged += found
        wanted += should
        hits += found and should
    return hits, flagged, wanted


def misnumbering_figures(data: Labelled, items: list[dict], options: dict) -> tuple[int, int, int]:
    """(right CL303 findings, CL303 findings, swapped claims whose record is in the list)."""
    rule = BetterReference()
    hits = flagged = wanted = 0
    for item in items:
        if item["kind"] in ("no-abstract", "contradicted"):
            continue
        members = data.groups[item["group"]]
        records = [data.records[pmid] for pmid in members]
        cited = members.index(item["cited"]) + 1
        findings = run(rule, document(item["claim"], cited, records), options)
        should = item["kind"] == "swapped" and item["about"] in members
        right_entry = members.index(item["about"]) + 1 if item["about"] in members else None
        flagged += len(findings)
        wanted += should
        hits += sum(1 for f in findings if should and f"entry {right_entry} supports" in f.message)
    return hits, flagged, wanted


def shift_figures(data: Labelled, split: str, options: dict) -> tuple[int, int, int, int]:
    """(shifted lists reported once, shifted lists, false reports on right lists, lists)."""
    rule = BetterReference()
    caught = wrong = lists = 0
    for members in data.groups.values():
        records = [data.records[pmid] for pmid in members]
        claims = [
            (item["claim"], members.index(item["about"]) + 1)
            for item in data.items
            if item["kind"] == "true" and item["about"] in members and item["split"] == split
        ]
        # An entry was inserted at the top: every claim now cites the entry before its own.
        shifted_claims = [(text, n - 1) for text, n in claims if n > 1]
        # A list of two or three papers whose half holds only the first has nothing to shift.
        if len(claims) < 3 or len(shifted_claims) < 3:
            continue
        lists += 1
        right = run(rule, article(claims, records), options)
        wrong += any("shifted" in f.message for f in right)
        findings = run(rule, article(shifted_claims, records), options)
        caught += sum(1 for f in findings if "shifted" in f.message) == 1
    return caught, lists, wrong, lists


def speed(data: Labelled) -> tuple[float, float]:
    items = [i for i in data.items if i["kind"] != "no-abstract"]
    rounds = 5
    start = time.perf_counter()
    for _ in range(rounds):
        for item in items:
            assess(item["claim"], data.records[item["cited"]])
    cold = rounds * len(items) / (time.perf_counter() - start)
    profiles = {pmid: profile_record(record) for pmid, record in data.records.items()}
    start = time.perf_counter()
    for _ in range(rounds):
        for item in items:
            assess_profile(item["claim"], profiles[item["cited"]])
    warm = rounds * len(items) / (time.perf_counter() - start)
    return cold, warm


def default_options() -> dict[str, object]:
    return {
        "support-threshold": SUPPORT_THRESHOLD,
        "misnumbering-margin": MISNUMBERING_MARGIN,
        "misnumbering-min-support": MISNUMBERING_MIN_SUPPORT,
    }


def calibrate(data: Labelled) -> None:
    """Search thresholds on the calibration half only; print the best settings."""
    items = [i for i in data.items if i["split"] == "calibrate"]
    print("\nCalibration (calibration half only)")
    # F0.5 weighs precision twice as much as recall: a false warning costs a reader more.
    best: tuple[float, float] | None = None
    for step in range(10, 61, 5):
        threshold = step / 100
        hits, flagged, wanted = off_topic_figures(data, items, {"support-threshold": threshold})
        precision = hits / flagged if flagged else 1.0
        recall = hits / wanted if wanted else 0.0
        denominator = 0.25 * precision + recall
        f_half = 1.25 * precision * recall / denominator if denominator else 0.0
        print(f"  support-threshold {threshold:.2f}: CL302 P {precision:.3f} R {recall:.3f}")
        if best is None or f_half > best[1]:
            best = (threshold, f_half)
    print(f"  best support-threshold by F0.5: {best[0]:.2f}" if best else "")
    best_misnumbering: tuple[float, float, float] | None = None
    for margin in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
        for least in (0.3, 0.4, 0.5, 0.6):
            options = {"misnumbering-margin": margin, "misnumbering-min-support": least}
            hits, flagged, wanted = misnumbering_figures(data, items, options)
            precision = hits / flagged if flagged else 1.0
            recall = hits / wanted if wanted else 0.0
            print(
                f"  margin {margin:.2f} least {least:.2f}: CL303 P {precision:.3f} R {recall:.3f}"
            )
            # Precision first: a wrong "misnumbered" warning costs a reader more than a miss.
            # Among equal recalls the last, widest margin wins: it is the safest.
            if precision >= 0.95 and (best_misnumbering is None or recall >= best_misnumbering[2]):
                best_misnumbering = (margin, least, recall)
    if best_misnumbering:
        margin, least, _ = best_misnumbering
        print(f"  best misnumbering-margin {margin:.2f}, misnumbering-min-support {least:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="search thresholds too")
    args = parser.parse_args()
    data = load()
    options = default_options()
    print(f"Labelled set: {len(data.items)} items about {len(data.records)} records")
    print("Thresholds: " + ", ".join(f"{k} {v}" for k, v in options.items()))
    for split in SPLITS:
        items = [i for i in data.items if i["split"] == split]
        if not items:
            continue
        name = "group" if split == "external" else "half"
        print(f"\n== {split} {name} ({len(items)} items)")
        figures = support_figures(data, items)
        print(
            f"  support AUROC true vs swapped: {figures['auroc_all']:.3f} "
            f"(same group {figures['auroc_same_group']:.3f}, "
            f"other group {figures['auroc_other_group']:.3f}; "
            f"loose paraphrases only {figures['auroc_hard']:.3f}; "
            f"close-but-wrong pairs {figures['auroc_close']:.3f})"
        )
        flagged, true = true_flag_rate(data, items, options)
        print(f"  CL302 on true citations: {ratio(flagged, true)}")
        hits, flagged, wanted = off_topic_figures(data, items, options)
        print(f"  CL302 precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        hits, flagged, wanted = number_figures(data, items, options)
        print(f"  CL301 precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        hits, flagged, wanted = number_figures(data, items, options, percent=True)
        print(f"  CL301 percentages precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        hits, flagged, wanted = contradiction_figures(data, items)
        print(f"  CL306 precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        hits, flagged, wanted = misnumbering_figures(data, items, options)
        print(f"  CL303 precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        hits, flagged, wanted = design_figures(data, items)
        print(f"  CL304 precision {ratio(hits, flagged)}  recall {ratio(hits, wanted)}")
        caught, lists, wrong, total = shift_figures(data, split, options)
        print(
            f"  shifted lists reported once: {caught}/{lists}; "
            f"false shift reports on right lists: {wrong}/{total}"
        )
    cold, warm = speed(data)
    print(
        f"\nSpeed: {cold:,.0f} claims checked per second with assess() (record parsed each "
        f"time); {warm:,.0f} per second against records profiled once, as the rules do"
    )
    if args.calibrate:
        calibrate(data)


if __name__ == "__main__":
    main()
