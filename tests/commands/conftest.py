"""What the command tests share."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

Outcome = tuple[object, "pytest.CaptureResult[str]"]


@pytest.fixture
def both_mains(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., list[Outcome]]:
    """Run a command line through the quick entry point (start.main, no click for ``check``
    and ``rules``) and through click's (cli.main); each run's exit code and output, so a test
    can hold the two to the same behaviour."""

    def run(*arguments: str) -> list[Outcome]:
        from citelint.commands import cli, start

        monkeypatch.setattr(sys, "argv", ["citelint", *arguments])
        seen: list[Outcome] = []
        for main in (start.main, cli.main):
            with pytest.raises(SystemExit) as exit_info:
                main()
            seen.append((exit_info.value.code, capsys.readouterr()))
        return seen

    return run
