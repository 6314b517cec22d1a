"""Reading files: formats, encodings, line endings and input that is not an article."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from citelint.errors import InputError
from citelint.read import SUPPORTED_SUFFIXES, read_path, read_text

ARTICLE = "Aspirin lowers risk [1].\n\n## References\n\n1. Smith J. Aspirin. Lancet. 2010;1:1.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def problem_of(path: Path, input_format: str | None = None) -> str:
    with pytest.raises(InputError) as caught:
        read_path(path, input_format)
    assert caught.value.path == str(path)
    return caught.value.problem


def test_suffixes_name_the_format() -> None:
    assert SUPPORTED_SUFFIXES[".txt"] == "txt"
    assert SUPPORTED_SUFFIXES[".md"] == "md"
    assert SUPPORTED_SUFFIXES[".htm"] == "html"


@pytest.mark.parametrize(("name", "expected"), [("a.md", "md"), ("a.HTML", "html")])
def test_format_from_suffix(tmp_path: Path, name: str, expected: str) -> None:
    assert read_path(write(tmp_path, name, ARTICLE.encode())).format == expected


def test_an_xhtml_page_is_read_as_html(tmp_path: Path) -> None:
    """user24 P3 1: "unknown file type '.xhtml'" for a page saved as XHTML."""
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html><html '
        'xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/></head><body>'
        "<p>Colchicine lowered gout flares.<sup>1</sup></p><h2>References</h2><ol><li>Okafor "
        "N, Tran HL. Colchicine for gout flares. N Engl J Med. 2021;385(4):301-10.</li></ol>"
        "</body></html>"
    )
    document = read_path(write(tmp_path, "note.xhtml", page.encode()))
    assert document.format == "html"
    assert [claim.numbers for claim in document.claims] == [[1]]
    assert len(document.references) == 1


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    document = read_path(write(tmp_path, "article.xyz", ARTICLE.encode()), "md")
    assert document.format == "md"
    assert len(document.references) == 1


def test_unknown_suffix_without_override(tmp_path: Path) -> None:
    problem = problem_of(write(tmp_path, "article.xyz", b"text"))
    assert problem == "unknown file type '.xyz' (use --input-format txt|md|html|docx|jats|pandoc)"


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.md", "empty.html"):
        document = read_path(write(tmp_path, name, b""))
        assert (document.claims, document.references, document.text) == ([], [], "")


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert problem_of(path) == "binary file, not an article"


@pytest.mark.parametrize("declared", ["windows-1252", '"ISO-8859-1"'])
def test_a_page_declaring_its_charset_is_read_in_it(tmp_path: Path, declared: str) -> None:
    """user20: a saved page with <meta charset=windows-1252> was refused as not UTF-8."""
    page = (
        f"<html><head><meta charset={declared}></head><body>"
        "<p>Published 12 March 2024 \u00b7 Caf\u00e9 patients did better [1].</p>"
        "<h2>References</h2><ol><li>Smith J. Caf\u00e9 study. N Engl J Med. 2010;13:150-8.</li>"
        "</ol></body></html>"
    )
    document = read_path(write(tmp_path, "page.html", page.encode("cp1252")))
    assert "Caf\u00e9 patients did better" in document.text
    assert [m.numbers for claim in document.claims for m in claim.markers] == [[1]]
    assert len(document.references) == 1


def test_a_utf8_page_declaring_latin1_keeps_its_dashes_despite_a_stray_byte(
    tmp_path: Path,
) -> None:
    # review20b: one stray byte sent the whole page to its declared charset as mojibake,
    # so "[1\u20133]" was no longer a range.
    page = (
        '<meta charset="iso-8859-1"><p>Both trials agreed [1\u20133]. Caf\u00e9 \u00b7 '
        "na\u00efve \u2014 r\u00e9sum\u00e9.</p>"
    ).encode() + b"<p>Stray \xa0byte.</p>"
    document = read_path(write(tmp_path, "page.html", page))
    assert "[1\u20133]" in document.text
    assert "Stray \ufffdbyte" in document.text


def test_a_charset_that_does_not_fit_the_bytes_is_still_refused(tmp_path: Path) -> None:
    page = '<meta charset="utf-8"><p>Caf\u00e9 [1].</p>'.encode("latin-1")
    assert problem_of(write(tmp_path, "page.html", page)).startswith("not valid UTF-8: byte 0xe9")


def test_a_page_declaring_utf8_with_a_stray_byte_is_refused_as_the_readme_says(
    tmp_path: Path,
) -> None:
    # review21a P3-5: the stray-byte leniency is for a page whose <meta> names another charset.
    page = '<meta charset="utf-8"><p>Both [1\u20133] \u2014 caf\u00e9.</p>'.encode() + b"\xa0"
    assert problem_of(write(tmp_path, "page.html", page)).startswith("not valid UTF-8: byte 0xa0")


@pytest.mark.parametrize("declared", ["base64", "hex", "zlib", "rot13", "utf-16", "nonsense"])
def test_a_charset_that_is_no_text_encoding_is_refused_as_not_utf8(
    tmp_path: Path, declared: str
) -> None:
    # review20b: "base64" ended the run in "internal error: LookupError"; "utf-16" read
    # ASCII bytes as other characters.
    page = f'<meta charset="{declared}"><p>Caf\u00e9 [1].</p>'.encode("latin-1")
    assert problem_of(write(tmp_path, "page.html", page)).startswith("not valid UTF-8: byte 0xe9")


def test_invalid_utf8_names_the_line_and_column_and_the_way_out(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.txt", "Intro.\nCafé [1].".encode("latin-1"))
    assert problem_of(path) == (
        "not valid UTF-8: byte 0xe9 at line 2, column 4; save the article as UTF-8 (it may "
        "be Latin-1, Windows-1252, Windows-1250 or another single-byte encoding)"
    )


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_its_mark_is_read(tmp_path: Path, codec: str) -> None:
    """Notepad's "Unicode" and PowerShell's ">" write UTF-16 with a byte-order mark, some
    exports without: the one was refused, the other called binary (user24 P3 2)."""
    text = ARTICLE.replace("Smith J", "Müller J")
    document = read_path(write(tmp_path, "wide.txt", text.encode(codec)))
    assert [entry.authors for entry in document.references] == [["Müller J"]]
    assert [claim.markers for claim in document.claims if claim.markers] != []


def test_a_mark_before_bytes_that_are_no_utf16_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.txt", b"\xff\xfe not utf-8 text")
    assert problem_of(path) == "UTF-16 text is not supported; save the article as UTF-8"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # NULs on both sides
        b"Aspirin lowers risk [1].\x00\x01\x02 and more text here.",  # a stray NUL
        b"A\x00B\x00\x01\x00\x02\x00C\x00D\x00E\x00F\x00G\x00H\x00",  # controls
    ],
)
def test_binary_bytes_are_not_taken_for_utf16(tmp_path: Path, data: bytes) -> None:
    assert problem_of(write(tmp_path, "b.txt", data)) == "binary file, not an article"


def test_a_page_declaring_no_charset_is_windows_1252_as_browsers_read_it(tmp_path: Path) -> None:
    page = "<html><body><p>Dexaméthasone – “note” [1].</p></body></html>".encode("cp1252")
    document = read_path(write(tmp_path, "page.html", page))
    assert "Dexaméthasone – “note”" in document.text
    # A text file is not a page: refused as before, naming the byte.
    assert problem_of(write(tmp_path, "note.txt", page)).startswith("not valid UTF-8: byte 0xe9")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert problem_of(tmp_path / "missing.md") == "No such file or directory"
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert problem_of(folder) == "is a directory, not an article"


def test_bom_and_crlf_keep_lines_and_columns(tmp_path: Path) -> None:
    plain = read_path(write(tmp_path, "plain.md", ARTICLE.encode()))
    windows = ARTICLE.replace("\n", "\r\n").encode("utf-8-sig")
    crlf = read_path(write(tmp_path, "crlf.md", windows))
    old_mac = read_path(write(tmp_path, "cr.md", ARTICLE.replace("\n", "\r").encode()))
    for document in (crlf, old_mac):
        assert "\r" not in document.text and not document.text.startswith("\ufeff")
        assert document.claims == plain.claims
        assert document.references == plain.references
    assert (crlf.claims[0].markers[0].line, crlf.claims[0].markers[0].column) == (1, 21)


def test_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8-sig")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    document = read_path(Path("-"))
    assert (document.path, document.format) == ("-", "md")
    assert len(document.references) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff  <!DOCTYPE html>\n<html><p>Text</p></html>", "html"),
        ("<html lang='en'>\n<body>Text</body>", "html"),
        ("\ufeff\r\n<html>\r\n<head><title>T</title></head>", "html"),
        ("<div>\n<p class='x'>Aspirin lowers risk.<sup>1</sup></p>", "html"),
        (ARTICLE, "md"),
        ("Units of m<sub>2</sub> and a <br> in Markdown.", "md"),
    ],
)
def test_stdin_without_a_format_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: str
) -> None:
    fake = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_path(Path("-")).format == expected


def test_stdin_html_page_has_its_reference_list(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<p>Aspirin lowers risk [1].</p><h2>References</h2><ol><li>Smith J. A. 2010.</li></ol>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode()), encoding="utf-8"))
    assert [entry.number for entry in read_path(Path("-")).references] == [1]


def test_five_megabyte_article(tmp_path: Path) -> None:
    paragraph = (
        "Exercise lowers pain by 1.6 points (95% CI: -2.7, -0.6; p = 0.002) over a 27-month "
        "follow-up [1, 2]. Strength training helps too. 3\n\n"
        "  • A bullet with kg/m² and `code [4]` and [a link](https://example.org/5). 1\n\n"
    )
    body = paragraph * (5_000_000 // len(paragraph) + 1)
    entries = "".join(f"{n}. Author A. Title {n}. J Med. 2010;1:{n}.\n" for n in range(1, 4))
    path = write(tmp_path, "big.md", (body + "## References\n\n" + entries).encode())
    assert path.stat().st_size > 5_000_000
    document = read_path(path)
    repeats = 5_000_000 // len(paragraph) + 1
    assert len(document.claims) == 3 * repeats
    assert len(document.references) == 3
    assert {n for claim in document.claims for n in claim.numbers} == {1, 2, 3}


def test_suppressions_are_read() -> None:
    text = "<!-- citelint-disable-next-line CL101 -- quoted -->\nA claim [4].\n"
    document = read_text(text, "a.md", "md")
    assert [(s.line, s.codes, s.reason) for s in document.suppressions] == [
        (2, ("CL101",), "quoted")
    ]


def test_unknown_input_format() -> None:
    with pytest.raises(InputError, match="unknown input format 'rtf'"):
        read_text("x", "a.rtf", "rtf")


# -- the size limit -----------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_with_one_clear_problem(tmp_path: Path) -> None:
    limit_mb = 0.01  # 10485 bytes
    at_limit = write(tmp_path, "at.md", ARTICLE.encode().ljust(10485, b" "))
    assert read_path(at_limit, max_mb=limit_mb).references
    over = write(tmp_path, "over.md", ARTICLE.encode().ljust(10486, b" "))
    with pytest.raises(InputError) as caught:
        read_path(over, max_mb=limit_mb)
    assert caught.value.problem == (
        "larger than the 0.01 MB limit for one article "
        "(max-file-mb in the configuration, or CITELINT_MAX_FILE_MB)"
    )


def test_the_default_limit_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: 21 MB of nothing, written in no time
    assert problem_of(huge).startswith("larger than the 20 MB limit")


def test_standard_input_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode() * 1000), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(InputError, match=r"^-: larger than the 0\.01 MB limit"):
        read_path(Path("-"), "md", max_mb=0.01)


@pytest.mark.parametrize("told", [0, 1, 100, 10485])
def test_a_file_that_grew_since_its_size_was_asked_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: int
) -> None:
    # A file is read to one byte past the size it had, and on only if it has more.
    import os

    from citelint.read import read_limited

    data = ARTICLE.encode().ljust(10485, b" ")
    path = write(tmp_path, "grows.md", data)
    asked = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((0,) * 6 + (told,) + (0,) * 3))
    with path.open("rb") as handle:
        assert read_limited(handle, str(path), 0.01) == data
    write(tmp_path, "grows.md", data + b" ")
    with path.open("rb") as handle, pytest.raises(InputError, match="larger than the 0.01 MB"):
        read_limited(handle, str(path), 0.01)
    monkeypatch.setattr(os, "fstat", asked)
    with path.open("rb") as handle, pytest.raises(InputError, match="larger than the 0.01 MB"):
        read_limited(handle, str(path), 0.01)


def test_a_very_large_limit_reads_an_empty_file_and_a_pipe(tmp_path: Path) -> None:
    # A stream of no known size (a pipe, an empty file, /proc) is read a megabyte at a time:
    # one read of the limit's size had its buffer allocated first, MemoryError at 10 TB.
    import os

    from citelint.read import read_limited

    empty = write(tmp_path, "empty.md", b"")
    assert read_path(empty, max_mb=10_000_000).references == []
    reading, writing = os.pipe()
    with os.fdopen(writing, "wb") as sender:
        sender.write(ARTICLE.encode())
    with os.fdopen(reading, "rb") as receiver:
        assert read_limited(receiver, "-", 10_000_000) == ARTICLE.encode()


WEB_ARCHIVE = (
    b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/review\r\n"
    b"Subject: Colchicine in pericarditis\r\nMIME-Version: 1.0\r\nContent-Type: multipart/"
    b'related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1----"\r\n\r\n\r\n'
    b"------MultipartBoundary--x1----\r\nContent-Type: text/html\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b'<html><body><p class=3D"lead">Colchicine halved recurrences [1].</p>=\r\n'
    b"<h2>References</h2><ol><li>Imazio M. Colchicine. Lancet. 2014;383:2232-7.</li></ol>=\r\n"
    b"</body></html>\r\n------MultipartBoundary--x1------\r\n"
)
ARCHIVE_PROBLEM = (
    "a web archive (MHTML, the browser's 'Webpage, Single File'), which citelint does not "
    "read: save the page as 'Webpage, HTML Only' and check that file"
)


@pytest.mark.parametrize(
    ("name", "input_format"),
    [("page.mhtml", None), ("page.mht", None), ("page.mhtml", "html"), ("page.html", None)],
)
def test_a_web_archive_is_refused_with_what_to_do(
    tmp_path: Path, name: str, input_format: str | None
) -> None:
    """user20: following the hint to read it as HTML gave three false errors."""
    problem = problem_of(write(tmp_path, name, WEB_ARCHIVE), input_format)
    assert problem == ARCHIVE_PROBLEM


def test_an_email_like_article_is_no_web_archive(tmp_path: Path) -> None:
    text = b"From: the editor\nSubject: a note\n\n" + ARTICLE.encode()
    assert len(read_path(write(tmp_path, "note.txt", text)).references) == 1


def test_a_named_pipe_is_refused_unread(tmp_path: Path) -> None:
    """user21 P2: opened, a FIFO waits for a writer that never comes; the run hung."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    assert problem_of(fifo) == "is a named pipe, not a regular file: refused unread"


