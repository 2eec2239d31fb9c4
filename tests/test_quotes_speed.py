"""Speed shortcuts of the quotes extractor (issue 7) held to the patterns they replace:
opening marks found with ``str.find`` are those of ``_OPEN``, a dialogue dash read with
str methods is the one ``_DASH`` matches."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.extractors.quotes import _extract

# marks, dashes, spaces and a few letters, so that every branch of the shortcuts is taken
_PIECES = st.sampled_from(["«", "»", "“", "”", "\"", "‘", "’", "„", "—", "–", "―", "-",
                           " ", "\t", "\n", "\u00a0", "a", "É", "said", "dit", "x"])
_TEXT = st.lists(_PIECES, max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_opening_marks_are_those_of_the_pattern(text: str) -> None:
    assert _extract._opening_marks(text) == [m.start() for m in _extract._OPEN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 20), st.integers(0, 20))
def test_dialogue_dash_is_the_one_the_pattern_matches(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    match = _extract._DASH.match(text[start:end])
    assert _extract._dash_end(text, start, end) == (-1 if match is None else start + match.end())


def test_dialogue_lines_and_marks_in_both_languages() -> None:
    """Worked cases: a dash line in French, marks in English, nothing on plain text."""
    line = "— Nous reconstruirons l'école, a-t-il dit."
    assert _extract._dash_end(line, 0, len(line)) == 2
    assert _extract._dash_end("  –\tOui.", 0, 8) == 4
    assert _extract._dash_end("—Non.", 0, 5) == -1          # no space after the dash
    assert _extract._dash_end("Le 12 — 14 mai", 0, 14) == -1  # not at the start of the line
    text = 'He said "we will rebuild" and «nous aussi».'
    assert _extract._opening_marks(text) == [8, 24, 30]
    assert _extract._opening_marks("Aucune citation ici.") == []


# -- pronouns: the name opening a sentence before, read only when it can win ----------

_SENTENCES = {
    "en": ["Apple CEO Ana Ruiz unveiled the phone.", "The firm's chief executive, Ana Ruiz, commented.",
           "Senator Hal Brightwater met Jordan Pike, the council's spokesman.", "It rained.",
           "Mayor Odile Vasseur opened the bridge.", '"It will reopen," he said.',
           '"We are ready," she added.', "Ana Ruiz said the plan worked.", "On Monday, Paul Verdier left.",
           'He said: "Not now."', "The Daily Star reported it.",
           "The firm's president and chief executive, Alan Mulally, commented on the profits.",
           "David Buik of BGC Partners commented on today's falls.", '"It\'s carnage," he said.'],
    "fr": ["La maire Odile Vasseur a ouvert le pont.", "Le ministre Paul Verdier est arrivé.",
           "« Nous reconstruirons », a-t-il dit.", "« C'est fini », a-t-elle ajouté.", "Il pleuvait.",
           "Selon lui, tout va bien.", "Ana Ruiz, directrice de l'école, a parlé.", "Lundi, Jean Morel est parti.",
           "En effet, le ministre de la Justice Alberto Ruiz-Gallardón désirerait interdire la chasse.",
           "Selon lui, « on ne peut pas interdire »."],
}


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_named_subject_read_only_when_it_can_win(lang, data) -> None:
    """``resolve`` gives the speakers it gave when it read the three sentences before every
    pronoun, whatever the candidates found before them (``_named_subject``'s ``floor``)."""
    from checker.extractors.quotes import _pronouns
    from checker.facts import Facts
    from checker.locales import load_locale
    from checker.readers import read_text

    pieces = data.draw(st.lists(st.sampled_from(_SENTENCES[lang]), min_size=1, max_size=8))
    breaks = data.draw(st.lists(st.sampled_from([" ", "\n\n"]), min_size=len(pieces), max_size=len(pieces)))
    text = "".join(p + b for p, b in zip(pieces, breaks)).strip() + "\n"

    def speakers():
        doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
        return [(q.speaker, q.source, q.source_span) for q in Facts(doc, load_locale(lang)).get("quotes")]

    fast = speakers()
    reading = _pronouns._named_subject
    try:
        _pronouns._named_subject = lambda s, before, floor=-1: reading(s, before)
        assert speakers() == fast
    finally:
        _pronouns._named_subject = reading


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_named_subject_with_a_floor_is_the_reading_or_loses_to_it(lang, data) -> None:
    """Held to the full reading at every offset and floor: the same name when the full
    reading finds one starting after the floor, else none or one starting by the floor
    (which ``resolve`` never takes over its candidate there)."""
    from checker.extractors.people._patterns import patterns_for
    from checker.extractors.quotes import _pronouns
    from checker.extractors.quotes._cues import cues_for
    from checker.extractors.quotes._scene import scene
    from checker.facts import Facts
    from checker.locales import load_locale
    from checker.readers import read_text

    pieces = data.draw(st.lists(st.sampled_from(_SENTENCES[lang]), min_size=1, max_size=6))
    text = " ".join(pieces) + "\n"
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    facts = Facts(doc, load_locale(lang))
    cues = cues_for(facts.locale)
    s = scene(doc, facts.get("people"), _extract.quote_spans(doc, cues.not_names), cues,
              patterns_for(facts.locale))
    before = data.draw(st.integers(0, len(doc.prose)))
    floor = data.draw(st.integers(-1, len(doc.prose)))
    full = _pronouns._named_subject(s, before)
    fast = _pronouns._named_subject(s, before, floor)
    if full is not None and full.source_span.start > floor:
        assert fast == full
    else:
        assert fast is None or fast == full
