"""What a run loads: an offline check never the network stack, a short command next to nothing.

Start-up time is mostly imports, so these tests pin down which modules each kind of run may
import; benchmarks/lint_throughput.py shows the times themselves.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_eutils import FakeEutils

from citelint import __version__
from citelint.commands.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "md" / "clean.md"

# Runs the CLI (from the entry point the installed command uses) in a fresh interpreter and
# writes the names of the modules it imported.
PROBE = """
import sys
from citelint.commands.start import main

out, sys.argv = sys.argv[1], ["citelint", *sys.argv[2:]]
try:
    main()
finally:
    with open(out, "w") as handle:
        handle.write("\\n".join(sorted(sys.modules)))
"""
NETWORK = {"requests", "urllib3", "http.client", "lxml", "citelint.pubmed.client"}
# Runs the CLI likewise and writes which of the readers' lazily compiled patterns it compiled
# ("+" before the name) and which it never needed ("-").
PATTERNS_PROBE = """
import sys
from citelint.commands.start import main
from citelint.lazy_pattern import LazyPattern

out, sys.argv = sys.argv[1], ["citelint", *sys.argv[2:]]
try:
    main()
finally:
    lines = []
    for name, module in sorted(sys.modules.items()):
        for attribute, value in sorted(vars(module).items()) if name.startswith("citelint") else ():
            if isinstance(value, LazyPattern):
                compiled = value._compiled is not None
                lines.append(("+" if compiled else "-") + name + "." + attribute)
    with open(out, "w") as handle:
        handle.write("\\n".join(lines))
"""

# Runs the CLI likewise and writes how many objects were frozen (left out of the garbage
# collections Python makes as it exits) when the command was done.
FROZEN_PROBE = """
import gc, sys
from citelint.commands.start import main

out, sys.argv = sys.argv[1], ["citelint", *sys.argv[2:]]
try:
    main()
finally:
    with open(out, "w") as handle:
        handle.write(str(gc.get_freeze_count()))
