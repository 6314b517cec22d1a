"""The ``citelint`` command."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from citelint import __version__
from citelint.commands.pipeline import (
    LintResult,
    collect_files,
    config_folder,
    lint_paths,
    read_documents,
)
from citelint.config import Config, find_config_file, load_config, split_codes
from citelint.errors import CitelintError, InputError
from citelint.models import Severity
from citelint.pubmed.lock import LockFile, LockResolver, default_lock_path, refresh_lock
from citelint.pubmed.resolver import Resolver, build_resolver
from citelint.report import FORMATS, render
from citelint.report.baseline import load_baseline, write_baseline
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
    refresh: bool = False,
) -> Config:
    """The configuration file's settings with the command line laid over them."""
    path = Path(config_file) if config_file else find_config_file(Path.cwd())
    config = load_config(path)
    check_codes([*config.select, *config.ignore, *config.severity], str(path))
    if select is not None:
        config.select = check_codes(split_codes(select), "--select")
    if ignore is not None:
        config.ignore = [*config.ignore, *check_codes(split_codes(ignore), "--ignore")]
    if fail_level is not None:
        config.fail_level = Severity.parse(fail_level)
    config.offline = offline or config.offline
    config.cache_dir = cache_dir or os.environ.get("CITELINT_CACHE_DIR") or config.cache_dir
    config.no_cache = no_cache or config.no_cache
    config.refresh = refresh
    config.input_format = input_format or config.input_format
    if not any(config.is_selected(rule.code) for rule in ALL_RULES):
        raise CitelintError("the selected and ignored codes leave no rule to run")
    return config


def check_codes(codes: list[str], where: str) -> list[str]:
    """A mistyped code would silently switch rules off, so every code must name a rule."""
    for code in codes:
        if not any(rule.code.startswith(code) for rule in ALL_RULES):
            raise CitelintError(f"{where}: no rule matches {code!r}; 'citelint rules' lists them")
    return codes


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
            "--refresh",
            is_flag=True,
            help="Ask PubMed again, past cached answers; cache the new ones.",
        ),
        click.option(
            "--input-format",
            type=click.Choice(INPUT_FORMATS),
            help="Read every file as this format instead of guessing from its suffix.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def lock_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--lock",
        "lock_path",
        type=click.Path(dir_okay=False),
        help="Lock file of resolved references (default: citelint.lock beside the config).",
    )(function)


def color_option(function):  # type: ignore[no-untyped-def]
    return click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour text output; NO_COLOR turns 'auto' off.",
    )(function)


def lock_path_for(config: Config, lock_path: str | None) -> Path:
    return Path(lock_path) if lock_path else default_lock_path(config)


def resolver_for(config: Config, lock_path: str | None) -> Resolver:
    """The lock file first, then the cache, then PubMed (unless offline)."""
    lock = LockFile.load(lock_path_for(config, lock_path))
    resolver = LockResolver(lock, fallback=build_resolver(config))
    # Closed with the command: the cache's database and the HTTP session are let go.
    return click.get_current_context().with_resource(resolver)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="citelint")
