"""Render the audit of an article to HTML and screenshot it with headless Chromium.

    python scripts/screenshot_audit.py ARTICLE --records DIR [--html OUT.html] [--png OUT.png]

The references are resolved against the PubMed EFetch XML files in DIR (no network), so the
picture shows exactly what the fixtures hold. Use it to look at the page after changing
citelint/report/audit_html.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_path
from citelint.report.audit_html import render_audit_html
from citelint.support.audit import build_audit

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def audit_page(article: Path, records_dir: Path) -> str:
    records = [
        record
        for path in sorted(records_dir.glob("*.xml"))
        for record in parse_pubmed_articles(path.read_bytes())
    ]
    document = read_path(article)
    result = lint_documents([document], Config(), StaticResolver(records))
    return render_audit_html(build_audit(result))


def screenshot(html: Path, png: Path, width: int, height: int) -> None:
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        sys.exit("no Chromium found; on Debian: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as profile:
        # A throwaway profile and no background traffic: the page is the only thing loaded.
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            html.resolve().as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    if not png.is_file():
        sys.exit(f"Chromium wrote no screenshot to {png}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--records", type=Path, required=True, help="EFetch XML files")
    parser.add_argument("--html", type=Path, default=Path("audit.html"))
    parser.add_argument("--png", type=Path, default=Path("audit.png"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    args.html.write_text(audit_page(args.article, args.records), encoding="utf-8")
    screenshot(args.html, args.png, args.width, args.height)
    print(f"wrote {args.html} and {args.png}")


if __name__ == "__main__":
    main()
