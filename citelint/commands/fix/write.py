"""Reading, fixing and writing article files: the fixed text is checked before an atomic write."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from citelint.commands.discover import collect_files
from citelint.commands.fix.edit import apply_edits, apply_fix, identifier_notes, note_reads_right
from citelint.commands.fix.links import check_link_fix, describe, link_edits, refuse_if
from citelint.commands.fix.plan import FixRefused, check_fixed, plan_renumbering, why_not_fixable
from citelint.commands.fix.suggested import apply_suggestions
from citelint.commands.fix.unread import why_unread_would_move
from citelint.config import DEFAULT_MAX_FILE_MB
from citelint.errors import CitelintError, InputError
from citelint.files import write_atomically
from citelint.models import Document, Resolution, Status
from citelint.pubmed.outcomes import Resolver
from citelint.read import (
    SUPPORTED_SUFFIXES,
    decode,
    read_file,
    read_path,
    read_text,
    sniff_format,
)
from citelint.report.escape import printable
from citelint.report.text import NO_FILES

# 0: nothing left to fix; 1: something could not be fixed safely, or (--diff, --check) would
# change; 2: a file could not be read or written, as with every other command.
EXIT_OK, EXIT_NOT_FIXED, EXIT_ERROR = 0, 1, 2
# Formats fix does not rewrite: a file it cannot write back byte for byte is left to its tool.
NOT_REWRITTEN = {
    "docx": "fix does not rewrite Word files; renumber the citations in Word, or in the "
    "reference manager that inserted them",
    "jats": "fix does not rewrite JATS XML; renumber in the tool that produced the XML",
}

UNNUMBERED = "cites by author and year; the list has no numbers to put in order"
PANDOC_NUMBERS = "cites by key; pandoc numbers the list itself, so there is nothing to renumber"


@dataclass
class FixResult:
    path: str
    changed: bool = False
    diff: str = ""
    messages: list[str] = field(default_factory=list)
    error: bool = False  # refused or unreadable: the file was not touched
    # Could not be read or written, or is a format fix does not rewrite: not merely refused.
    unreadable: bool = False
    text: str = ""  # the article as fixed, or as read when nothing changed
    # What was not done and why (entries that could not be looked up): said after
    # ``messages``, whether or not anything changed, and never as something done.
    notes: list[str] = field(default_factory=list)


@dataclass
class Fixed:
    """An article's text once fixed: what was done to it, and what was not (``notes``)."""

    text: str
    done: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def input_format_of(path: Path, input_format: str | None) -> str:
    if input_format:
        return input_format
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), "unknown file type; use --input-format")
    return fmt


def read_article(path: Path, max_mb: float = DEFAULT_MAX_FILE_MB) -> str:
    # Refused as check refuses it (binary, not UTF-8), in the same words; UTF-16, which check
    # reads, too: the fixed text would be written back in another encoding. An HTML page is
    # read as it declares, and one in Windows-1252 that does not is refused.
    return decode(read_file(path, max_mb), str(path), wide=False)


def fix_text(
    text: str,
    path: str,
    fmt: str,
    resolver: Resolver | None = None,
    links: Resolver | None = None,
    suggested: Resolver | None = None,
) -> Fixed:
    """The fixed text and what was done; raises FixRefused when it cannot be done safely.

    ``resolver`` adds identifiers to entries; ``links`` replaces wrong inline links;
    ``suggested`` changes citations CL303 finds misnumbered to the entry they likely meant.
    """
    # The readers drop a byte-order mark, which would shift every column of the first line.
    mark = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(mark) :]
    if re.search("\r(?!\n)", body):
        # The readers count a lone carriage return as a line break; positions would not match.
        raise FixRefused("cannot fix safely: lines end in a bare carriage return (old Mac style)")
    messages: list[str] = []
    if links is not None:
        body, messages = _fix_links(body, path, fmt, links)
    if suggested is not None:
        body, done = apply_suggestions(body, path, fmt, suggested)
        messages += done
    document = read_text(body, path, fmt)
    if document.format == "pandoc":
        return Fixed(mark + body, messages or [PANDOC_NUMBERS])
    problem = why_not_fixable(document)
    if problem is not None and (links is not None or suggested is not None):
        # What the links and suggestions changed stands; only the numbering is left alone.
        return Fixed(mark + body, messages)
    if problem is not None:
        raise FixRefused(f"cannot fix safely: {problem}")
    fixed = _fix_body(body, document, path, fmt, resolver)
    return Fixed(mark + fixed.text, messages + fixed.done, fixed.notes)


