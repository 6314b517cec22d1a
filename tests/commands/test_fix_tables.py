"""``citelint fix`` and tables: a table's citations count where the text first calls the
table out (ICMJE), as CL104 checks (user24 P1 21)."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.fix.plan import plan_renumbering
from citelint.commands.fix.write import fix_file
from citelint.read import read_text
from citelint.rules.base import CheckContext
from citelint.rules.structure import CitationOrder

TABLES = Path(__file__).resolve().parents[2] / "fixtures" / "fix" / "tables"


def copied(name: str, directory: Path, text: str | None = None) -> Path:
    target = directory / name
    target.write_text(text if text is not None else (TABLES / name).read_text(encoding="utf-8"))
    return target


def test_a_table_at_the_end_cited_first_there_is_in_order(tmp_path: Path) -> None:
    """The table after the Discussion cites [3] and [4], called out as "Table 1" between
    [2] and [5]: check passes, and fix renumbered them to the end (3→5, 4→6, 5→3, 6→4)."""
    text = (TABLES / "table-at-end.md").read_text(encoding="utf-8")
    document = read_text(text, "a.md", "md")
    assert list(CitationOrder().check(CheckContext(document))) == []
    assert plan_renumbering(document) is None
    path = copied("table-at-end.md", tmp_path)
    result = fix_file(path, dry_run=False)
    assert not result.changed and not result.error
    assert result.messages == [f"{path}: already in citation order"]


def test_a_table_s_citations_are_numbered_at_its_first_callout(tmp_path: Path) -> None:
    path = copied("prose-out-of-order.md", tmp_path)
    result = fix_file(path, dry_run=False)
    assert result.messages == [
        f"{path}: renumbered references in order of first citation (1→2, 2→1)"
    ]
    assert path.read_bytes() == (TABLES / "prose-out-of-order.fixed.md").read_bytes()


def test_a_table_never_called_out_is_refused_not_reordered(tmp_path: Path) -> None:
    path = copied("no-callout.md", tmp_path)
    before = path.read_bytes()
    result = fix_file(path, dry_run=False)
    assert result.error and not result.changed
    assert "Table 1, which cites '[3]', is never called out in the text" in result.messages[0]
    assert path.read_bytes() == before


def test_a_table_without_a_caption_is_refused_not_reordered(tmp_path: Path) -> None:
    text = (TABLES / "prose-out-of-order.md").read_text(encoding="utf-8")
    caption = next(line for line in text.splitlines() if line.startswith("**Table 1.**"))
    path = copied("no-caption.md", tmp_path, text.replace(caption + "\n", ""))
    result = fix_file(path, dry_run=False)
    assert result.error and not result.changed
    assert "has no caption naming it" in result.messages[0]
