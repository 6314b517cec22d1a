"""Fixtures shared by the test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils


@pytest.fixture
def fake_eutils() -> Iterator[FakeEutils]:
    """A fake E-utilities server on 127.0.0.1 holding the records of fixtures/entrez/pubmed;
    its ``.url`` is ready to be used as CITELINT_ENTREZ_URL."""
    with FakeEutils() as server:
        yield server
