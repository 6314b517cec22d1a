"""The parts of a Word ``.docx`` file that reading needs: the document, its notes, its styles,
its list numbering and its link targets.

A .docx file is a zip archive of XML parts. Each part is parsed with lxml set never to load a
DTD, expand an entity or touch the network, and a part that declares a document type (which
Word never writes) is refused. A part larger than ``LARGEST_PART`` when unpacked is refused
too, so a small archive cannot unpack into gigabytes.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from io import BytesIO

from lxml import etree

from citelint.errors import InputError
from citelint.whole_numbers import signed_number, whole_number

# Word's own documents unpack to a few megabytes; a hundred is far past any real article.
LARGEST_PART = 100 * 1024 * 1024
W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict Open XML"
)
_MAIN_DOCUMENT = "/officeDocument"
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file's first bytes
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def local(element: etree._Element) -> str:
    """The name of a WordprocessingML element, or "" for any other vocabulary's."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return ""
    namespace, _, name = tag[1:].partition("}")
    return name if namespace in W_NAMESPACES else ""


def attribute(element: etree._Element | None, name: str) -> str:
    """A ``w:`` attribute by its local name."""
    if element is None:
        return ""
    for namespace in W_NAMESPACES:
        value = element.get(f"{{{namespace}}}{name}")
        if value is not None:
            return value
    return ""


def child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((c for c in element if local(c) == name), None)


@dataclass
class Style:
    name: str = ""
    based_on: str = ""
    superscript: bool | None = None  # None: the style does not say
    font: str = ""  # the font its runs show a character past ASCII in; "": not said
    outline_level: int | None = None
    numbering: tuple[str, int] | None = None  # (numId, level)


@dataclass
class Level:
    format: str = "decimal"
    start: int = 1


@dataclass
class Package:
    document: etree._Element
    footnotes: etree._Element | None = None
    endnotes: etree._Element | None = None
    styles: dict[str, Style] = field(default_factory=dict)
    # numId -> (abstractNumId, {level: start override})
    lists: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    levels: dict[tuple[str, int], Level] = field(default_factory=dict)  # (abstractNumId, level)
    links: dict[str, str] = field(default_factory=dict)  # relationship id -> external address
    # How Word numbers the notes ("footnote", "endnote"): a number format and the first
    # number, from the settings (w:footnotePr, w:endnotePr) or the last section's properties.
    note_numbering: dict[str, Level] = field(default_factory=dict)

    def style_chain(self, style_id: str) -> list[Style]:
        """The style and the styles it is based on, nearest first."""
        chain: list[Style] = []
        while style_id and style_id in self.styles and len(chain) < 20:
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain


def open_package(data: bytes, path: str) -> Package:
    # Said plainly (user24 P3 3: both were "not a zip archive"): an empty file, and the OLE2
    # compound file of Word 97-2003 and of every password-protected .docx.
    if not data:
        raise InputError(path, "the file is empty: nothing to read")
    if data.startswith(_OLE2_SIGNATURE):
        raise InputError(
            path,
            "not a Word .docx file: an old .doc or a password-protected file: save it as .docx "
            "(without a password)",
        )
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise InputError(path, "not a Word .docx file: it is not a zip archive") from None
    with archive:
        names = set(archive.namelist())
        main = _main_part(archive, names, path)
        if main is None:
            raise InputError(path, "not a Word .docx file: word/document.xml is missing")
        folder = posixpath.dirname(main)
        targets = _relationships(archive, names, path, main)
        package = Package(_part(archive, main, path))
        for kind, target in targets.items():
            part = posixpath.normpath(posixpath.join(folder, target))
            if part not in names:
                continue
            if kind == "footnotes":
                package.footnotes = _part(archive, part, path)
            elif kind == "endnotes":
                package.endnotes = _part(archive, part, path)
            elif kind == "styles":
                package.styles = _styles(_part(archive, part, path))
            elif kind == "numbering":
                _numbering(_part(archive, part, path), package)
            elif kind == "settings":
                _note_numbering(_part(archive, part, path), package)
        package.links = _links(archive, names, path, main)
    _note_numbering(_last_section(package.document), package)
    return package


def _main_part(archive: zipfile.ZipFile, names: set[str], path: str) -> str | None:
    if "_rels/.rels" in names:
        for relationship in _part(archive, "_rels/.rels", path).iter(_RELATIONSHIP):
            if relationship.get("Type", "").endswith(_MAIN_DOCUMENT):
                target = relationship.get("Target", "").lstrip("/")
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _relationships(
    archive: zipfile.ZipFile, names: set[str], path: str, main: str
) -> dict[str, str]:
    """The main part's related parts by kind ("styles", "numbering"...)."""
    rels = _rels_of(main)
    found: dict[str, str] = {}
    if rels in names:
        for relationship in _part(archive, rels, path).iter(_RELATIONSHIP):
            if relationship.get("TargetMode") == "External":
                continue
            kind = relationship.get("Type", "").rsplit("/", 1)[-1]
            found.setdefault(kind, relationship.get("Target", ""))
    for kind in ("styles", "numbering", "footnotes", "endnotes", "settings"):
        found.setdefault(kind, f"{kind}.xml")
    return found


