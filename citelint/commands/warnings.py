"""The command line's warnings: one line each on standard error, "citelint: warning: ..."."""

from __future__ import annotations

import logging


class OneLineFormatter(logging.Formatter):
    """Warnings name files and hosts; each stays one line, its control characters escaped."""

    def format(self, record: logging.LogRecord) -> str:
        # Imported here: the report package loads the data model.
        from citelint.report.escape import printable

        return printable(super().format(record))


def warn_on_stderr() -> None:
    """Warnings (retries, an unusable cache) to stderr, away from the report on stdout;
    nothing is changed when logging is set up already (by an earlier warning, or by a
    program or test harness around the command line)."""
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("citelint: warning: %(message)s"))
    logging.basicConfig(handlers=[handler], level=logging.WARNING)
