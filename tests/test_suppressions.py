"""Suppression comments and front matter: they mute what they name, and only that.

A suppression that names no rule is reported (copydesk.unknown-suppression), because a
misspelt id would otherwise mute nothing without anyone noticing.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text
from checker.readers import read_text
from checker.suppressions import find_directives, front_matter_ignores

RULES = """rules:
  - id: house.vague
    check: pattern
    severity: warning
    message: "vague: {match}"
    patterns: ["sources say", "selon des sources"]
    ignorecase: true
  - id: house.hype
    check: pattern
    severity: info
    message: "hype: {match}"
    patterns: ["historic", "historique"]
    ignorecase: true
"""


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(RULES, encoding="utf-8")
    return path


def found(text: str, rules: Path, path: str = "story.md", lang: str = "en") -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in check_text(text, path=path, lang=lang, rules=[rules])]


def test_disable_region_mutes_named_rule_until_enable(rules):
    text = ("Sources say it is historic.\n\n"
            "<!-- copydesk-disable house.vague -->\n\n"
            "Sources say it is historic.\n\n"
            "<!-- copydesk-enable -->\n\n"
            "Sources say so.\n")
    assert found(text, rules) == [("house.vague", 1), ("house.hype", 1), ("house.hype", 5),
                                  ("house.vague", 9)]


def test_disable_without_names_mutes_everything_to_the_end(rules):
    text = "Historic.\n\n<!-- copydesk-disable -->\n\nSources say it is historic.\n"
    assert found(text, rules) == [("house.hype", 1)]


def test_enable_one_name_keeps_the_others_muted(rules):
    text = ("<!-- copydesk-disable house.vague, house.hype -->\n\nSources say historic.\n\n"
            "<!-- copydesk-enable house.hype -->\n\nSources say historic.\n")
    assert found(text, rules) == [("house.hype", 7)]


def test_disable_next_paragraph_in_french(rules):
    text = ("<!-- copydesk-disable-next-paragraph house -->\n"
            "Selon des sources, c'est historique.\n\n"
            "Selon des sources, c'est historique.\n")
    assert found(text, rules, lang="fr") == [("house.vague", 4), ("house.hype", 4)]


def test_front_matter_ignore_mutes_the_story(rules):
    text = "---\ncopydesk:\n  ignore: [house.vague]\n---\n\nSources say it is historic.\n"
    assert found(text, rules) == [("house.hype", 6)]
    assert front_matter_ignores({"copydesk": {"ignore": "house"}}) == (("house",), ())


def test_suppressions_work_in_html(rules):
    page = ("<html lang='en'><body><article>\n<p>Sources say it is historic.</p>\n"
            "<!-- copydesk-disable-next-paragraph house.vague -->\n"
            "<p>Sources say it is historic.</p>\n</article></body></html>\n")
    assert found(page, rules, path="story.html") == [("house.vague", 2), ("house.hype", 2),
                                                     ("house.hype", 4)]


def test_comments_are_plain_prose_in_txt(rules):
    text = "<!-- copydesk-disable house -->\nSources say so.\n"
    document = read_text(text, path="story.txt", lang="en")
    assert document.suppressed == () and find_directives(document.text, document.prose) == ()
    assert ("house.vague", 2) in found(text, rules, path="story.txt")


@pytest.mark.parametrize("comment, expected", [
    ("<!-- copydesk-disable house.vaguee -->", "did you mean house.vague?"),
    ("<!-- copydesk-disabel house.vague -->", "'copydesk-disabel' is not a copydesk directive"),
    ("<!-- copydesk-disable-next-paragraph chiffres -->", "'chiffres' is not a rule id"),
])
def test_unknown_suppression_is_reported_where_it_is_written(rules, comment, expected):
    text = f"Intro.\n\n{comment}\n\nSources say so.\n"
    findings = [f for f in check_text(text, lang="en", rules=[rules])
                if f.rule == "copydesk.unknown-suppression"]
    assert len(findings) == 1 and expected in findings[0].message
    assert findings[0].line == 3 and findings[0].text in comment


def test_unknown_front_matter_id_and_key_are_reported(rules):
    text = "---\ncopydesk:\n  ignore: [house.vag]\n  ignorer: [house]\n---\n\nSources say so.\n"
    problems = [(f.line, f.text) for f in check_text(text, lang="fr", rules=[rules])
                if f.rule == "copydesk.unknown-suppression"]
    assert problems == [(3, "house.vag"), (4, "ignorer")]


def test_known_user_rule_ids_and_categories_are_not_reported(rules):
    text = "<!-- copydesk-disable-next-paragraph house.hype house -->\n\nHistoric.\n\nHistoric.\n"
    assert [(f.rule, f.line) for f in check_text(text, lang="en", rules=[rules])] == [("house.hype", 5)]


def test_html_meta_ignore_is_the_page_front_matter(rules):
    page = ('<html><head><meta name="copydesk-ignore" content="house.vague, house.nope"></head>'
            "<body><p>Sources say it is historic.</p></body></html>")
    findings = check_text(page, path="page.html", lang="en", rules=[rules])
    assert [(f.rule, f.text) for f in findings] == [("copydesk.unknown-suppression", "house.nope"),
                                                    ("house.hype", "historic")]