def cli() -> None:
    """Check the numbered citations of medical articles against their references and PubMed."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@color_option
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Accept the findings recorded in this baseline file; report only new ones.",
)
@lock_option
@common_options
def check(
    paths: tuple[str, ...],
    fmt: str,
    color: str,
    baseline_path: str | None,
    lock_path: str | None,
    **options: object,
) -> None:
    """Lint article files or directories ('-' reads standard input)."""
    config = settings(**options)  # type: ignore[arg-type]
    result = lint_paths(paths, config, resolver_for(config, lock_path))
    baseline_path = baseline_path or config.baseline
    if baseline_path:
        result.findings = load_baseline(baseline_path).filter(result.findings, result.documents)
    report_errors(result.errors)
    colour = use_colour(color, sys.stdout)
    output = render(fmt, result.findings, result.files, colour, result.documents, result.errors)
    # click.echo would strip colour codes again whenever stdout is not a terminal.
    click.echo(output, nl=False, color=colour)
    sys.exit(exit_code(result, config))


@cli.command()
@click.argument("path")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    help="Also write the audit as one self-contained HTML page to this file.",
)
@color_option
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="Progress bar on stderr; never drawn when stderr is not a terminal.",
)
@lock_option
@common_options
def audit(
    path: str,
    fmt: str,
    html_path: str | None,
    color: str,
    progress: bool,
    lock_path: str | None,
    **options: object,
) -> None:
    """Show each claim with its cited record, support score and evidence sentence.

    Unreadable files are named on stderr and make the exit code 2, as with ``check``; the
    audit of what could be read is still written.
    """
    from citelint.files import write_atomically
    from citelint.report.audit_html import render_audit_html
    from citelint.report.audit_json import render_audit_json
    from citelint.report.audit_text import render_audit_text
    from citelint.support.audit import build_audit, ensure_resolutions
    from citelint.support.audit import progress as progress_bar

    config = settings(**options)  # type: ignore[arg-type]
    resolver = resolver_for(config, lock_path)
    result = lint_paths([path], config, resolver)
    # The audit is about what the cited papers say, so it wants them even for --select CL1.
    ensure_resolutions(result, resolver)
    report_errors(result.errors)
    drawn = progress and sys.stderr.isatty()
    files = build_audit(
        result, config.options, wrap=lambda items, total: progress_bar(items, total, drawn)
    )
    if html_path:
        try:
            write_atomically(Path(html_path), render_audit_html(files))
        except OSError as error:
            raise CitelintError(f"{html_path}: cannot write the page: {error.strerror}") from None
    colour = use_colour(color, sys.stdout)
    output = render_audit_json(files) if fmt == "json" else render_audit_text(files, colour)
    # click.echo would strip colour codes again whenever stdout is not a terminal.
    click.echo(output, nl=False, color=colour)
    sys.exit(exit_code(result, config))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default="citelint-baseline.json",
    show_default=True,
    help="Baseline file to write.",
)
@lock_option
@common_options
def baseline(paths: tuple[str, ...], output: str, lock_path: str | None, **options: object) -> None:
    """Accept the current findings, so that later checks fail only on new ones."""
    config = settings(**options)  # type: ignore[arg-type]
    result = lint_paths(paths, config, resolver_for(config, lock_path))
    report_errors(result.errors)
    write_baseline(output, result.findings, result.documents)
    click.echo(f"Wrote {len(result.findings)} finding(s) to {output}.")
    sys.exit(EXIT_ERROR if result.errors else EXIT_CLEAN)


@cli.command(name="lock")
@click.argument("paths", nargs=-1, required=True)
@lock_option
@common_options
def lock_command(paths: tuple[str, ...], lock_path: str | None, **options: object) -> None:
    """Resolve every reference on PubMed and record it in citelint.lock.

    A refresh asks PubMed again, past the cache, so a retraction published since the last
    run is seen; it is reported and makes the exit code 1.
    """
    config = settings(**options)  # type: ignore[arg-type]
    # Past the cache, or a weekly refresh would never see a new retraction.
    config.refresh = True
    files = collect_files(paths, config.exclude, config_folder(config))
    documents, errors = read_documents(files, config)
    report_errors(errors)
    path = lock_path_for(config, lock_path)
    lock = LockFile.load(path)
    resolver = click.get_current_context().with_resource(build_resolver(config))
    messages = refresh_lock(lock, documents, resolver)
    lock.save(path)
    for message in messages:
        click.echo(message)
    click.echo(f"{path}: {len(lock)} reference(s) locked.")
    if errors:
        sys.exit(EXIT_ERROR)
    # A scheduled refresh must notice both a new retraction and a refresh that checked nothing.
    alarming = ("now retracted", "could not check")
    sys.exit(EXIT_FINDINGS if any(a in m for m in messages for a in alarming) else EXIT_CLEAN)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--diff", "diff_only", is_flag=True, help="Print the changes as a unified diff; write nothing."
)
@click.option(
    "--add-identifiers",
    is_flag=True,
    help="Also write the PMID/DOI into entries PubMed resolves with certainty.",
)
@click.option("--offline", is_flag=True, help="With --add-identifiers: cache and lock only.")
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
    add_identifiers: bool,
    offline: bool,
    config_file: str | None,
    input_format: str | None,
    lock_path: str | None,
) -> None:
    """Renumber citations in order of first citation and reorder the reference list to match."""
    from citelint.commands.fix import run_fix

    config = settings(config_file, None, None, None, offline, None, False, input_format)
    resolver = resolver_for(config, lock_path) if add_identifiers else None
    output, errors, code = run_fix(paths, diff_only, config.input_format, resolver, config.exclude)
    click.echo(output, nl=False)
    click.echo(errors, nl=False, err=True)
    sys.exit(code)


@cli.command(name="rules")
@click.argument("code", required=False)
def list_rules(code: str | None) -> None:
    """Show the rule catalogue, one rule's page (CL203), or the rules of a prefix (CL2)."""
    from citelint.rules.catalogue import rule_page

    rule = get_rule(code) if code else None
    if rule is not None:
        click.echo(rule_page(rule), nl=False)
        return
    prefix = (code or "").upper()
    matching = [rule for rule in ALL_RULES if rule.code.startswith(prefix)]
    if not matching:
        raise CitelintError(f"no rule {code!r}; 'citelint rules' lists them all")
    for rule in matching:
        click.echo(f"{rule.code}  {rule.name:<22} {rule.severity.label:<8} {rule.summary}")


def report_errors(errors: Sequence[InputError]) -> None:
    for error in errors:
        click.echo(f"citelint: error: {error}", err=True)


def exit_code(result: LintResult, config: Config) -> int:
    if result.errors:
        return EXIT_ERROR
    if any(f.severity >= config.fail_level for f in result.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


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