def _links(archive: zipfile.ZipFile, names: set[str], path: str, main: str) -> dict[str, str]:
    rels = _rels_of(main)
    if rels not in names:
        return {}
    return {
        relationship.get("Id", ""): relationship.get("Target", "")
        for relationship in _part(archive, rels, path).iter(_RELATIONSHIP)
        if relationship.get("TargetMode") == "External"
    }


def _part(archive: zipfile.ZipFile, name: str, path: str) -> etree._Element:
    info = archive.getinfo(name)
    if info.file_size > LARGEST_PART:
        raise InputError(path, f"damaged Word file: {name} unpacks to more than 100 MB")
    try:
        with archive.open(info) as handle:
            data = handle.read(LARGEST_PART + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as error:
        raise InputError(path, f"damaged Word file: {name} cannot be unpacked ({error})") from None
    if len(data) > LARGEST_PART:
        raise InputError(path, f"damaged Word file: {name} unpacks to more than 100 MB")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.parse(BytesIO(data), parser)
    except etree.XMLSyntaxError as error:
        raise InputError(
            path, f"damaged Word file: {name} is not well-formed XML ({error})"
        ) from None
    if tree.docinfo.doctype:  # type: ignore[union-attr]  # lxml-stubs 0.5 lacks doctype
        raise InputError(path, f"damaged Word file: {name} declares a document type")
    return tree.getroot()


def _styles(root: etree._Element) -> dict[str, Style]:
    styles: dict[str, Style] = {}
    for element in root:
        if local(element) != "style":
            continue
        style = Style(
            name=attribute(child(element, "name"), "val").lower(),
            based_on=attribute(child(element, "basedOn"), "val"),
        )
        run = child(element, "rPr")
        align = attribute(child(run, "vertAlign"), "val")
        if align:
            style.superscript = align == "superscript"
        fonts = child(run, "rFonts")
        style.font = attribute(fonts, "hAnsi") or attribute(fonts, "ascii")
        paragraph = child(element, "pPr")
        level = attribute(child(paragraph, "outlineLvl"), "val")
        style.outline_level = whole_number(level)
        numbering = child(paragraph, "numPr")
        if numbering is not None:
            number_id = attribute(child(numbering, "numId"), "val")
            level_text = attribute(child(numbering, "ilvl"), "val")
            style.numbering = (number_id, whole_number(level_text) or 0)
        styles[attribute(element, "styleId")] = style
    return styles


def _numbering(root: etree._Element, package: Package) -> None:
    for element in root:
        if local(element) == "abstractNum":
            abstract = attribute(element, "abstractNumId")
            for level in element:
                if local(level) != "lvl":
                    continue
                start = attribute(child(level, "start"), "val")
                package.levels[(abstract, _int(attribute(level, "ilvl")))] = Level(
                    attribute(child(level, "numFmt"), "val") or "decimal",
                    _or_one(signed_number(start)),
                )
        elif local(element) == "num":
            overrides: dict[int, int] = {}
            for override in element:
                start = attribute(child(override, "startOverride"), "val")
                number = signed_number(start)
                if local(override) == "lvlOverride" and number is not None:
                    overrides[_int(attribute(override, "ilvl"))] = number
            abstract = attribute(child(element, "abstractNumId"), "val")
            package.lists[attribute(element, "numId")] = (abstract, overrides)


# Word's defaults when nothing says otherwise: footnotes 1, 2, 3; endnotes i, ii, iii.
NOTE_DEFAULTS = {"footnote": "decimal", "endnote": "lowerRoman"}


def _note_numbering(properties: etree._Element | None, package: Package) -> None:
    """The notes' number format and start, from the settings or a section's properties
    (``w:sectPr``, read after the settings: a section's own choice wins)."""
    for kind in NOTE_DEFAULTS:
        own = child(properties, f"{kind}Pr")
        if own is None:
            continue
        known = package.note_numbering.get(kind, Level(NOTE_DEFAULTS[kind]))
        format_ = attribute(child(own, "numFmt"), "val") or known.format
        start = signed_number(attribute(child(own, "numStart"), "val"))
        package.note_numbering[kind] = Level(format_, known.start if start is None else start)


def _last_section(document: etree._Element) -> etree._Element | None:
    body = child(document, "body")
    return child(body, "sectPr")


def _int(text: str) -> int:
    return whole_number(text) or 0


def _or_one(number: int | None) -> int:
    return 1 if number is None else number
