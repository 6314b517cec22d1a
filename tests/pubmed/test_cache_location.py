"""Where the cache is by default: platformdirs' user cache folder, found on Linux without
loading platformdirs (it loads tempfile, shutil and the compressors: a third of a short
check's start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from platformdirs import user_cache_dir

from citelint.pubmed.cache_location import default_cache_dir

ENVIRONMENTS = [
    {},
    {"XDG_CACHE_HOME": "/srv/cache"},
    {"XDG_CACHE_HOME": "/srv/cache/"},
    {"XDG_CACHE_HOME": ""},
    {"XDG_CACHE_HOME": "relative/cache"},  # platformdirs' versions differ: theirs to answer
    {"XDG_CACHE_HOME": " "},
    {"HOME": "/"},
    {"HOME": "/home/ada/"},
    {"HOME": "relative"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_default_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    monkeypatch.delenv("CITELINT_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    assert default_cache_dir() == Path(user_cache_dir("citelint"))


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is Linux's")
def test_on_linux_the_default_folder_loads_no_platformdirs(tmp_path: Path) -> None:
    script = (
        "import sys; from citelint.pubmed.cache_location import default_cache_dir; "
        "print(default_cache_dir(), 'platformdirs' in sys.modules)"
    )
    environment = {**os.environ, "HOME": str(tmp_path)}
    for name in ("CITELINT_CACHE_DIR", "XDG_CACHE_HOME"):
        environment.pop(name, None)
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment
    )

    assert shown.stdout.split() == [str(tmp_path / ".cache" / "citelint"), "False"]
