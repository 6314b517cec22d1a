"""``output.echo`` writes what ``click.echo`` writes, so a check run without click looks the
same: each line flushed, colour codes dropped where there is no terminal or no colour."""

from __future__ import annotations

import io
import sys

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citelint.commands.output import echo


class Terminal(io.TextIOWrapper):
    def __init__(self, answer: bool | None) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", write_through=True)
        self.answer = answer

    def isatty(self) -> bool:
        if self.answer is None:
            raise OSError("cannot tell")
        return self.answer

    def written(self) -> bytes:
        return self.buffer.getvalue()  # type: ignore[attr-defined]


MESSAGES = [
    "",
    "plain",
    "\x1b[31mred\x1b[0m and \x1b[1mbold\x1b[0m",
    "lone \x1b escape",
    "é\n",
    "esc\x1b[1~x \x1b[2 q \x1b[<5x \x1b[1:2m",
]


@pytest.mark.parametrize("message", MESSAGES)
@pytest.mark.parametrize("terminal", [True, False, None])
@pytest.mark.parametrize("color", [None, True, False])
@pytest.mark.parametrize("nl", [True, False])
@pytest.mark.parametrize("err", [True, False])
def test_echo_writes_what_click_echo_writes(
    monkeypatch: pytest.MonkeyPatch,
    message: str,
    terminal: bool | None,
    color: bool | None,
    nl: bool,
    err: bool,
) -> None:
    written = []
    for write in (echo, click.echo):
        stream = Terminal(terminal)
        monkeypatch.setattr(sys, "stderr" if err else "stdout", stream)
        write(message, err=err, nl=nl, color=color)
        written.append(stream.written())

    assert written[0] == written[1]


def test_echo_without_a_stream_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    echo("lost")  # no error, as with click.echo


@settings(max_examples=300, deadline=None)
@given(
    message=st.text(
        st.sampled_from(["\x1b", "[", "0", "1", ";", "?", "<", " ", "m", "~", "q", "a"])
    ),
    terminal=st.sampled_from([True, False]),
    color=st.sampled_from([None, True, False]),
)
def test_escape_sequences_are_kept_or_stripped_as_click_does(
    message: str, terminal: bool, color: bool | None
) -> None:
    written = []
    for write in (echo, click.echo):
        stream = Terminal(terminal)
        saved, sys.stdout = sys.stdout, stream
        try:
            write(message, color=color)
        finally:
            sys.stdout = saved
        written.append(stream.written())

    assert written[0] == written[1]


@pytest.mark.parametrize("encoding", ["ascii", "US-ASCII", "646"])
def test_a_stream_click_would_wrap_is_written_by_click(
    monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    written = []
    for write in (echo, click.echo):
        raw = io.BytesIO()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding=encoding))
        write("range 3\N{EN DASH}2")
        written.append(raw.getvalue())

    assert written[0] == written[1] == "range 3\N{EN DASH}2\n".encode()
