"""Faults generated in bulk on the corpus: many sites per story, one fault per copy.

The hand-made faults (../shared/faults) are few and realistic; these are many and
mechanical, and find where a check's reach ends. Injection sites are chosen from the text,
not from where the checks already look:

- people: every later occurrence of an introduced surname, whatever the sentence around it
  (subject, object, possessive, inside a quote, in a headline), respelt (two inner letters
  swapped) or changed to another surname;
- figures: every figure of three or more characters (not a year) stated twice with the
  same value and unit, however phrased: the later one changed; and a figure whose only
  attribution is removed;
- timeline: a weekday beside a date changed, a date made impossible, a "since" year moved
  after publication.

Each fault is ``Fault(family, kind, src, text, start, end)``: the edited story and the
span an editor would mark. Nothing is written to disk.
"""
from __future__ import annotations

import unicodedata
import zlib
from dataclasses import dataclass
from typing import Iterator

import babel.dates
import regex

from checker.checks._timeline import preceded_by
from checker.extractors.times._values import days_in_month
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text

# Surnames written for this benchmark: none is a corpus person.
CHANGED = ("Morel", "Whitaker", "Dubois", "Harrington", "Laurent", "Gallagher", "Renaud",
           "Sutherland", "Marchand", "Pemberton", "Lefebvre", "Ashworth")
PER_PERSON = 2          # later occurrences respelt per person (first and one other)
PER_STORY_FIGURES = 3   # restated figures changed per story
CLAIMS = ("count", "amount", "share", "measure")

_DAY = regex.compile(r"(?<!\d)([0-3]?\d)(?!\d)")


@dataclass(frozen=True)
class Fault:
    family: str
    kind: str
    src: str
    text: str
    start: int
    end: int


def _body_start(document) -> int:
    """Where the story's prose begins (after the front matter)."""
    return document.paragraphs[0].span.start if document.paragraphs else len(document.text)


def _seed(*parts: object) -> int:
    return zlib.crc32(":".join(map(str, parts)).encode())


def misspell(word: str) -> str:
    """Two inner letters swapped (a doubled one dropped instead), or a letter doubled."""
    if len(word) >= 5:
        i = len(word) // 2
        if word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        return word[:i] + word[i + 1:]
    return word[:-1] + word[-1] * 2


def people_faults(src: str, text: str, document, facts) -> Iterator[Fault]:
    """Every later occurrence of an introduced surname, respelt or changed."""
    body = _body_start(document)
    present = set(regex.findall(r"\p{Lu}[\p{L}\p{M}'’-]+", text))
    intros: dict[str, tuple[int, str]] = {}
    full_spans = []
    for m in facts.get("people"):
        if m.form in ("full", "title+full"):
            full_spans.append((m.name_span.start, m.name_span.end))
            intros.setdefault(m.surname, (m.name_span.end, m.person))
    for name, (after, person) in intros.items():
        if len(name) < 3 or not name[:1].isupper():
            continue
        sites = [s for s in regex.finditer(rf"(?<![\p{{L}}\p{{M}}'’-]){regex.escape(name)}(?![\p{{L}}\p{{M}}-])",
                                           text, pos=max(after, body))
                 if not any(a <= s.start() < b for a, b in full_spans)]
        if not sites:
            continue
        chosen = [sites[0]]
        if len(sites) > 1:
            chosen.append(sites[1 + _seed(src, name) % (len(sites) - 1)])
        for site in chosen[:PER_PERSON]:
            others = [n for n in CHANGED if n not in present]
            for kind, new in (("surname-respelt", misspell(name)),
                              ("surname-changed", others[_seed(src, site.start()) % len(others)])):
                edited = text[:site.start()] + new + text[site.end():]
                yield Fault("people", kind, src, edited, site.start(), site.start() + len(new))


def _is_year(figure: str) -> bool:
    return figure.isdigit() and len(figure) == 4 and 1500 <= int(figure) <= 2100


