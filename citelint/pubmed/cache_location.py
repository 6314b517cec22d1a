"""Where the cache of E-utilities answers is: kept apart from the cache itself, so that an
offline run can tell there is none without loading SQLite."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from citelint.config import Config

FILE_NAME = "records.sqlite3"


def default_cache_dir() -> Path:
    """``CITELINT_CACHE_DIR`` if set, else the platform's user cache directory."""
    configured = os.environ.get("CITELINT_CACHE_DIR")
    if configured:
        return Path(configured)
    linux = _linux_cache_dir()
    if linux is not None:
        return linux
    # Imported here: platformdirs loads tempfile, shutil and the compressors, a third of
    # Python's start-up, which a run told where its cache is (CI, the tests) never needs.
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("citelint"))


def _linux_cache_dir() -> Path | None:
    """platformdirs' answer on Linux, where the XDG rule gives it, without loading platformdirs:
    ``$XDG_CACHE_HOME/citelint`` when that is an absolute path, else ``~/.cache/citelint`` when
    HOME is one. Anything else (another system, a relative or odd variable, Android) is left
    to platformdirs itself, whose versions differ there."""
    if (
        sys.platform != "linux"
        or hasattr(sys, "getandroidapilevel")
        or "ANDROID_DATA" in os.environ
    ):
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg.startswith("/"):
        return Path(xdg, "citelint")
    home = os.environ.get("HOME", "")
    if xdg or not home.startswith("/"):
        return None
    # As os.path.expanduser("~/.cache") writes it: HOME without its trailing slashes.
    return Path(home.rstrip("/") + "/.cache", "citelint")


def cache_dir(config: Config) -> Path:
    """The cache's folder: --cache-dir or the configuration's, else the default."""
    return Path(config.cache_dir) if config.cache_dir else default_cache_dir()


def reads_no_cache(config: Config) -> bool:
    """Whether the run reads no cache: --no-cache, or offline before any cache exists."""
    return config.no_cache or (config.offline and no_cache_yet(config))


def no_cache_yet(config: Config) -> bool:
    """Whether nothing stands where the cache file would be. An offline run only reads the
    cache, so it then has nothing cached, as under --no-cache, and makes no file."""
    path = cache_dir(config) / FILE_NAME
    # A link to nowhere is a cache that cannot be opened, said as such, not a missing one.
    return not (path.exists() or path.is_symlink())
