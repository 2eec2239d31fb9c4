"""Language knowledge is data: a new language is one locale file, CLDR gives the calendar."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.locales import available_languages, load_locale
from checker.readers import read_text

from conftest import run_cli

GERMAN = """\
language: de
name: Deutsch
babel: de
detect:
  stopwords: [der, die, das, und, ist, nicht, mit, von, den, sich, auf, für, eine, ein, sagte]
sentences:
  abbreviations: [Dr, Hr, Fr, Prof, bzw, usw, z.B]
"""


def test_cldr_names_for_builtin_locales():
    fr = load_locale("fr")
    assert fr.months["fevrier"] == 2 and fr.months["aout"] == 8 and fr.weekdays["mardi"] == 1
    assert fr.decimal_symbol == "," and load_locale("en").months["sep"] == 9


def test_a_third_language_from_a_user_directory(tmp_path):
    rules = tmp_path / "rules"
    (rules / "locales").mkdir(parents=True)
    (rules / "locales" / "de.yaml").write_text(GERMAN, encoding="utf-8")
    (rules / "style.yaml").write_text(
        "rules:\n  - id: haus.email\n    check: substitution\n    severity: warning\n"
        "    languages: [de]\n    message: 'Schreiben Sie {suggestion}.'\n    swap: {E-Mail: Mail}\n",
        encoding="utf-8")
    assert "de" in available_languages([rules])
    german = load_locale("de", [rules])
    assert german.months["marz"] == 3 and german.weekdays["dienstag"] == 1
    text = "Dr. Müller sagte, die Stadt und der Kreis wollen eine E-Mail schicken. Das ist nicht neu."
    document = read_text(text, path="s.txt", rule_paths=[rules])
    assert document.lang == "de"
    assert [document.text[s.start:s.end] for s in document.sentences][0].startswith("Dr. Müller sagte")
    story = tmp_path / "s.txt"
    story.write_text(text, encoding="utf-8")
    process = run_cli("check", str(story), "--rules", str(rules))
    assert "[haus.email] Schreiben Sie Mail." in process.stdout, process.stdout + process.stderr


def test_unknown_language_is_a_clear_error(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Hola.\n", encoding="utf-8")
    process = run_cli("check", str(story), "--lang", "es")
    assert process.returncode == 2 and "no locale file for language 'es'" in process.stderr


def test_bad_locale_key_is_reported_with_line(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "de.yaml").write_text(GERMAN + "stopwords: [x]\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Die Stadt.\n", encoding="utf-8")
    process = run_cli("check", str(story), "--lang", "de", "--rules", str(tmp_path))
    assert process.returncode == 2 and "de.yaml:8: unknown locale key 'stopwords'" in process.stderr


def test_bare_yaml_booleans_in_cue_lists_are_refused(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "de.yaml").write_text(GERMAN + "speakers:\n  titles: [Herr, On]\n",
                                                  encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Die Stadt.\n", encoding="utf-8")
    process = run_cli("check", str(story), "--lang", "de", "--rules", str(tmp_path))
    assert process.returncode == 2 and "de.yaml:9: speakers.titles holds True" in process.stderr


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_fold_of_long_text_is_the_character_by_character_fold(text):
    """fold drops marks with str.replace on long strings: the same as testing each character."""
    import unicodedata
    from checker.locales import fold
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    expected = text.lower() if text.isascii() else "".join(
        c for c in decomposed if not unicodedata.combining(c))
    assert fold(text) == expected
    assert fold(text * 3) == (expected * 3 if text.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", (text * 3).casefold()) if not unicodedata.combining(c)))


SPANISH = """\
language: es
name: Español
babel: es
detect:
  stopwords: [el, la, los, las, de, que, y, en, un, una, dijo, por, con, para]
speakers:
  verbs: [dijo, afirmó, declaró, explicó]
  titles: [señor, señora, doctor, doctora, alcalde, alcaldesa]
attribution:
  after_source: [dijo, afirmó, según]
time:
  before: [antes]
  after: [después]
"""


def test_a_misspelt_key_inside_a_section_is_refused_with_its_line(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "es.yaml").write_text(
        SPANISH.replace("  titles:", "  title:"), encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("El alcalde dijo que sí.\n", encoding="utf-8")
    process = run_cli("check", str(story), "--lang", "es", "--rules", str(tmp_path))
    assert process.returncode == 2
    assert "es.yaml:8: unknown key 'title' in section 'speakers'; did you mean 'titles'?" in process.stderr


def test_a_spanish_locale_of_a_few_cues_runs_every_rule(tmp_path):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "es.yaml").write_text(SPANISH, encoding="utf-8")
    story = tmp_path / "s.md"
    story.write_text("---\ndate: '2024-03-08'\nlang: es\n---\n\n"
                     "La alcaldesa Ana Ruiz dijo el martes 5 de marzo que 30 casas se inundaron.\n\n"
                     "«Vamos a reconstruir», dijo Ruis. Según el ayuntamiento, 35 casas se inundaron.\n",
                     encoding="utf-8")
    process = run_cli("check", str(story), "--rules", str(tmp_path), "--format", "json")
    assert process.returncode in (0, 1), process.stderr
    assert "Traceback" not in process.stderr and "failed" not in process.stderr