@pytest.mark.parametrize("name", ["report.qmd", "report.Rmd"])
def test_quarto_and_r_markdown_are_read_as_markdown_their_chunks_hidden(
    tmp_path: Path, name: str
) -> None:
    # Refused before ("unknown file type"), and a folder of them was skipped: a repository's
    # check passed having read nothing (user22 P2).
    text = (
        "---\ntitle: Aspirin review\n---\n\n"
        "```{r}\nsummary(fit)\n#> [1] 0.5 [7]\n```\n\n"
        "Aspirin lowers risk [1].\n\n## References\n\n"
        "1. Smith J. Aspirin after stroke. Lancet. 2010;376:1041-9.\n"
    )
    document = read_path(write(tmp_path, name, text.encode()))
    assert document.format == "md"
    assert [[m.numbers for m in claim.markers] for claim in document.claims] == [[[1]]]
    assert len(document.references) == 1


def odt_bytes() -> bytes:
    """An OpenDocument text as LibreOffice writes it: "mimetype" first, stored."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


UNREAD = [
    ("review.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", None, "a PDF"),
    ("review.pdf", b"%PDF-1.4\n1 0 obj\n", "txt", "a PDF"),
    ("review.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Calibri;}}", None, "an RTF document"),
    ("review.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), None, "a Word 97-2003"),
    ("review.odt", None, None, "an OpenDocument text (.odt)"),
    ("review.docx", None, None, "an OpenDocument text (.odt)"),  # renamed
]


@pytest.mark.parametrize(("name", "data", "input_format", "kind"), UNREAD)
def test_documents_citelint_does_not_read_say_what_to_do(
    tmp_path: Path, name: str, data: bytes | None, input_format: str | None, kind: str
) -> None:
    """user25 P2 2: "unknown file type '.pdf' (use --input-format ...)", and followed, the
    PDF's bytes read as text gave a CL107 error; an .odt was "not a Word .docx file"."""
    problem = problem_of(write(tmp_path, name, data or odt_bytes()), input_format)
    assert problem.startswith(kind)
    assert problem.endswith(
        "which citelint does not read: save it as a Word .docx, or copy its text into a .txt "
        "file, and check that"
    )


def test_a_compound_file_named_docx_may_be_a_password_protected_docx(tmp_path: Path) -> None:
    """review25a F3: Word stores a password-protected .docx as a .doc's compound file; it was
    called "a Word 97-2003 document (.doc)"."""
    path = write(tmp_path, "review.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert problem_of(path, None) == (
        "not a Word .docx file: an old .doc or a password-protected file: save it as .docx "
        "(without a password)"
    )
