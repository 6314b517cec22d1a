"""Inline citations: links and PMID mentions are found with their labels, at their place."""

from __future__ import annotations

import pytest

from citelint.inline_citation import InlineCitation
from citelint.models import Document
from citelint.read import read_text


def inline(text: str, fmt: str = "md") -> list[InlineCitation]:
    return read_text(text, f"a.{fmt}", fmt).inline


def at_source(text: str, citation: InlineCitation) -> str:
    """The source text from the citation's line and column on."""
    line = text.split("\n")[citation.line - 1]
    return line[citation.column - 1 :]


def test_pubmed_links_of_both_forms_with_tails() -> None:
    text = (
        "Cardaflozin helped ([HELIOS-HF](https://pubmed.ncbi.nlm.nih.gov/99200001/?utm_source=x)).\n"
        "Venoxaban beat warfarin ([MERIDIAN-AF](https://www.ncbi.nlm.nih.gov/pubmed/99200006#a)).\n"
        "Plain one: pubmed.ncbi.nlm.nih.gov/99200007 and a search link "
        "https://www.ncbi.nlm.nih.gov/pubmed/?term=99200008.\n"
    )
    found = inline(text)
    assert [(c.kind, c.identifier, c.link_text) for c in found] == [
        ("pmid", "99200001", "HELIOS-HF"),
        ("pmid", "99200006", "MERIDIAN-AF"),
        ("pmid", "99200007", None),
        ("pmid", "99200008", None),
    ]
    for citation in found:
        assert at_source(text, citation).startswith(citation.raw)


def test_mentions_pmc_and_doi_links() -> None:
    text = (
        "Ablation was no better (PMID: 99200008). Rhythm control helped (PMID 99200007).\n\n"
        "Stroke care (PubMed ID 99200012) and full text at "
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9900109/ or PMCID: PMC9900106.\n\n"
        "The Lancet paper [GRANITE](https://doi.org/10.1016/S0140-6736(22)01234-5) and "
        "doi: 10.5555/inl.2021.00020.\n"
    )
    found = inline(text)
    assert [(c.kind, c.identifier) for c in found] == [
        ("pmid", "99200008"),
        ("pmid", "99200007"),
        ("pmid", "99200012"),
        ("pmc", "PMC9900109"),
        ("pmc", "PMC9900106"),
        ("doi", "10.1016/s0140-6736(22)01234-5"),
        ("doi", "10.5555/inl.2021.00020"),
    ]
    for citation in found:
        assert at_source(text, citation).startswith(citation.raw)


def test_a_pmid_written_without_a_space_is_a_mention() -> None:
    """user20: "PMID31535829", as some notes and exports write it, was not read."""
    text = "Benefit was consistent in HFrEF (DAPA-HF, PMID31535829).\n"
    (found,) = inline(text)
    assert (found.kind, found.identifier) == ("pmid", "31535829")
    assert at_source(text, found).startswith("31535829")
    assert inline("The PMIDX31535829 token and PMIDs are no mention.\n") == []


def test_a_bare_mention_is_read_with_its_sentence() -> None:
    text = (
        "Blood pressure targets matter. Intensive lowering after thrombectomy did harm "
        "(PMID: 99200011). Statins prevent recurrence.\n"
    )
    (citation,) = inline(text)
    assert citation.link_text is None
    assert citation.context == "Intensive lowering after thrombectomy did harm."
    assert citation.near == "Intensive lowering after thrombectomy did harm"


def test_a_mention_after_the_full_stop_belongs_to_the_sentence_before() -> None:
    text = "Acupuncture reduces migraine frequency. https://pubmed.ncbi.nlm.nih.gov/99200015/\n"
    (citation,) = inline(text, "txt")
    assert citation.context == "Acupuncture reduces migraine frequency."


def test_two_mentions_in_one_sentence_share_it_but_keep_their_own_words() -> None:
    text = "AURORA (PMID: 99200009) and LANTERN (PMID: 99200010) changed stroke care.\n"
    first, second = inline(text)
    assert first.shared and second.shared
    assert first.near == "AURORA"
    assert second.near == "and LANTERN"


