"""Errors that end a run with exit code 2 and one clear line on stderr."""

from __future__ import annotations

# Exit codes: nothing at or above the failing severity, findings, a usage or input error.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CitelintError(Exception):
    """A problem the user can fix: bad input, bad configuration, bad options."""


class InputError(CitelintError):
    """An article that cannot be read."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Worker processes send it back pickled: rebuilt from its parts, not its message.
        return (InputError, (self.path, self.problem))


class ConfigError(CitelintError):
    """A configuration file or option with a wrong value."""
