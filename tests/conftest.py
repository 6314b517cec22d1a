"""Fixtures shared by the test suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from hypothesis import settings

import citelint

# Hypothesis fails an example that runs past 200 ms: a timed test, which a loaded CI machine
# fails at random (speed is measured in benchmarks/). Tests set their own example counts.
settings.register_profile("citelint", deadline=None)
settings.load_profile("citelint")

# The commands the tests start run the code the tests import: in a second checkout beside an
# installed one (a git worktree), a bare ``python -m citelint`` would run the installed copy.
_CODE = str(Path(citelint.__file__).resolve().parents[1])
os.environ["PYTHONPATH"] = os.pathsep.join(
    [_CODE, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)


@pytest.fixture
def fake_eutils() -> Iterator[FakeEutils]:
    """A fake E-utilities server on 127.0.0.1 holding the records of fixtures/entrez/pubmed;
    its ``.url`` is ready to be used as CITELINT_ENTREZ_URL."""
    with FakeEutils() as server:
        yield server
