"""Time-expression extraction and datelines, in English and French (sentences written
for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.dateline import find_dateline
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def times(text: str, lang: str, date: dt.date | None = dt.date(2024, 3, 10)):
    document = read_text(text, path="story.txt", lang=lang, date=date)
    facts = Facts(document, load_locale(lang))
    return {document.text[f.span.start:f.span.end]: f for f in facts.get("times")}, facts, document


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "It happened on March 5, 2024.", ("March 5, 2024", "2024-03-05")),
    ("en", "It happened on 5 March 2024.", ("5 March 2024", "2024-03-05")),
    ("en", "It happened on Tuesday, March 5.", ("Tuesday, March 5", "2024-03-05")),
    ("en", "It happened on 3/5/2024.", ("3/5/2024", "2024-03-05")),
    ("en", "It happened on 2024-03-05.", ("2024-03-05", "2024-03-05")),
    ("en", "The vote was yesterday.", ("yesterday", "2024-03-09")),
    ("en", "She left two weeks ago.", ("two weeks ago", "2024-02-25")),
    ("en", "He spoke last Tuesday.", ("last Tuesday", "2024-03-05")),
    ("en", "They met this morning.", ("this morning", "2024-03-10TMO")),
    ("en", "Prices rose in the 1990s.", ("the 1990s", "199X")),
    ("en", "The talks lasted three years.", ("three years", "P3Y")),
    ("en", "Results come next month.", ("next month", "2024-04")),
    ("fr", "C'est arrivé le mardi 5 mars 2024.", ("le mardi 5 mars 2024", "2024-03-05")),
    ("fr", "C'est arrivé le 1er juin.", ("le 1er juin", "2024-06-01")),
    ("fr", "C'est arrivé le 5/3/2024.", ("5/3/2024", "2024-03-05")),
    ("fr", "Le vote a eu lieu hier.", ("hier", "2024-03-09")),
    ("fr", "Il est parti il y a trois jours.", ("il y a trois jours", "2024-03-07")),
    ("fr", "Il a parlé mardi dernier.", ("mardi dernier", "2024-03-05")),
    ("fr", "Ils se sont vus ce matin.", ("ce matin", "2024-03-10TMO")),
    ("fr", "Elle reviendra la semaine prochaine.", ("la semaine prochaine", "2024-W11")),
    ("fr", "L'usine est fermée depuis 2011.", ("2011", "2011")),
    ("fr", "Les années 60 furent calmes.", ("Les années 60", "196X")),
    ("fr", "Rendez-vous à 14 h 30.", ("14 h 30", "2024-03-10T14:30")),
])
def test_values(lang, text, expected):
    found, _, _ = times(text, lang)
    span_text, value = expected
    assert span_text in found, found.keys()
    assert found[span_text].value == value


def test_yearless_date_takes_nearest_year():
    found, _, _ = times("The deal closed on December 28.", "en", dt.date(2024, 1, 4))
    assert found["December 28"].date == dt.date(2023, 12, 28)
    found, _, _ = times("Le contrat sera signé le 3 janvier.", "fr", dt.date(2023, 12, 20))
    assert found["le 3 janvier"].date == dt.date(2024, 1, 3)


def test_dernier_means_past():
    found, _, _ = times("C'était le 6 mai dernier.", "fr", dt.date(2024, 5, 2))
    assert found["le 6 mai dernier"].date == dt.date(2023, 5, 6)


def test_impossible_dates_are_kept_invalid():
    found, _, _ = times("It was June 31.", "en")
    assert found["June 31"].valid is False and found["June 31"].date is None
    found, _, _ = times("C'était le 30 février.", "fr")
    assert found["le 30 février"].valid is False
    found, _, _ = times("It was February 29.", "en")
    assert found["February 29"].valid is True


def test_modal_may_and_ete_are_not_dates():
    found, _, _ = times("It may rain, and the trial may end soon.", "en")
    assert not any(f.form == "month" for f in found.values())
    found, _, _ = times("Il a été élu et il a été réélu.", "fr")
    assert not any(f.form == "season" for f in found.values())


def test_counts_are_not_years():
    found, _, _ = times("About 2000 people marched.", "en")
    assert "2000" not in found
    found, _, _ = times("Quelque 1500 personnes ont défilé.", "fr")
    assert "1500" not in found


def test_no_publication_date_leaves_relative_unresolved():
    found, _, _ = times("The vote was yesterday.", "en", None)
    assert found["yesterday"].date is None and found["yesterday"].relative


def test_ages_and_birth_years():
    for lang, text, age in (("en", "The 45-year-old mayor was born in 1979.", 45),
                            ("en", "Mayor Smith, 52, was born in 1972.", 52),
                            ("fr", "Le maire, âgé de 45 ans, est né en 1979.", 45),
                            ("fr", "Jean Dupont, 61 ans, est né en 1963.", 61)):
        document = read_text(text, path="s.txt", lang=lang, date=dt.date(2024, 3, 10))
        facts = Facts(document, load_locale(lang))
        ages = facts.get("ages")
        assert [a.years for a in ages if hasattr(a, "years")] == [age]
        assert [b.year for b in ages if hasattr(b, "year")][0] in (1979, 1972, 1963)


def test_fact_json_text_matches_offsets():
    _, facts, document = times("Hier, le 9 mars 2024, il y a trois jours, depuis 2011.", "fr")
    for fact in facts.get("times"):
        data = fact.to_json(document)
        assert list(data)[:4] == ["type", "offset", "length", "text"]
        assert data["text"] == document.text[data["offset"]:data["offset"] + data["length"]]
        assert data["type"] == "time" and data["timex_type"] in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize("lang,text,date", [
    ("en", "---\nlang: en\n---\n\nTuesday, September 1, 2015\n\nThe lab opened.\n", dt.date(2015, 9, 1)),
    ("en", "---\nlang: en\n---\n\nJuly 30, 2009\n\nThe search resumed.\n", dt.date(2009, 7, 30)),
    ("fr", "---\nlang: fr\n---\n\nUn titre.\n\n22 mai 2012. - Le lancement a réussi.\n", dt.date(2012, 5, 22)),
    ("fr", "---\nlang: fr\n---\n\nPARIS, 5 mars 2012 (AFP) - Le gouvernement a parlé.\n", dt.date(2012, 3, 5)),
])
def test_dateline(lang, text, date):
    document = read_text(text, path="story.md")
    assert document.date == date and document.date_source == "dateline"


def test_dateline_needs_a_year_and_a_real_date():
    for text in ("---\nlang: fr\n---\n\nPARIS, 5 mars (AFP) - Le gouvernement a parlé.\n",
                 "---\nlang: en\n---\n\nJune 31, 2015\n\nText.\n",
                 "---\nlang: en\n---\n\nThe mayor spoke on July 30, 2009 about the bridge.\n"):
        document = read_text(text, path="story.md")
        assert document.date is None
    document = read_text("Plain text.", path="s.txt", lang="en")
    assert find_dateline(document.prose, document.paragraphs, load_locale("en")) is None


@pytest.mark.parametrize("text", ["", "\n\n", "31/31/2024 99:99 h", "le 0 mars", "'99s 1er",
                                  "il y a  ans", "March", "yesterday yesterday"])
def test_odd_input_never_raises(text):
    for lang in ("en", "fr"):
        times(text, lang)
        times(text, lang, None)


_GROUP_NAMES = ("pre", "post", "month", "wd", "pod", "unit", "n", "ampm", "zone", "year",
                "day", "dec", "dec2", "absent")


@settings(max_examples=200, deadline=None)
@given(lang=st.sampled_from(["en", "fr"]),
       words=st.lists(st.sampled_from(
           ["the", "last", "next", "Tuesday", "mardi", "dernier", "prochain", "March", "mars",
            "5", "12", "2024", "two", "deux", "weeks", "semaines", "ago", "il y a", "later",
            "plus tard", "7:30", "p.m.", "14 h", "GMT", "1990s", "années", "90", "every",
            "chaque", "morning", "matin", "a", "une", "year", "an", ",", "-"]), max_size=12))
def test_group_helper_reads_as_groupdict(lang, words):
    """``_group`` (``match.group`` with a fallback) gives what ``groupdict().get`` gave, for
    every group name the readers ask for, on matches of every time pattern."""
    from checker.extractors.times._patterns import fold_text, patterns_for
    from checker.extractors.times._readers import _group
    text = fold_text(" ".join(words))
    for _, pattern in patterns_for(load_locale(lang)).patterns:
        for match in pattern.finditer(text):
            for name in _GROUP_NAMES:
                assert _group(match, name) == match.groupdict().get(name), (text, name)


@given(st.one_of(st.none(), st.integers(-10**6, 10**6)), st.integers(-3, 15))
def test_days_in_month_is_calendar_monthrange(year, month):
    """The table gives calendar.monthrange's day count (February 29 when the year is not
    known), and refuses the months it refuses."""
    import calendar
    from checker.extractors.times._values import days_in_month
    try:
        expected = 29 if month == 2 and year is None else \
            calendar.monthrange(year if year is not None else 2001, month)[1]
    except calendar.IllegalMonthError:
        with pytest.raises(calendar.IllegalMonthError):
            days_in_month(year, month)
        return
    assert days_in_month(year, month) == expected


def _generated_time_expression():
    """The class the dataclass decorator makes from TimeExpression's fields, with its own
    generated __init__ (the reference for the hand-written one)."""
    import dataclasses
    from checker.extractors.times._fact import TimeExpression
    return dataclasses.make_dataclass(
        "Generated", [(f.name, f.type, f) for f in dataclasses.fields(TimeExpression)],
        frozen=True)


def test_time_expression_init_has_the_generated_signature():
    import inspect
    from checker.extractors.times._fact import TimeExpression
    generated = inspect.signature(_generated_time_expression().__init__).parameters
    written = inspect.signature(TimeExpression.__init__).parameters
    assert [(p.name, p.kind, p.default) for p in written.values()] == \
        [(p.name, p.kind, p.default) for p in generated.values()]


@given(st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=3), st.booleans()),
                min_size=15, max_size=15), st.integers(4, 15))
def test_time_expression_init_sets_what_the_generated_one_sets(values, positional):
    """Same attributes, same order, frozen, equal and hashed alike, for any mix of
    positional and keyword arguments."""
    import dataclasses
    from checker.extractors.times._fact import TimeExpression
    from checker.spans import Span
    values[0] = Span(1, 4)
    names = [f.name for f in dataclasses.fields(TimeExpression)]
    args, kwargs = values[:positional], dict(zip(names[positional:], values[positional:]))
    fact = TimeExpression(*args, **kwargs)
    reference = _generated_time_expression()(*args, **kwargs)
    assert list(vars(fact).items()) == list(vars(reference).items())
    assert fact == TimeExpression(*args, **kwargs)
    assert hash(fact) == hash(TimeExpression(*args, **kwargs))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.value = "x"  # type: ignore[misc]


@pytest.mark.parametrize("lang,text,named", [
    ("fr", "Les pompiers sont arrivés dans l'après-midi.", False),
    ("fr", "Les pompiers sont arrivés à midi.", True),
    ("en", "The crews arrived in the mid-afternoon lull.", False),
    ("en", "The crews arrived at noon.", True),
])
def test_a_compound_ending_in_a_clock_word_is_not_that_time(lang, text, named):
    """"après-midi" is a part of the day, not noon: a named clock time is a word of its own,
    not the end of a hyphenated compound."""
    found, _, _ = times(text, lang)
    assert any(f.value.endswith("T12:00") for f in found.values()) == named


@pytest.mark.parametrize("lang,text,needle,value", [
    # an hour word after a cue of a moment is a time of day; its a.m./p.m. words read too
    ("fr", "Le feu s'est déclaré vers 2 heures du matin.", "2 heures du matin", "2024-03-10T02:00"),
    ("fr", "Le conseil se réunit à 14 heures 30.", "14 heures 30", "2024-03-10T14:30"),
    ("fr", "Rendez-vous à 5 heures de l'après-midi devant la mairie.", "5 heures de l'après-midi",
     "2024-03-10T17:00"),
    ("fr", "Il a été maîtrisé vers 7 heures du soir.", "7 heures du soir", "2024-03-10T19:00"),
    ("en", "The fire broke out at 2 a.m. on the quay.", "2 a.m.", "2024-03-10T02:00"),
    # without such a cue, the hour word counts hours
    ("fr", "La réunion a duré 3 heures.", "3 heures", "PT3H"),
    ("fr", "Le trajet prend 7 heures de route.", "7 heures", "PT7H"),
    ("en", "The meeting lasted 3 hours.", "3 hours", "PT3H"),
])
def test_an_hour_word_after_a_cue_of_a_moment_is_a_time_of_day(lang, text, needle, value):
    found, _, _ = times(text, lang)
    assert found[needle].value == value


def test_a_clocks_own_am_mark_is_not_a_part_of_the_day_it_contradicts():
    from test_timeline import fired, story
    text = story("fr", "Le feu s'est déclaré vers 2 heures du matin, selon les pompiers.", "2024-03-10")
    assert fired(text, "timeline.order") == []
    text = story("fr", "Le feu a été maîtrisé vers 7 heures. Puis les secours sont partis vers 5 heures.",
                 "2024-03-10")
    assert [f.text for f in fired(text, "timeline.order")] == ["5 heures"]
