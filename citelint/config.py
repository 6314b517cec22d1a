"""Settings from `[tool.citelint]` in pyproject.toml or `.citelint.toml`; the command line wins."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from citelint.errors import ConfigError
from citelint.models import Severity

# The largest article read, in megabytes: far beyond any real article (a long review is well
# under 1 MB of text), and small enough that reading one stays within a few hundred MB.
DEFAULT_MAX_FILE_MB = 20.0
MAX_FILE_ENV = "CITELINT_MAX_FILE_MB"


class Config:
    """The settings of a run: the configuration file's, with the command line's over them."""

    # A plain class: a dataclass of twenty fields compiles methods worth 6 M instructions
    # when this module is imported, a cost every short check pays (issue 13).
    def __init__(
        self,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: dict[str, Severity] | None = None,
        fail_level: Severity = Severity.ERROR,
        offline: bool = False,
        cache_dir: str | None = None,
        no_cache: bool = False,
        refresh: bool = False,
        input_format: str | None = None,
        exclude: list[str] | None = None,
        lock_file: str | None = None,
        baseline: str | None = None,
        references: dict[str, str] | None = None,
        reference_list: str | None = None,
        unused_bibliography: bool = False,
        mirror: str | None = None,
        mirror_complete: bool = False,
        options: dict[str, float] | None = None,
        max_file_mb: float = DEFAULT_MAX_FILE_MB,
        per_file_ignores: dict[str, list[str]] | None = None,
        source: str | None = None,
    ) -> None:
        self.select = select if select is not None else []  # empty: every rule
        self.ignore = ignore if ignore is not None else []
        # Per-rule severity overrides, e.g. {"CL102": Severity.ERROR}.
        self.severity = severity if severity is not None else {}
        self.fail_level = fail_level
        self.offline = offline
        self.cache_dir = cache_dir
        self.no_cache = no_cache
        self.refresh = refresh  # ask PubMed again even where the cache has a fresh answer
        self.input_format = input_format
        self.exclude = exclude if exclude is not None else []  # globs skipped in folders
        self.lock_file = lock_file
        self.baseline = baseline
        # Reference lists kept beside articles (.nbib, .ris): article path or glob -> list
        # file, both relative to the configuration file's folder.
        self.references = references if references is not None else {}
        self.reference_list = reference_list  # --references: the one article's list
        # Pandoc articles: bibliography entries no key cites join the list, so CL102 reports
        # them.
        self.unused_bibliography = unused_bibliography
        self.mirror = mirror  # a PubMed mirror database ('citelint mirror build')
        self.mirror_complete = mirror_complete  # all of PubMed: what it lacks is not found
        # Rule options, e.g. {"support-threshold": 0.3}; checked to be among OPTIONS, 0 to 1.
        self.options = options if options is not None else {}
        self.max_file_mb = max_file_mb  # a larger article is refused, unread
        # Rules left out for some files: glob (as `exclude` matches it) -> code prefixes.
        self.per_file_ignores = per_file_ignores if per_file_ignores is not None else {}
        self.source = source  # the file these settings came from

    def is_selected(self, code: str) -> bool:
        chosen = not self.select or any(code.startswith(p) for p in self.select)
        return chosen and not any(code.startswith(p) for p in self.ignore)

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)


def split_codes(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else value
    codes = [str(item).strip().upper() for item in items if str(item).strip()]
    for code in codes:
        if not code.startswith("CL"):
            raise ConfigError(
                f"unknown rule code or prefix {code!r} (codes look like CL101 or CL3)"
            )
    return codes


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.citelint.toml``, or ``pyproject.toml`` with a ``[tool.citelint]`` table."""
    directory = start.resolve()
    if directory.is_file():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        dedicated = folder / ".citelint.toml"
        if dedicated.is_file():
            return dedicated
        pyproject = folder / "pyproject.toml"
        if (
            pyproject.is_file()
            and "tool" in _read_toml(pyproject)
            and ("citelint" in _read_toml(pyproject)["tool"])
        ):
            return pyproject
    return None


def _read_toml(path: Path) -> dict:
    # Imported here: most runs find no settings file and need no TOML parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None


