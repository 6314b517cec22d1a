"""How well are wrong inline links caught, and at what cost in requests?

Writes AI-style notes (Markdown care plans with tables of links, HTML answer pages, text with
PMID mentions) citing an invented corpus (benchmarks/inline_corpus.py) through the fake
E-utilities server (tests/fake_eutils.py, NCBI's rate limit enforced), runs ``citelint
check`` once cold and once warm, and prints:

- recall: wrong PMIDs reported (CL209, or CL201 for a PMID PubMed lacks), among links whose
  label says something (and among all of them);
- false alarms: right links reported, as a share of right links;
- suggestions: wrong links whose finding names the paper the label meant, and wrong ones;
- requests per citation on a cold cache, and none on a warm one.

    .venv/bin/python benchmarks/inline_links.py [--seed N] [--notes N]

Targets (issue 12): recall >= 0.9, false alarms <= 0.02, right suggestions for at least half
of the wrong links, at most 0.1 requests per citation.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inline_corpus import CONDITIONS, Citation, Corpus  # noqa: E402

from citelint.commands.pipeline import lint_paths  # noqa: E402
from citelint.config import Config  # noqa: E402
from citelint.pubmed.resolver import build_resolver  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REPORTED = ("CL201", "CL209")


def load_fake_server() -> type:
    spec = importlib.util.spec_from_file_location("fake_eutils", ROOT / "tests" / "fake_eutils.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["fake_eutils"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.FakeEutils


def address(citation: Citation, rolled: float) -> str:
    if citation.kind == "doi":
        return f"https://doi.org/{citation.cited}"
    if citation.kind == "pmc":
        return f"https://www.ncbi.nlm.nih.gov/pmc/articles/{citation.cited}/"
    if rolled < 0.3:
        return f"https://www.ncbi.nlm.nih.gov/pubmed/{citation.cited}"
    if rolled < 0.4:
        return f"https://pubmed.ncbi.nlm.nih.gov/{citation.cited}/?utm_source=chatgpt.com"
    return f"https://pubmed.ncbi.nlm.nih.gov/{citation.cited}/"


def mention(citation: Citation) -> str:
    return {"pmid": "PMID: ", "doi": "doi: ", "pmc": "PMCID: "}[citation.kind] + citation.cited


def markdown_line(citation: Citation, corpus: Corpus, table: bool) -> str:
    url = address(citation, corpus.rng.random())
    if table:
        cited = f"[{citation.label}]({url})" if citation.label else mention(citation)
        return f"| Plan | {citation.sentence} | {cited} |"
    if citation.label:
        return f"- {citation.sentence} ([{citation.label}]({url}))."
    return f"- {citation.sentence} ({mention(citation)})."


def html_line(citation: Citation, corpus: Corpus) -> str:
    url = address(citation, corpus.rng.random())
    if citation.label is None:
        return f"<p>{citation.sentence} ({mention(citation)}).</p>"
    link = f'<a href="{url}" target="_blank">{citation.label}</a>'
    if corpus.rng.random() < 0.4:
        return f"<tr><td>{citation.sentence}</td><td>{link}</td></tr>"
    return f"<p>{citation.sentence} ({link}).</p>"


def text_line(citation: Citation, corpus: Corpus) -> str:
    if citation.label is None or citation.kind != "pmid":
        return f"{citation.sentence} ({mention(citation)})."
    return f"{citation.sentence}: {citation.label} {address(citation, corpus.rng.random())}"


def write_notes(folder: Path, corpus: Corpus, notes: int) -> dict[tuple[str, int], Citation]:
    """Each note to a file, one citation a line; the truth by (file, line). A note is mostly
    about one condition, as a care plan or an answer is."""
    truth: dict[tuple[str, int], Citation] = {}
    for number in range(notes):
        fmt = ("md", "md", "html", "txt", "sources")[number % 5]
        condition = corpus.rng.choice(CONDITIONS)
        about = corpus.trials_about(condition) or corpus.trials
        name = f"note-{number:03d}.{'md' if fmt == 'sources' else fmt}"
        drugs = ", ".join(trial.drug for trial in about[:3])
        lines = {
            "md": [
                f"# Care plan {number}",
                "",
                "| Problem | Plan | Evidence |",
                "| --- | --- | --- |",
            ],
            "html": [f"<html><body><h1>Answer {number}</h1>", "<table>"],
            "txt": [f"Answer {number}", ""],
            "sources": [
                f"# {condition[0].capitalize()}",
                "",
                f"Options for {condition[0]} include {drugs}.",
                "",
                "## Sources",
                "",
            ],
        }[fmt]
        for _ in range(corpus.rng.randint(6, 12)):
            trial = corpus.rng.choice(about if corpus.rng.random() < 0.8 else corpus.trials)
            citation = corpus.cite(trial)
            if fmt == "sources" and citation.label is None:
                continue
            if fmt == "md":
                lines.append(markdown_line(citation, corpus, table=len(lines) < 12))
            elif fmt == "sources":
                lines.append(f"- [{citation.label}]({address(citation, corpus.rng.random())})")
            elif fmt == "html":
                lines.append(html_line(citation, corpus))
            else:
                lines += [text_line(citation, corpus), ""]
                truth[(name, len(lines) - 1)] = citation
                continue
            truth[(name, len(lines))] = citation
        if fmt == "html":
            lines += ["</table>", "</body></html>"]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def measure(truth: dict[tuple[str, int], Citation], findings: list) -> None:
    reported: dict[tuple[str, int], list] = {}
    for finding in findings:
        if finding.code in REPORTED:
            reported.setdefault((Path(finding.path).name, finding.line), []).append(finding)
    wrong = [key for key, c in truth.items() if c.wrong]
    right = [key for key, c in truth.items() if not c.wrong]
    judged = [key for key in wrong if not truth[key].thin]
    caught = [key for key in wrong if key in reported]
    false_alarms = [key for key in right if key in reported]
    suggested = Counter()
    for key in wrong:
        named = [f.suggestion.pmid for f in reported.get(key, []) if f.suggestion]
        if named:
            suggested["right" if named[0] == truth[key].intended else "wrong"] += 1
    recall = sum(1 for key in judged if key in reported) / max(1, len(judged))
    alarm_rate = len(false_alarms) / max(1, len(right))
    print(f"citations: {len(truth)} ({len(wrong)} wrong, {len(right)} right)")
    print(f"recall of wrong PMIDs, labels that say something: {recall:.3f} ({len(judged)})")
    print(f"recall of wrong PMIDs, all labels: {len(caught) / max(1, len(wrong)):.3f}")
    print(f"false alarms on right links: {alarm_rate:.3f} ({len(false_alarms)} of {len(right)})")
    print(
        f"suggestions: right {suggested['right'] / max(1, len(wrong)):.3f} of wrong links "
        f"({suggested['right']}), wrong {suggested['wrong']}"
    )
    by_kind = Counter(truth[key].wrong for key in wrong)
    missed = Counter(truth[key].wrong for key in judged if key not in reported)
    print(
        "missed by kind: " + ", ".join(f"{k} {missed[k]}/{n}" for k, n in sorted(by_kind.items()))
    )
    for key in false_alarms[:5]:
        print(f"  false alarm {key}: {reported[key][0].message[:160]}")
    return recall, alarm_rate, suggested["right"] / max(1, len(wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--notes", type=int, default=40)
    options = parser.parse_args()
    corpus = Corpus(options.seed)
    fake = load_fake_server()(records_dir=None, rate_limit=3)
    for record in corpus.records:
        fake.add_record(record)
    with fake, tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "notes"
        folder.mkdir()
        truth = write_notes(folder, corpus, options.notes)
        os.environ["CITELINT_ENTREZ_URL"] = fake.url
        os.environ.pop("NCBI_API_KEY", None)
        config = Config(cache_dir=str(Path(work) / "cache"))
        started = time.monotonic()
        result = lint_paths([str(folder)], config, build_resolver(config))
        seconds = time.monotonic() - started
        cold = fake.requests()
        recall, alarms, suggestions = measure(truth, result.findings)
        kinds = Counter(request.utility for request in cold)
        print(
            f"cold run: {len(cold)} requests, {len(cold) / len(truth):.3f} per citation "
            f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {seconds:.1f} s"
        )
        lint_paths([str(folder)], config, build_resolver(config))
        warm = len(fake.requests()) - len(cold)
        print(
            f"warm run: {warm} requests; most in any one second: {fake.max_requests_per_second()}"
        )
    if recall < 0.9 or alarms > 0.02 or suggestions < 0.5 or len(cold) / len(truth) > 0.1 or warm:
        sys.exit("target missed")


if __name__ == "__main__":
    main()
