"""Where the PubMed mirror is: kept apart so that reading the settings loads no database code."""

from __future__ import annotations

import os
from pathlib import Path

from citelint.config import Config

MIRROR_ENV = "CITELINT_PUBMED_MIRROR"


def mirror_path(option: str | None, config: Config) -> Path | None:
    """The mirror named by --mirror, else CITELINT_PUBMED_MIRROR, else the configuration
    (relative to its file); None when none is named."""
    if option:
        return Path(option)
    if os.environ.get(MIRROR_ENV):
        return Path(os.environ[MIRROR_ENV])
    if config.mirror:
        base = Path(config.source).parent if config.source else Path.cwd()
        return base / config.mirror
    return None