def load_config(path: Path | None) -> Config:
    """Read settings from ``path``; no path gives the defaults."""
    if path is None:
        return Config()
    data = _read_toml(path)
    table = data.get("tool", {}).get("citelint", {}) if path.name == "pyproject.toml" else data
    return config_from_table(table, str(path))


# Every rule option; each is a score or a difference of scores, so it lies between 0 and 1.
OPTIONS = ("support-threshold", "misnumbering-margin", "misnumbering-min-support")

_KEYS = {name.replace("_", "-") for name in vars(Config())} - {"source", "reference-list"}


def config_from_table(table: dict, source: str) -> Config:
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown setting(s) {', '.join(sorted(unknown))}")
    config = Config(source=source)
    try:
        config.select = _codes(table, "select")
        config.ignore = _codes(table, "ignore")
        config.severity = {
            code.upper(): _severity(level, f"severity of {code}")
            for code, level in _table(table, "severity").items()
        }
        if "fail-level" in table:
            config.fail_level = _severity(table["fail-level"], "'fail-level'")
        config.offline = _flag(table, "offline")
        config.cache_dir = _text(table, "cache-dir")
        config.no_cache = _flag(table, "no-cache")
        config.input_format = _input_format(_text(table, "input-format"))
        config.exclude = _texts(table, "exclude")
        config.lock_file = _text(table, "lock-file")
        config.baseline = _text(table, "baseline")
        config.mirror = _text(table, "mirror")
        config.mirror_complete = _flag(table, "mirror-complete")
        config.options = _options(_table(table, "options"), source)
        config.references = _reference_lists(_table(table, "references"), source)
        config.unused_bibliography = _flag(table, "unused-bibliography")
        if "max-file-mb" in table:
            config.max_file_mb = megabytes(table["max-file-mb"], "'max-file-mb'")
        per_file = _table(table, "per-file-ignores")
        config.per_file_ignores = {pattern: _codes(per_file, pattern) for pattern in per_file}
    except ValueError as error:
        raise ConfigError(f"{source}: {error}") from None
    return config


# Each reader says what a setting must be, so a wrong type is one plain sentence naming it.
def _text(table: dict, key: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string, not {value!r}")
    return value


def _texts(table: dict, key: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"'{key}' must be a list of strings, not {value!r}")
    return list(value)


def _codes(table: dict, key: str) -> list[str]:
    value = table.get(key)
    try:
        return split_codes(value if isinstance(value, str) or value is None else _texts(table, key))
    except ConfigError as error:
        raise ValueError(f"'{key}': {error}") from None


def _input_format(value: str | None) -> str | None:
    from citelint.read.detect import INPUT_FORMATS  # citelint.read itself imports this module

    if value is not None and value not in INPUT_FORMATS:
        raise ValueError(f"'input-format' must be one of {', '.join(INPUT_FORMATS)}, not {value!r}")
    return value


def _severity(value: object, what: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError:
        raise ValueError(f"{what} must be error, warning or info, not {value!r}") from None


def _flag(table: dict, key: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"'{key}' must be true or false, not {value!r}")
    return value


def megabytes(value: object, what: str) -> float:
    """A size limit: a number of megabytes above zero (text too, as the environment gives)."""
    try:
        number = math.nan if isinstance(value, bool) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not 0 < number < math.inf:
        raise ValueError(f"{what} must be a number of megabytes above zero, not {value!r}")
    return number


def _table(table: dict, key: str) -> dict:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"'{key}' must be a table, not {value!r}")
    return value


def _options(table: dict, source: str) -> dict[str, float]:
    """Rule options checked once here, so that a mistake names the file and rules trust them."""
    options: dict[str, float] = {}
    for name, value in table.items():
        if name not in OPTIONS:
            known = ", ".join(OPTIONS)
            raise ConfigError(f"{source}: unknown option {name!r} (options are {known})")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ConfigError(
                f"{source}: option {name!r} must be a number, not {value!r}"
            ) from None
        if not 0.0 <= number <= 1.0:
            raise ConfigError(f"{source}: option {name!r} must lie between 0 and 1, not {number}")
        options[name] = number
    return options


def _reference_lists(table: object, source: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in table.items()
    ):
        raise ConfigError(
            f"{source}: 'references' maps article paths to reference list files, "
            'e.g. "articles/review.txt" = "articles/review.nbib"'
        )
    return dict(table)
