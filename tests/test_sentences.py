"""Sentence splitting on what news text does."""
from __future__ import annotations

import pytest

from checker.readers import read_text


def sentences(text: str, lang: str) -> list[str]:
    doc = read_text(text, path="a.txt", lang=lang)
    return [doc.text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text,expected", [
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
    ("It cost $1.5 million. Few paid.", ["It cost $1.5 million.", "Few paid."]),
    ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ('"Stop!" she said. He did.', ['"Stop!" she said.', "He did."]),
    ("They waited... Then it rained.", ["They waited...", "Then it rained."]),
    ("Tuesday, September 1, 2015", ["Tuesday, September 1, 2015"]),
    ("He lives at St. Mary's Road. It is quiet.", ["He lives at St. Mary's Road.", "It is quiet."]),
])
def test_english(text, expected):
    assert sentences(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("M. Hamdane a parlé. Mme Durand aussi.", ["M. Hamdane a parlé.", "Mme Durand aussi."]),
    ("« Nous partons », a-t-il dit. Le taux est de 1,5 %. Fin.",
     ["« Nous partons », a-t-il dit.", "Le taux est de 1,5 %.", "Fin."]),
    ("— Bonjour. — Salut, dit-il.", ["— Bonjour.", "— Salut, dit-il."]),
    ("Il a dit : « C'est fini. » Puis il est parti.", ["Il a dit : « C'est fini. »", "Puis il est parti."]),
    ("22 mai 2012. - Le lancement a eu lieu.", ["22 mai 2012. - Le lancement a eu lieu."]),
])
def test_french(text, expected):
    assert sentences(text, "fr") == expected


def test_a_run_without_a_stop_is_cut_at_the_same_words_with_crlf():
    """Hypothesis found it: the cut of an over-long run counted the CRs of CRLF files, so
    the same story got different sentences (and findings) with Windows line endings."""
    from checker.sentences import MAX_SENTENCE
    line = "the residents said 45 percent of March 5, 2024 was"
    # a title, a blank line, then one block of lines with no full stop
    text = "Title\n\n" + "\n".join(f"- {line} {i}" for i in range(2 * MAX_SENTENCE // len(line))) + "\n"
    words = []
    for variant in (text, text.replace("\n", "\r\n")):
        document = read_text(variant, path="story.txt")
        assert len(document.sentences) > 1
        words.append([variant[s.start:s.end].split() for s in document.sentences])
    assert words[0] == words[1]
