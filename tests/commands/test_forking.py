"""Forked workers inherit what the main process loaded: the first file of each format is
checked here before the fork, and the report keeps the order of the files."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from citelint.commands import stream
from citelint.commands.checked import Checked
from citelint.commands.forking import warm_up
from citelint.commands.stream import FILES_PER_WORKER, FileChecker, Task, check_files
from citelint.config import Config

forked = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers started afresh inherit nothing"
)
ARTICLE = (
    "# Statins after a stroke\n\n"
    "Statins lowered the rate of a second stroke [1], and so did aspirin [2]. {name} adds\n"
    "that clopidogrel did as well [3].\n\n"
    "## References\n\n"
    "1. Amarenco P, Bogousslavsky J. High-dose atorvastatin after stroke or transient ischemic"
    " attack. N Engl J Med. 2006;355(6):549-559.\n"
    "2. Rothwell PM, Algra A. Effects of aspirin on risk and severity of early recurrent stroke"
    " after transient ischaemic attack. Lancet. 2016;388(10042):365-375.\n"
)


def articles(folder: Path, names: list[str]) -> list[Path]:
    paths = []
    for name in names:
        path = folder / name
        path.write_text(ARTICLE.format(name=name), encoding="utf-8")
        paths.append(path)
    return paths


def offline_task() -> Task:
    config = Config()
    config.offline = True
    return Task(config, traces=False, resolve=False, local=True)


@forked
def test_the_first_file_of_each_format_is_checked_before_the_fork(tmp_path: Path) -> None:
    files = articles(tmp_path, ["a.md", "b.md", "c.txt", "d.html", "e.txt", "f.MD"])
    task = offline_task()

    warm = warm_up(files, task.config, FileChecker(task, None))

    assert sorted(warm) == [0, 2, 3]
    assert all(isinstance(item, Checked) for item in warm.values())
    assert [warm[index].path for index in sorted(warm)] == [str(files[i]) for i in (0, 2, 3)]  # type: ignore[union-attr]


@forked
def test_a_named_input_format_is_one_format_for_every_file(tmp_path: Path) -> None:
    files = articles(tmp_path, ["a.md", "b.txt", "c.html"])
    task = offline_task()
    task.config.input_format = "txt"

    assert sorted(warm_up(files, task.config, FileChecker(task, None))) == [0]


def test_workers_report_what_one_process_does_in_the_same_order(tmp_path: Path) -> None:
    names = [f"{n:02d}.{('md', 'txt', 'html')[n % 3]}" for n in range(2 * FILES_PER_WORKER + 3)]
    files = articles(tmp_path, names)
    task = offline_task()

    def checked(jobs: int) -> list[tuple[str, list[str]]]:
        done = check_files(files, task, jobs, lambda: None)  # type: ignore[arg-type,return-value]
        return [(item.path, [f.message for f in item.findings]) for item in done]

    single = checked(1)
    assert [path for path, _ in single] == [str(path) for path in files]
    assert checked(2) == single
    assert any(findings for _, findings in single)  # reference 3 is missing: CL101 spoke


@forked
def test_an_error_in_a_file_checked_before_the_fork_comes_in_its_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = articles(tmp_path, [f"{n:02d}.md" for n in range(2 * FILES_PER_WORKER)])
    files.append(articles(tmp_path, ["zz.txt"])[0])  # the first .txt, checked before the fork
    check = FileChecker.check

    def failing(self: FileChecker, path: Path) -> Checked:
        if path.name == "zz.txt":
            raise RuntimeError("a bug")
        return check(self, path)

    monkeypatch.setattr(stream.FileChecker, "check", failing)
    done = check_files(files, offline_task(), 2, lambda: None)  # type: ignore[arg-type,return-value]

    assert [next(done).path for _ in range(2 * FILES_PER_WORKER)] == [str(p) for p in files[:-1]]
    with pytest.raises(RuntimeError, match="a bug"):
        next(done)
