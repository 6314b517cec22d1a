"""What the online rule tests share: a fake PubMed holding the real records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import holding_set

REAL_RECORDS = (
    Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "real" / "pubmed_set.xml"
)


@pytest.fixture(scope="module")
def pubmed() -> Iterator[FakeEutils]:
    """A fake E-utilities server on 127.0.0.1 holding the real records, one per test module."""
    with holding_set(REAL_RECORDS) as server:
        yield server
