"""An offline check's cache, opened at the first lookup: the answers build_resolver gives."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_offline_keys import fill
from test_resolver_unanswered import fixture_references

from citelint.config import Config
from citelint.pubmed.cache import FILE_NAME, RecordCache
from citelint.pubmed.offline_cache import OfflineCacheResolver
from citelint.pubmed.resolver import build_resolver


def offline(cache_dir: Path) -> Config:
    config = Config()
    config.offline = True
    config.cache_dir = str(cache_dir)
    return config


def test_answers_as_the_resolver_built_for_the_cache(tmp_path: Path) -> None:
    articles = [references for _, references in fixture_references()][:30]
    with RecordCache(tmp_path) as cache:
        fill(cache, articles[::3])
    config = offline(tmp_path)
    with OfflineCacheResolver(config) as late, build_resolver(config) as built:
        for references in articles:
            assert late.resolve(references) == built.resolve(references)
        terms = ["ORBIT trial", "apixaban stroke"]
        keep = lambda *_: True  # noqa: E731
        assert late.search_labels(terms, keep) == built.search_labels(terms, keep)


def test_a_broken_cache_is_told_at_the_first_lookup_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / FILE_NAME).mkdir()  # a folder where the file should be: it cannot be opened
    [(_, references), *_] = fixture_references()
    with caplog.at_level(logging.WARNING), OfflineCacheResolver(offline(tmp_path)) as resolver:
        assert resolver.resolve([]) == []
        assert resolver.search_labels([], lambda *_: True) == {}
        assert "unusable" not in caplog.text
        with build_resolver(offline(tmp_path)) as built:
            expected = built.resolve(references)
        caplog.clear()
        assert resolver.resolve(references) == expected
        assert caplog.text.count("unusable") == 1
