"""A year-less month or day takes the year its clause's tense makes coherent (issue 15): a
future or prospective verb ("would host", "intends to", « organisera », « doit
accueillir ») places it ahead of publication, a past one behind it, and a modal that
tells an alleged past (« aurait frappé ») or "would have" does not look ahead.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story
from test_times import times

_FOUNDED = {"en": "The rowing society was founded in 1951. ", "fr": "La société d'aviron a été fondée en 1951. "}

ANNIVERSARIES = [
    # lang, clause, fires (story dated 2026-02-05: June ahead is 2026, June behind 2025)
    ("en", "Its chair said the society would host its 75th anniversary gala in June.", False),
    ("en", "Its chair said the society will hold its 75th anniversary gala in June.", False),
    ("en", "The society intends to hold its 75th anniversary gala in June.", False),
    ("en", "Its chair said the society would host its 74th anniversary gala in June.", True),
    ("en", "The society held its 74th anniversary gala in June.", False),
    ("en", "The society held its 75th anniversary gala in June.", True),
    ("en", "Its chair said the society would have held its 75th anniversary gala in June.", True),
    ("fr", "Selon sa présidente, la société organisera son 75e anniversaire en juin.", False),
    ("fr", "Selon sa présidente, la société doit accueillir son 75e anniversaire en juin.", False),
    ("fr", "La société envisage de fêter son 75e anniversaire en juin.", False),
    ("fr", "Selon sa présidente, la société organisera son 74e anniversaire en juin.", True),
    ("fr", "La société a fêté son 74e anniversaire en juin.", False),
    ("fr", "La société a fêté son 75e anniversaire en juin.", True),
]


@pytest.mark.parametrize("lang,clause,fires", ANNIVERSARIES)
def test_an_anniversary_month_takes_the_year_of_its_tense(lang, clause, fires):
    text = story(lang, _FOUNDED[lang] + clause, "2026-02-05")
    assert bool(fired(text, "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,needle,value,basis", [
    # story dated 2024-03-10 (tests/test_times.py)
    ("en", "The ferry company would open a second route in June, its owner said.", "June", "2024-06",
     "future tense"),
    ("en", "The owner said in June that the company would open a second route.", "June", "2023-06",
     "past or present tense"),
    ("en", "The company would have opened a second route in June.", "June", "2023-06", "past or present tense"),
    ("fr", "La compagnie ouvrira une seconde ligne en juin.", "juin", "2024-06", "future tense"),
    ("fr", "La compagnie a ouvert une seconde ligne en juin.", "juin", "2023-06", "past or present tense"),
    # the allegation's conditional tells a past; a simple past is not a future
    ("fr", "Le suspect aurait dérobé la caisse en juin.", "juin", "2023-06", "past or present tense"),
    ("fr", "Le préfet libéra les routes en juin.", "juin", "2023-06", "past or present tense"),
    # a year-less day: a simple future puts it after publication
    ("fr", "Le musée rouvrira ses portes le 3 janvier.", "le 3 janvier", "2025-01-03", "future tense"),
    ("fr", "Le musée a rouvert ses portes le 3 janvier.", "le 3 janvier", "2024-01-03", "publication date"),
    ("en", "The museum said it would reopen its doors on January 3.", "January 3", "2025-01-03", "future tense"),
])
def test_a_year_less_date_takes_the_year_of_its_clause(lang, body, needle, value, basis):
    found, _, _ = times(body, lang)
    assert (found[needle].value, found[needle].year_basis) == (value, basis)
