"""What the commands share, without click: settings, resolvers, errors and exit codes.

``citelint check`` runs from here without loading click (see ``check_args``), so nothing in
this module may import it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.commands.output import echo
from citelint.config import (
    MAX_FILE_ENV,
    Config,
    find_config_file,
    load_config,
    megabytes,
    split_codes,
)
from citelint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, CitelintError, InputError
from citelint.logs import logger
from citelint.models import Severity
from citelint.pubmed.cache_location import reads_no_cache
from citelint.pubmed.mirror.location import mirror_path
from citelint.report.escape import printable
from citelint.rules import ALL_RULES

if TYPE_CHECKING:
    from citelint.commands.pipeline import LintResult
    from citelint.pubmed.outcomes import Resolver


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
    references: str | None = None,
    exclude: str | None = None,
    extend_exclude: str | None = None,
    mirror: str | None = None,
    mirror_complete: bool = False,
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
    config.reference_list = references
    if os.environ.get(MAX_FILE_ENV):
        try:
            config.max_file_mb = megabytes(os.environ[MAX_FILE_ENV], MAX_FILE_ENV)
        except ValueError as error:
            raise CitelintError(str(error)) from None
    if exclude is not None:
        config.exclude = split_patterns(exclude)
    config.exclude = [*config.exclude, *split_patterns(extend_exclude)]
    found = mirror_path(mirror, config)
    config.mirror = str(found) if found else None
    config.mirror_complete = mirror_complete or config.mirror_complete
    if not any(config.is_selected(rule.code) for rule in ALL_RULES):
        raise CitelintError("the selected and ignored codes leave no rule to run")
    return config


def split_patterns(value: str | None) -> list[str]:
    return [pattern.strip() for pattern in (value or "").split(",") if pattern.strip()]


def check_codes(codes: list[str], where: str) -> list[str]:
    """A mistyped code would silently switch rules off, so every code must name a rule."""
    for code in codes:
        if not any(rule.code.startswith(code) for rule in ALL_RULES):
            raise CitelintError(f"{where}: no rule matches {code!r}; 'citelint rules' lists them")
    return codes


def project_paths(paths: tuple[str, ...], config: Config) -> tuple[str, ...]:
    """The paths given, or with none the project: the folder of the configuration file, else
    the working directory ('lock' and 'baseline' take [PATH...], as DESIGN.md says). Relative
    to the working directory, so that a baseline's paths match a later 'check' of '.'."""
    if paths:
        return paths
    folder = Path(config.source).parent if config.source else Path.cwd()
    return (os.path.relpath(folder),)


def require_named_lock(lock_path: str | None) -> None:
    """A lock file named with --lock must be there: a typo in its name would otherwise check
    everything without it, in silence. The default one may not be yet (a repository before
    its first 'citelint lock')."""
    if lock_path and not Path(lock_path).is_file():
        raise CitelintError(
            f"{printable(lock_path)}: no lock file there (named with --lock); write one with "
            "'citelint lock --lock FILE'"
        )


def lock_path_for(config: Config, lock_path: str | Path | None) -> Path:
    from citelint.pubmed.lock_resolver import default_lock_path

    return Path(lock_path) if lock_path else default_lock_path(config)


def open_resolver(config: Config, lock_path: str | Path | None) -> Resolver:
    """``resolver_for`` outside a command: for worker processes, which close nothing."""
    # Each part is imported only when the run has one: a run without a mirror loads none of
    # the mirror's code, one without a lock file none of the lock's parsing.
    from citelint.pubmed.lock_resolver import LockResolver, read_lock

    lock = read_lock(lock_path_for(config, lock_path))
    if config.mirror:
        return LockResolver(lock, fallback=_behind_mirror(config))
    if config.offline and reads_no_cache(config):
        from citelint.pubmed.outcomes import UnansweredResolver

        # Nothing can answer: the lookups' verdicts without loading the lookups.
        return LockResolver(lock, fallback=UnansweredResolver())
    if config.offline:
        from citelint.pubmed.offline_cache import OfflineCacheResolver

        # The cache, SQLite and the lookups are loaded at the first lookup the lock leaves.
        return LockResolver(lock, fallback=OfflineCacheResolver(config))
    from citelint.pubmed.resolver import build_resolver

    return LockResolver(lock, fallback=build_resolver(config))


def _behind_mirror(config: Config) -> Resolver:
    from citelint.pubmed.mirror.resolve import MirrorResolver, build_resolver_with_mirror

    claims = [rule.code for rule in ALL_RULES if rule.code.startswith("CL3")]
    wants_abstracts = any(config.is_selected(code) for code in claims)
    fallback = build_resolver_with_mirror(config, wants_abstracts)
    if wants_abstracts and isinstance(fallback, MirrorResolver) and fallback.lacks_abstracts:
        # Records without their abstracts would read as papers that have none (CL305). Said
        # once: workers get the settings with CL3 already ignored.
        logger(__name__).warning(
            "%s holds no abstracts (built without --abstracts): the claim checks CL301-CL305 "
            "are skipped offline",
            config.mirror,
        )
        config.ignore = [*config.ignore, "CL3"]
    return fallback


def report_errors(errors: Sequence[InputError]) -> None:
    for error in errors:
        echo(f"citelint: error: {printable(str(error))}", err=True)


def exit_code(result: LintResult, config: Config, exit_zero: bool = False) -> int:
    worst = max((f.severity for f in result.findings), default=None)
    return exit_status(bool(result.errors), worst, config, exit_zero)


def exit_status(
    unreadable: bool, worst: Severity | None, config: Config, exit_zero: bool = False
) -> int:
    """``worst``: the highest severity reported, None when nothing was."""
    if unreadable:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    if worst is not None and worst >= config.fail_level:
        return EXIT_FINDINGS
    return EXIT_CLEAN
