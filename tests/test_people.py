"""Person mentions: full names, titles, surnames, clustering, and things that are not people."""
from __future__ import annotations

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def people(text: str, lang: str) -> list:
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return list(Facts(doc, load_locale(lang)).get("people"))


def by_name(mentions) -> dict[str, tuple[str, str]]:
    return {m.name: (m.person, m.form) for m in mentions}


def test_en_full_name_with_apposition_then_surname_same_person():
    found = by_name(people("Nick Bos, of the University of Helsinki, studies ants.\n\n"
                           "Bos said the ants chose the medicine.\n", "en"))
    assert found["Nick Bos"] == ("p1", "full")
    assert found["Bos"] == ("p1", "surname")


def test_en_title_and_role_cues():
    found = people("Chief executive Thomas Enders said the search would go on. "
                   "Mr. Enders declined to give a figure.\n", "en")
    forms = {(m.name, m.form, m.title) for m in found}
    assert ("Thomas Enders", "full", "") in forms
    assert ("Enders", "title+surname", "Mr") in forms
    assert len({m.person for m in found}) == 1


def test_en_organisations_and_places_are_not_people():
    found = people("The animation company Pixar said on Monday that Wall Street "
                   "had reacted well. Cape Canaveral was closed.\n", "en")
    assert found == []


def test_en_particles_initials_and_prefixes():
    names = by_name(people("Ludwig van Beethoven, a composer, wrote it. George W. Bush, the "
                           "former president, spoke. Abu Bakr al-Baghdadi, the leader, "
                           "was named.\n", "en"))
    assert "Ludwig van Beethoven" in names
    assert "George W. Bush" in names
    assert "Abu Bakr al-Baghdadi" in names


def test_en_different_given_names_are_different_people():
    found = by_name(people("Hillary Clinton, the senator, spoke first. Bill Clinton, the "
                           "former president, followed.\n", "en"))
    assert found["Hillary Clinton"][0] != found["Bill Clinton"][0]


def test_fr_apposition_and_inverted_speaker():
    found = people("Selon Khalil Hamdane, l’un des hauts dirigeants du mouvement, la "
                   "région est stratégique.\n\n« La bataille est loin d’être gagnée », "
                   "a ajouté Khadem.\n", "fr")
    names = by_name(found)
    assert names["Khalil Hamdane"] == ("p1", "full")
    assert names["Khadem"] == ("p2", "surname")
    assert "speaker" in next(m for m in found if m.name == "Khadem").cues


def test_fr_title_surname_joins_person_and_gender():
    found = people("Le porte-parole Pierre Dupont a confirmé l'accord. M. Dupont a "
                   "ensuite quitté la salle.\n", "fr")
    titled = next(m for m in found if m.form == "title+surname")
    assert titled.person == next(m for m in found if m.form == "full").person
    assert titled.gender == "m"


def test_fr_selon_organisation_is_not_a_person():
    assert people("Une cinquantaine de combattants se sont rendus, selon Al Mayadeen.\n",
                  "fr") == []


def test_fact_text_matches_offsets():
    doc = read_text("---\nlang: en\n---\n\nJohn Carter, a spokesman, said so. Carter left.\n",
                    path="story.md")
    for mention in Facts(doc, load_locale("en")).get("people"):
        data = mention.to_json(doc)
        assert data["text"] == doc.text[data["offset"]:data["offset"] + data["length"]]
        assert list(data)[:4] == ["type", "offset", "length", "text"]


def test_en_two_word_title_is_a_title_not_part_of_the_name():
    found = people("Prime Minister John Key said the deal was fair.\n\n"
                   "Vice President Dick Cheney did not comment.\n", "en")
    forms = {(m.name, m.form, m.title) for m in found}
    assert ("John Key", "title+full", "Prime Minister") in forms
    assert ("Dick Cheney", "title+full", "Vice President") in forms


def test_fr_elided_particle_and_two_word_title():
    found = people("Premier ministre Jean Castex a reçu les élus.\n\n"
                   "« Rien n'est fait », a déclaré Valéry Giscard d'Estaing.\n", "fr")
    forms = {(m.name, m.title) for m in found}
    assert ("Jean Castex", "Premier ministre") in forms
    assert any(m.surname == "d'Estaing" for m in found)


