"""An entry's text as plain words: no tags, entities, Markdown emphasis, link syntax, code
backticks or footnote back-arrows, since its fields are compared with PubMed's text."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.entry_identifiers import URL

# Tags that style words inside a line ("D<sub>3</sub>", "<i>Lancet</i>"): their text is the
# entry's own, so they go without a trace. Any other tag stands between words, and a link
# leaves its address, which may be the entry's only PubMed or DOI link.
_INLINE_TAG = LazyPattern(
    r"</?(?:i|b|em|strong|sub|sup|span|u|s|small|mark|cite|abbr|font|q|code|tt|var|dfn)"
    r"(?:\s[^<>\n]{0,500})?/?>",
    re.IGNORECASE,
)
_OTHER_TAG = LazyPattern(r"</?[a-z][a-z0-9]{0,20}(?:\s[^<>\n]{0,500})?/?>", re.IGNORECASE)
# The address may hold balanced parentheses: every Lancet DOI does ("10.1016/S0140-6736(21)
# 00676-0"), and a Lancet page's PII; cut at the first ")" it had lost its last part, and was
# searched and called possibly fabricated (user22 P1 2). Failing that, the address runs to
# the first ")", as before.
_MARKDOWN_LINK = LazyPattern(
    r"\[([^\[\]\n]{0,300})\]\((https?://(?:[^\s()]{1,500}(?:\([^\s()]{0,100}\)[^\s()]{0,500}){1,5}"
    r"(?=\))|[^\s)]{1,500}))\)"
)
# An autolink, "<https://doi.org/...>", as Markdown writes an address alone: its address.
_AUTOLINK = LazyPattern(r"<(https?://[^\s<>]{1,500})>")
# "\*\*|__|(?<!\w)[*_](?=\w)|(?<=[\w.])[*_](?!\w)|`|[↩↑]\ufe0e?" led by the class of
# characters every match starts with, the rest checked behind it in the same order: the
# engine skips to them rather than trying six alternatives at every character. Emphasis
# may close after a bracket, as NLM's names end: "*J Comp Psychol (Washington, D.C. : 1983)*"
# (the "*" left behind hid the journal and date of a Manubot entry; user33a P1-2).
_EMPHASIS = LazyPattern(
    r"[*_`↩↑](?:(?<=\*)\*|(?<=_)_|(?<=[*_])(?<!\w[*_])(?=\w)|(?<=[\w.)][*_])(?!\w)"
    r"|(?<=`)|(?<=[↩↑])\ufe0e?)"
)
# China's GB/T 7714 names the kind of work after the title, "Title[J]. Journal, 2019, ...":
# "[J]" a journal's paper, "[M]" a book, "[EB/OL]" a web page. No part of the title.
_GBT_KIND = LazyPattern(r"(?<=\S) ?\[(?:[JMCDRSNPZAG]|EB|DB|CP)(?:/OL)?\](?=\.|,|//)")
_BACK_LINKS = LazyPattern(r"^\s*\^\s*(?:[a-z]\s+)*")  # Wikipedia's back-links: "^ a b"
# kramdown's inline attribute list, "{:target="_blank" rel="noopener"}", "{: .btn}": how the
# page shows a link, no words of the entry (it had stayed in the title: a false CL203).
_KRAMDOWN_ATTRIBUTES = LazyPattern(r"\{:[^{}\n]{0,200}\}")
# Hyphens and dashes that stand for "-": French typesetting's non-breaking hyphen
# ("1979\u201187"), the figure dash, the minus sign and the plain Unicode hyphen. A page range
# written with one was cut at its first page.
_HYPHEN_CHARACTERS = "\u2010\u2011\u2012\u2212"
_HYPHENS = str.maketrans(dict.fromkeys(_HYPHEN_CHARACTERS, "-"))


def clean_markup(text: str) -> str:
    """An entry's text as plain words: no tags, entities, Markdown emphasis, link syntax,
    code backticks or footnote back-arrows, since the fields are compared with PubMed's text."""
    # Each pattern runs only on text holding the characters it needs: entries are many.
    if "<" in text:
        if "<http" in text:
            text = _AUTOLINK.sub(r"\1", text)
        text = _OTHER_TAG.sub(_tag_addresses, _INLINE_TAG.sub("", text))
    if "{:" in text:  # kramdown's attributes after a link: "{:target="_blank"}" (user29a P1-12)
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
    if "&" in text:
        # Imported here: html brings its table of entity names, which most entries never use.
        from html import unescape

        text = unescape(text)
    # "]" first: one character is found at a fraction of the cost of a pair, and most
    # entries hold no bracket at all.
    if "]" in text:
        if "](" in text:
            text = _MARKDOWN_LINK.sub(_link_words, text)
        if "]." in text or "]," in text or "]//" in text:
            text = _GBT_KIND.sub("", text)
    if "*" in text or "_" in text or "`" in text or "↩" in text or "↑" in text:
        text = _EMPHASIS.sub("", text)
    if "^" in text:  # every back-link match holds one
        text = _BACK_LINKS.sub("", text)
    if not text.isascii() and any(map(text.__contains__, _HYPHEN_CHARACTERS)):
        text = text.translate(_HYPHENS)  # a dictionary looked up per character: only if needed
    return _single_spaced(text)


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text that is so already (most
    entries' lines): one whose only white space is single spaces between its words.
    isprintable is False for every white space character but the space (a test checks
    every character), so a printable text holds no tab, line break or other space."""
    if "  " in text or text[:1] == " " or text[-1:] == " " or not text.isprintable():
        return " ".join(text.split())
    return text


def _link_words(link: re.Match[str]) -> str:
    """A Markdown link's text and address; its address alone when its text is that address
    ("[https://doi.org/X](https://doi.org/X)", as AI answers list their sources): the text
    repeated is no title. So when the line is the link alone and its text names the site
    ("[Lancet article](https://www.thelancet.com/...)"): searched as a title, it was found
    nowhere and the entry called unfindable, a CL201 error (user22 P1 2)."""
    text, address = link[1], link[2]
    if _is_the_address(text, address):
        return address
    if link.string.strip() == link[0] and _names_its_site(text, address):
        return address
    return f"{text} {address}"


# What an address's text may leave out: its scheme and "www.", and a cut end's "…".
_SCHEME = LazyPattern(r"\A(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _is_the_address(text: str, address: str) -> bool:
    """Whether the link's text is its address, whole or shortened: "doi.org/10.1056/X",
    "pubmed.ncbi.nlm.nih.gov", "www.thelancet.com" (as ChatGPT labels its sources), which
    were searched as titles: CL204 and CL201 errors (review22b P1-7)."""
    written = text.strip()
    shown = _SCHEME.sub("", written).rstrip("/…. ").lower()
    target = _SCHEME.sub("", address).rstrip("/").lower()
    if "." not in shown or " " in shown or not target.startswith(shown):
        return False
    cut = written.endswith(("…", "..."))
    return cut or len(target) == len(shown) or target[len(shown)] in "/.?#"


# What a link's words may add to the site's name: "Lancet article", "NEJM full text".
_SITE_NOUN = LazyPattern(r"\s+(?:article|paper|full\s+text|abstract|web\s?site|page)\Z", re.I)


def _names_its_site(text: str, address: str) -> bool:
    from citelint.read.links import names_the_site  # only for a line that is a link alone

    return names_the_site(_SITE_NOUN.sub("", text.strip()), address)


def _tag_addresses(tag: re.Match[str]) -> str:
    return " ".join(["", *URL.findall(tag[0].replace('"', " ").replace("'", " ")), ""])
