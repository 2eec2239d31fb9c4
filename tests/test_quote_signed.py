"""A paragraph that a name signs after a dash, without quote marks ("... —Ana Ruiz,
farmer"), is a quote said by that name (issue 13, house forms); a credit, a title or a
sentence that an en dash interrupts is not.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers


@pytest.mark.parametrize("lang, text", [
    ("en", "The harvest was the worst in twenty years and many farms will not survive the "
           "winter. —Ines Vartan, farmer"),
    ("fr", "La récolte a été la pire depuis vingt ans et beaucoup de fermes ne passeront pas "
           "l'hiver. — Ines Vartan, agricultrice"),
    ("en", "We lost the barn, the tractor and most of the sheep in one night. ― Ines Vartan"),
])
def test_a_paragraph_signed_after_a_dash_is_a_quote_of_the_signer(lang, text):
    assert _speakers("The storm hit the valley on Monday.\n\n" + text + "\n", lang) \
        == ["Ines Vartan"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Flood maps of the valley, revised after the storm. — Valley Gazette, March 3"),
    ("fr", "Les cartes des crues ont été revues. — Gazette de la Vallée"),
    ("en", "The harvest was the worst in twenty years – Ines Vartan said so on Monday."),
    ("fr", "Une récolte désastreuse. — Ines Vartan"),
])
def test_a_credit_or_a_dash_inside_a_sentence_is_no_quote(lang, text):
    assert _speakers("The storm hit the valley on Monday.\n\n" + text + "\n", lang) == []
