"""The default format, one finding a line: ``path:line:column: CODE severity: message``.

The severity is written as a word as well as coloured, so that CI logs and ``NO_COLOR``
terminals still tell an error from a note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citelint.models import Finding, Severity
from citelint.report.counts import UNVERIFIED, Fold, shown_findings, summary
from citelint.report.escape import printable

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TextOptions:
    """What only the text format shows or hides."""

    # A plain class: a dataclass compiles its methods when its module is imported, a cost
    # every short check pays (issue 13).
    def __init__(
        self,
        color: bool = False,
        quiet: bool = False,
        statistics: bool = False,
        fold: str = Fold.NOTHING,
        baselined: int = 0,
    ) -> None:
        self.color = color
        self.quiet = quiet  # findings only, no summary line
        self.statistics = statistics  # a count per rule instead of the findings
        # Offline without a lock every reference is CL208: one line says so, not one each.
        # Online, every reference whose lookup failed (no network) is CL208 for the same
        # reason: one line says how many, as offline.
        self.fold = fold
        self.baselined = baselined  # findings the baseline accepted, said in the summary
        # Files with neither a reference list nor a citation read: "All clear" alone would
        # pass a page cited by author and year as checked.
        self.uncited: Sequence[str] = ()
        self.empty: Sequence[str] = ()  # files of nothing but white space
        # Files citing by number whose reference list was not read, CL107 said off.
        self.unlisted: Sequence[str] = ()
        # Online, when none of the references could be checked: the line that says how many,
        # why, and what fails such a run (see none_checked_line).
        self.none_checked: str | None = None
        # Offline, when every rule selected needed a PubMed record and none had one.
        self.rules_skipped = False


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_text(
    findings: Sequence[Finding],
    files: int,
    color: bool = False,
    unreadable: int = 0,
    options: TextOptions | None = None,
    citing_nothing: Sequence[str] = (),
) -> str:
    """``citing_nothing``: the files with a reference list and no citation read."""
    options = options or TextOptions(color=color)
    shown = list(shown_findings(findings, options.fold))
    folded = len(findings) - len(shown)
    links = folded_links(findings) if folded else 0
    if options.statistics:
        lines = statistics_lines(shown)
    else:
        lines = [finding_line(f, options.color) for f in sorted(shown, key=Finding.sort_key)]
    if not options.quiet:
        counts = summary(shown, files)
        lines.extend(
            summary_lines(
                counts,
                files,
                unreadable,
                folded,
                options.baselined,
                citing_nothing,
                options.uncited,
                options.none_checked,
                options.rules_skipped,
                FileNotes(options.empty, options.unlisted, links, options.fold),
            )
        )
    return "".join(line + "\n" for line in lines)


def finding_line(finding: Finding, color: bool) -> str:
    # One finding a line, whatever the file's name or the article's text holds.
    location = f"{printable(finding.path)}:{finding.line}:{finding.column}:"
    code = finding.code
    severity = f"{finding.severity.label}:"
    if color:
        # Only a terminal sees colour; a plain run need not load click (see commands.check).
        import click

        location = click.style(location, bold=True)
        code = click.style(code, fg=_COLOURS[finding.severity], bold=True)
        severity = click.style(severity, fg=_COLOURS[finding.severity])
    return f"{location} {code} {severity} {printable(finding.message)}"


def statistics_lines(findings: Sequence[Finding]) -> list[str]:
    """One line per rule, most frequent first: count, code, severity."""
    return count_lines(Counter((f.code, f.severity.label) for f in findings))


def count_lines(counts: Counter[tuple[str, str]]) -> list[str]:
    """The statistics lines of findings counted by (code, severity)."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [f"{count:>6}  {code}  {severity}" for (code, severity), count in ordered]


def summary_lines(
    counts: dict[str, int],
    files: int,
    unreadable: int,
    folded: int,
    baselined: int,
    citing_nothing: Sequence[str] = (),
    uncited: Sequence[str] = (),
    none_checked: str | None = None,
    rules_skipped: bool = False,
    notes: FileNotes | None = None,
) -> list[str]:
    """``counts``: the summary of the findings shown (``report.json.summary``);
    ``citing_nothing``: files with a reference list and no citation read; ``uncited``: files
    with neither; ``none_checked``: the line saying none of the references could be checked;
    ``rules_skipped``: whether every rule selected was skipped (offline, no record);
    ``notes``: the empty files, those citing with no list read, the inline links folded."""
    notes = notes or FileNotes()
    said = []
    if unreadable:
        said.append(f"{plural(unreadable, 'file')} could not be read.")
    if baselined:
        said.append(f"{plural(baselined, 'finding')} accepted by the baseline not shown.")
    extra = "".join(f" {note}" for note in said)
    if counts["findings"]:
        line = (
            f"Found {plural(counts['findings'], 'finding')} ({plural(counts['errors'], 'error')}, "
            f"{plural(counts['warnings'], 'warning')}, {counts['infos']} info) "
            f"in {plural(files, 'file')}.{extra}"
        )
    elif unreadable:
        line = f"No findings in the files read.{extra}"
    elif not files:
        # "All clear" would pass a CI job that pointed at the wrong folder.
        line = f"{NO_FILES}{extra}"
    elif citing_nothing or uncited or none_checked or rules_skipped or notes.unchecked:
        # Some of what was read could not be checked (the lines below say what): no findings
        # there is no "all clear".
        line = f"No findings in {plural(files, 'file')} read.{extra}"
    else:
        line = f"All clear: {plural(files, 'file')} checked.{extra}"
    lines = [line]
    if folded:
        lines.append(folded_line(folded, notes.links, notes.fold))
    if none_checked:
        lines.append(none_checked)
    return lines + _citing_lines(citing_nothing, uncited, notes)


