"""Timeline checks, English and French, firing and staying quiet (sentences written for
these tests). Each rule's own YAML examples run too."""
from __future__ import annotations

import pytest
import yaml

from checker import check_text
from conftest import ROOT


def fired(text: str, rule: str) -> list:
    return [f for f in check_text(text, path="story.md", select=[rule]) if f.rule == rule]


def story(lang: str, body: str, date: str | None = "2024-03-10") -> str:
    head = f"date: {date}\n" if date else ""
    return f"---\n{head}lang: {lang}\n---\n\n{body}\n"


RULES = yaml.safe_load((ROOT / "rules" / "timeline.yaml").read_text(encoding="utf-8"))["rules"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["id"])
def test_rule_examples(rule):
    assert set(rule["examples"]) == {"en", "fr"}
    for lang, block in rule["examples"].items():
        for text in block["bad"]:
            assert fired(text, rule["id"]), (lang, text)
        for text in block["good"]:
            assert not fired(text, rule["id"]), (lang, text)


CASES = [
    # rule, lang, body, date, fires
    ("timeline.weekday-mismatch", "en", "The vote was on Friday, March 8, 2024.", "2024-03-10", False),
    ("timeline.weekday-mismatch", "en", "The vote was on Thursday, March 8.", "2024-03-10", True),
    ("timeline.weekday-mismatch", "en", "The vote was on Friday, March 8.", "2024-03-10", False),
    ("timeline.weekday-mismatch", "en", "The vote was on Thursday, March 8.", None, False),
    # the weekday set off after its date
    ("timeline.weekday-mismatch", "en", "The vote was on March 8, 2024, a Thursday.", "2024-03-10", True),
    ("timeline.weekday-mismatch", "en", "The vote was on March 8, 2024, a Friday.", "2024-03-10", False),
    ("timeline.weekday-mismatch", "fr", "Le vote a eu lieu le 8 mars 2024, un jeudi.", "2024-03-10", True),
    ("timeline.weekday-mismatch", "fr", "Le vote a eu lieu le 8 mars 2024, un vendredi.", "2024-03-10", False),
    ("timeline.weekday-mismatch", "fr", "Le vote a eu lieu le jeudi 8 mars 2024.", "2024-03-10", True),
    ("timeline.weekday-mismatch", "fr", "Le vote a eu lieu le vendredi 8 mars.", "2024-03-10", False),
    # December 28 read in 2023 for a story of January 2024: Thursday is right.
    ("timeline.weekday-mismatch", "en", "It ended on Thursday, December 28.", "2024-01-04", False),
    ("timeline.impossible-date", "en", "The rally is set for February 30.", "2024-01-04", True),
    ("timeline.impossible-date", "en", "The rally was on February 29, 2023.", "2024-01-04", True),
    ("timeline.impossible-date", "en", "The rally was on February 29, 2024.", "2024-03-04", False),
    ("timeline.impossible-date", "fr", "La réunion aura lieu le 30 février.", "2024-01-04", True),
    ("timeline.impossible-date", "fr", "La réunion aura lieu le 28 février.", "2024-01-04", False),
    ("timeline.after-publication", "en", "She has led the party since 2019.", "2024-03-10", False),
    ("timeline.after-publication", "en", "She has led the party since 2031.", "2024-03-10", True),
    ("timeline.after-publication", "en", "The singer, born in 2030, spoke.", "2024-03-10", True),
    ("timeline.after-publication", "en", "The law takes effect in 2030.", "2024-03-10", False),
    ("timeline.after-publication", "en", "The mayor resigned yesterday, March 4, 2024.", "2024-03-10", True),
    ("timeline.after-publication", "en", "The mayor resigned yesterday, March 9, 2024.", "2024-03-10", False),
    ("timeline.after-publication", "fr", "Il dirige le club depuis 2031.", "2024-03-10", True),
    ("timeline.after-publication", "fr", "Le maire a démissionné hier, mardi, à midi.", "2024-03-10", True),
    ("timeline.after-publication", "fr", "Le maire a démissionné hier, samedi, à midi.", "2024-03-10", False),
    ("timeline.after-publication", "fr", "Les travaux commenceront dès le 5 mai 2030.", "2024-03-10", False),
    ("timeline.order", "en", "The fire began on March 5, 2024. Two days earlier, on March 8, a warning was issued.", "2024-03-20", True),
    ("timeline.order", "en", "The fire began on March 5, 2024. Two days earlier, on March 3, a warning was issued.", "2024-03-20", False),
    ("timeline.order", "en", "The show runs from March 9 to March 4.", "2024-03-01", True),
    ("timeline.order", "en", "The show runs from March 4 to March 9.", "2024-03-01", False),
    ("timeline.order", "fr", "Le chantier a commencé le 5 mars 2024. Trois jours plus tard, le 2 mars, il a été suspendu.", "2024-03-20", True),
    ("timeline.order", "fr", "La vente a eu lieu le 7 mai 2024, avant le 3 mai 2024.", "2024-06-01", True),
    ("timeline.order", "fr", "La vente a eu lieu le 2 mai 2024, avant le 3 mai 2024.", "2024-06-01", False),
    ("timeline.order", "fr", "L'exposition se tient du 3 au 7 mai.", "2024-04-01", False),
    ("timeline.age-mismatch", "en", "Mayor Jones, 40, was born in 1950.", "2024-03-10", True),
    ("timeline.age-mismatch", "en", "Mayor Jones, 73, was born in 1950.", "2024-03-10", False),
    ("timeline.age-mismatch", "en", "Mayor Jones, 40, was born in 1950.", None, False),
    ("timeline.age-mismatch", "fr", "Jeanne Martin, 30 ans, est née en 1950.", "2024-03-10", True),
    ("timeline.age-mismatch", "fr", "Jeanne Martin, 74 ans, est née en 1950.", "2024-03-10", False),
    ("timeline.relative-unanchored", "en", "Two weeks ago the plant closed.", None, True),
    ("timeline.relative-unanchored", "en", "In 2019 the plant closed.", None, False),
    ("timeline.relative-unanchored", "fr", "La semaine dernière, l'usine a fermé.", None, True),
    ("timeline.relative-unanchored", "fr", "La semaine dernière, l'usine a fermé.", "2024-03-10", False),
]


@pytest.mark.parametrize("rule,lang,body,date,fires", CASES)
def test_cases(rule, lang, body, date, fires):
    assert bool(fired(story(lang, body, date), rule)) == fires


def test_messages_name_the_date_source():
    text = "---\nlang: fr\n---\n\n22 mai 2012. - L'usine est fermée depuis 2030.\n"
    (finding,) = fired(text, "timeline.after-publication")
    assert "dateline" in finding.message and finding.text == "2030"


def test_weekday_suggestion_is_the_real_weekday():
    (finding,) = fired(story("en", "It was Tuesday, March 3, 2024."), "timeline.weekday-mismatch")
    assert finding.suggestions == ("Sunday",)
    assert finding.text == "Tuesday, March 3, 2024"


def test_unanchored_reports_once_per_story():
    findings = fired(story("en", "Yesterday it rained. Last week it snowed.", None),
                     "timeline.relative-unanchored")
    assert len(findings) == 1 and findings[0].severity == "info" and len(findings[0].related) == 1
