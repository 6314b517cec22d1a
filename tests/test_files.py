"""Atomic writes: old content or new, never half; links and modes respected."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from citelint import files
from citelint.files import write_atomically


def test_a_new_file_is_written_with_mode_0644(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    write_atomically(path, "first\r\nsecond\n")
    assert path.read_bytes() == b"first\r\nsecond\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o600)
    write_atomically(path, "new ünïcode\n")
    assert path.read_text(encoding="utf-8") == "new ünïcode\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "shared.lock"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "citelint.lock"
    link.symlink_to(real)
    write_atomically(link, "new\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"


def test_a_failing_check_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text("old\n", encoding="utf-8")

    def refuse() -> None:
        raise RuntimeError("changed meanwhile")

    with pytest.raises(RuntimeError, match="changed meanwhile"):
        write_atomically(path, "new\n", check=refuse)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_a_failed_replace_comes_out_as_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "article.md"
    path.write_text("old\n", encoding="utf-8")

    def full_disk(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_a_pipe_is_written_to_and_stays_a_pipe(tmp_path: Path) -> None:
    # `citelint check -o /dev/stdout` or `-o /dev/null` run as root: a file put in the
    # device's place would replace it for every program on the machine.
    import threading

    pipe = tmp_path / "report.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_atomically(pipe, "findings\n")
    reader.join(timeout=30)

    assert received == [b"findings\n"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["report.fifo"]