def _fix_links(text: str, path: str, fmt: str, resolver: Resolver) -> tuple[str, list[str]]:
    document = read_text(text, path, fmt)
    edits, citations = link_edits(text, document, resolver)
    if not edits:
        return text, []
    fixed = apply_edits(text, edits)
    refuse_if(check_link_fix(document, fixed, citations))
    return fixed, [describe(citations, edits)]


def _fix_body(
    text: str, document: Document, path: str, fmt: str, resolver: Resolver | None
) -> Fixed:
    messages = []
    mapping = plan_renumbering(document)
    fixed = text
    if mapping is not None:
        # Before any edit: a number the reader declined may be a citation the renumbering
        # would silently point at another work.
        unread = why_unread_would_move(text, document, mapping)
        if unread is not None:
            raise FixRefused(f"cannot fix safely: {unread}")
        fixed = apply_fix(text, document, mapping)
        check = check_fixed(document, read_text(fixed, path, fmt))
        if check is not None:
            raise FixRefused(check)
        moves = ", ".join(f"{old}→{new}" for old, new in sorted(mapping.items()) if old != new)
        messages.append(f"renumbered references in order of first citation ({moves})")
    if resolver is None:
        return Fixed(fixed, messages)
    renumbered = read_text(fixed, path, fmt)
    found = resolver.resolve(renumbered.references)
    resolutions = {resolution.reference: resolution for resolution in found}
    # Each note is tried alone: one that would change how its entry reads is left out.
    edits = []
    for note in identifier_notes(fixed, renumbered, resolutions):
        alone = read_text(apply_edits(fixed, [note.edit]), path, fmt)
        if note_reads_right(renumbered, alone, note):
            edits.append(note.edit)
    if edits:
        with_ids = apply_edits(fixed, edits)
        check = check_fixed(renumbered, read_text(with_ids, path, fmt))
        if check is not None:
            raise FixRefused(check)
        messages.append(f"added identifiers to {len(edits)} reference entries")
        fixed = with_ids
    return Fixed(fixed, messages, _not_looked_up(renumbered, found))


def _not_looked_up(document: Document, found: list[Resolution]) -> list[str]:
    """Said when entries lacking an identifier could not be looked up (offline with no lock,
    cache or mirror answer, or the network failed): else the file reads as having none to add."""
    lacking = {entry.number for entry in document.references if not (entry.pmid or entry.doi)}
    unchecked = [r for r in found if r.status == Status.UNVERIFIED and r.reference in lacking]
    if not unchecked:
        return []
    return [
        f"{len(unchecked)} reference entries without an identifier could not be looked up "
        f"({unchecked[0].reason}): nothing added to them"
    ]


def fix_file(
    path: str | Path,
    dry_run: bool,
    input_format: str | None = None,
    resolver: Resolver | None = None,
    links: Resolver | None = None,
    suggested: Resolver | None = None,
    max_mb: float = DEFAULT_MAX_FILE_MB,
) -> FixResult:
    """Fix one article in place (or only report with ``dry_run``); never half-writes it."""
    path = Path(path)
    try:
        fmt = input_format_of(path, input_format)
        if fmt in NOT_REWRITTEN:
            return _not_rewritten(path, fmt, max_mb)
        text = read_article(path, max_mb)
    except InputError as error:
        problem = [f"{path}: {error.problem}"]
        return FixResult(str(path), error=True, unreadable=True, messages=problem)
    result = fixed_result(text, str(path), fmt, resolver, dry_run, links, suggested)
    if result.changed and not dry_run:
        try:
            write_fixed(path, text, result.text, max_mb)
        except (OSError, CitelintError) as error:
            result.error, result.unreadable, result.changed = True, True, False
            result.messages = [f"{path}: not written: {error}"]
    return result


def _not_rewritten(path: Path, fmt: str, max_mb: float) -> FixResult:
    """A Word or JATS file: read only to say whether it needs renumbering by its own tool.

    A folder of articles often holds a few such files; one already in order is no failure.
    """
    try:
        document = read_path(path, fmt, max_mb=max_mb, claim_text=False)
    except InputError as error:
        return FixResult(str(path), error=True, unreadable=True, messages=[f"{path}: {error}"])
    if document.references and not any(entry.numbered for entry in document.references):
        return FixResult(str(path), messages=[f"{path}: {UNNUMBERED}"])
    problem = why_not_fixable(document)
    if problem is None and plan_renumbering(document) is None:
        return FixResult(str(path), messages=[f"{path}: already in citation order"])
    why = problem or "references are out of citation order"
    return FixResult(str(path), error=True, messages=[f"{path}: {why}; {NOT_REWRITTEN[fmt]}"])


