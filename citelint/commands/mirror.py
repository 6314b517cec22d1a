"""``citelint mirror build|update|info``: a local PubMed mirror from NLM's XML files."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import click

from citelint.config import find_config_file, load_config
from citelint.errors import CitelintError
from citelint.pubmed.mirror.location import mirror_path
from citelint.pubmed.mirror.source import collect
from citelint.pubmed.mirror.store import MirrorError, connect, describe, read_meta
from citelint.pubmed.mirror.write import Applied, build, update

# Each reading process holds a whole file's records: more than a few by default would take
# gigabytes on a many-core server, and the single writer caps the gain anyway.
MOST_DEFAULT_JOBS = 4
MIRROR_HELP = "The mirror database (default: CITELINT_PUBMED_MIRROR or 'mirror' in the settings)."


@click.group(name="mirror")
def mirror_group() -> None:
    """A local PubMed mirror (SQLite) from PubMed XML files, for checks without the network.

    NLM publishes PubMed as yearly baseline files and daily update files
    (pubmed25n0001.xml.gz ...). Build from the baseline once, apply the updates as they come,
    and point check, audit and lock at the result with --mirror.
    """


def _mirror_option(function):  # type: ignore[no-untyped-def]
    options = [
        click.option("--mirror", "mirror", type=click.Path(dir_okay=False), help=MIRROR_HELP),
        click.option(
            "--config",
            "config_file",
            type=click.Path(dir_okay=False),
            help="Settings file (default: nearest .citelint.toml or pyproject.toml).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _jobs_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        help="Read files in this many processes while one writes (default: one per core, at "
        f"most {MOST_DEFAULT_JOBS}; 1: no other process). Each holds one whole file's records, "
        "about 100-200 MB for a baseline file. The mirror is the same for any number.",
    )(function)


def _jobs(asked: int | None) -> int:
    from citelint.commands.stream import default_jobs  # here: 'mirror info' needs none of it

    return asked or min(default_jobs(), MOST_DEFAULT_JOBS)


@contextlib.contextmanager
def _terminate_as_error(target: Path) -> Iterator[None]:
    """A terminate signal (``timeout``, a CI job cancelled) ends a build with an error, as
    Ctrl-C does: its clean-up runs, so no temporary file or reading process is left behind."""

    def stop(signum: int, frame: object) -> None:
        raise CitelintError(f"{target}: stopped by a terminate signal")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _target(mirror: str | None, config_file: str | None) -> Path:
    config_path = Path(config_file) if config_file else find_config_file(Path.cwd())
    path = mirror_path(mirror, load_config(config_path))
    if path is None:
        raise CitelintError(
            "name the mirror database with --mirror, CITELINT_PUBMED_MIRROR or 'mirror' "
            "in the settings"
        )
    return path


def _report(applied: Applied) -> None:
    if applied.earlier_year:
        year, newest = applied.earlier_year
        click.echo(
            f"citelint: warning: {applied.path.name}: an update file of {year}, before this "
            f"mirror's {newest} files, skipped (it would put older versions of records in place "
            "of newer ones)",
            err=True,
        )
    elif applied.skipped:
        click.echo(f"{applied.path.name}: applied before, skipped")
    else:
        click.echo(
            f"{applied.path.name}: {applied.records} record(s) stored, {applied.deleted} deleted"
        )


@mirror_group.command(name="build")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--abstracts",
    is_flag=True,
    help="Keep abstracts and MeSH headings too (needed for the claim checks CL301-CL305).",
)
@_jobs_option
@_mirror_option
def build_command(
    paths: tuple[str, ...],
    abstracts: bool,
    jobs: int | None,
    mirror: str | None,
    config_file: str | None,
) -> None:
    """Build a new mirror from PubMed XML files (.xml.gz, .xml, or folders of them).

    Files are read in name order, which is NLM's order: later versions of a record replace
    earlier ones, and <DeleteCitation> removes records. An existing mirror at the same path
    is replaced once the new one is complete.
    """
    target = _target(mirror, config_file)
    files = collect(paths)
    started = time.perf_counter()
    with _terminate_as_error(target):
        count = build(target, files, abstracts, _report, _jobs(jobs))
    seconds = time.perf_counter() - started
    click.echo(f"{target}: {count} record(s) from {len(files)} file(s) in {seconds:.1f} s")


@mirror_group.command(name="update")
@click.argument("paths", nargs=-1, required=True)
@_jobs_option
@_mirror_option
def update_command(
    paths: tuple[str, ...], jobs: int | None, mirror: str | None, config_file: str | None
) -> None:
    """Apply PubMed update files in name order; files applied before are skipped.

    Each file is applied in one transaction: a bad file changes nothing, and the files
    before it stay applied.
    """
    target = _target(mirror, config_file)
    with _terminate_as_error(target):
        count = update(target, collect(paths), _report, jobs=_jobs(jobs))
    click.echo(f"{target}: {count} record(s)")


@mirror_group.command(name="info")
@_mirror_option
def info_command(mirror: str | None, config_file: str | None) -> None:
    """Records held, abstracts or not, and the last file applied with its date."""
    target = _target(mirror, config_file)
    db = connect(target, write=False)
    try:
        meta = read_meta(db)
        files = db.execute("SELECT count(*) FROM files").fetchone()[0]
        last = db.execute(
            "SELECT name, dated, applied FROM files ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    except sqlite3.Error as error:
        raise MirrorError(f"{target}: {describe(error)}") from None
    finally:
        db.close()
    click.echo(f"mirror: {target}")
    click.echo(f"records: {meta.get('records', '0')}")
    click.echo(f"abstracts: {meta.get('abstracts', 'no')}")
    click.echo(f"files applied: {files}")
    if last:
        click.echo(f"last file: {last[0]} (dated {last[1]}, applied {last[2]})")
    else:
        click.echo("last file: none")
    click.echo(f"made by: citelint {meta.get('citelint', '?')} on {meta.get('created', '?')}")
