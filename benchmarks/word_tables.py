"""Time of reading a Word file with many numbered tables shaped like a reference list.

Each of N sections is a heading, eight paragraphs and a three-row numbered table ("1" |
"Step 1: hydrocortisone ..., 2021."), with the References at the end (review22a P1-1: each
table's place was found by walking the paragraphs before it, and 800 tables took 114 s where
main took 0.5 s). The target: time grows with the file, not with tables times paragraphs.

    .venv/bin/python benchmarks/word_tables.py            # 100, 400, 800 sections
    .venv/bin/python benchmarks/word_tables.py 2000       # one size
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from docx import Document as WordDocument

from citelint.read import read_path


def build(sections: int, path: Path) -> None:
    word = WordDocument()
    word.add_heading("Protocol", 1)
    for section in range(sections):
        word.add_heading(f"Section {section}", 2)
        for index in range(8):
            word.add_paragraph(
                f"Paragraph {index} of section {section}: the dose was given twice daily for "
                "five days in adults, 2020 [1]."
            )
        table = word.add_table(rows=3, cols=2)
        for row in range(3):
            table.cell(row, 0).text = str(row + 1)
            step = f"Step {row + 1}: hydrocortisone 50 mg every 6 hours"
            table.cell(row, 1).text = f"{step}; review on day {row + 3}, 2021."
    word.add_heading("References", 2)
    word.add_paragraph(
        "1. Horby P, Lim WS, Emberson JR, et al. Dexamethasone in hospitalized patients with "
        "Covid-19. N Engl J Med. 2021;384(8):693-704."
    )
    word.save(str(path))


def main(arguments: list[str]) -> None:
    sizes = [int(argument) for argument in arguments] or [100, 400, 800]
    with tempfile.TemporaryDirectory() as folder:
        for sections in sizes:
            path = Path(folder) / f"tables{sections}.docx"
            build(sections, path)
            start = time.perf_counter()
            document = read_path(path)
            seconds = time.perf_counter() - start
            kib = path.stat().st_size / 1024
            print(
                f"{sections:5d} tables  {kib:6.0f} KiB  read {seconds:6.2f} s  "
                f"{len(document.claims)} claims, {len(document.references)} references"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
