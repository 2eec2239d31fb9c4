"""A finished past event told as a range cannot end after publication (issue 15);
ongoing and future ranges can. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


@pytest.mark.parametrize("lang, body, fires", [
    # a finished past event cannot end after publication
    ("fr", "L'étude, présentée mardi 16 juin, porte sur 900 ménages. L'enquête a été menée "
           "entre le 2 février et le 20 juillet.", True),
    ("fr", "L'étude, présentée mardi 16 juin, porte sur 900 ménages. L'enquête a été menée "
           "entre le 2 février et le 20 avril.", False),
    ("en", "The study, presented on Tuesday, June 16, covers 900 homes. The survey was carried "
           "out between February 2 and July 20.", True),
    ("en", "The study, presented on Tuesday, June 16, covers 900 homes. The survey was carried "
           "out between February 2 and April 20.", False),
    ("fr", "Les entretiens ont été réalisés du 2 février au 20 juillet.", True),
    ("en", "The interviews were conducted from February 2 to July 20.", True),
    # ongoing or future ranges end when they will
    ("fr", "L'enquête, lancée le 2 février, se poursuivra jusqu'au 20 juillet.", False),
    ("fr", "L'exposition se tient du 2 février au 20 juillet.", False),
    ("en", "The exhibition runs from February 2 until July 20.", False),
    ("en", "The consultation, which opened on February 2, runs until July 20.", False),
    ("en", "The consultation was extended until July 20.", False),
    ("fr", "La consultation a été prolongée jusqu'au 20 juillet.", False),
    ("en", "The exhibition was due to run from February 2 to July 20.", False),
    # a range set by a plan or a change of dates
    ("en", "The works were planned between February 2 and July 20.", False),
    ("fr", "Les travaux ont été programmés du 2 février au 20 juillet.", False),
    ("en", "The consultation has been extended from February 2 to July 20.", False),
    ("fr", "La consultation a été prolongée du 2 février au 20 juillet.", False),
    # a period set by a decision
    ("en", "The road has been closed between February 2 and July 20.", False),
    ("fr", "La route a été fermée du 2 février au 20 juillet.", False),
    # the finished verb is another's
    ("fr", "L'exposition a été inaugurée le 2 février et se tient du 2 février au 20 juillet.", False),
    ("en", "The fair was opened on February 2 and runs from February 2 to July 20.", False),
    ("en", "Entries were accepted from February 2 to July 20, the organisers said.", False),
    # a finished range that starts after publication: its start is the typo told
    ("en", "The survey was carried out between June 20 and July 20.", True),
])
def test_a_finished_range_does_not_end_after_publication(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-06-18"), "timeline.after-publication")) is fires
