"""The ``citelint`` command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from citelint import __version__
from citelint.config import Config, find_config_file, load_config, split_codes
from citelint.engine import LintResult, lint_paths
from citelint.errors import CitelintError
from citelint.models import Severity
from citelint.report import FORMATS, render
from citelint.resolve import build_resolver
from citelint.rules import ALL_RULES, get_rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
INPUT_FORMATS = ("txt", "md", "html")


def use_colour(choice: str, stream: object) -> bool:
    """click ignores NO_COLOR, so the convention (https://no-color.org) is applied here."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def settings(
    config_file: str | None,
    select: str | None,
    ignore: str | None,
    fail_level: str | None,
    offline: bool,
    cache_dir: str | None,
    no_cache: bool,
    input_format: str | None,
) -> Config:
    """The configuration file's settings with the command line laid over them."""
    path = Path(config_file) if config_file else find_config_file(Path.cwd())
    config = load_config(path)
    if select is not None:
        config.select = split_codes(select)
    if ignore is not None:
        config.ignore = [*config.ignore, *split_codes(ignore)]
    if fail_level is not None:
        config.fail_level = Severity.parse(fail_level)
    config.offline = offline or config.offline
    config.cache_dir = cache_dir or os.environ.get("CITELINT_CACHE_DIR") or config.cache_dir
    config.no_cache = no_cache or config.no_cache
    config.input_format = input_format or config.input_format
    return config


def common_options(function):  # type: ignore[no-untyped-def]
    options = [
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
        click.option(
            "--offline", is_flag=True, help="No network: use the lock file and cache only."
        ),
        click.option(
            "--cache-dir", type=click.Path(file_okay=False), help="Where records are cached."
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the record cache."),
        click.option(
            "--input-format",
            type=click.Choice(INPUT_FORMATS),
            help="Read every file as this format instead of guessing from its suffix.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citelint")
def cli() -> None:
    """Check the numbered citations of medical articles against their references and PubMed."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour text output; NO_COLOR turns 'auto' off.",
)
@common_options
def check(paths: tuple[str, ...], fmt: str, color: str, **options: object) -> None:
    """Lint article files or directories ('-' reads standard input)."""
    config = settings(**options)  # type: ignore[arg-type]
    result = lint_paths(paths, config, build_resolver(config))
    report_errors(result)
    output = render(fmt, result.findings, result.files, use_colour(color, sys.stdout))
    click.echo(output, nl=False)
    sys.exit(exit_code(result, config))


@cli.command(name="rules")
@click.argument("code", required=False)
def list_rules(code: str | None) -> None:
    """Show the rule catalogue, or one rule's page."""
    if code is None:
        for rule in ALL_RULES:
            click.echo(f"{rule.code}  {rule.name:<22} {rule.severity.label:<8} {rule.summary}")
        return
    rule = get_rule(code)
    if rule is None:
        raise CitelintError(f"no rule {code!r}; 'citelint rules' lists them all")
    from citelint.catalogue import rule_page

    click.echo(rule_page(rule), nl=False)


def report_errors(result: LintResult) -> None:
    for error in result.errors:
        click.echo(f"citelint: error: {error}", err=True)


def exit_code(result: LintResult, config: Config) -> int:
    if result.errors:
        return EXIT_ERROR
    if any(f.severity >= config.fail_level for f in result.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def main() -> None:
    """Entry point: every failure becomes one line on stderr and exit code 2, never a traceback."""
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
        click.echo(f"citelint: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)
