"""The ``citelint`` command: one group, with each subcommand in a module of its own."""

from __future__ import annotations

import importlib
import sys

import click

from citelint import __version__
from citelint.commands.failures import run_reporting_failures
from citelint.errors import EXIT_ERROR

# Where each subcommand lives. A command's module is imported only when that command runs
# (or the help lists them all), so `citelint --version` and `citelint rules` start as fast as
# click allows, and no command pays for another's imports.
COMMANDS = {
    "audit": "citelint.commands.audit:audit",
    "baseline": "citelint.commands.baseline:baseline",
    "check": "citelint.commands.check_options:check",
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


def main() -> None:
    """Entry point: every failure becomes one line on stderr and exit code 2, never a traceback."""
    run_reporting_failures(_run_click)


def _run_click() -> object:
    try:
        return cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("citelint: aborted", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