def test_fast_candidate_scan_finds_what_a_full_scan_finds():
    """``_matches`` tries the name pattern only where a name can begin (and skips it for a
    lone plain word); on made-up text it must give the candidates a scan of every
    position gives."""
    import random

    from checker.extractors.people import _candidates as pc
    from checker.extractors.people._patterns import patterns_for

    def full_scan(prose, pats, paragraphs):
        for p in paragraphs:
            for m in pats.candidate.finditer(prose, p.span.start, p.span.end):
                yield (p.span.start, p.span.end, m.group("title") or "", m.start("title"),
                       *m.span("name"), None)

    pieces = ["The", "Mr.", "M.", "Mme", "de", "du", "al-Assad", "d'Estaing", "O'Brien",
              "Jean-Luc", "Le", "président", "Premier ministre", "12", "3,", ".", ",", ":",
              "«", '"', "\u00a0", "K.C.", "½", "Évry", "said", "a déclaré", "Smith3",
              "Paris", "and", "van", "Gogh", "Dr", "President", "l'Ukraine", "NASA", "-",
              "’", "ǅemal", "Иван", "\n", "iPhone", "eBay", "d'un", "d’", "d'", "d’Arc", "d'Évry"]
    rng = random.Random(7)
    for lang in ("en", "fr"):
        locale = load_locale(lang)
        pats = patterns_for(locale)
        for _ in range(300):
            text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", "\n\n"])
                           for _ in range(rng.randint(1, 20)))
            doc = read_text(f"---\nlang: {lang}\n---\n\n{text}\n", path="story.md")
            fast = list(pc.candidates(doc, locale, pats))
            original = pc._matches
            pc._matches = full_scan
            try:
                slow = list(pc.candidates(doc, locale, pats))
            finally:
                pc._matches = original
            assert fast == slow, text


def test_near_any_is_any_near_miss():
    """``near_any`` (one rapidfuzz search of all surnames) answers what a ``near_miss``
    per pair answers."""
    from hypothesis import given, settings, strategies as st

    from checker.extractors.people._extract import near_any, near_miss

    word = st.text(alphabet="abcdeéhmnors-", min_size=0, max_size=11)

    @settings(max_examples=400, deadline=None)
    @given(word, st.sets(word, max_size=6))
    def check(a, others):
        assert near_any(a, others) == any(near_miss(a, b) for b in others)
        assert near_any(a, tuple(others)) == any(near_miss(a, b) for b in others)

    check()
    assert near_any("whitaker", {"whittaker"}) and near_any("bos", {"bos"})
    assert not near_any("smith", {"smithers"}) and not near_any("bos", {"bas"})
    assert near_any("cooke", {"cook"}) and not near_any("cork", {"cook"}) \
        and not near_any("price", {"rice"})


def test_opening_near_never_hides_an_opening():
    """``_opening_near`` False must mean ``_after_opening`` False (it only skips the call)."""
    from hypothesis import given, settings, strategies as st

    from checker.extractors.people._candidates import _after_opening, _opening_near

    @settings(max_examples=600, deadline=None)
    @given(st.text(alphabet=" \t\u00a0\n«“—–\"(a.,S'", max_size=8), st.data())
    def check(text, data):
        prose = text + "Smith"
        start = len(text)
        p_start = data.draw(st.integers(0, start))
        if not _opening_near(prose, p_start, start):
            assert not _after_opening(prose, p_start, start)

    check()


# ---- the story's cast (issue 13)

def test_en_name_after_an_organisation_or_title_inside_one_chain():
    found = by_name(people("Harlow Motor Company CEO Alan Mulvey said sales fell. Later, "
                           "Norwegian Prime Minister Erna Dalby met him.\n", "en"))
    assert "Alan Mulvey" in found and "Erna Dalby" in found
    assert not any("Company" in name or "Norwegian" in name for name in found)


def test_fr_name_after_an_organisation_inside_one_chain():
    found = by_name(people("Le patron de la SNCF Jean Lemaire a démissionné. "
                           "Lemaire a dit regretter ce départ.\n", "fr"))
    assert "Jean Lemaire" in found


def test_a_given_name_the_story_uses_alone_is_no_proof_by_reuse():
    found = by_name(people("The plant in Ohio closed. Workers from Ohio marched. Across "
                           "Ohio Harlow's shares fell, and Harlow cut jobs.\n", "en"))
    assert "Ohio Harlow" not in found
    found = by_name(people("L'usine de Lorraine a fermé. En Lorraine, on manifeste. "
                           "Lorraine Vautrin a réagi. Vautrin a dit sa colère.\n", "fr"))
    assert "Lorraine Vautrin" not in found   # a reused surname alone does not prove it


def test_a_variant_spelling_points_at_the_person_it_resembles():
    found = people("Helen Marsden, the bank's chief executive, spoke.\n\n"
                   "The board chose Marsdon to lead the merger.\n", "en")
    variant = [m for m in found if m.name == "Marsdon"]
    assert variant and variant[0].variant_of == found[0].person
    found = people("Hélène Vautrin, la directrice, a parlé.\n\n"
                   "Le conseil a choisi Vautrain pour la fusion.\n", "fr")
    variant = [m for m in found if m.name == "Vautrain"]
    assert variant and variant[0].variant_of == found[0].person
    assert all(m.variant_of == "" for m in found if m.name != "Vautrain")