def test_a_table_row_is_the_context_of_its_links() -> None:
    text = (
        "| Problem | Plan | Evidence |\n| --- | --- | --- |\n"
        "| HFrEF | Start cardaflozin | [HELIOS-HF, Okafor 2019]"
        "(https://pubmed.ncbi.nlm.nih.gov/99200001/) |\n"
        "| Falls | Review footwear | PMID: 99209999 |\n"
    )
    first, second = inline(text)
    assert first.link_text == "HELIOS-HF, Okafor 2019"
    assert first.context == "HFrEF; Start cardaflozin; HELIOS-HF, Okafor 2019"
    assert (first.context_line, first.line) == (3, 3)
    assert second.near == "Falls; Review footwear"


def test_a_row_s_claim_ends_without_the_cell_mark_of_its_cut_label() -> None:
    from citelint.read.inline_view import inline_view

    text = (
        "| Finding | Source |\n| --- | --- |\n"
        "| Statins lower recurrent stroke by 12% | "
        "[Amaranth 2021](https://pubmed.ncbi.nlm.nih.gov/99200022/) |\n"
    )
    view = inline_view(read_text(text, "a.md", "md"))
    assert view is not None
    assert [claim.text for claim in view.document.claims] == [
        "Statins lower recurrent stroke by 12%"
    ]


def test_link_text_that_is_only_the_identifier_is_no_label() -> None:
    text = (
        "Venoxaban ([PMID: 99200006](https://pubmed.ncbi.nlm.nih.gov/99200006/)) and "
        "[link](https://pubmed.ncbi.nlm.nih.gov/99200021/).\n"
    )
    first, second = inline(text)
    assert first.link_text is None
    assert second.link_text == "link"


def test_reference_style_links_use_their_definition() -> None:
    text = (
        "Ablation in older adults ([ORBIT][o]) did not beat drugs.\n\n"
        "[o]: https://pubmed.ncbi.nlm.nih.gov/99200008/\n"
    )
    (citation,) = inline(text)
    assert (citation.identifier, citation.link_text, citation.line) == ("99200008", "ORBIT", 3)
    assert at_source(text, citation).startswith("99200008")


def test_code_and_images_hold_no_citations() -> None:
    text = (
        "```\nPMID: 12345678\n```\n\nInline `PMID: 87654321` code.\n\n"
        "![chart](https://pubmed.ncbi.nlm.nih.gov/11111111/)\n"
    )
    assert inline(text) == []


def test_links_inside_a_numbered_reference_list_are_entries_not_inline() -> None:
    text = (
        "Ocrelumab halved relapses [1], as the [HALCYON trials](https://pubmed.ncbi.nlm.nih.gov/"
        "99200018/) showed.\n\n## References\n\n"
        "1. Hausler SL. Ocrelumab versus interferon. N Engl J Med. 2017;117:1-10. "
        "[PubMed](https://pubmed.ncbi.nlm.nih.gov/99200018/)\n"
    )
    document = read_text(text, "a.md", "md")
    assert [(c.identifier, c.link_text) for c in document.inline] == [
        ("99200018", "HALCYON trials")
    ]
    assert document.references[0].pmid == "99200018"


HTML = """<html><body>
<p>Thrombectomy helped late (<a href="https://pubmed.ncbi.nlm.nih.gov/99200009/"
  target="_blank">AURORA trial, NEJM 2018</a>). See also PMID: 99200010.</p>
<table>
  <tr><th>Prevention</th><th>Source</th></tr>
  <tr><td>Statins lower recurrent stroke</td>
      <td><a href="https://pubmed.ncbi.nlm.nih.gov/99200022/">Amaranth 2021</a></td></tr>
</table>
<h2>References</h2>
<ol><li>Smith J. A paper. N Engl J Med. 2010;1:1.
<a href="https://pubmed.ncbi.nlm.nih.gov/2222/">PubMed</a></li></ol>
</body></html>
"""


