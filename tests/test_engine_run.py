"""run_rules: the time budget's interval timer leaves the process's SIGALRM as it found it,
and muting (front matter ``ignore``, suppression comments) is decided per finding as before,
though the front matter is now read once per story."""
from __future__ import annotations

import signal
import time
from types import SimpleNamespace

import pytest

from checker import engine
from checker.readers import read_text
from checker.rule import Rule
from checker.selection import matches
from checker.spans import Span

needs_timer = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no interval timer here")


def _rule(rule_id: str) -> Rule:
    return Rule(id=rule_id, check="fake", severity="warning", message="{text}")


def _kind(collect):
    """A check kind whose collect is ``collect`` and whose judge reports each span."""
    def judge(rule, spans, document):
        for span in spans:
            yield rule.finding(document, span)
    return SimpleNamespace(collect=collect, judge=judge)


@needs_timer
def test_a_runaway_rule_is_stopped_and_sigalrm_is_handed_back(monkeypatch):
    def forever(rule, document, facts):
        while True:
            time.sleep(0.01)
    monkeypatch.setattr(engine, "_kind", lambda name: _kind(forever))
    document = read_text("The mayor said it rained.\n", lang="en")
    before = signal.getsignal(signal.SIGALRM)
    started = time.perf_counter()
    result = engine.run_rules(document, [_rule("house.loop")], time_budget=0.2)
    assert time.perf_counter() - started < 5
    assert result.warnings == ("time budget of 0.2 s used up; rules from house.loop on were not run "
                               "(raise time-budget in the configuration)",)
    assert signal.getsignal(signal.SIGALRM) == before == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_timer
def test_a_callers_own_alarm_handler_is_left_alone(monkeypatch):
    calls = []
    monkeypatch.setattr(engine, "_kind", lambda name: _kind(lambda r, d, f: (Span(0, 3),)))
    previous = signal.signal(signal.SIGALRM, lambda *args: calls.append(args))
    try:
        result = engine.run_rules(read_text("Le maire a parlé.\n", lang="fr"), [_rule("house.one")],
                                  time_budget=0.5)
        assert signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)   # no timer was started
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert [f.text for f in result.findings] == ["Le "] and not calls


def _old_suppressed(finding, document) -> bool:
    """The per-finding test the engine used before (front matter read for every finding)."""
    ignore = engine._ignored(document)
    if any(matches(selector, finding.rule) for selector in ignore):
        return True
    return any(matches(selector, finding.rule) and span.start <= finding.offset < span.end
               for selector, span in document.suppressed)


STORIES = [
    "Sources say it rained. Sources say it snowed.\n",
    "---\ncopydesk:\n  ignore: house.a\n---\n\nSources say it rained.\n",
    "---\ncopydesk:\n  ignore: [house]\n---\n\nSelon des sources, il pleut.\n",
    "Sources say it rained.\n\n<!-- copydesk-disable house.b -->\n\nSources say it snowed.\n\n"
    "<!-- copydesk-enable -->\n\nSources say it hailed.\n",
    "<!-- copydesk-disable-next-paragraph -->\nSelon des sources, il pleut.\n\nIl neige.\n",
]


@pytest.mark.parametrize("text", STORIES)
def test_muted_findings_are_those_the_per_finding_test_mutes(text, monkeypatch):
    document = read_text(text, path="story.md")
    spans = tuple(Span(i, i + 5) for i in range(0, len(document.text) - 5, 7))
    monkeypatch.setattr(engine, "_kind", lambda name: _kind(lambda r, d, f: spans))
    rules = [_rule("house.a"), _rule("house.b"), _rule("other.c")]
    result = engine.run_rules(document, rules)
    everything = [f for rule in rules for f in _kind(None).judge(rule, spans, document)]
    expected = sorted((f for f in everything if not _old_suppressed(f, document)),
                      key=lambda f: f.sort_key())
    assert list(result.findings) == expected
    assert len(expected) < len(everything) or not (document.suppressed or engine._ignored(document))
