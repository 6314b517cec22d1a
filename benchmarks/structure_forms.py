"""Writing an Article (structure_pages.py) the way real pages carry it.

Forms, each with the variations seen on real pages:
- html-brackets: PMC-like HTML, "[<a>1</a>,<a>2</a>]" callouts, a <ul> list with labels;
- html-sup: publisher HTML with <sup> callouts, a Springer-like <ol> or a JAMA-like div list;
- txt-brackets: text copied from such a page, brackets kept;
- txt-super: copied text with Unicode superscripts ("disease¹˒²");
- txt-glued: copied text where the superscripts became plain digits ("disease1,2.");
- txt-linked: the same where each number was a link of its own, as on thelancet.com, so the
  copy keeps a comma and a space between them ("weeks.1, 2 Supervised", "adults3, 4.");
- txt-bmj: the same where a space alone separates the links, as on bmj.com ("weeks.1 2
  Supervised", "adults3 4.", "clinics.5 7-9");
- md: Markdown with [1], ^1^, <sup>1</sup> or footnotes;
- manubot: a Manubot manuscript (pandoc HTML, doc-biblioref callouts, year-first entries).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from html import escape

from structure_pages import Article, Cite, Sentence, Work

FORMS = (
    "html-brackets", "html-sup", "txt-brackets", "txt-super", "txt-glued", "txt-linked",
    "txt-bmj", "md", "manubot",
)  # fmt: skip
SUFFIX = {"html": "html", "txt": "txt", "md": "md", "manubot": "html"}
_SUPER = str.maketrans("0123456789,-–", "⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻⁻")
_TOKEN = re.compile(r"\{c\}([.,;:]?)|\^\{([^}]*)\}|\{fig\}|\{tab\}")
AFFILIATIONS = ["Department of Medicine", "Institute of Public Health", "Memory Clinic"]


@dataclass
class Style:
    """Choices one page makes once and keeps: how its callouts and entries look."""

    form: str
    callout: str  # per form: "brackets", "sup", "unicode", "glued", "caret", "footnote"...
    after_stop: bool  # superscripts after a period or comma (AMA), not before
    space: str  # before a bracket: " " or ""
    dash: str
    comma: str
    entries: str  # "vancouver", "ama", "nature"
    numbering: str  # "dot", "tab", "bracket", "label-line"
    trailers: bool  # link-outs after entries (PubMed, Google Scholar...)


def choose_style(form: str, rng: random.Random) -> Style:
    callouts = {
        "html-brackets": ["brackets"],
        "html-sup": ["sup", "sup-links", "sup-split"],
        "txt-brackets": ["brackets"],
        "txt-super": ["unicode"],
        "txt-glued": ["glued"],
        "txt-linked": ["linked"],
        "txt-bmj": ["bmj"],
        "md": ["brackets", "caret", "sup", "footnote", "md-links", "md-caret-links"],
        "manubot": ["manubot"],
    }[form]
    callout = rng.choice(callouts)
    superscript = callout not in ("brackets", "footnote", "manubot", "md-links")
    return Style(
        form=form,
        callout=callout,
        after_stop=superscript and rng.random() < 0.5,
        space=rng.choice([" ", " ", ""]),
        dash=rng.choice(["–", "–", "-"]),
        comma=rng.choice([",", ",", ", "]) if not superscript else ",",
        entries=rng.choice(["vancouver", "ama", "nature"]),
        numbering=rng.choice(["dot", "dot", "tab", "bracket", "label-line"]),
        trailers=rng.random() < 0.5,
    )


# ---- callouts -------------------------------------------------------------------------


def callout(cite: Cite, style: Style) -> str:
    text = cite.display(style.dash, style.comma)
    kind = style.callout
    if kind == "brackets" and style.form.startswith("html"):
        return style.space + "[" + _linked(cite, style, "#B{}", ' class="usa-link"') + "]"
    if kind in ("brackets",):
        return f"{style.space}[{text}]"
    if kind == "sup":
        return f"<sup>{text}</sup>"
    if kind == "sup-links":
        return "<sup>" + _linked(cite, style, "#ref-CR{}", "") + "</sup>"
    if kind == "sup-split":
        pieces = text.split(",")
        return ",".join(f"<sup>{piece}</sup>" for piece in pieces)
    if kind == "unicode":
        return text.translate(_SUPER)
    if kind == "glued":
        return text
    if kind == "linked":  # every item spaced, a pair too: "1, 2", "1, 2, 5–7"
        return cite.display(style.dash, ",").replace(",", ", ")
    if kind == "bmj":  # "1 2", "1 5-7"
        return cite.display(style.dash, ",").replace(",", " ")
    if kind == "caret":
        return f"^{text}^"
    if kind == "footnote":
        return "".join(f"[^{number}]" for number in cite.cited())
    if kind == "md-links":  # an HTML page converted: "[[1](#B1),[2](#B2)]"
        return style.space + "[" + _md_linked(cite, style) + "]"
    if kind == "md-caret-links":
        return "^" + _md_linked(cite, style) + "^"
    if kind == "manubot":
        return " [" + _linked(cite, style, "#ref-{}", ' role="doc-biblioref"') + "]"
    raise ValueError(kind)


def _linked(cite: Cite, style: Style, href: str, extra: str) -> str:
    """Each number a link, as pandoc and PMC write them; a range links its two ends."""

    def link(number: int) -> str:
        return f'<a href="{href.format(f"k{number:03d}")}"{extra}>{number}</a>'

    text = cite.display(style.dash, ",")
    parts = []
    for part in text.split(","):
        ends = part.split(style.dash)
        parts.append(style.dash.join(link(int(end)) for end in ends))
    return style.comma.join(parts)


def _md_linked(cite: Cite, style: Style) -> str:
    text = cite.display(style.dash, ",")
    parts = []
    for part in text.split(","):
        ends = part.split(style.dash)
        parts.append(style.dash.join(f"[{end}](#B{end})" for end in ends))
    return style.comma.join(parts)


def power(exponent: str, style: Style) -> str:
    if style.form.startswith("html") or style.form == "manubot":
        return f"<sup>{exponent}</sup>"
    if style.form == "txt-super" or (style.form == "txt-brackets" and exponent == "2"):
        return exponent.translate(_SUPER)
    if style.form == "md":
        return f"<sup>{exponent}</sup>" if style.callout == "sup" else f"^{exponent}^"
    return exponent  # copied text loses the superscript: "kg/m2", "109/L"


def sentence_text(sentence: Sentence, style: Style, rng: random.Random) -> str:
    cites = iter(sentence.cites)
    escaped = style.form.startswith("html") or style.form == "manubot"

    def replace(match: re.Match[str]) -> str:
        token = match[0]
        if token.startswith("{c}"):
            stop = match[1]
            marker = callout(next(cites), style)
            if style.after_stop and stop in (".", ","):
                return stop + marker
            return marker + stop
        if match[2] is not None:
            return power(match[2], style)
        return str(rng.randint(1, 4))

    template = escape(sentence.template, quote=False) if escaped else sentence.template
    return _TOKEN.sub(replace, template)


# ---- entries --------------------------------------------------------------------------


def entry_text(work: Work, style: Style, html: bool) -> str:
    def italic(text: str) -> str:
        return f"<em>{escape(text)}</em>" if html else text

    if work.kind == "group":
        name = work.authors[0][0]
        return f"{name}. {work.title}. {work.journal}; {work.year}."
    if style.entries == "nature":
        names = [f"{surname}, {'. '.join(initials)}." for surname, initials in work.authors]
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
        if work.kind == "book":
            return f"{authors} {work.title} ({work.journal}, {work.year})."
        source = f"{italic(work.abbrev)} {work.volume}, {work.first_page}–{work.last_page}"
        return f"{authors} {work.title}. {source} ({work.year})."
    names = [f"{surname} {initials}" for surname, initials in work.authors]
    authors = ", ".join(names[:6]) + (", et al" if len(names) > 6 else "")
    if work.kind == "book":
        return f"{authors}. {work.title}. New York: {work.journal}; {work.year}."
    last = str(work.last_page)
    if style.entries == "vancouver":
        last = last[len(last) - 2 :] if len(last) == len(str(work.first_page)) else last
    text = (
        f"{authors}. {work.title}. {italic(work.abbrev)}. {work.year};"
        f"{work.volume}({work.issue}):{work.first_page}-{last}."
    )
    if work.doi:
        text += f" doi:{work.doi}"
    if work.pmid and style.entries == "vancouver":
        text += f" PMID: {work.pmid}."
    return text


def _trailer_links(work: Work) -> list[tuple[str, str]]:
    links = []
    if work.doi:
        links.append(("DOI", f"https://doi.org/{work.doi}"))
    if work.pmid:
        links.append(("PubMed", f"https://pubmed.ncbi.nlm.nih.gov/{work.pmid}/"))
    links.append(("Google Scholar", "https://scholar.google.com/scholar_lookup?title=x"))
    return links


# ---- the page -------------------------------------------------------------------------


def positional(style: Style) -> bool:
    """True when the page numbers its list by position only (an <ol> with no values)."""
    return style.form == "html-sup" and style.numbering == "dot"


def render(article: Article, style: Style, rng: random.Random) -> tuple[str, str]:
    """The page text and its file suffix."""
    form = style.form
    if form == "manubot":
        from structure_manubot import render_manubot

        return render_manubot(article, style, rng), "html"
    if form.startswith("html"):
        return _html(article, style, rng), "html"
    if form == "md":
        return _markdown(article, style, rng), "md"
    return _plain(article, style, rng), "txt"


def _paragraph_texts(
    article: Article, style: Style, rng: random.Random
) -> list[tuple[str, list[str]]]:
    return [
        (name, [" ".join(sentence_text(s, style, rng) for s in paragraph) for paragraph in paras])
        for name, paras in article.sections
    ]


def _author_line(style: Style) -> list[tuple[str, str]]:
    return [("Maria Lindqvist", "1,2"), ("Tomasz Novak", "2"), ("Aiko Suzuki", "1,3")]


def _html(article: Article, style: Style, rng: random.Random) -> str:
    sup = style.callout != "brackets"
    authors = ", ".join(f"{name}<sup>{marks}</sup>" for name, marks in _author_line(style))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(article.title)}</title>',
        "<script>window.dataLayer = [1, 2];</script></head><body>",
        '<header class="site"><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>',
        f'<main><article><h1 class="content-title">{escape(article.title)}</h1>',
        f'<div class="authors">{authors}</div>',
        "".join(
            f'<div class="affiliation"><sup>{index}</sup>{escape(name)}, Example University</div>'
            for index, name in enumerate(AFFILIATIONS, start=1)
        ),
        "<p>Received 3 March 2023; accepted 14 June 2023; published 2 July 2023.</p>",
    ]
    figure = 1
    for name, paragraphs in _paragraph_texts(article, style, rng):
        out.append(f'<section id="sec-{name.lower()}"><h2 class="pmc_sec_title">{name}</h2>')
        for index, paragraph in enumerate(paragraphs):
            out.append(f'<p id="p{index}">{paragraph}</p>')
            if index == 1:
                out.append(
                    f'<figure id="F{figure}"><img src="f{figure}.jpg" alt="">'
                    f"<figcaption><b>Figure {figure}.</b> Incidence by age group, 2010–2020; "
                    "error bars show 95% CIs.</figcaption></figure>"
                )
                figure += 1
        out.append("</section>")
    out.append(
        '<section id="ack"><h2>Acknowledgements</h2><p>We thank the participants.</p>'
        "<h2>Conflict of interest</h2><p>None declared.</p></section>"
    )
    out.append(_html_list(article, style, sup))
    out.append("</article></main><footer><p>© 2023 The Authors. Terms of use.</p></footer>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _html_list(article: Article, style: Style, sup: bool) -> str:
    heading = "<h2>References</h2>" if article.heading else ""
    container = ' class="ref-list"' if article.heading else ""
    items = []
    if not sup:  # PMC: an unordered list whose items carry their label
        for number, work in article.entries:
            links = " ".join(
                f'[<a href="{url}" class="usa-link">{label}</a>]'
                for label, url in _trailer_links(work)
            )
            text = entry_text(work, style, html=True)
            items.append(
                f'<li id="B{number}"><span class="label">{number}.</span><cite>{text}</cite> '
                f"{links}</li>"
            )
        return f'<section{container}>{heading}<ul style="list-style-type:none">\n' + (
            "\n".join(items) + "\n</ul></section>"
        )
    if style.numbering in ("label-line", "tab"):  # JAMA-like: divs, the number a div too
        for number, work in article.entries:
            items.append(
                f'<div class="reference" id="ref-{number}"><div class="reference-number">'
                f'{number}.</div><div class="reference-content">'
                f"{entry_text(work, style, html=True)}</div></div>"
            )
        body = "\n".join(items)
        wrapper = "references" if article.heading else "refs-body"
        return f'<section>{heading}<div class="{wrapper}">\n{body}\n</div></section>'
    start = article.entries[0][0] if article.entries else 1
    for number, work in article.entries:
        links = " ".join(f'<a href="{url}">{label}</a>' for label, url in _trailer_links(work))
        value = f' value="{number}"' if style.numbering == "bracket" else ""
        items.append(
            f'<li class="c-article-references__item"{value} data-counter="{number}.">'
            f'<p class="c-article-references__text">{entry_text(work, style, html=True)}</p>'
            f'<p class="c-article-references__links">{links}</p></li>'
        )
    return f'<section>{heading}<ol start="{start}">\n' + "\n".join(items) + "\n</ol></section>"


def _entry_block(number: int, work: Work, style: Style, markdown: bool) -> str:
    text = entry_text(work, style, html=False)
    if style.trailers and not markdown:
        text += " " + " ".join(f"[{label}]" for label, _ in _trailer_links(work))
    if markdown:
        if style.callout == "footnote":
            return f"[^{number}]: {text}"
        return f"[{number}] {text}" if style.numbering == "bracket" else f"{number}. {text}"
    if style.numbering == "tab":
        return f"{number}.\t{text}"
    if style.numbering == "bracket":
        return f"[{number}] {text}"
    if style.numbering == "label-line":
        return f"{number}.\n{text}"
    return f"{number}. {text}"


def _plain(article: Article, style: Style, rng: random.Random) -> str:
    names = ", ".join(f"{name}{_affiliation(marks, style)}" for name, marks in _author_line(style))
    out = [article.title, "", names, "", "Author information Article notes Copyright", ""]
    for name, paragraphs in _paragraph_texts(article, style, rng):
        out += [name, ""]
        for paragraph in paragraphs:
            out += [paragraph, ""]
        out += ["Fig. 1", "", "Incidence by age group, 2010–2020.", ""]
    out += ["Acknowledgements", "", "We thank the participants.", ""]
    if article.heading:
        out += ["References", ""]
    gap = "\n\n" if style.numbering == "label-line" or rng.random() < 0.5 else "\n"
    out.append(gap.join(_entry_block(n, w, style, False) for n, w in article.entries))
    out += ["", "Articles from Example Journal are provided here courtesy of Example Press", ""]
    return "\n".join(out)


def _affiliation(marks: str, style: Style) -> str:
    if style.form == "txt-glued":
        return marks
    if style.form == "txt-linked":
        return marks.replace(",", ", ")  # "Maria Lindqvist1, 2, Tomasz Novak2"
    if style.form == "txt-bmj":
        return marks.replace(",", " ")  # "Maria Lindqvist1 2, Tomasz Novak2"
    return marks.translate(_SUPER)


def _markdown(article: Article, style: Style, rng: random.Random) -> str:
    out = [f"# {article.title}", "", "*Maria Lindqvist, Tomasz Novak, Aiko Suzuki*", ""]
    for name, paragraphs in _paragraph_texts(article, style, rng):
        out += [f"## {name}", ""]
        for paragraph in paragraphs:
            out += [paragraph, ""]
        out += ["| Group | n | Mean (SD) |", "| --- | --- | --- |", "| A | 120 | 4.2 (1.1) |", ""]
    if article.heading:
        out += ["## References", ""]
    out += [_entry_block(n, w, style, True) for n, w in article.entries]
    return "\n".join(out) + "\n"