def test_html_anchors_are_found_at_their_href() -> None:
    document: Document = read_text(HTML, "a.html", "html")
    found = document.inline
    assert [(c.identifier, c.link_text) for c in found] == [
        ("99200009", "AURORA trial, NEJM 2018"),
        ("99200010", None),
        ("99200022", "Amaranth 2021"),
    ]
    for citation in found:
        assert at_source(HTML, citation).startswith(citation.identifier)
    assert found[0].context == "Thrombectomy helped late (AURORA trial, NEJM 2018)."
    assert found[2].context == "Statins lower recurrent stroke; Amaranth 2021"
    assert document.claims == []


def test_html_table_cells_still_hold_their_markers() -> None:
    page = (
        "<p>Intro.</p><table><tr><td>Statins help</td><td>after stroke [1]</td></tr>"
        "<tr><td>Next row [2]</td></tr></table><h2>References</h2><ol><li>A. B. 2001;1:1.</li>"
        "<li>C. D. 2002;2:2.</li></ol>"
    )
    document = read_text(page, "a.html", "html")
    assert [(c.text, c.numbers) for c in document.claims] == [
        ("Statins help; after stroke", [1]),
        ("Next row", [2]),
    ]


def test_a_list_of_pmids_is_a_citation_each() -> None:
    text = "Both trials agreed (PMIDs: 99200001, 99200004 and 99200003).\n"
    found = inline(text)
    assert [c.identifier for c in found] == ["99200001", "99200004", "99200003"]
    assert all(c.shared and c.context == "Both trials agreed." for c in found)
    for citation in found:
        assert at_source(text, citation).startswith(citation.raw)


def test_a_chatgpt_site_name_is_no_label_nor_is_the_page_title() -> None:
    """ChatGPT cites "([Site name][n])", the address tagged utm_source=chatgpt.com and the
    linked page's own title in quotes. "Physiology Journals" was judged as the label and
    called wrong; the page's title always fits its page, so a wrong link was never found
    (review15 F2). Such a link is judged by the words around it, as a bare address is; a
    label that is no site's name (a paper's title) stays the label."""
    text = (
        "Sleep loss raises sympathetic activity. ([Physiology Journals][1]) It also raises "
        "blood pressure. ([Wiley Online Library](https://onlinelibrary.wiley.com/doi/10.1111/"
        "j.1399-0004.2010.01436.x?utm_source=chatgpt.com)) See [the review][2] and "
        "[The atmospheric chemistry of indoor environments][3].\n\n"
        "[1]: https://journals.physiology.org/doi/10.1152/ajpheart.00590.2021?utm_source="
        'chatgpt.com "Sympathetic neural responses to sleep disorders and insufficiencies"\n'
        '[2]: https://pubmed.ncbi.nlm.nih.gov/34995163/ "PubMed"\n'
        '[3]: https://pubmed.ncbi.nlm.nih.gov/31712796/?utm_source=chatgpt.com "PubMed"\n'
    )
    assert sorted((c.identifier, c.link_text or "") for c in inline(text)) == [
        ("10.1111/j.1399-0004.2010.01436.x", ""),
        ("10.1152/ajpheart.00590.2021", ""),
        ("31712796", "The atmospheric chemistry of indoor environments"),
        ("34995163", "the review"),  # no site's name: the link's own words
    ]


def test_a_publisher_s_page_name_after_the_doi_is_no_part_of_it() -> None:
    text = (
        "D-dimer rises after stopping ([link](https://www.degruyter.com/document/doi/10.1515/"
        "hmbci-2022-0093/html)). Oxford DOIs keep their slashes "
        "([link](https://doi.org/10.1093/cid/ciac769)).\n"
    )
    assert [c.identifier for c in inline(text)] == [
        "10.1515/hmbci-2022-0093",
        "10.1093/cid/ciac769",
    ]


