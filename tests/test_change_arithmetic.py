"""numbers.conflict: a change told with both its levels, whose rate must be theirs
("Sales rose 25% to £500,000 from £350,000" is a rise of 43%). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_figure_pairing import conflicts


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "Sales rose 25% to £500,000 from £350,000 last year, the company said.", ["25%"]),
    ("en", "Sales rose from £350,000 to £500,000, an increase of 25%, the company said.", ["25%"]),
    ("fr", "Les ventes ont progressé de 25 %, passant de 350 000 à 500 000 euros, selon l'entreprise.", ["25 %"]),
    ("en", "Visitor numbers rose by a third, from 1,200 to 1,900, the museum said.", ["a third"]),
    ("fr", "La fréquentation a augmenté d'un tiers, de 1 200 à 1 900 visiteurs, selon le musée.", ["un tiers"]),
    # the rate is the levels' change, within its rounding
    ("en", "Sales rose 43% to £500,000 from £350,000 last year, the company said.", []),
    ("en", "Visitor numbers rose by a third, from 1,200 to 1,600, the museum said.", []),
    ("fr", "La fréquentation a augmenté d'un tiers, de 1 200 à 1 600 visiteurs, selon le musée.", []),
    # two years are a period, not two levels
    ("en", "Membership rose 25 percent from 1980 to 2012, the club said.", []),
])
def test_a_change_and_its_levels(lang: str, text: str, flagged: list[str]) -> None:
    assert conflicts(text, lang) == flagged
