"""Direct quotes and their speakers, in English and French."""
from __future__ import annotations

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def facts(text: str, lang: str):
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    f = Facts(doc, load_locale(lang))
    return doc, f.get("quotes"), {m.person: m.name for m in f.get("people")}


def test_en_said_after_quote_links_named_speaker():
    doc, quotes, names = facts("Anne Keller, the plant manager, spoke on Monday.\n\n"
                               "\"We will never reopen this site,\" said Keller.\n", "en")
    assert len(quotes) == 1 and names[quotes[0].speaker] == "Keller"
    assert doc.slice(quotes[0].cue) == "said"


def test_en_pronoun_resolves_to_last_compatible_person():
    _, quotes, names = facts("Mrs. Anne Keller, the plant manager, and Mr. Tom Brand, a "
                             "worker, spoke.\n\n\"It is over,\" she said.\n", "en")
    assert names[quotes[0].speaker] == "Anne Keller"


def test_en_quote_spanning_paragraphs():
    """One quote per paragraph (as the quote is printed), one speaker for both."""
    _, quotes, names = facts("John Carter, a spokesman, said: \"The first part of the answer "
                             "is simple.\n\n\"The second part is not,\" he added.\n", "en")
    assert len(quotes) == 2 and quotes[0].words == 8
    assert {names[q.speaker] for q in quotes} == {"John Carter"}


def test_en_scare_quotes_are_not_sentences():
    _, quotes, _ = facts("The so-called \"self-medicating\" ants were studied.\n", "en")
    assert len(quotes) == 1 and not quotes[0].sentence


def test_fr_inversion_and_unclosed_guillemets():
    doc, quotes, names = facts("Selon Khalil Hamdane, l’un des dirigeants du mouvement, la "
                               "région compte.\n\n« La bataille est loin d’être facile à "
                               "gagner, a ajouté Khadem qui conclut.\n", "fr")
    assert len(quotes) == 1
    assert names[quotes[0].speaker] == "Khadem"
    assert doc.slice(quotes[0].cue) == "a ajouté"


def test_fr_pronoun_inversion():
    _, quotes, names = facts("La ministre Claire Morel a visité le site.\n\n« Nous "
                             "tiendrons nos engagements jusqu'au bout », déclare-t-elle.\n", "fr")
    assert names[quotes[0].speaker] == "Claire Morel"


def test_fr_dialogue_dash():
    _, quotes, _ = facts("Le maire Paul Henry est arrivé.\n\n— Nous allons reconstruire "
                         "l'école avant la rentrée, a-t-il dit.\n", "fr")
    assert len(quotes) == 1 and quotes[0].attributed


def test_word_gates_read_ascii_text_as_the_unicode_pattern_does():
    """On ASCII text the speech and role gates split words with the standard library's
    engine; the words (and so every verdict) must be those of their ``regex`` pattern."""
    import dataclasses

    from hypothesis import given, settings, strategies as st

    from checker.extractors.people._patterns import patterns_for

    gates = []
    for lang in ("en", "fr"):
        pats = patterns_for(load_locale(lang))
        gates += [pats.speech_gate, pats.role_gate]
    assert all(g.ascii_runs is not None for g in gates)
    slow = [dataclasses.replace(g, ascii_runs=None) for g in gates]
    pieces = st.sampled_from(["said", "Said", "SAID", "told reporters", "spokesman", "a",
                              "-", "co-founder", "x", "3", "_", " ", ",", "'", "déclaré",
                              "Minister", "ajoute", "dit", "\n", "\t"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join))
    def check(text):
        for gate, reference in zip(gates, slow):
            if text.isascii():
                assert gate.ascii_runs.findall(text.lower()) == gate.runs.findall(text.casefold())
            assert gate.verdict(text) == reference.verdict(text)

    check()


def test_ascii_word_count_is_the_unicode_count():
    """Quote words are counted with an ASCII pattern on ASCII quotes: same words."""
    from hypothesis import given, settings, strategies as st

    from checker.extractors.quotes import _extract

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
    def check(text):
        assert _extract._ASCII_WORDS.findall(text) == _extract._WORDS.findall(text)

    check()
