"""Timeline checks that now look for cues and for the dateline only when a finding could
need them: the cases where they are needed must still fire (sentences written for these
tests, English and French)."""
from __future__ import annotations

import pytest

from checker import check_text


def fired(text: str, rule: str) -> list:
    return [f for f in check_text(text, path="story.md", select=[rule]) if f.rule == rule]


def story(lang: str, body: str, date: str | None = "2024-03-10") -> str:
    head = f"date: {date}\n" if date else ""
    return f"---\n{head}lang: {lang}\n---\n\n{body}\n"


ORDER = [
    # "before"/"after" beside the one other date of the sentence
    ("en", "The vote took place on May 7, 2024, before May 3, 2024.", 1),
    ("en", "The vote took place on May 1, 2024, after May 3, 2024.", 1),
    ("en", "The vote took place on May 7, 2024, after May 3, 2024.", 0),
    # a third date in the sentence: the event is not known, nothing said
    ("en", "The vote took place on May 7, 2024, before May 3, 2024, and on May 9, 2024.", 0),
    # the other date in another sentence
    ("en", "The vote took place on May 7, 2024. It was before May 3, 2024.", 0),
    ("fr", "Le vote a eu lieu le 1er mai 2024, après le 3 mai 2024.", 1),
    ("fr", "Le vote a eu lieu le 7 mai 2024, avant le 3 mai 2024, puis le 9 mai 2024.", 0),
    # ranges: backwards only with the range words around them
    ("en", "The fair runs from March 9, 2024 to March 4, 2024.", 1),
    ("en", "The fair ran on March 9, 2024 and March 4, 2024.", 0),
    ("fr", "La foire se tient du 9 mai 2024 au 4 mai 2024.", 1),
    ("fr", "La foire s'est tenue le 9 mai 2024 et le 4 mai 2024.", 0),
    ("fr", "La foire se tient du 9 au 4 mai.", 1),
]


@pytest.mark.parametrize("lang,body,count", ORDER)
def test_order_cues_and_sentences(lang, body, count):
    assert len(fired(story(lang, body, "2024-06-01"), "timeline.order")) == count


def test_a_dateline_later_than_the_front_matter_is_still_read():
    # The front matter says 2030, the dateline 2012: a 2031 start is after both, a 2020
    # start only after the dateline (so it is not reported).
    late = "---\ndate: 2030-01-01\nlang: fr\n---\n\n22 mai 2012. - L'usine est fermée depuis 2031.\n"
    (finding,) = fired(late, "timeline.after-publication")
    assert finding.text == "2031"
    early = late.replace("depuis 2031", "depuis 2020")
    assert fired(early, "timeline.after-publication") == []
    births = "---\ndate: 2012-05-22\nlang: en\n---\n\nMay 22, 2040. - Ann Lee, who was born in 2041, spoke.\n"
    assert [f.text for f in fired(births, "timeline.after-publication")] == ["2041"]


def test_ages_against_both_publication_dates():
    # 30 fits a birth in 1994 in a 2024 story (front matter), not in 2012 (dateline):
    # one fitting publication date is enough.
    text = "---\ndate: 2024-03-10\nlang: en\n---\n\nMay 22, 2012. - Ann Lee, 30, was born in 1994.\n"
    assert fired(text, "timeline.age-mismatch") == []
    text = "---\ndate: 2024-03-10\nlang: fr\n---\n\n22 mai 2012. - Anne Roy, 50 ans, est née en 1994.\n"
    assert len(fired(text, "timeline.age-mismatch")) == 1


def test_relative_day_against_its_written_date():
    text = story("fr", "Hier, mardi 4 mars 2024, le conseil a voté.", "2024-03-10")
    assert len(fired(text, "timeline.after-publication")) == 1
    text = story("en", "Yesterday, Saturday, March 9, 2024, the council voted.", "2024-03-10")
    assert fired(text, "timeline.after-publication") == []
