"""The character a Word symbol (``w:sym``, Insert > Symbol) shows.

Word writes a symbol picked from a font as the font's name and a code: in a Unicode font the
code is the character ("03B1"); in the Symbol font it is the font's own code moved into the
private-use area ("F0B3" for ≥, "F061" for α), which no reader shows. Those are mapped back
here: the Greek letters and the signs a clinical text uses (≥ ≤ ± × ° µ → ≈ ≠). A
converter may write a Symbol-font symbol by its Unicode code ("03B1" for α, "2265" for ≥),
read as the character when it is one the Symbol font has. Text in a run set in the Symbol
font keeps the font's codes as the characters Word moved them to (U+F0B3) or as Latin-1's
(³ for ≥, which read as a superscript citation): both are read as the font shows them. A
dingbat font's symbols (Wingdings' ticks and boxes) are no words and read as nothing.
"""

from __future__ import annotations

_PRIVATE_USE = 0xF000
# The Symbol font's codes: letters a-z and A-Z give the Greek alphabet in its own order.
_GREEK_SMALL = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
_GREEK_CAPITAL = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
_SIGNS = {
    0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xB0: "°", 0xB9: "≠", 0xBB: "≈",
    0xAE: "→", 0xAC: "←", 0xAD: "↑", 0xAF: "↓", 0xAB: "↔", 0xA5: "∞", 0xD6: "√", 0xB7: "•",
    0xBC: "…", 0xA2: "′", 0xB2: "″", 0x2D: "−", 0xB5: "∝", 0xA4: "/",
}  # fmt: skip
# Codes the Symbol font shows as ASCII shows them (not 0x22 ∀, 0x24 ∃, 0x2A ∗, 0x40 ≅).
_AS_ASCII = frozenset(" !#%&()+,./0123456789:;<=>?[]_|")
# Fonts whose codes are pictures or the font's own signs, not Unicode characters.
_SYMBOL_FONTS = ("wingdings", "webdings", "wp ", "mt extra", "zapf dingbats", "marlett")
_SUPERSCRIPT_DIGITS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")
# The characters the Symbol font shows that Unicode codes outside its own 00-FF give.
_SYMBOL_REPERTOIRE = frozenset(_GREEK_SMALL + _GREEK_CAPITAL + "".join(_SIGNS.values()))


def symbol_text(font: str, code: str) -> str:
    """The character of ``code`` (hexadecimal) in ``font``, or "" for none a reader knows.

    The font decides first: in the Symbol font a code is the font's own, in F000-F0FF as Word
    writes it or below 0x100 as converters do ("00B3" is ≥ there, not Latin-1's ³), and a
    Unicode code ("03B1") its character only when the font has it; in any other symbol or
    dingbat font it is no word. Only a code of a Unicode font is its character, and never a
    superscript digit (¹ ² ³ would read as citations: review21a P2-2)."""
    try:
        number = int(code, 16)
    except ValueError:
        return ""
    name = font.strip().lower()
    if name == "symbol":
        if _PRIVATE_USE <= number <= _PRIVATE_USE + 0xFF:
            return _symbol_font(number - _PRIVATE_USE)
        if 0 <= number <= 0xFF:
            return _symbol_font(number)
        character = chr(number) if number < 0xD800 else ""
        return character if character in _SYMBOL_REPERTOIRE else ""
    if name.startswith(_SYMBOL_FONTS) or not 0x20 <= number < 0xD800:
        return ""  # a dingbat, or a code no reader shows (private use, past Unicode's range)
    character = chr(number)
    return "" if character in _SUPERSCRIPT_DIGITS else character


def _symbol_font(low: int) -> str:
    """The character of the Symbol font's own code ``low`` (0x00-0xFF)."""
    if 0x61 <= low <= 0x7A:
        return _GREEK_SMALL[low - 0x61]
    if 0x41 <= low <= 0x5A:
        return _GREEK_CAPITAL[low - 0x41]
    if chr(low) in _AS_ASCII:
        return chr(low)
    return _SIGNS.get(low, "")


def symbol_font_text(text: str) -> str:
    """Text of a run set in the Symbol font as the font shows it: its codes kept in the
    private-use area (U+F020-F0FF, as Word keeps them) or as Latin-1's signs (U+00A0-00FF:
    "³" is ≥ there) read as the font's characters; letters, digits and any character the
    font's table does not know left as they are."""
    return "".join(_font_character(character) for character in text)


def _font_character(character: str) -> str:
    code = ord(character)
    if _PRIVATE_USE + 0x20 <= code <= _PRIVATE_USE + 0xFF:
        return _symbol_font(code - _PRIVATE_USE) or character
    if 0xA0 <= code <= 0xFF:
        return _symbol_font(code) or character
    return character
