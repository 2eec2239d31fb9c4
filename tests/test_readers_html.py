"""The HTML reader: the article body only, offsets into the page, markup never prose."""
from __future__ import annotations

import datetime as _dt

from hypothesis import given, settings, strategies as st

from checker import check_text
from checker.readers import ARTICLE_SUFFIXES, read_text

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><title>Le maire parle</title>
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<script>document.write("<p>Selon des sources, ce script est de la prose</p>");</script>
<style>p { color: red }</style></head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li>Sources say menu</li></ul></nav>
<header class="site">Le Journal</header>
<main>
<article>
  <h1>Le conseil vote le budget</h1>
  <p>Le maire, <b>Jean Dupont</b>, a parlé d&rsquo;un vote <a href="/x">historique</a>.</p>
  <p>AT&amp;T viendra.
     Une seconde phrase.</p>
  <ul><li>Premier point</li></ul>
  <blockquote><p>Une citation.</p></blockquote>
  <figure><img src="a.jpg" alt="x"><figcaption>Une légende</figcaption></figure>
  <aside>À lire aussi</aside>
  <footer>Partager sur les réseaux</footer>
</article>
<section class="related"><article><p>Autre article</p></article></section>
</main>
<footer>Mentions légales</footer>
</body></html>
"""


def paragraphs(document):
    return [(p.kind, " ".join(document.prose[p.span.start:p.span.end].split())) for p in document.paragraphs]


def test_article_body_only_with_kinds():
    document = read_text(PAGE, path="page.html")
    assert paragraphs(document) == [
        ("heading", "Le conseil vote le budget"),
        ("body", "Le maire, Jean Dupont , a parlé d’ un vote historique ."),
        ("body", "AT& T viendra. Une seconde phrase."),
        ("list", "Premier point"),
        ("blockquote", "Une citation."),
    ]


def test_page_metadata_gives_language_and_date():
    document = read_text(PAGE, path="page.htm")
    assert document.lang == "fr" and document.date == _dt.date(2024, 3, 5)


def test_offsets_are_offsets_into_the_page():
    document = read_text(PAGE, path="page.html")
    assert len(document.prose) == len(document.text) == len(PAGE)
    heading = document.paragraphs[0].span
    assert document.text[heading.start:heading.end] == "Le conseil vote le budget"
    assert document.line_col(heading.start) == (12, 7)
    for start, end in [(p.span.start, p.span.end) for p in document.paragraphs]:
        for i in range(start, end):
            assert document.prose[i] in (" ", "\n", document.text[i]) or document.text[i] == "&"


def test_findings_point_at_source_lines(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text('rules:\n  - id: house.hype\n    check: pattern\n    severity: info\n'
                     '    message: "{match}"\n    patterns: [historique, "sources say", légende]\n'
                     '    ignorecase: true\n', encoding="utf-8")
    findings = check_text(PAGE, path="page.html", rules=[rules])
    column = PAGE.splitlines()[12].index(">historique<") + 2
    assert [(f.line, f.column, f.text) for f in findings] == [(13, column, "historique")]


def test_suffixes_are_articles():
    assert {".html", ".htm", ".docx"} <= set(ARTICLE_SUFFIXES)


def test_page_without_article_uses_body_and_loose_text():
    page = "<html><body><div>Loose text in a div.</div>Trailing words<p>Para</p></body></html>"
    document = read_text(page, path="p.html", lang="en")
    assert paragraphs(document) == [("body", "Loose text in a div."), ("body", "Trailing words"),
                                    ("body", "Para")]


def test_fragment_without_body_is_read_whole():
    document = read_text("<p>One.</p><p>Two &amp; three.</p>", path="p.html", lang="en")
    assert paragraphs(document) == [("body", "One."), ("body", "Two & three.")]


def test_script_text_is_never_prose():
    page = "<article><p>Hi.</p><script>var s = '<p>Sources say</p>';</script></article>"
    document = read_text(page, path="p.html", lang="en")
    assert "Sources" not in document.prose and paragraphs(document) == [("body", "Hi.")]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;#!-pa b=\"'\nxé")), max_size=120))
def test_odd_markup_never_breaks_offsets(text):
    if not text.strip():
        return
    document = read_text(text, path="odd.html", lang="en")
    assert len(document.prose) == len(text)
    for paragraph in document.paragraphs:
        assert 0 <= paragraph.span.start < paragraph.span.end <= len(text)