def test_a_chatgpt_reading_list_s_title_label_is_kept() -> None:
    """Review15 F4: a paper's title as the label of a tagged link is its label (judged as
    such), where a site's name is none."""
    text = (
        "On exercise, [Interactions between insulin and exercise](https://doi.org/10.1042/"
        "BCJ20210185?utm_source=chatgpt.com) is the standard reference.\n"
        "Sleep loss ([Taylor & Francis Online](https://www.tandfonline.com/doi/10.1080/"
        "07420528.2020.1772811?utm_source=chatgpt.com)).\n"
    )
    assert [(c.identifier, c.link_text) for c in inline(text)] == [
        ("10.1042/bcj20210185", "Interactions between insulin and exercise"),
        ("10.1080/07420528.2020.1772811", None),
    ]


def test_a_site_s_name_typed_by_hand_is_no_label() -> None:
    """hunt12: without ChatGPT's tag, "[Wiley Online Library](...)" was judged as the label
    and called wrong (CL209). A label that shares a word or its initials with the address's
    host is the site's name; a paper's title in title case is still a label."""
    text = (
        "Phenotypes ([Wiley Online Library](https://onlinelibrary.wiley.com/doi/10.1111/"
        "j.1399-0004.2010.01436.x)). Aspirin ([NEJM](https://www.nejm.org/doi/full/10.1056/"
        "NEJMoa1210384)). Heatwaves ([Marine Heatwaves](https://www.annualreviews.org/doi/"
        "10.1146/annurev-marine-032720-095144)).\n"
    )
    assert [c.link_text for c in inline(text)] == [None, None, "Marine Heatwaves"]


def test_a_journal_s_abbreviation_on_a_pubmed_link_is_a_label() -> None:
    """Review16 F5: "Med" of "JAMA Intern Med" is inside "pubmed", but names no site."""
    text = "Hormones ([JAMA Intern Med](https://pubmed.ncbi.nlm.nih.gov/12117397/)).\n"
    assert [c.link_text for c in inline(text)] == ["JAMA Intern Med"]


def test_a_journal_s_abbreviation_and_year_on_its_site_is_a_label() -> None:
    """Review17 F3: "Sci" starts "science", so "Sci Transl Med 2019" was taken for the
    site's name and its year never judged. A site's name carries no year."""
    text = (
        "Gut ([Sci Transl Med 2019](https://www.science.org/doi/10.1126/scitranslmed.aal1234)"
        "). Tumours ([Nat Med 2020](https://www.nature.com/doi/10.1038/s41591-020-0001-1)). "
        "Cells ([Science](https://www.science.org/doi/10.1126/science.abc1234)).\n"
    )
    assert [c.link_text for c in inline(text)] == ["Sci Transl Med 2019", "Nat Med 2020", None]


def test_a_figure_s_or_table_s_page_is_no_part_of_the_doi() -> None:
    """Review16 F1: "/figures/2" stayed in the DOI, which PubMed then did not hold (CL207)."""
    text = (
        "Mortality ([figure](https://bmcmedicine.biomedcentral.com/articles/10.1186/"
        "s12916-020-01780-6/figures/2)). Dementia ([Olsen](https://link.springer.com/article/"
        "10.1007/s10654-012-9743-x/fulltext.html)). Activity ([BMC](https://bmcmedicine."
        "biomedcentral.com/articles/10.1186/s12916-020-01780-6/tables/1)).\n"
    )
    assert [c.identifier for c in inline(text)] == [
        "10.1186/s12916-020-01780-6",
        "10.1007/s10654-012-9743-x",
        "10.1186/s12916-020-01780-6",
    ]


def test_springer_bmc_and_frontiers_addresses_name_their_doi() -> None:
    """hunt12: the DOI after "/article/" or "/articles/" was not read, so such a link was
    never looked up (and a paragraph holding no other identifier's word never read)."""
    text = (
        "Arteries ([SpringerLink](https://link.springer.com/article/10.1007/s10554-022-02558-3))."
        "\n\nReliability (https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/"
        "s12891-022-05070-w).\n\nLactate (https://www.frontiersin.org/journals/physiology/"
        "articles/10.3389/fphys.2018.01034/full).\n"
    )
    assert [c.identifier for c in inline(text)] == [
        "10.1007/s10554-022-02558-3",
        "10.1186/s12891-022-05070-w",
        "10.3389/fphys.2018.01034",
    ]


