"""Properties over arbitrary input: offsets map back, nothing crashes, order never matters."""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings, strategies as st

from checker.engine import run_rules
from checker.readers import InputError, read_text
from checker.runner import select_rules
from checker.config import Config

WORDS = ["Hamdane", "Khalil", "M.", "Mr.", "said", "a dit", "selon", "according to", "87",
         "1,234.5", "1 234,5", "14 %", "$40bn", "Tuesday", "mardi", "March 5, 2024", "5 mars 2024",
         "hier", "yesterday", "«", "»", "“", "”", '"', "—", "...", "Qalamoun-ouest", "Qalamoun ouest",
         "*", "**", "_", "`", "[link](http://x.y)", "#", "-", ">", "<!-- ok: x.y -->", "\n", "\n\n",
         "\r\n", "é", "\u200b", "\u202f", "\u00a0", "שלום", "مرحبا", "e\u0301", "😀", "2011", "1970",
         "né en", "born in", "45-year-old", "âgé de 45 ans", ".", ",", ":", "?", "!", " "]

texty = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)
RULES = select_rules(Config())


def check_invariants(text: str, path: str, lang: str | None) -> None:
    try:
        document = read_text(text, path=path, lang=lang)
    except InputError:
        return
    assert document.text == text and len(document.prose) == len(text)
    previous = -1
    for paragraph in document.paragraphs:
        assert 0 <= paragraph.span.start < paragraph.span.end <= len(text)
        assert paragraph.span.start > previous
        previous = paragraph.span.end
    for sentence in document.sentences:
        assert document.paragraph_index(sentence.start) is not None
    result = run_rules(document, RULES)
    assert not [w for w in result.warnings if "failed" in w], result.warnings
    for finding in result.findings:
        assert text[finding.offset:finding.offset + finding.length] == finding.text
        assert document.line_col(finding.offset) == (finding.line, finding.column)
        assert document.line_col(finding.offset + finding.length) == (finding.end_line, finding.end_column)
        for related in finding.related:
            assert text[related.offset:related.offset + related.length] == related.text
    shuffled = list(RULES)
    random.Random(len(text)).shuffle(shuffled)
    assert run_rules(document, shuffled).findings == result.findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty, st.sampled_from(["s.md", "s.txt"]), st.sampled_from([None, "en", "fr"]))
def test_any_text_keeps_offsets_and_never_crashes(text, path, lang):
    check_invariants(text, path, lang)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty, st.sampled_from(["en", "fr"]), st.dates().map(lambda d: d.isoformat()))
def test_front_matter_articles(body, lang, date):
    check_invariants(f"---\ntitle: T\nlang: {lang}\ndate: {date}\n---\n\n{body}\n", "s.md", None)
