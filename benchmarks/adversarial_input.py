"""Reading time on long runs of what real pages hold a few of: it must grow with the run's
length, not with its square (or worse).

Each case is read at 5,000 to 40,000 repeats with the checkout first on PYTHONPATH; the CPU
seconds per size are printed, with the ratio of the largest to the smallest (about 8 when the
time is linear in the length, 64 when quadratic).

    PYTHONPATH=. .venv/bin/python benchmarks/adversarial_input.py
"""

from __future__ import annotations

import time

from citelint.read import read_text

SIZES = (5_000, 10_000, 20_000, 40_000)
ENTRY = "1. Roe K. Social ties. J Aging Health. 2015;27:500-18."
# name -> (format, the page made of a run of n repeats)
CASES = {
    "HTML, a run of '<'": ("html", lambda n: "<p>" + "<" * n + "</p>"),
    "HTML, a run of '&'": ("html", lambda n: "<p>" + "&" * n + "</p>"),
    "HTML, a run of '< '": ("html", lambda n: "<p>" + "< " * n + "</p>"),
    "HTML, paragraphs in nested divs": (
        "html",
        lambda n: (
            "<div>" * (n // 10) + "<p>Walking helps [1].</p>" * (n // 10) + "</div>" * (n // 10)
        ),
    ),
    "text, spaces after an entry": (
        "txt",
        lambda n: f"Claim [1].\n\nReferences\n\n{ENTRY}{' ' * n}a-\n",
    ),
    "text, dashes after an entry": (
        "txt",
        lambda n: f"Claim [1].\n\nReferences\n\n{ENTRY} {'- ' * n}x\n",
    ),
    "text, superscript digits": ("txt", lambda n: f"Claim.{'¹' * n}\n\nReferences\n\n{ENTRY}\n"),
    # Each superscript after a short word asks what it may be a power of.
    "HTML, superscripts after short words": (
        "html",
        lambda n: "<p>Claim" + "<sup>1</sup> x" * (n // 4) + "</p>",
    ),
    # A table's row pasted on one line (glued18 P2: each stop scanned the run to its end, 29 s
    # for 20,000 numbers); and a run of dotted numbers, which the same scan read as a list.
    "text, a pasted row of numbers": (
        "txt",
        lambda n: (
            f"Claim [1].\n\n{','.join(str(i % 90 + 1) for i in range(n))}.\n\n"
            f"References\n\n{ENTRY}\n"
        ),
    ),
    "text, a run of dotted numbers": (
        "txt",
        lambda n: (
            f"Claim [1].\n\n{'.'.join(str(i % 90 + 1) for i in range(n))}.\n\n"
            f"References\n\n{ENTRY}\n"
        ),
    ),
    # Thousands of glued citations in one paragraph (review 9, F7: each reading scanned them all).
    "text, one paragraph of citations": (
        "txt",
        lambda n: f"{'5.1, 2 Abc ' * (n // 5)}\n\nReferences\n\n{ENTRY}\n",
    ),
}


def main() -> None:
    for fmt in ("html", "txt"):  # the first read of a format compiles its patterns
        read_text(f"Claim [1].\n\nReferences\n\n{ENTRY}\n", f"warm.{fmt}", fmt)
    for name, (fmt, page) in CASES.items():
        times = []
        for size in SIZES:
            text = page(size)
            started = time.process_time()
            read_text(text, f"page.{fmt}", fmt)
            times.append(time.process_time() - started)
        shown = "  ".join(
            f"{size:,}: {spent:.3f} s" for size, spent in zip(SIZES, times, strict=True)
        )
        print(f"{name:<30} {shown}  (x{times[-1] / max(times[0], 1e-4):.0f})", flush=True)


if __name__ == "__main__":
    main()
