"""Peak memory and time of ``citelint check --offline`` on one very large article.

Generates a long article in each format (Markdown, text copied from a browser, publisher-style
HTML) by repeating cited paragraphs, with a reference list at the end, and runs the real
command on it. The target: memory within a few times the file's size; a file past the input
limit (``max-file-mb``, 20 MB by default) is refused at once with one line and exit 2.

    .venv/bin/python benchmarks/large_input.py              # 1, 5 and 20 MB, then 50 MB
    .venv/bin/python benchmarks/large_input.py 20 md        # one size (MB), one format
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024
ENTRIES = 40
PARAGRAPH = (
    "In adults with chronic low back pain, supervised walking three times a week reduced pain "
    "scores by {n}% over {m} months compared with usual care [{a}], and the effect held at "
    "one year in a second cohort of {k} patients (95% CI 0.{n} to 1.{m}) [{b}, {c}]."
)
REFERENCE = (
    "{n}. Okafor A, Lindqvist M, Brennan LK. Supervised walking for chronic low back pain "
    "number {n}: a randomised trial. Spine J. 20{y:02d};{v}(4):{p}-{q}."
)


def paragraph(index: int) -> str:
    a, b, c = index % ENTRIES + 1, (index * 7) % ENTRIES + 1, (index * 13) % ENTRIES + 1
    return PARAGRAPH.format(n=index % 90 + 5, m=index % 30 + 3, k=index % 900 + 40, a=a, b=b, c=c)


def references() -> list[str]:
    return [
        REFERENCE.format(n=n, y=n % 24, v=n + 10, p=n * 10, q=n * 10 + 9)
        for n in range(1, ENTRIES + 1)
    ]


def article(size: int, fmt: str) -> str:
    parts: list[str] = []
    used, index = 0, 0
    while used < size:
        text = paragraph(index)
        if fmt == "html":
            text = f"<p>{text.replace('[', '<sup>').replace(']', '</sup>')}</p>"
        elif index % 25 == 0:
            text = (
                f"## Part {index // 25}\n\n{text}"
                if fmt == "md"
                else f"Part {index // 25}\n\n{text}"
            )
        parts.append(text)
        used += len(text) + 2
        index += 1
    if fmt == "html":
        items = "".join(f"<li>{r.split('. ', 1)[1]}</li>" for r in references())
        body = "\n".join(parts) + f"<h2>References</h2><ol>{items}</ol>"
        return f"<html><body><article>{body}</article></body></html>\n"
    heading = "## References" if fmt == "md" else "References"
    return "\n\n".join([*parts, heading, "\n".join(references())]) + "\n"


def run(path: Path) -> tuple[int, float, float, str]:
    command = [sys.executable, "-m", "citelint", "check", "--offline", "--no-cache", str(path)]
    with open(path.parent / "out", "w+") as out, open(path.parent / "err", "w+") as err:
        started = time.monotonic()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - started
        err.seek(0)
        first_error = (err.read().splitlines() or [""])[0]
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024, first_error


def main(arguments: list[str]) -> None:
    sizes = [float(arguments[0])] if arguments else [1, 5, 20, 50]
    formats = arguments[1:] or ["md", "txt", "html"]
    print(
        f"{'size MB':>8}{'format':>7}{'exit':>5}{'seconds':>9}{'peak MB':>9}{'x size':>8}  stderr"
    )
    for size_mb in sizes:
        for fmt in formats:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"long.{fmt}"
                path.write_text(article(int(size_mb * MB), fmt), encoding="utf-8")
                real = path.stat().st_size / MB
                code, seconds, peak, error = run(path)
            print(
                f"{real:>8.1f}{fmt:>7}{code:>5}{seconds:>9.1f}{peak:>9.0f}{peak / real:>8.1f}  "
                f"{error[:70]}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
