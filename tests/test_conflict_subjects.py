"""numbers.conflict compares two statements of one key only when they name the same subject
(or neither names one), and leaves out sentences that say the figure changed; subjects and
update cues are now read only for keys stated more than once. The cases below hold the
answers (sentences written for these tests)."""
from __future__ import annotations

import pytest

from checker import check_text

CASES = [
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


@pytest.mark.parametrize("lang,body,expected", CASES)
def test_subjects_decide_what_is_compared(lang, body, expected):
    text = f"---\ndate: 2024-03-10\nlang: {lang}\n---\n\n{body}\n"
    found = [f.text for f in check_text(text, path="story.md", select=["numbers.conflict"])
             if f.rule == "numbers.conflict"]
    assert found == expected