def _changed_figure(figure: str) -> str:
    """The first run of digits of the figure raised by half plus two ("344.65" -> "518.65")."""
    run = regex.search(r"\d+", figure)
    new = str(int(run.group()) * 3 // 2 + 2)
    return figure[:run.start()] + new + figure[run.end():]


def figure_faults(src: str, text: str, document, facts) -> Iterator[Fault]:
    """Restated figures changed at their later statement; a sourced figure unsourced.

    A restatement is the same value and unit stated twice, however the sentences around
    them are phrased; only figures of three characters or more (not a year) count, since
    "2" twice is seldom the same claim while "3,200" twice nearly always is.
    """
    seen: set[tuple[float, str | None]] = set()
    restated = []
    for q in facts.get("quantities"):
        if q.exempt or q.kind not in CLAIMS or q.high is not None:
            continue
        figure = text[q.number.start:q.number.end]
        if len(figure) < 3 or _is_year(figure) or not regex.search(r"\d", figure):
            continue
        key = (q.value, q.unit)
        if key in seen:
            restated.append(q)
        else:
            seen.add(key)
    for q in restated[:PER_STORY_FIGURES]:
        figure = text[q.number.start:q.number.end]
        new = _changed_figure(figure)
        yield Fault("figures", "restated-changed", src,
                    text[:q.number.start] + new + text[q.number.end:],
                    q.number.start, q.number.start + len(new))
    removed = _remove_attribution(document, facts)
    if removed is not None:
        edited, start, end = removed
        yield Fault("figures", "attribution-removed", src, edited, start, end)


def _remove_attribution(document, facts):
    """(edited text, start, end of the figure) for the first figure sourced by exactly one
    attribution of its sentence, with that attribution cut out; or None."""
    text = document.text
    attributions = facts.get("attributions")
    for q in facts.get("quantities"):
        if q.exempt or q.kind not in CLAIMS or not q.sourced or q.sentence < 0:
            continue
        sentence = document.sentences[q.sentence]
        own = [a for a in attributions if sentence.start <= a.cue.start < sentence.end]
        if len(own) != 1 or own[0].span.overlaps(q.span):
            continue
        cut_start, cut_end = own[0].span.start, own[0].span.end
        before = text[sentence.start:cut_start].rstrip()
        if before.endswith(","):
            cut_start = sentence.start + len(before) - 1
        elif text[cut_end:cut_end + 1] == ",":
            cut_end += 1
        shift = cut_end - cut_start if cut_end <= q.span.start else 0
        return (text[:cut_start] + text[cut_end:], q.span.start - shift, q.span.end - shift)
    return None


def _weekday(weekday: int, lang: str, capital: bool) -> str:
    name = babel.dates.get_day_names("wide", locale=lang)[weekday]
    return name[:1].upper() + name[1:] if capital else name


def _fold(text: str) -> str:
    return "".join((unicodedata.normalize("NFKD", c.casefold())[:1] or c) for c in text)


def timeline_faults(src: str, text: str, document, facts) -> Iterator[Fault]:
    """Weekday changed or added, an impossible day, a "since" year after publication."""
    if document.date is None:
        return
    lang = document.lang
    locale = load_locale(lang)
    for fact in facts.get("times"):
        start, end = fact.span.start, fact.span.end
        piece = text[start:end]
        if fact.form == "date" and fact.date is not None:
            if fact.weekday is not None:
                word = regex.search(r"\p{L}+", piece)
                if word:
                    new = piece[:word.start()] + _weekday((fact.weekday + 1) % 7, lang,
                                                          piece[:1].isupper()) + piece[word.end():]
                    yield Fault("timeline", "weekday", src, text[:start] + new + text[end:],
                                start, start + len(new))
            else:
                insert = _weekday((fact.date.weekday() + 2) % 7, lang, lang == "en") \
                    + (", " if lang == "en" else " ")
                yield Fault("timeline", "weekday", src, text[:start] + insert + text[start:],
                            start, end + len(insert))
            day = _DAY.search(piece)
            if day and fact.month:
                new = None
                if days_in_month(fact.year if fact.year_given else None, fact.month) < 31:
                    new = piece[:day.start()] + "31" + piece[day.end():]
                else:
                    for name in sorted(locale.months, key=len, reverse=True):
                        if locale.months[name] != fact.month:
                            continue
                        found = regex.search(r"(?i)" + regex.escape(name), _fold(piece))
                        if found:
                            feb = babel.dates.get_month_names("wide", locale=lang)[2]
                            new = piece[:found.start()] + feb + piece[found.end():]
                            d = _DAY.search(new)
                            new = new[:d.start()] + "30" + new[d.end():]
                            break
                if new:
                    yield Fault("timeline", "impossible-date", src, text[:start] + new + text[end:],
                                start, start + len(new))
        if fact.form == "year" and preceded_by(document, facts, "since", start):
            new = str(document.date.year + 3)
            yield Fault("timeline", "since-after-publication", src, text[:start] + new + text[end:],
                        start, start + len(new))


def faults_for(src: str, text: str) -> list[Fault]:
    """Every generated fault of one story, in a stable order."""
    document = read_text(text, path=src)
    facts = Facts(document, load_locale(document.lang))
    out: list[Fault] = []
    for make in (people_faults, figure_faults, timeline_faults):
        out.extend(make(src, text, document, facts))
    return out