def claims_of(text: str) -> list[str]:
    from citelint.read.inline_view import inline_view

    view = inline_view(read_text(text, "a.md", "md"))
    return [claim.text for claim in view.document.claims] if view else []


def test_a_claim_is_its_sentence_without_the_labels_of_its_links() -> None:
    text = (
        "Dapagliflozin lowered worsening heart failure or cardiovascular death "
        "([McMurray JJV, et al. N Engl J Med. 2019;381(21):1995-2008]"
        "(https://pubmed.ncbi.nlm.nih.gov/31535829/)).\n"
    )
    assert claims_of(text) == [
        "Dapagliflozin lowered worsening heart failure or cardiovascular death."
    ]


def test_a_label_that_is_the_whole_claim_stays_the_claim() -> None:
    text = "[Semaglutide cut body weight by 15% in adults](https://pubmed.ncbi.nlm.nih.gov/33567185/).\n"
    assert claims_of(text) == ["Semaglutide cut body weight by 15% in adults."]


def test_a_topic_with_a_citing_label_is_no_claim() -> None:
    text = "- Dapagliflozin in HFrEF: [McMurray 2019](https://pubmed.ncbi.nlm.nih.gov/31535829/)\n"
    assert claims_of(text) == []


def test_a_sentence_of_many_links_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """review16: one sentence holding k links cost k² time, its words cleaned for each link."""
    from citelint.read import inline as module

    calls: list[int] = []
    clean = module._clean

    def counted(*args: object) -> str:
        calls.append(1)
        return clean(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "_clean", counted)
    links = " ".join(
        f"[Smith {i} et al. 2020](https://pubmed.ncbi.nlm.nih.gov/{100 + i}/)" for i in range(40)
    )
    found = inline(f"Obesity is common. Semaglutide lowered weight {links}.\n")
    assert len(found) == 40
    assert {c.context for c in found} == {found[0].context}
    assert found[0].context.startswith("Semaglutide lowered weight Smith 0 et al. 2020")
    assert len(calls) <= 2


def test_a_sources_line_makes_no_claim() -> None:
    """user20 P1 12: Gemini closes with "Sources: RECOVERY Collaborative Group, N Engl J Med
    2021 (PMID: 32678530); WHO living guideline ...": a list of sources, not a claim for
    CL302/CL304 to weigh ("claim calls it a guideline")."""
    from citelint.read.inline_view import makes_a_claim

    assert not makes_a_claim(
        "Sources: RECOVERY Collaborative Group, N Engl J Med 2021; WHO living guideline on "
        "COVID-19 therapeutics (2023)."
    )
    assert not makes_a_claim("**References:** Horby P, et al. Dexamethasone in Covid-19.")
    assert makes_a_claim("Dexamethasone lowered 28-day mortality in patients given oxygen.")


def test_a_short_sentence_stating_a_percentage_makes_a_claim() -> None:
    """user22 P2: "Only 19% had their blood pressure controlled (PMCID: PMC10900001)." was
    left unchecked: "controlled" is a link word ("randomized controlled trial"), which left
    it two words. A percentage said of two words is a result to check; a label is not."""
    from citelint.read.inline_view import makes_a_claim

    assert makes_a_claim("Only 19% had their blood pressure controlled.")
    assert makes_a_claim("Only 19 per cent had their blood pressure controlled.")
    assert not makes_a_claim("Only 19% had it.")
    assert not makes_a_claim("Full text (PDF, 45%).")
    assert not makes_a_claim("See the randomized controlled trial on the journal's site.")


