"""The ``citelint`` command: one group, with each subcommand in a module of its own."""

from __future__ import annotations

import importlib
import os
import sys

import click

from citelint import __version__, logs
from citelint.errors import EXIT_CLEAN, EXIT_ERROR, CitelintError

# Where each subcommand lives. A command's module is imported only when that command runs
# (or the help lists them all), so `citelint --version` and `citelint rules` start as fast as
# click allows, and no command pays for another's imports.
COMMANDS = {
    "audit": "citelint.commands.audit:audit",
    "baseline": "citelint.commands.baseline:baseline",
    "check": "citelint.commands.check:check",
    "fix": "citelint.commands.fix:fix",
    "lock": "citelint.commands.lock:lock_command",
    "mirror": "citelint.commands.mirror:mirror_group",
    "rules": "citelint.commands.rules:list_rules",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module when the subcommand is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            module, attribute = COMMANDS[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citelint")
def cli() -> None:
    """Check the numbered citations of medical articles against their references and PubMed."""


def redact_secrets(text: str) -> str:
    """The NCBI API key must never reach a terminal or a CI log, whatever went wrong."""
    key = os.environ.get("NCBI_API_KEY")
    return text.replace(key, "***") if key else text


def escaped(text: str) -> str:
    """``report.escape.printable``, imported when a line is written: the report package
    loads the data model, which `citelint --version` does not need."""
    from citelint.report.escape import printable

    return printable(text)


def main() -> None:
    """Entry point: every failure becomes one line on stderr and exit code 2, never a traceback."""
    # Warnings (retries, an unusable cache) go to stderr, away from the report on stdout; set
    # up with the first one, as logging takes a third of Python's start-up to import.
    logs.on_stderr()
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("citelint: aborted", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except CitelintError as error:
        click.echo(f"citelint: error: {escaped(str(error))}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("citelint: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as error:  # noqa: BLE001 - the promise is: no traceback, ever
        if os.environ.get("CITELINT_DEBUG"):
            raise
        message = f"citelint: internal error: {type(error).__name__}: {error}"
        click.echo(escaped(redact_secrets(message)), err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)
