"""``citelint lock``: resolve every reference on PubMed and record it in the lock file."""

from __future__ import annotations

import sys

import click

from citelint.commands.common import (
    lock_path_for,
    project_paths,
    report_errors,
    settings,
)
from citelint.commands.discover import collect_files
from citelint.commands.options import common_options, lock_option
from citelint.commands.pipeline import (
    config_folder,
    read_documents,
)
from citelint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, CitelintError
from citelint.pubmed.lock import LockFile
from citelint.pubmed.mirror.resolve import build_resolver_with_mirror
from citelint.pubmed.refresh import refresh_lock
from citelint.report.escape import printable


@click.command(name="lock")
@click.argument("paths", nargs=-1)
@lock_option
@common_options
def lock_command(paths: tuple[str, ...], lock_path: str | None, **options: object) -> None:
    """Resolve every reference on PubMed and record it in citelint.lock.

    A refresh asks PubMed again, past the cache, so a retraction published since the last
    run is seen; it is reported and makes the exit code 1.
    """
    config = settings(**options)  # type: ignore[arg-type]
    path = lock_path_for(config, lock_path)
    if config.offline and not config.mirror:
        # Nothing could be looked up: a lock written now would hold nothing, and its mere
        # presence changes what later offline checks say.
        raise CitelintError(
            f"{printable(str(path))}: not written: offline (--offline or 'offline = true' in "
            "the settings) and no --mirror, so no reference can be looked up"
        )
    # Past the cache, or a weekly refresh would never see a new retraction.
    config.refresh = True
    paths = project_paths(paths, config)
    files = collect_files(paths, config.exclude, config_folder(config))
    documents, errors = read_documents(files, config, claim_text=False)
    report_errors(errors)
    lock = LockFile.load(path)
    # The lock keeps whole records, abstracts included, for later offline runs.
    resolver = build_resolver_with_mirror(config, want_abstracts=True)
    resolver = click.get_current_context().with_resource(resolver)
    refreshed = refresh_lock(lock, documents, resolver)
    for message in refreshed.messages:
        click.echo(printable(message))  # they quote the entries' titles and file names
    if refreshed.unchecked and not refreshed.checked:
        # The network failed, or the mirror lacked them all: any lock there is stays as it was.
        # Exit 2, not 1: nothing was found, the command could not do its job, and a scheduled
        # refresh must tell "PubMed unreachable" from "a new retraction".
        raise CitelintError(
            f"{printable(str(path))}: not written: none of the {refreshed.unchecked} "
            f"references could be checked ({printable(refreshed.reason)})"
        )
    dropped = lock.save(path, covered=paths)
    # Verdicts of entries the articles no longer cite (corrected, retitled or removed) go.
    gone = f"; {dropped} no article cites any more dropped" if dropped else ""
    # One summary for the run (user27 P3-4: "Added 58 new entries" came before it).
    new = f", {refreshed.added} new" if refreshed.added else ""
    click.echo(f"{printable(str(path))}: {len(lock)} reference(s) locked{new}{gone}.")
    if errors:
        sys.exit(EXIT_ERROR)
    # A scheduled refresh must notice both a new retraction and a refresh that could not check
    # some references; not an entry no run can check as written (a title in another language
    # without its PMID or DOI): named above, it would fail every night (user26 P2-7).
    alarming = refreshed.retracted or refreshed.unchecked > refreshed.lasting
    sys.exit(EXIT_FINDINGS if alarming else EXIT_CLEAN)
