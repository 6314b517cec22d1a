"""The ``citelint`` command: one group, with each subcommand in a module of its own."""

from __future__ import annotations

import logging
import os
import sys

import click

from citelint import __version__
from citelint.commands.audit import audit
from citelint.commands.baseline import baseline
from citelint.commands.check import check
from citelint.commands.fix import fix
from citelint.commands.lock import lock_command
from citelint.commands.options import EXIT_CLEAN, EXIT_ERROR
from citelint.commands.rules import list_rules
from citelint.errors import CitelintError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citelint")
def cli() -> None:
    """Check the numbered citations of medical articles against their references and PubMed."""


for command in (check, audit, baseline, lock_command, fix, list_rules):
    cli.add_command(command)


def redact_secrets(text: str) -> str:
    """The NCBI API key must never reach a terminal or a CI log, whatever went wrong."""
    key = os.environ.get("NCBI_API_KEY")
    return text.replace(key, "***") if key else text


def main() -> None:
    """Entry point: every failure becomes one line on stderr and exit code 2, never a traceback."""
    # Warnings (retries, an unusable cache) go to stderr, away from the report on stdout.
    logging.basicConfig(format="citelint: warning: %(message)s", level=logging.WARNING)
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("citelint: aborted", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except CitelintError as error:
        click.echo(f"citelint: error: {error}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("citelint: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as error:  # noqa: BLE001 - the promise is: no traceback, ever
        if os.environ.get("CITELINT_DEBUG"):
            raise
        message = f"citelint: internal error: {type(error).__name__}: {error}"
        click.echo(redact_secrets(message), err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)
