"""A small XML tree that remembers where every element and piece of text stands in the source.

The standard library's expat parser is used because it reports the line and column of every
event, which findings need, and because it fetches nothing: no DTD and no external entity is
ever loaded. A document type that declares entities of its own is refused (that is how
"billion laughs" and external-entity attacks are written); a DOCTYPE that only names the JATS
DTD is fine, and the named entities that DTD would define (``&ndash;``) are read as HTML's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.entities import html5
from xml.parsers import expat

from citelint.errors import InputError


@dataclass
class Text:
    value: str
    line: int
    column: int  # 1-based
    exact: bool = True  # the source holds these very characters, not an entity for them


@dataclass
class Element:
    tag: str  # the local name, without a namespace prefix
    attrs: dict[str, str]
    line: int
    column: int  # 1-based
    children: list[Element | Text] = field(default_factory=list)

    def elements(self) -> Iterator[Element]:
        return (child for child in self.children if isinstance(child, Element))

    def find(self, tag: str) -> Element | None:
        return next((child for child in self.elements() if child.tag == tag), None)

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            if tag is None or element.tag == tag:
                yield element
            stack.extend(reversed(list(element.elements())))

    def text(self) -> str:
        """Every piece of text below the element, joined as it stands."""
        pieces: list[str] = []
        stack: list[Element | Text] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, Text):
                pieces.append(node.value)
            else:
                stack.extend(reversed(node.children))
        return "".join(pieces)

    def attr(self, name: str) -> str:
        """An attribute by its local name, whatever namespace prefix it was written with."""
        if name in self.attrs:
            return self.attrs[name]
        for key, value in self.attrs.items():
            if key.rsplit(":", 1)[-1] == name:
                return value
        return ""


class _Refused(Exception):
    """Raised from inside a parser callback, so that parsing stops at once."""


def parse_xml(source: str, path: str) -> Element:
    """The document's root element; any problem becomes an InputError naming the file."""
    root = Element("#document", {}, 1, 1)
    stack = [root]
    parser = expat.ParserCreate("UTF-8")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = False

    def position() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def start(name: str, attrs: dict[str, str]) -> None:
        element = Element(name.rsplit(":", 1)[-1], attrs, *position())
        stack[-1].children.append(element)
        stack.append(element)

    def end(name: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        line, column = position()
        # Entities and character references come as pieces of their own, which is how one
        # is told apart from text that stands in the source as it reads.
        index = parser.CurrentByteIndex
        exact = index >= 0 and source_bytes.startswith(data.encode("utf-8"), index)
        stack[-1].children.append(Text(data, line, column, exact))

    def skipped(name: str, is_parameter: int) -> None:  # expat gives 0 or 1
        if not is_parameter:
            stack[-1].children.append(Text(html5.get(f"{name};", ""), *position(), False))

    def declared(*_: object) -> None:
        raise _Refused(f"line {parser.CurrentLineNumber}")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.SkippedEntityHandler = skipped
    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    source_bytes = source.encode("utf-8")
    try:
        parser.Parse(source_bytes, True)
    except _Refused as refused:
        raise InputError(
            path,
            f"the document type declares entities ({refused}); citelint never expands or "
            "fetches them, so it does not read this file",
        ) from None
    except expat.ExpatError as error:
        undefined = _undefined_entity(source, error)
        raise InputError(path, undefined or f"not well-formed XML: {error}") from None
    elements = list(root.elements())
    if not elements:
        raise InputError(path, "XML file with no root element")
    return elements[0]


def _undefined_entity(source: str, error: expat.ExpatError) -> str | None:
    """What to do about an entity no DTD defines: a file saved without its DOCTYPE line
    ("&nbsp;" of the JATS DTD) was refused with no name for the entity (user33b P3-3)."""
    if error.code != expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]:
        return None
    import re  # only for this refusal

    line = source.split("\n", error.lineno)[error.lineno - 1]
    named = re.compile(r"&([\w.:-]{1,60});").match(line, error.offset)
    entity = f"&{named[1]};" if named else "an entity"
    return (
        f"not well-formed XML: undefined entity {entity} at line {error.lineno}, column "
        f"{error.offset + 1}: the DOCTYPE line naming the JATS DTD (which defines HTML's "
        "entity names) is missing; put the publisher's DOCTYPE line back, or write the "
        "character itself"
    )