def _citing_lines(
    citing_nothing: Sequence[str], uncited: Sequence[str], notes: FileNotes
) -> list[str]:
    """What the summary says of files none of whose citations was checked."""
    lines = []
    if notes.empty:
        count = len(notes.empty)
        lines.append(
            f"{plural(count, 'file')} ({_named(notes.empty)}) {'is' if count == 1 else 'are'} "
            "empty: nothing was checked there."
        )
    if notes.unlisted:
        # CL107 said off (user24 P2 8: "All clear" on a file whose list was not found).
        count = len(notes.unlisted)
        cites = "cites" if count == 1 else "cite"
        lines.append(
            f"{plural(count, 'file')} ({_named(notes.unlisted)}) {cites} by number but no "
            "reference list was read there: its citations and entries were not checked."
        )
    if citing_nothing:
        # Most often a citation style citelint does not read, "(1,2)" or "ref. 3": "All clear"
        # alone would pass an article none of whose citations was checked.
        count = len(citing_nothing)
        lines.append(
            f"{plural(count, 'file')} with a reference list ({_named(citing_nothing)}) "
            f"{'cites' if count == 1 else 'cite'} nothing citelint can read: "
            "citations were not checked there (see 'What it reads' in the README)."
        )
    if uncited:
        # Cited by author and year with no list, or not citing at all: nothing to check.
        count = len(uncited)
        lines.append(
            f"{plural(count, 'file')} ({_named(uncited)}) {'has' if count == 1 else 'have'} no "
            "reference list and no citation citelint can read (numbered, or a PubMed or DOI "
            "link): nothing was checked there; citations by author and year are not read."
        )
    return lines


def _named(paths: Sequence[str]) -> str:
    """The first of ``paths``, and how many more."""
    more = f" and {len(paths) - 1} more" if len(paths) > 1 else ""
    return f"{printable(paths[0])}{more}"


NO_FILES = (
    "No article files found, so nothing was checked (folder scans skip hidden, vendored and "
    "git-ignored files; exclude patterns leave out named files too)."
)


# What each format that marks files says of one whose reference list nothing cites (github's
# notice, SARIF's note); the text summary names them in one line.
CITING_NOTHING = (
    "this file has a reference list but cites nothing citelint can read: its citations "
    "were not checked (see 'What it reads' in the README)"
)


def none_checked_line(count: int, reason: str, reported: bool = True) -> str:
    """An online run none of whose references could be checked: it passes (CL208 is an info),
    and must not read as a clean one."""
    checked = f"0 of {plural(count, 'reference')} could be checked against PubMed ({reason})"
    return f"{checked}: {unchecked_advice(reported)}."


def unchecked_advice(reported: bool) -> str:
    """What fails a run none of whose references could be checked, said by the text summary
    and by standard error alike. ``reported``: whether CL208 is selected; when it is not
    (``--select CL201``), no finding tells the references apart and no --fail-level fails
    the run (cli18: the line named CL208 infos the report did not hold)."""
    if not reported:
        return (
            "CL208, which reports each, is not selected; select it with --fail-level info "
            "to fail such a run"
        )
    return (
        "they are CL208 infos, which pass; --fail-level info or "
        '[tool.citelint.severity] CL208 = "error" fails such a run'
    )


def folded_line(folded: int, links: int = 0, fold: str = Fold.UNVERIFIED) -> str:
    """What stands for the CL208 findings folded away (``fold``), offline without a lock, or
    online those whose lookup failed; ``links`` of them an inline link's (a DOI or PubMed link in
    the text), no entry of a list (user24 P2 7: a file whose list was not found had its
    list's DOIs counted as references)."""
    listed = folded - links
    counted = plural(listed, "reference") if listed else ""
    if links:
        inline = plural(links, "inline DOI or PubMed link")
        counted = f"{counted} and {inline}" if counted else inline
    if fold == Fold.FAILED_LOOKUPS:
        return (
            f"{counted} not checked against PubMed: the network failed or PubMed gave no "
            "usable answer; run again later, or add --show-unverified to list them."
        )
    return (
        f"{counted} not checked against PubMed (offline, no lock): "
        "run `citelint lock`, or add --show-unverified to list them."
    )


def folded_links(findings: Sequence[Finding]) -> int:
    """How many of the CL208 findings are an inline link's: a list's entry is "reference"."""
    return sum(
        1 for f in findings if f.code == UNVERIFIED and not f.message.startswith("reference ")
    )


class FileNotes:
    """What the summary says of files beside the findings: those ``empty``, those citing by
    number with no reference list read (``unlisted``), how many of the CL208 findings folded
    away are inline ``links``, and which CL208 findings were folded (``fold``)."""

    def __init__(
        self,
        empty: Sequence[str] = (),
        unlisted: Sequence[str] = (),
        links: int = 0,
        fold: str = Fold.NOTHING,
    ) -> None:
        self.empty = empty
        self.unlisted = unlisted
        self.links = links
        self.fold = fold

    @property
    def unchecked(self) -> bool:
        """Whether some file read was not checked: no "All clear" then."""
        return bool(self.empty or self.unlisted)
