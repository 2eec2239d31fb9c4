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
