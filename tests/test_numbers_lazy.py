"""Numbers checks that now read only what a finding could need, held to their answers
(sentences written for these tests, English and French).

numbers.conflict compares two statements of one key only when they name the same subject
(or neither names one), and leaves out sentences that say the figure changed; subjects and
update cues are now read only for keys stated more than once. numbers.percent-sum returns
early when no sentence or list holds two shares (its later filters only take shares away).
"""
from __future__ import annotations

import pytest

from checker import check_text

CONFLICT = [
    ("en", "In Gaza, 12 people were killed. In Rafah, 15 people were killed.", []),
    ("en", "In Gaza, 12 people were killed. In Gaza, 15 people were killed.", ["15"]),
    ("en", "Officials said 12 people were killed. They said 15 people were killed.", ["15"]),
    # the third statement names no subject: it is compared with the first (no subject either),
    # not with the second (Rafah)
    ("en", "Officials said 12 people were killed. In Rafah, 15 people were killed. "
           "Then 19 people were killed.", ["19"]),
    ("en", "Officials said 12 people were killed. In Rafah, 15 people were killed. "
           "Then 12 people were killed.", []),
    ("fr", "À Gaza, 12 personnes ont été tuées. À Rafah, 15 personnes ont été tuées.", []),
    ("fr", "À Gaza, 12 personnes ont été tuées. À Gaza, 15 personnes ont été tuées.", ["15"]),
    # a statement of change is left out, first or later
    ("en", "Officials said 12 people were killed. The toll rose to 15 people killed.", []),
    ("en", "The toll rose to 12 people killed. Officials said 15 people were killed.", []),
    ("en", "The toll rose to 12 people killed. Officials said 15 people were killed. "
           "Police said 19 people were killed.", ["19"]),
    ("fr", "Le bilan s'élève désormais à 12 morts. La police a compté 15 morts. "
           "L'armée a compté 19 morts.", ["19"]),
    ("fr", "Selon la police, 12 personnes ont été tuées. À Rafah, 15 personnes ont été tuées. "
           "Au total, 19 personnes ont été tuées.", ["19"]),
]

PERCENT_SUM = [
    ("en", "Yes won 62% of the vote and No 51%.", ["62%"]),
    ("en", "Yes won 62% of the vote. No won 51%.", []),                       # one share per sentence
    ("en", "Yes won 62% of the vote, up 12%, and No 41%.", ["62%"]),          # the change is left out
    ("en", "Support went from 30% to 85% as 40% objected.", []),               # a change written as two shares
    ("en", "The poll:\n\n- Yes: 62%\n- No: 51%\n", ["62%"]),                   # list items, one share each
    ("en", "The poll:\n\n- Yes: 62%\n\nNo won 51%.", []),
    ("fr", "Le oui a obtenu 62 % des voix et le non 51 %.", ["62 %"]),
    ("fr", "Le oui a obtenu 62 % des voix. Le non a obtenu 51 %.", []),
    ("fr", "Le oui a obtenu 62 %, en hausse de 12 %, et le non 41 %.", ["62 %"]),
    ("fr", "Le sondage :\n\n- Oui : 62 %\n- Non : 51 %\n", ["62 %"]),
]


CASES = ([("numbers.conflict", *case) for case in CONFLICT]
         + [("numbers.percent-sum", *case) for case in PERCENT_SUM])


@pytest.mark.parametrize("rule,lang,body,expected", CASES)
def test_what_is_reported(rule, lang, body, expected):
    text = f"---\ndate: 2024-03-10\nlang: {lang}\n---\n\n{body}\n"
    assert [f.text for f in check_text(text, path="story.md", select=[rule]) if f.rule == rule] == expected
