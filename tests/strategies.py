"""Hypothesis strategies that build news articles the way real input goes wrong.

An article is front matter (sometimes), a headline and paragraphs of Markdown: prose made
of words in several scripts (Latin with accents, Arabic and Hebrew right to left, CJK),
combining characters, emoji (with zero-width joiners), zero-width and bidi control
characters, quotes that may never close, numbers and dates in every form a newsroom
writes them, deeply nested lists and blockquotes, code, links, HTML comments and very long
lines. Every sentence is written here; nothing comes from the corpus.
"""
from __future__ import annotations

from hypothesis import strategies as st

WORDS = (
    "the", "council", "said", "mayor", "residents", "homes", "flood", "on", "and", "of",
    "le", "maire", "a", "déclaré", "selon", "les", "pompiers", "habitants", "incendie",
    "Ruiz", "Harlow", "Dupont", "Jean", "Martin", "Ana", "Mr.", "Mrs.", "Dr.", "M.", "Mme",
    "Zoë", "Đorđe", "Søren", "Çelik", "Ñúñez", "O'Brien", "Saint-Étienne", "al-Khatib",
    "محمد", "قال", "שלום", "אמר", "東京", "発表", "Москва", "сказал",
    "according to", "told reporters", "a indiqué", "a-t-il dit", "sources say",
    "e\u0301te\u0301", "n\u0303", "a\u0308\u0308\u0308",          # combining marks, stacked
    "😀", "👩\u200d👩\u200d👧", "🇫🇷", "✊🏽",                       # emoji, ZWJ, flags, skin tone
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad",             # zero-width, BOM, soft hyphen
    "\u200f", "\u200e", "\u202e", "\u2066", "\u2069",             # bidi marks and isolates
    "\u00a0", "\u202f", "\u2009", "\t",
)
NUMBERS = (
    "12", "0", "40", "1,234", "1,234.5", "1 234,5", "1\u202f234,5", "1.234,5", "3.5 million",
    "2,5 milliards", "$40bn", "€12m", "£3.2 billion", "12 %", "45 percent", "45 pour cent",
    "forty-two", "quarante-deux", "one hundred", "½", "3/4", "١٢٣", "٣٫٥", "Ⅻ", "10^6",
    "-5", "+7.2%", "1e9", "99.999.999", "007", "9,99 €", "12h30", "3:45 p.m.", "1.5x",
    "twice", "a dozen", "une dizaine", "2nd", "1er", "21st", "No. 5",
)
DATES = (
    "March 5, 2024", "5 March 2024", "5 mars 2024", "le 1er janvier 2025", "2024-03-05",
    "05/03/2024", "3/5/24", "Tuesday", "mardi", "on Monday, 3 March", "lundi 3 mars",
    "Feb. 29, 2023", "31 février 2024", "30 February", "June 31", "yesterday", "hier",
    "the next day", "le lendemain", "two weeks ago", "il y a deux semaines", "last year",
    "l'an dernier", "in 2019", "en 1970", "1990s", "les années 1990", "tomorrow", "demain",
    "at 9 a.m.", "à 21 heures", "45-year-old", "âgé de 45 ans", "born in 1980", "né en 1980",
    "2024-13-45", "0000-00-00", "0001-01-01", "Q3 2024", "mid-March", "fin mars",
)
PUNCTUATION = (".", ",", ";", ":", "?", "!", "…", "...", " — ", " – ", "-", "(", ")", "[", "]")
QUOTES = ('"', "“", "”", "‘", "’", "'", "«", "»", "« ", " »", "„", "‹", "›", "「", "」")

atoms = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(DATES),
    st.sampled_from(PUNCTUATION), st.sampled_from(QUOTES),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6),
)


@st.composite
def sentences(draw) -> str:
    parts = draw(st.lists(atoms, min_size=1, max_size=25))
    text = " ".join(parts)
    if draw(st.booleans()):  # a quotation, closed or not
        quote = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))
        opening, closing = draw(st.sampled_from([("“", "”"), ("« ", " »"), ('"', '"'), ("«", ""),
                                                 ("“", ""), ("", "”"), ("‘", "’")]))
        text += f' {opening}{quote}{closing}, {draw(st.sampled_from(WORDS))} said.'
    return text


@st.composite
def markdown_blocks(draw) -> str:
    depth = draw(st.integers(0, 60))
    body = draw(sentences())
    kind = draw(st.sampled_from(["para", "heading", "list", "quote", "code", "fence", "table",
                                 "comment", "emphasis", "link", "long", "html"]))
    if kind == "heading":
        return "#" * draw(st.integers(1, 8)) + " " + body
    if kind == "list":
        return "\n".join("  " * i + draw(st.sampled_from(["- ", "* ", "1. ", "+ "])) + body
                         for i in range(min(depth, 30) + 1))
    if kind == "quote":
        return "> " * depth + body
    if kind == "code":
        return f"`{body}` and ``{body}``"
    if kind == "fence":
        return f"```\n{body}\n" + ("```" if draw(st.booleans()) else "")
    if kind == "table":
        return f"| a | b |\n|---|---|\n| {body} | 12 |"
    if kind == "comment":
        return draw(st.sampled_from(["<!-- copydesk-disable numbers -->", "<!-- copydesk-disable-next-line -->",
                                     "<!-- unclosed comment", "<!-- copydesk-enable -->", "-->"])) + "\n" + body
    if kind == "emphasis":
        return "*" * depth + body + "_" * (depth // 2)
    if kind == "link":
        return f"[{body}](http://example.invalid/{depth}) ![img]( <{body}>"
    if kind == "long":
        return " ".join([body] * draw(st.integers(20, 200)))
    if kind == "html":
        return f"<div><p>{body}</p><script>alert(1)</script>" + "<b>" * depth
    return body


@st.composite
def articles(draw) -> str:
    """A whole article: optional front matter, headline, paragraphs; LF line endings."""
    parts = []
    if draw(st.booleans()):
        lang = draw(st.sampled_from(["en", "fr", "EN", "fr-CA", "de", "", "xx"]))
        date = draw(st.sampled_from(["2024-03-05", "2025-02-29", "not a date", "", "2024-03-05T10:00:00Z"]))
        parts.append(f"---\ntitle: {draw(st.sampled_from(WORDS))!r}\nlang: {lang}\ndate: {date}\n---")
    parts.append("# " + draw(sentences()))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["RIVERTON, March 5 (AP) — ", "PARIS, 5 mars (AFP) - ",
                                           "LONDON — ", "BEYROUTH (Reuters) - "])) + draw(sentences()))
    parts.extend(draw(st.lists(markdown_blocks(), min_size=1, max_size=8)))
    separator = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n"]))
    return separator.join(parts) + "\n"
