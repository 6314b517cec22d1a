"""Warnings through ``citelint.logs``: dropped only while ``quiet``."""

from __future__ import annotations

import logging

import pytest

from citelint.logs import logger, quiet


def test_warnings_inside_quiet_are_dropped_and_given_again_after(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING), quiet():
        logger("citelint.test").warning("dropped")
        logger("citelint.test").warning("dropped too")
    logger("citelint.test").warning("given")
    assert [record.getMessage() for record in caplog.records] == ["given"]
    with quiet():
        pass  # nothing warned: nothing to undo
    logger("citelint.test").warning("given again")
    assert [record.getMessage() for record in caplog.records] == ["given", "given again"]