def fixed_result(
    text: str,
    name: str,
    fmt: str,
    resolver: Resolver | None,
    dry_run: bool,
    links: Resolver | None = None,
    suggested: Resolver | None = None,
) -> FixResult:
    """What fixing ``text`` gives, its diff and messages; nothing is written here."""
    path = name
    result = FixResult(name, text=text)
    try:
        fixed = fix_text(text, name, fmt, resolver, links, suggested)
    except InputError as error:  # a file the article needs cannot be read: a usage error
        result.error = result.unreadable = True
        result.messages.append(str(error) if error.path == path else f"{path}: {error}")
        return result
    except CitelintError as error:
        result.error = True
        result.messages.append(f"{path}: {error}")
        return result
    result.notes = [f"{path}: {note}" for note in fixed.notes]
    if fixed.text == text:
        nothing = "no link to fix, and already in citation order" if links else None
        if suggested and not links:
            nothing = "no citation to change, and already in citation order"
        said = fixed.done[0] if fixed.done else nothing or "already in citation order"
        result.messages.append(f"{path}: {said}")
        return result
    result.changed, result.text = True, fixed.text
    result.diff = unified_diff(text, fixed.text, printable(_shown_name(Path(path))))
    would = "would have " if dry_run else ""
    result.messages.extend(f"{path}: {would}{message}" for message in fixed.done)
    return result


def _shown_name(path: Path) -> str:
    """The path as the diff names it: relative to the working directory when inside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(os.getcwd())).as_posix()
    except ValueError:
        return path.as_posix()


def unified_diff(before: str, after: str, name: str) -> str:
    """A patch ``git apply`` and ``patch`` accept, line endings and all."""
    lines = difflib.unified_diff(
        _lines(before),
        _lines(after),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _lines(text: str) -> list[str]:
    # Not str.splitlines: that also breaks at form feeds and U+2028, which patch tools do not.
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def write_fixed(
    path: Path, expected: str, new_text: str, max_mb: float = DEFAULT_MAX_FILE_MB
) -> None:
    """Replace the article in one step; refuse if it changed since it was read."""

    def unchanged_since_read() -> None:
        if read_article(path, max_mb) != expected:
            raise FixRefused("the file changed while it was being fixed")

    write_atomically(path, new_text, check=unchanged_since_read)


def run_fix(
    paths: Sequence[str],
    diff_only: bool,
    input_format: str | None = None,
    resolver: Resolver | None = None,
    exclude: Sequence[str] = (),
    check_only: bool = False,
    stdin: str | None = None,
    links: Resolver | None = None,
    suggested: Resolver | None = None,
    max_mb: float = DEFAULT_MAX_FILE_MB,
) -> tuple[str, str, int]:
    """Fix every article under ``paths``: (standard output, standard error, exit code).

    ``-`` fixes ``stdin`` (the text read from standard input) and writes the result to standard
    output. With ``diff_only`` the output is a patch, with ``check_only`` nothing but messages;
    neither writes a file. Exit codes as EXIT_OK, EXIT_NOT_FIXED and EXIT_ERROR say.
    """
    dry_run = diff_only or check_only
    results = []
    if "-" in paths:
        results.append(_fix_stdin(stdin or "", input_format, resolver, dry_run, links, suggested))
    for path in collect_files([name for name in paths if name != "-"], exclude):
        results.append(fix_file(path, dry_run, input_format, resolver, links, suggested, max_mb))
    output: list[str] = []
    errors: list[str] = [] if results else [f"citelint: {NO_FILES}\n"]
    for result in results:
        told = result.messages + result.notes
        if result.error:
            errors.extend(f"citelint: error: {printable(m)}\n" for m in told)
        elif dry_run or result.path == "-":
            # Standard output stays a clean patch or article; what was done goes to stderr.
            errors.extend(f"citelint: {printable(m)}\n" for m in told)
        else:
            output.extend(f"{printable(m)}\n" for m in told)
        if result.path == "-" and not dry_run:
            output.append(result.text)
        elif diff_only:
            output.append(result.diff)
    return "".join(output), "".join(errors), _exit_code(results, dry_run)


def _fix_stdin(
    text: str,
    input_format: str | None,
    resolver: Resolver | None,
    dry_run: bool,
    links: Resolver | None,
    suggested: Resolver | None = None,
) -> FixResult:
    fmt = input_format or sniff_format(text)
    return fixed_result(text, "-", fmt, resolver, dry_run, links, suggested)


def _exit_code(results: Sequence[FixResult], dry_run: bool) -> int:
    if any(result.unreadable for result in results):
        return EXIT_ERROR
    if any(result.error or (dry_run and result.changed) for result in results):
        return EXIT_NOT_FIXED
    return EXIT_OK
