"""The Python API as a CMS hook calls it: strings where a list is expected, ISO dates, and
the errors its docstring promises."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import checker
from checker import check_path, check_text
from checker.readers import InputError

STORY_EN = ("The fire service said 30 homes were flooded on Tuesday.\n\n"
            "Volunteers cleared the 35 homes flooded in the lower town.\n")
STORY_FR = ("Les pompiers ont indiqué que 30 maisons ont été inondées mardi.\n\n"
            "Les bénévoles ont dégagé les 35 maisons inondées de la ville basse.\n")


@pytest.mark.parametrize("story, lang", [(STORY_EN, "en"), (STORY_FR, "fr")])
def test_select_takes_a_string_or_a_list(story, lang):
    as_list = check_text(story, lang=lang, select=["numbers.conflict"])
    assert as_list and {f.rule for f in as_list} == {"numbers.conflict"}
    assert check_text(story, lang=lang, select="numbers.conflict") == as_list
    both = check_text(story, lang=lang, select="numbers.conflict,timeline")
    assert {f.rule for f in both} <= {"numbers.conflict"} | {f.rule for f in both if f.rule.startswith("timeline")}
    assert check_text(story, lang=lang, ignore="numbers") == [
        f for f in check_text(story, lang=lang) if not f.rule.startswith("numbers")]


def test_dates_as_date_or_iso_string():
    story = "The council met yesterday, said Mayor Helen Marsden.\n"
    assert check_text(story, date="2024-03-06") == check_text(story, date=dt.date(2024, 3, 6))
    with pytest.raises(ValueError, match="ISO date"):
        check_text(story, date="last Tuesday")


@pytest.mark.parametrize("text", ["", "   \n\n", "\t"])
def test_empty_text_raises_as_documented(text):
    with pytest.raises(InputError):
        check_text(text)


def test_check_path_takes_the_same_forms(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY_EN, encoding="utf-8")
    assert check_path(path, select="numbers.conflict") == check_path(str(path), select=["numbers.conflict"])


def test_the_package_says_it_is_typed():
    assert (Path(checker.__file__).parent / "py.typed").is_file()


USE = '''
import datetime as dt
from checker import check_text, check_path, Finding

findings: list[Finding] = check_text("The mayor said so.", select="speakers", date="2024-03-01")
more = check_path("story.md", select=["numbers"], date=dt.date(2024, 3, 1), rules="house/")
for f in findings + more:
    line: int = f.line
    rule: str = f.rule
'''

WRONG = '''
from checker import check_text
count: int = check_text("x")
'''


def test_the_api_type_checks_with_mypy(tmp_path):
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install -e '.[test]')")
    for name, code, ok in (("use.py", USE, True), ("wrong.py", WRONG, False)):
        path = tmp_path / name
        path.write_text(code, encoding="utf-8")
        out, err, status = api.run(["--strict", "--follow-imports=silent", "--no-incremental",
                                    "--cache-dir", str(tmp_path / ".mypy"), str(path)])
        assert (status == 0) is ok, out + err
