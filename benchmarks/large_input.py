"""Peak memory and time of ``citelint check --offline`` on one very large article.

Generates a long article in each format (Markdown, text copied from a browser, bare HTML, and
HTML as a publisher serves it, mostly markup) by repeating cited paragraphs, with a reference
list at the end, and runs the real command on it. The target: memory within a few times the
file's size; a file past the input limit (``max-file-mb``, 20 MB by default) is refused at
once with one line and exit 2. "above/size" is the peak above that of a tiny article, divided
by the file's size.

    .venv/bin/python benchmarks/large_input.py              # 1, 5, 19.5 MB, then 50 MB
    .venv/bin/python benchmarks/large_input.py 20 md        # one size (MB), one format
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from peak_memory import measure

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


# What a saved publisher page wraps each paragraph in: most of its bytes are markup.
PAGE_CHROME = (
    '<div class="article-section__content en main" data-track="para"><span class="icon">'
    '<svg viewBox="0 0 24 24"><path d="M12 2l3 7h7l-5.5 4 2 7-6.5-4.5L5.5 20l2-7L2 9h7z"/>'
    "</svg></span><script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view',"
    "section:'body',position:%d});</script>"
)


def article(size: int, fmt: str) -> str:
    """``size`` bytes of article as "md", "txt", "html" (every paragraph cited) or "page"
    (HTML as a publisher serves it: the same paragraphs inside markup, scripts and icons)."""
    parts: list[str] = []
    used, index = 0, 0
    while used < size:
        text = paragraph(index)
        if fmt in ("html", "page"):
            text = f"<p>{text.replace('[', '<sup>').replace(']', '</sup>')}</p>"
        if fmt == "page":
            text = f"{PAGE_CHROME % index}{text}</div>"
        elif index % 25 == 0 and fmt != "html":
            heading = "## " if fmt == "md" else ""
            text = f"{heading}Part {index // 25}\n\n{text}"
        parts.append(text)
        used += len(text) + 2
        index += 1
    if fmt in ("html", "page"):
        items = "".join(f"<li>{r.split('. ', 1)[1]}</li>" for r in references())
        body = "\n".join(parts) + f"<h2>References</h2><ol>{items}</ol>"
        return f"<html><body><article>{body}</article></body></html>\n"
    heading = "## References" if fmt == "md" else "References"
    return "\n\n".join([*parts, heading, "\n".join(references())]) + "\n"


def run(path: Path) -> tuple[int, float, float, str]:
    command = [sys.executable, "-m", "citelint", "check", "--offline", "--no-cache", str(path)]
    done = measure(command, cwd=path.parent)  # not the repository: PYTHONPATH may choose
    return done.exit, done.seconds, done.peak_mb, (done.stderr.splitlines() or [""])[0]


def main(arguments: list[str]) -> None:
    sizes = [float(arguments[0])] if arguments else [1, 5, 19.5, 50]
    formats = arguments[1:] or ["md", "txt", "html", "page"]
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.md"
        tiny.write_text(article(2000, "md"), encoding="utf-8")
        base = run(tiny)[2]
    print(f"citelint on a 2 kB article: {base:.0f} MB (interpreter and libraries)")
    header = f"{'size MB':>8}{'format':>7}{'exit':>5}{'seconds':>9}{'peak MB':>9}"
    print(f"{header}{'above/size':>11}  stderr")
    for size_mb in sizes:
        for fmt in formats:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"long.{fmt.replace('page', 'html')}"
                path.write_text(article(int(size_mb * MB), fmt), encoding="utf-8")
                real = path.stat().st_size / MB
                code, seconds, peak, error = run(path)
            print(
                f"{real:>8.1f}{fmt:>7}{code:>5}{seconds:>9.1f}{peak:>9.0f}"
                f"{(peak - base) / real:>11.1f}  {error[:60]}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