def test_a_short_sentence_stating_a_result_makes_a_claim() -> None:
    """user32b P2-1: a result's verb or statistic makes a short linked sentence a claim, as
    "[1]" would; a regimen's name or a pointer to the source stays none."""
    from citelint.read.inline_view import inline_view, makes_a_claim

    assert makes_a_claim("Gastrointestinal bleeding was doubled.")
    assert makes_a_claim("In the per-protocol analysis edoxaban was noninferior.")
    assert makes_a_claim("Stroke rates did not differ (P = 0.41).")
    assert makes_a_claim("Mortality was similar (HR 0.97).")
    assert not makes_a_claim("Reduced-dose edoxaban label.")
    assert not makes_a_claim("Full text on the publisher's site.")
    assert not makes_a_claim("It was reduced.")
    text = (
        "# Edoxaban\n\nGastrointestinal bleeding was doubled "
        "([Giugliano 2013](https://pubmed.ncbi.nlm.nih.gov/24251359/)). Full text is on the "
        "journal's site ([NEJM](https://pubmed.ncbi.nlm.nih.gov/24251359/)).\n"
    )
    view = inline_view(read_text(text, "a.md", "md"))
    assert view is not None
    assert [claim.text for claim in view.document.claims] == [
        "Gastrointestinal bleeding was doubled."
    ]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "Finerenone lowered kidney failure in diabetic CKD (HR 0.82). "
            "[Bakris et al., NEJM](https://pubmed.ncbi.nlm.nih.gov/33264825/)\n",
            "md",
        ),
        (
            "<p>Finerenone lowered kidney failure in diabetic CKD (HR 0.82). "
            '<a href="https://pubmed.ncbi.nlm.nih.gov/33264825/">Bakris et al., NEJM</a></p>\n',
            "html",
        ),
    ],
)
def test_a_citation_pill_after_the_stop_labelled_et_al_backs_the_sentence_before(
    text: str, fmt: str
) -> None:
    # The label's "et al." made the link a sentence of its own with words enough, and the
    # claim before it was never checked (user22 P1 14).
    (citation,) = inline(text, fmt)
    assert citation.link_text == "Bakris et al., NEJM"
    assert citation.context.startswith("Finerenone lowered kidney failure in diabetic CKD")


def test_a_link_in_a_sentence_with_words_of_its_own_still_backs_that_sentence() -> None:
    text = (
        "Finerenone lowered kidney failure (HR 0.82). See also the trial of "
        "[Bakris et al., NEJM](https://pubmed.ncbi.nlm.nih.gov/33264825/) for details.\n"
    )
    (citation,) = inline(text)
    assert citation.context.startswith("See also the trial of")


@pytest.mark.parametrize(
    "label",
    [
        "Cardaflozin cut heart failure admissions by 21% in HFpEF",
        "Cardaflozin in Heart Failure with a Preserved Ejection Fraction",
    ],
)
def test_a_link_alone_after_a_sentence_citing_its_own_pmid_backs_only_itself(label: str) -> None:
    # The sentence before had its own source; its numbers were checked against the link's
    # paper too and gave false CL301s (review22b P1-4).
    text = (
        "Finerenone lowered kidney failure to 22.9% in diabetic CKD (PMID 33264825). "
        f"[{label}](https://pubmed.ncbi.nlm.nih.gov/99200001/).\n"
    )
    mention, link = inline(text)
    assert mention.context.startswith("Finerenone lowered")
    assert link.link_text == label
    assert "Finerenone" not in link.context


@pytest.mark.parametrize("mention", ["(PubMed: 33264825)", "(PubMed 33264825)"])
def test_pubmed_before_a_pmid_names_it(mention: str) -> None:
    # The claim was left unchecked, "All clear" (user22 P2).
    (citation,) = inline(f"Finerenone slowed kidney decline {mention}.\n")
    assert (citation.kind, citation.identifier) == ("pmid", "33264825")


@pytest.mark.parametrize(
    "text",
    [
        "We searched PubMed: 2010 to 2020, with no language limit.\n",
        "Trials indexed in PubMed 2019 were screened.\n",
    ],
)
def test_pubmed_before_a_year_names_no_pmid(text: str) -> None:
    assert inline(text) == []
