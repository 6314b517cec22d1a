"""Failing examples in the formats other than Markdown, shown on the rule pages.

Each is (input format, example); ``tests/rules/test_format_examples.py`` reads each in its
format and checks that it raises its rule. Word files cannot be shown as text: their
paragraphs are read as Markdown's are, so the Markdown examples stand for them.
"""

from __future__ import annotations

_JATS_LIST = """\
<back><ref-list><title>References</title>
<ref id="R1"><label>1</label><element-citation publication-type="journal">
  <article-title>Exercise for lumbar stenosis</article-title><source>Spine J</source>
  <year>2015</year><volume>15</volume><fpage>100</fpage></element-citation></ref>
<ref id="R2"><label>{second}</label><element-citation publication-type="journal">
  <article-title>Surgery for lumbar stenosis</article-title><source>Spine J</source>
  <year>2016</year><volume>16</volume><fpage>20</fpage></element-citation></ref>
</ref-list></back>"""


def _jats(body: str, second: str = "2") -> str:
    return (
        f"<article>\n<body><p>{body}</p></body>\n{_JATS_LIST.format(second=second)}\n</article>\n"
    )


_PANDOC_REFERENCES = """\
references:
- id: smith2015
  type: article-journal
  title: Exercise for lumbar stenosis
  container-title: Spine J
  issued: {date-parts: [[2015]]}"""

FORMAT_EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "CL101": [
        (
            "jats",
            _jats(
                'Exercise helps [<xref ref-type="bibr" rid="R1">1</xref>], and surgery '
                'helps more [<xref ref-type="bibr" rid="R3">3</xref>]. Both are used '
                '[<xref ref-type="bibr" rid="R2">2</xref>].'
            ),
        ),
        (
            "pandoc",
            f"---\n{_PANDOC_REFERENCES}\n---\n\n"
            "Exercise helps [@smith2015], and surgery helps more [@doe2016].\n",
        ),
        # Cited with numbers in parentheses, as Radiology's pages are: read where the numbers
        # first appear in the list's order and cite most of it, so "(4)" is past its end.
        (
            "txt",
            "Exercise reduces pain in lumbar stenosis (1). Walking helps as much (2, 3). "
            "Surgery is kept for those it fails (4).\n\nReferences\n"
            "1. Smith J, Jones K. Exercise for lumbar stenosis. Spine J. 2015;15:100-109.\n"
            "2. Lee C, Park D. Walking in lumbar stenosis. Spine J. 2017;17:40-48.\n"
            "3. Doe A. Cycling in lumbar stenosis. Spine J. 2016;16:20-28.\n",
        ),
    ],
    "CL102": [
        ("jats", _jats('Exercise helps [<xref ref-type="bibr" rid="R1">1</xref>].')),
        # Copied from a page whose superscripts are links of their own (thelancet.com): the
        # numbers stay glued to the stop, a comma and a space between them. 1 and 2 are cited.
        (
            "txt",
            "Exercise reduces pain in lumbar stenosis.1, 2 Surgery is kept for those it fails."
            "\n\nReferences\n1\nSmith J, Jones K\nExercise for lumbar stenosis\n"
            "Spine J. 2015; 15:100-109\n2\nLee C, Park D\nWalking in lumbar stenosis\n"
            "Spine J. 2017; 17:40-48\n3\nDoe A\nSurgery for lumbar stenosis\n"
            "Spine J. 2016; 16:20-28\n",
        ),
    ],
    "CL103": [
        (
            "jats",
            _jats(
                'Exercise helps [<xref ref-type="bibr" rid="R1">1</xref>], surgery too '
                '[<xref ref-type="bibr" rid="R2">3</xref>].',
                second="3",
            ),
        )
    ],
    "CL104": [
        (
            "jats",
            _jats(
                'Surgery helps <sup><xref ref-type="bibr" rid="R2">2</xref></sup>, and so '
                'does exercise<sup><xref ref-type="bibr" rid="R1">1</xref></sup>.'
            ),
        )
    ],
    "CL105": [
        (
            "pandoc",
            "---\nreferences:\n- id: smith2015\n  type: article-journal\n"
            "  title: Exercise for lumbar stenosis\n  DOI: 10.1000/spine.2015.100\n"
            "- id: smith2015a\n  type: article-journal\n"
            "  title: Exercise in lumbar stenosis\n  DOI: 10.1000/spine.2015.100\n---\n\n"
            "Exercise helps [@smith2015], as the trial showed [@smith2015a].\n",
        )
    ],
    "CL106": [
        (
            "jats",
            _jats(
                'Both help [<xref ref-type="bibr" rid="R2">2</xref>&#x2013;'
                '<xref ref-type="bibr" rid="R1">1</xref>].'
            ),
        )
    ],
    "CL107": [("pandoc", "Exercise therapy reduces pain in lumbar stenosis [@smith2015].\n")],
    "CL203": [
        (
            "pandoc",
            "---\nreferences:\n- id: halvorsen\n  type: article-journal\n"
            "  title: Spinal cord stimulation for neurogenic claudication in patients with "
            "lumbar spinal stenosis unsuitable for decompression\n"
            "  container-title: Neuromodulation\n  issued: {date-parts: [[2016]]}\n"
            "  PMID: '39990001'\n---\n\n"
            "Stimulation helped patients unfit for surgery walk further [@halvorsen].\n",
        )
    ],
}

FORMAT_NAMES = {"jats": "JATS XML", "pandoc": "pandoc Markdown", "txt": "text copied from a page"}
