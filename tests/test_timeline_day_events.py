"""One event, two days (issue 15): the lead's verb dated by a relative day ("voted 4-1
yesterday", « a voté hier ») and the definite noun of the same stem dated by a written day
("The May 13 vote", « le vote du 12 mars ») are one event; when the days differ, one is
wrong. Held only when the story tells one such event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from checker.checks._day_events import same_stem
from checker.locales import fold, load_locale
from test_timeline import fired, story

EN = "2025-05-15"   # a Thursday: yesterday is May 14
FR = "2025-03-14"   # un vendredi : hier est le 13 mars

CASES = [
    ("en", EN, "Harbour commissioners voted 5-2 yesterday to lease the old pier. The May 13 vote "
               "followed a month of public comment.", True),
    ("en", EN, "Harbour commissioners voted 5-2 yesterday to lease the old pier. The vote on May 12 "
               "followed a month of public comment.", True),
    ("en", EN, "Harbour commissioners approved the lease yesterday. The May 13 approval followed a "
               "month of public comment.", True),
    ("en", EN, "Harbour commissioners voted 5-2 yesterday to lease the old pier. The May 14 vote "
               "followed a month of public comment.", False),
    # two votes on two days: quiet
    ("en", EN, "Harbour commissioners voted 5-2 yesterday to lease the old pier. The finance panel "
               "had voted on Monday to back it. The May 13 vote followed a month of comment.", False),
    ("en", EN, "The commission will vote again on Tuesday. The May 13 vote followed a month of comment.", False),
    ("en", EN, "Dock workers met yesterday. The May 13 vote followed a month of comment.", False),
    ("fr", FR, "Le conseil municipal a voté hier le budget du port. Le vote du 12 mars a suivi "
               "deux débats publics.", True),
    ("fr", FR, "Le conseil municipal a adopté hier le budget du port. L'adoption du 11 mars a suivi "
               "deux débats publics.", True),
    ("fr", FR, "Le conseil municipal a voté hier le budget du port. Le vote du 13 mars a suivi "
               "deux débats publics.", False),
    ("fr", FR, "Le conseil municipal a voté hier le budget du port. La commission avait voté lundi "
               "un avis favorable. Le vote du 12 mars a suivi deux débats publics.", False),
    ("fr", FR, "Le conseil votera de nouveau mardi. Le vote du 12 mars a suivi deux débats publics.", False),
    # the story's own event: told in its lead, named again after it
    ("en", EN, "The harbour plan drew a crowd.\n\nIt was a long night.\n\nCommissioners voted 5-2 "
               "yesterday to lease the old pier. The May 13 vote followed a month of comment.", False),
    ("en", EN, "The May 13 vote followed a month of comment. Harbour commissioners voted 5-2 "
               "yesterday to lease the old pier.", False),
    ("fr", FR, "Le vote du 12 mars a suivi deux débats publics. Le conseil municipal a voté hier "
               "le budget du port.", False),
    ("fr", FR, "Le port attend.\n\nLa soirée fut longue.\n\nLe conseil municipal a voté hier le budget "
               "du port. Le vote du 12 mars a suivi deux débats publics.", False),
    # a vote adopts, approves or rejects (time.event_verbs)
    ("fr", FR, "Le conseil municipal a adopté hier le budget du port. Le vote du 12 mars a suivi "
               "deux débats publics.", True),
    ("fr", FR, "Le conseil municipal a adopté hier le budget du port. Le vote du 13 mars a suivi "
               "deux débats publics.", False),
    ("en", EN, "Harbour commissioners approved the lease yesterday. The May 13 vote followed a "
               "month of public comment.", True),
    ("en", EN, "Harbour commissioners approved the lease yesterday. The finance panel voted on Monday "
               "to back it. The May 13 vote followed a month of comment.", False),
]


@pytest.mark.parametrize("lang,date,body,fires", CASES)
def test_one_event_told_on_two_days(lang, date, body, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) == fires


@pytest.mark.parametrize("lang,noun,word,same", [
    ("en", "vote", "voted", True), ("en", "approval", "approved", True), ("en", "adoption", "adopted", True),
    ("en", "vote", "voters", False), ("en", "vote", "votive", False),
    ("fr", "vote", "voté", True), ("fr", "adoption", "adoptée", True), ("fr", "vote", "votation", False),
])
def test_a_noun_and_its_verb_share_a_stem(lang, noun, word, same):
    locale = load_locale(lang)
    endings = frozenset(fold(e) for e in locale.words("time", "event_stem_endings")) | {""}
    assert same_stem(noun, word, endings) is same
