"""The options the commands declare with click, and the resolver closed with a command.

What the commands share that needs no click is in ``common``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from citelint.commands.common import open_resolver
from citelint.config import Config
from citelint.read import INPUT_FORMATS

if TYPE_CHECKING:
    from collections.abc import Callable

    from citelint.pubmed.outcomes import Resolver

    # A click option, as it decorates a command's function.
    Option = Callable[[Callable[..., object]], Callable[..., object]]


def common_options(function):  # type: ignore[no-untyped-def]
    """The options check, audit, baseline and lock share, in the order help lists them."""
    options = [*_rule_options(), *_lookup_options(), *_file_options()]
    for option in reversed(options):
        function = option(function)
    return function


def _rule_options() -> list[Option]:
    """The settings file, and which rules run and fail the run."""
    return [
        click.option(
            "--config",
            "config_file",
            type=click.Path(dir_okay=False),
            help="Settings file (default: nearest .citelint.toml or pyproject.toml).",
        ),
        click.option("--select", help="Only these rule codes or prefixes, e.g. CL1,CL201."),
        click.option("--ignore", help="Skip these rule codes or prefixes."),
        click.option(
            "--fail-level",
            type=click.Choice(["error", "warning", "info"]),
            help="Lowest severity that makes the exit code 1 (default: error).",
        ),
    ]


def _lookup_options() -> list[Option]:
    """Where records come from: the network, the mirror, the cache."""
    return [
        click.option(
            "--offline",
            is_flag=True,
            help="No network: use the lock file, the cache and the PubMed mirror only.",
        ),
        click.option(
            "--mirror",
            type=click.Path(dir_okay=False),
            help="PubMed mirror database to ask before E-utilities ('citelint mirror build').",
        ),
        click.option(
            "--mirror-complete",
            is_flag=True,
            help="The mirror holds all of PubMed: what it lacks is not found, even offline.",
        ),
        click.option(
            "--cache-dir", type=click.Path(file_okay=False), help="Where records are cached."
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the record cache."),
        click.option(
            "--refresh",
            is_flag=True,
            help="Ask PubMed again, past cached answers; cache the new ones.",
        ),
    ]


def _file_options() -> list[Option]:
    """How the files are read, and which are skipped."""
    return [
        click.option(
            "--input-format",
            type=click.Choice(INPUT_FORMATS),
            help="Read every file as this format instead of guessing from its suffix.",
        ),
        click.option(
            "--references",
            type=click.Path(dir_okay=False),
            help="The article's reference list kept beside it (.nbib from PubMed, or .ris); "
            "entry n is cited as [n].",
        ),
        click.option(
            "--exclude",
            help="Comma-separated glob patterns to skip, instead of the configured 'exclude'.",
        ),
        click.option(
            "--extend-exclude",
            help="Comma-separated glob patterns to skip, besides the configured 'exclude'.",
        ),
    ]


def lock_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--lock",
        "lock_path",
        type=click.Path(dir_okay=False),
        help="Lock file of resolved references (default: citelint.lock beside the config).",
    )(function)


def progress_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--progress/--no-progress",
        default=True,
        show_default=True,
        help="Progress bar on stderr; never drawn when stderr is not a terminal.",
    )(function)


def jobs_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        help="Check files in this many processes (default: one per core; 1: no other process).",
    )(function)


def color_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour text output; NO_COLOR turns 'auto' off.",
    )(function)


def resolver_for(config: Config, lock_path: str | Path | None) -> Resolver:
    """The lock file first, then the cache, then the mirror, then PubMed (unless offline)."""
    # Closed with the command: the cache's database and the HTTP session are let go.
    return click.get_current_context().with_resource(open_resolver(config, lock_path))
