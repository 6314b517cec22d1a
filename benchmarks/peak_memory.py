"""Run a command and measure its peak memory (Linux ru_maxrss) and wall time.

The command is started from a small Python process of its own: a child's peak counts the
pages it shared with its parent right after fork, so a benchmark holding a 50 MB article in
memory would otherwise be charged to the command it measures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_STARTER = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[2:], stdout=open(sys.argv[1] + ".out", "w"),
                      stderr=open(sys.argv[1] + ".err", "w"))
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"exit": done.returncode, "peak_mb": peak}))
"""


@dataclass
class Measured:
    exit: int
    seconds: float
    peak_mb: float  # of the command alone, in MiB
    stdout: str
    stderr: str


def measure(
    command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> Measured:
    with tempfile.TemporaryDirectory() as folder:
        stem = str(Path(folder) / "run")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", _STARTER, stem, *command],
            capture_output=True,
            text=True,
            env=env or dict(os.environ),
            cwd=cwd,
            check=True,
        )
        seconds = time.monotonic() - started
        result = json.loads(done.stdout)
        stdout = Path(stem + ".out").read_text(encoding="utf-8", errors="replace")
        stderr = Path(stem + ".err").read_text(encoding="utf-8", errors="replace")
    return Measured(result["exit"], seconds, result["peak_mb"], stdout, stderr)
