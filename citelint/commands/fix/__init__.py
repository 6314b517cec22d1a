"""``citelint fix``: renumber citations in order of first citation and reorder the list to match.

Every edit is made at a source position the reader reported, all against the original
text, so offsets never shift and whatever the fix does not mean to change stays byte for
byte (line endings included). The result is read again and checked before anything is
written: if the fixed article is still out of order, or any claim would cite a different
work, the file is left alone. Writes go to a temporary file beside the article that then
replaces it in one step, so the article is never left half-written.
"""

from __future__ import annotations

import sys

import click

from citelint.commands.common import settings
from citelint.commands.options import lock_option, resolver_for
from citelint.read import INPUT_FORMATS


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--diff", "diff_only", is_flag=True, help="Print the changes as a unified diff; write nothing."
)
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit 1 when a file would change or cannot be fixed.",
)
@click.option(
    "--add-identifiers",
    is_flag=True,
    help="Also write the PMID/DOI into entries PubMed resolves with certainty.",
)
@click.option(
    "--links",
    is_flag=True,
    help="Also replace inline PubMed, PMC and DOI links whose record does not fit their label, "
    "where a PubMed search finds exactly one paper that clearly fits it.",
)
@click.option(
    "--suggested",
    is_flag=True,
    help="Also change citations CL303 finds misnumbered to the one entry they likely meant.",
)
@click.option(
    "--offline",
    is_flag=True,
    help="With --add-identifiers, --links or --suggested: cache and lock only.",
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Settings file.")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Read every file as this format instead of guessing from its suffix.",
)
@lock_option
def fix(
    paths: tuple[str, ...],
    diff_only: bool,
    check_only: bool,
    add_identifiers: bool,
    links: bool,
    suggested: bool,
    offline: bool,
    config_file: str | None,
    input_format: str | None,
    lock_path: str | None,
) -> None:
    """Renumber citations in order of first citation and reorder the reference list to match;
    with --links, also put right inline links whose PMID, DOI or PMC id names another paper;
    with --suggested, cite the entry CL303 finds a misnumbered citation likely meant.

    '-' reads the article from standard input and writes the fixed article to standard output.
    Exit code 0 when nothing is left to fix, 1 when a file cannot be fixed safely (or, with
    --diff or --check, would change), 2 when a file cannot be read or written.
    """
    from citelint.commands.fix.write import run_fix
    from citelint.read import read_standard_input

    config = settings(config_file, None, None, None, offline, None, False, input_format)
    resolver = resolver_for(config, lock_path) if add_identifiers or links or suggested else None
    stdin = read_standard_input(config.max_file_mb) if "-" in paths else None
    output, errors, code = run_fix(
        paths,
        diff_only,
        config.input_format,
        resolver if add_identifiers else None,
        config.exclude,
        check_only,
        stdin,
        resolver if links else None,
        resolver if suggested else None,
        config.max_file_mb,
    )
    click.echo(output, nl=False)
    click.echo(errors, nl=False, err=True)
    sys.exit(code)