"""


def modules_of(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, probe: str = PROBE
) -> set[str]:
    out = tmp_path / "modules.txt"
    environment = {**os.environ, "CITELINT_CACHE_DIR": str(tmp_path / "cache"), **(env or {})}
    subprocess.run(
        [sys.executable, "-c", probe, str(out), *args],
        cwd=tmp_path,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )
    return set(out.read_text().split())


def test_an_offline_check_imports_nothing_network_related(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "check", "--offline", str(ARTICLE))

    assert "citelint.read.layout" in loaded  # the probe did run the check
    assert not NETWORK & loaded
    # Without a lock or cache no entry resolves to a record: nothing to score.
    assert "citelint.support.scoring" not in loaded


def test_a_check_leaves_its_objects_out_of_the_collections_at_exit(tmp_path: Path) -> None:
    # Python's collections at exit would walk every object of the modules and the run, to
    # free what the exit frees anyway (7% of a short check).
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    (frozen,) = modules_of(tmp_path, "check", "--offline", str(page), probe=FROZEN_PROBE)
    (listing,) = modules_of(tmp_path, "rules", probe=FROZEN_PROBE)

    assert int(frozen) > 10_000 and int(listing) > 10_000


def test_a_short_offline_check_loads_only_what_it_uses(tmp_path: Path) -> None:
    # No settings file, no folder to scan, no title alike enough to compare: none of the
    # libraries for those is loaded, nor the process pool for one file.
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(page))

    assert "citelint.rules.structure" in loaded
    unused = {"rapidfuzz", "tomllib", "tempfile", "subprocess", "multiprocessing", "sqlite3"}
    unused |= {"hashlib"}  # only writing a lock hashes abstracts
    # Data classes such a page never makes (each costs start-up 2 to 7 M instructions).
    unused |= {"citelint.record", "citelint.suggestion", "citelint.inline_citation"}
    unused |= {"citelint.suppression"}
    if sys.version_info < (3, 11):
        unused.discard("subprocess")  # click loads uuid, whose platform imports it on 3.10
    assert not unused & loaded


def test_an_offline_check_loads_no_lock_mirror_or_lookup_code_it_has_no_use_for(
    tmp_path: Path,
) -> None:
    # No lock file, no mirror, no cache, text output: nothing can answer and nothing is
    # written as JSON, so neither the lock's parser, the mirror's resolver, the batched
    # lookups nor json is loaded.
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(page))

    assert "citelint.pubmed.lock_resolver" in loaded  # the entries were resolved
    unused = {"citelint.pubmed.lock", "citelint.pubmed.mirror.resolve", "fcntl", "json"}
    unused |= {
        "citelint.pubmed.lock_entry",
        "citelint.pubmed.lock_keys",
        "citelint.pubmed.lock_format",
    }
    unused |= {"citelint.pubmed.resolver", "citelint.pubmed.batches", "citelint.pubmed.store"}
    unused |= {"citelint.pubmed.citations", "citelint.report.json", "citelint.report.github"}
    # Nothing is decided against a record, so nothing is matched to one.
    unused |= {"citelint.pubmed.matching", "citelint.pubmed.same_work"}
    # Nor does the page hold a link or an identifier's word: no inline-citation reader.
    unused |= {"citelint.read.inline", "citelint.read.links", "citelint.read.inline_view"}
    if sys.version_info < (3, 11):
        unused.discard("fcntl")  # click's uuid loads platform, and it subprocess, on 3.10
    assert not unused & loaded


def test_the_usual_check_command_line_loads_no_click(tmp_path: Path) -> None:
    # Loading click takes longer than checking a short page; the pre-commit hook's command
    # line is read without it (commands/check_args.py). Help and mistakes still go to click.
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    hook = modules_of(tmp_path, "check", "--offline", str(page))
    options = modules_of(
        tmp_path, "check", "--offline", "-q", "--format", "json", "-j", "1", str(page)
    )
    mistyped = modules_of(tmp_path, "check", "--ofline", str(page))

    assert "citelint.rules.structure" in hook  # the probe did run the check
    assert "click" not in hook | options
    assert "click" in mistyped


def test_a_page_with_links_loads_the_inline_citation_reader(tmp_path: Path) -> None:
    page = ROOT / "fixtures" / "inline" / "articles" / "answer.txt"
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(page))

    assert "citelint.read.inline" in loaded
    assert "citelint.inline_citation" in loaded


def test_a_check_with_a_lock_file_loads_the_lock(tmp_path: Path) -> None:
    (tmp_path / "citelint.lock").write_text('{"version": 3, "references": {}}\n')
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(page))

    assert "citelint.pubmed.lock" in loaded


def test_a_check_with_the_cache_loads_the_lookups(tmp_path: Path) -> None:
    # modules_of names the cache's folder in CITELINT_CACHE_DIR: cached answers may settle
    # entries, so the batched resolver is used.
    from citelint.pubmed.cache import RecordCache

    with RecordCache(tmp_path / "cache") as cache:
        cache.put("near:elsewhere", '{"pmids": []}')
    loaded = modules_of(tmp_path, "check", "--offline", "--format", "json", str(ARTICLE))

    assert {"citelint.pubmed.resolver", "citelint.report.json", "json"} <= loaded


def test_a_check_with_an_empty_cache_loads_no_lookups(tmp_path: Path) -> None:
    # The cache is asked whether it holds anything at all; holding nothing, it answers
    # nothing, as no cache does.
    from citelint.pubmed.cache import RecordCache

    RecordCache(tmp_path / "cache").close()
    loaded = modules_of(tmp_path, "check", "--offline", "--format", "json", str(ARTICLE))

    assert {"citelint.pubmed.cache", "sqlite3", "citelint.report.json"} <= loaded
    assert not {"citelint.pubmed.resolver", "citelint.pubmed.matching", "threading"} & loaded


def test_a_check_with_nothing_to_look_up_opens_no_cache(tmp_path: Path) -> None:
    # The cache is opened at the first lookup it is needed for (what the lock leaves): a
    # page with no reference list needs none.
    from citelint.pubmed.cache import RecordCache

    with RecordCache(tmp_path / "cache") as cache:
        cache.put("near:elsewhere", '{"pmids": []}')
    page = tmp_path / "page.md"
    page.write_text("# A\n\nA claim [1], and another [2].\n")
    loaded = modules_of(tmp_path, "check", "--offline", "--format", "json", str(page))
    assert "citelint.pubmed.lock_resolver" in loaded
    assert not {"citelint.pubmed.cache", "sqlite3"} & loaded


def test_an_offline_check_before_any_cache_exists_loads_no_lookups_and_makes_no_cache(
    tmp_path: Path,
) -> None:
    # An offline run reads the cache and never writes it: with no cache file yet, nothing is
    # cached, as under --no-cache, and no file is made in the user's cache folder.
    loaded = modules_of(tmp_path, "check", "--offline", "--format", "json", str(ARTICLE))

    assert "citelint.pubmed.lock_resolver" in loaded  # the entries were resolved
    assert not {"citelint.pubmed.resolver", "citelint.pubmed.cache", "sqlite3"} & loaded
    assert not (tmp_path / "cache").exists()


def test_a_structure_only_check_loads_no_claim_scoring(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "check", "--offline", "--select", "CL1", str(ARTICLE))

    assert "citelint.rules.structure" in loaded
    assert not {"citelint.support.scoring", "citelint.support.checker"} & loaded
    assert not NETWORK & loaded


def test_an_online_check_still_loads_the_client(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    env = {"CITELINT_ENTREZ_URL": fake_eutils.url}
    loaded = modules_of(tmp_path, "check", "--no-cache", "--select", "CL2", str(ARTICLE), env=env)

    assert "citelint.pubmed.client" in loaded


def test_version_and_rules_load_neither_readers_nor_scoring(tmp_path: Path) -> None:
    version = modules_of(tmp_path, "--version")
    rules = modules_of(tmp_path, "rules")

    assert "citelint.commands.check" not in version
    assert "citelint.models" not in version  # the data model, a tenth of its start-up
    assert not {m for m in version if m.startswith(("citelint.read", "citelint.rules"))}
    heavy = {"citelint.read.layout", "citelint.support.scoring", "rapidfuzz", *NETWORK}
    assert "citelint.rules.structure" in rules
    assert not heavy & rules


def test_version_is_answered_before_click_is_loaded(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "--version")
    shown = subprocess.run(
        [sys.executable, "-m", "citelint", "--version"], capture_output=True, text=True, check=True
    )

    assert "click" not in loaded
    # The very line click's version option prints.
    expected = f"citelint, version {__version__}\n"
    assert shown.stdout == CliRunner().invoke(cli, ["--version"]).output == expected


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_version_that_cannot_be_written_is_one_error_line() -> None:
    with open("/dev/full", "w") as full:
        shown = subprocess.run(
            [sys.executable, "-m", "citelint", "--version"], stdout=full, stderr=subprocess.PIPE
        )
    assert shown.returncode == 2
    assert shown.stderr.decode() == (
        "citelint: error: cannot write the version: No space left on device\n"
    )


def test_a_version_asked_with_standard_output_closed_is_no_error() -> None:
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, runpy, sys; os.close(1); sys.stdout = None; "
            "sys.argv = ['citelint', '--version']; "
            "runpy.run_module('citelint', run_name='__main__')",
        ],
        capture_output=True,
        text=True,
    )
    assert (shown.returncode, shown.stderr) == (0, "")


def test_the_rule_listing_loads_no_logging_json_or_readers(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "rules")

    assert "citelint.rules.links" in loaded
    assert not {"logging", "json", "pathlib", "citelint.read", "citelint.rules.catalogue"} & loaded


def test_an_offline_markdown_check_loads_no_logging_nor_html_entities(tmp_path: Path) -> None:
    # Logging is loaded with the first warning; html (and its table of entity names) for an
    # entry that holds an entity.
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(ARTICLE))

    assert "citelint.read.layout" in loaded
    assert not {"logging", "html", "html.entities", "citelint.read.html"} & loaded


def test_a_cache_whose_folder_is_given_needs_no_platform_folders(tmp_path: Path) -> None:
    # modules_of names the cache's folder in CITELINT_CACHE_DIR, as CI setups do.
    from citelint.pubmed.cache import RecordCache

    RecordCache(tmp_path / "cache").close()
    loaded = modules_of(tmp_path, "check", "--offline", str(ARTICLE))

    assert "citelint.pubmed.cache" in loaded  # the cache was opened
    assert not {"platformdirs", "tempfile", "shutil"} & loaded


def test_a_warning_on_the_command_line_is_one_line_on_stderr(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "records.sqlite3").write_bytes(b"not a database at all" * 100)
    env = {**os.environ, "CITELINT_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-m", "citelint", "check", "--offline", "--format", "json", str(ARTICLE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )

    warnings = [line for line in done.stderr.splitlines() if "unusable" in line]
    assert len(warnings) == 1 and warnings[0].startswith("citelint: warning: ")


def test_a_check_compiles_the_lazy_patterns_it_uses_and_no_others(tmp_path: Path) -> None:
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    patterns = modules_of(
        tmp_path, "check", "--offline", "--no-cache", str(page), probe=PATTERNS_PROBE
    )

    # Its sources are "Journal, Year" lines under their titles, as answer pages set them.
    assert "+citelint.read.entries._WEB_JOURNAL_LINE" in patterns
    # Nature-style entries and loci, tags inside entries, the RSC locus: none in the page.
    never = {"nature_entries._NATURE", "entry_markup._OTHER_TAG", "loci._NATURE", "loci._RSC"}
    never |= {"book_signs._BOOK_SIGNS"}  # nor a book's or report's words in an entry
    # Nor a Markdown notes section, a Word document's endnote rule, Wikipedia's back-links.
    never |= {"reference_list._NOTES_HEADING", "reference_list._ENDNOTE_RULE"}
    never |= {"entry_markup._BACK_LINKS"}
    never |= {"entry_labels._STUDY_LABEL"}  # no line opens as the entry below it does
    # No line after its list opens with the name of a closing section or of page furniture,
    # nor any line of the list with a link-out (Professional ... Disclaimer ends the list).
    never |= {"lines.CLOSING_SECTION", "lines.FOOTER", "link_trailers._LINK_TRAILER"}
    never |= {"reference_headings.SHORT_LIST"}  # its heading is no "Key references"
    assert {f"-citelint.read.{name}" for name in never} <= patterns
    # Nor a link or an identifier's word anywhere: the inline-citation reader is not loaded.
    assert not any(
        name.startswith(("+citelint.read.inline.", "-citelint.read.inline.")) for name in patterns
    )
    assert "-citelint.read.suppress._DIRECTIVE" in patterns  # the page suppresses nothing


def test_workers_are_forked_with_the_readers_of_the_files_formats(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from citelint.config import Config; "
        "from citelint.commands.forking import preload_readers; "
        "preload_readers([Path('a.md'), Path('b.MD'), Path('c.txt')], Config()); "
        "print(sorted(m for m in sys.modules if m in "
        "('citelint.read.markdown', 'citelint.read.text', 'citelint.read.html')))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True
    )

    # Forked workers inherit the readers; workers started afresh import their own.
    forked = multiprocessing.get_start_method() == "fork"
    expected = "['citelint.read.markdown', 'citelint.read.text']" if forked else "[]"
    assert shown.stdout.strip() == expected


def test_the_rule_listing_and_a_rule_page_load_no_click(tmp_path: Path) -> None:
    # Loading click took half of `citelint rules`; its options and help still go to click.
    listing = modules_of(tmp_path, "rules")
    page = modules_of(tmp_path, "rules", "CL205")
    json_listing = modules_of(tmp_path, "rules", "--format", "json")

    assert "citelint.rules.structure" in listing  # the probe did list the rules
    assert "click" not in listing | page
    assert "click" in json_listing


def test_a_check_with_a_cache_in_the_default_folder_loads_no_json_nor_platformdirs(
    tmp_path: Path,
) -> None:
    # The cache where platformdirs puts it, found on Linux by the same XDG rule without
    # loading platformdirs (and its tempfile, shutil and compressors); the page's entries
    # were never looked up, so no cached answer is read and no JSON either.
    from citelint.pubmed.cache import RecordCache

    home = tmp_path / "home"
    RecordCache(home / ".cache" / "citelint").close()
    env = {"CITELINT_CACHE_DIR": "", "XDG_CACHE_HOME": "", "HOME": str(home)}
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    loaded = modules_of(tmp_path, "check", "--offline", str(page), env=env)

    assert "citelint.pubmed.cache" in loaded  # the cache was opened
    unused = {"json", "rapidfuzz", "click", *NETWORK}
    if sys.platform == "linux":
        unused |= {"platformdirs", "tempfile", "shutil"}
    assert not unused & loaded
