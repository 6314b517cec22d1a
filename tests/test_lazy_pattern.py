"""A LazyPattern answers as the compiled pattern would, and is compiled only when used."""

from __future__ import annotations

import re

import pytest

from citelint.lazy_pattern import LazyPattern

SOURCE = r"(?P<word>[a-zé]+)\s*(\d*)"
TEXT = "Élan 12 and café 3, ÉTÉ\nend"


def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]  # type: ignore[attr-defined]


def test_each_method_answers_as_re_compile_does() -> None:
    lazy = LazyPattern(SOURCE, re.IGNORECASE)
    compiled = re.compile(SOURCE, re.IGNORECASE)

    for pos, endpos in ((0, len(TEXT)), (3, 20), (8, 9)):
        for method in ("match", "fullmatch", "search"):
            got, want = (
                getattr(lazy, method)(TEXT, pos, endpos),
                getattr(compiled, method)(TEXT, pos, endpos),
            )
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
        assert spans(lazy.finditer(TEXT, pos, endpos)) == spans(
            compiled.finditer(TEXT, pos, endpos)
        )
        assert lazy.findall(TEXT, pos, endpos) == compiled.findall(TEXT, pos, endpos)
    assert lazy.sub(r"<\g<word>>", TEXT, 2) == compiled.sub(r"<\g<word>>", TEXT, 2)
    assert lazy.sub(lambda m: m["word"].upper(), TEXT) == compiled.sub(
        lambda m: m["word"].upper(), TEXT
    )
    assert lazy.split(TEXT, 1) == compiled.split(TEXT, 1)
    assert lazy.pattern == compiled.pattern
    assert lazy.compiled().flags == compiled.flags


def test_the_pattern_is_compiled_on_first_use_only() -> None:
    lazy = LazyPattern(r"(unbalanced")  # an error would show at compile time

    assert lazy.pattern == "(unbalanced"
    with pytest.raises(re.error):
        lazy.search("text")

    used = LazyPattern(r"\d+")
    assert used.compiled() is used.compiled()  # compiled once, then kept


def test_once_compiled_its_methods_are_the_compiled_patterns_own() -> None:
    lazy = LazyPattern(r"\d+")
    assert lazy.search("page 12")[0] == "12"  # type: ignore[index]

    # No call through LazyPattern is left on a pattern searched for every entry of a page.
    compiled = lazy.compiled()
    for method in ("match", "fullmatch", "search", "finditer", "findall", "sub", "split"):
        assert getattr(lazy, method) == getattr(compiled, method)
