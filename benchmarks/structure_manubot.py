"""A Manubot manuscript as pandoc writes it to HTML.

Callouts are "[<a href="#ref-…" role="doc-biblioref">N</a>]". The bibliography is a div of
entries in one of two shapes: pandoc 3's csl-entry divs (the number in a csl-left-margin div,
authors and identifiers in csl-block divs) or pandoc-citeproc's paragraphs broken by <br />.
Either way an entry reads "N. Title / Authors / Journal (2016-05-27) URL / DOI · PMID", and a
work with no journal starts a line with its date: "(2016) https://…".
"""

from __future__ import annotations

import random
from html import escape

from structure_forms import Style, _paragraph_texts
from structure_pages import Article, Work


def _date(work: Work, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"({work.year})"
    return f"({work.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d})"


def _authors(work: Work) -> str:
    return ", ".join(f"{initials} {surname}".strip() for surname, initials in work.authors)


def _container(work: Work) -> str:
    if work.kind in ("group", "web") or not work.journal or work.key % 7 == 3:
        return ""  # reports, preprints and web pages have none: the date starts the line
    return f"<em>{escape(work.journal)}</em> "


def _identifiers(work: Work) -> str:
    parts = []
    if work.doi:
        parts.append(f'DOI: <a href="https://doi.org/{work.doi}">{work.doi}</a>')
    if work.pmid:
        parts.append(
            f'PMID: <a href="https://www.ncbi.nlm.nih.gov/pubmed/{work.pmid}">{work.pmid}</a>'
        )
    return " · ".join(parts)


def _entry(number: int, work: Work, rng: random.Random, modern: bool) -> str:
    link = f"https://doi.org/{work.doi}" if work.doi else "https://example.org/report"
    url = f'<a href="{link}">{link}</a>'
    title = f"<strong>{escape(work.title)}</strong>"
    date = _date(work, rng)
    ids = _identifiers(work)
    if modern:
        block = f' <div class="csl-block">{ids}</div>' if ids else ""
        return (
            f'<div id="ref-k{number:03d}" class="csl-entry" role="doc-biblioentry">\n'
            f'<div class="csl-left-margin">{number}. </div><div class="csl-right-inline">'
            f'{title} <div class="csl-block">{escape(_authors(work))}</div>\n'
            f"{_container(work)}{date} {url}{block}</div>\n</div>"
        )
    tail = f" <br />\n{ids}" if ids else ""
    return (
        f'<div id="ref-k{number:03d}">\n<p>{number}. {title} <br />\n'
        f"{escape(_authors(work))} <br />\n{_container(work)}{date} {url}{tail}</p>\n</div>"
    )


def render_manubot(article: Article, style: Style, rng: random.Random) -> str:
    modern = rng.random() < 0.6
    out = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US" xml:lang="en-US">',
        f"<head><title>{escape(article.title)}</title>",
        '<script type="text/javascript">var cites = "[1]";</script></head><body>',
        f'<header id="title-block-header"><h1 class="title">{escape(article.title)}</h1></header>',
        '<p><small><em>This manuscript (<a href="https://example.org/v/abc">permalink</a>) was '
        "automatically generated from example/manuscript@abc1234 on March 2, 2024."
        "</em></small></p>",
        '<h2 id="authors">Authors</h2><ul><li><p><strong>Maria Lindqvist</strong><br>',
        "<small>Department of Medicine; Funded by Grant R01 AG012345</small></p></li></ul>",
    ]
    for name, paragraphs in _paragraph_texts(article, style, rng):
        out.append(f'<h2 id="{name.lower()}">{name}</h2>')
        out += [f"<p>{paragraph}</p>" for paragraph in paragraphs]
        out.append(
            '<div id="fig:flow" class="fignos"><figure><img src="images/flow.png" />'
            "<figcaption><span>Figure 1:</span> Flow of participants; 10<sup>3</sup> "
            "screened.</figcaption></figure></div>"
        )
    out.append('<h2 class="page_break_before" id="references">References</h2>')
    out.append("<!-- Explicitly insert bibliography here -->")
    role = "doc-bibliography"
    classes = "references csl-bib-body" if modern else "references hanging-indent"
    out.append(f'<div id="refs" class="{classes}" role="{role}">')
    out += [_entry(number, work, rng, modern) for number, work in article.entries]
    out.append("</div>")
    out.append('<script>document.querySelectorAll("a").forEach(function(x){});</script>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"
