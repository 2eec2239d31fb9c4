"""Configuration mistakes are errors with the file and line of the key, never silence."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker._yaml import ConfigError
from checker.config import Config, load_config_file
from checker.runner import select_rules


def config(tmp_path: Path, name: str, text: str) -> Config:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_config_file(path)


def test_a_language_without_a_locale_file_is_refused_at_its_line(tmp_path):
    with pytest.raises(ConfigError, match=r"\.copydesk\.yaml:2: lang 'xx' has no locale file; expected one of .*en.*fr"):
        config(tmp_path, ".copydesk.yaml", "select: [speakers]\nlang: xx\n")
    assert config(tmp_path, ".copydesk.yaml", "lang: fr\n").lang == "fr"


@pytest.mark.parametrize("text, line, key", [
    ("ignore: [numbers]\nseverity: {nosuch.rule: info}\n", 2, "severity"),
    ("select: [typo]\n", 1, "select"),
    ("lang: en\n\nignore:\n  - speakers.nope\n", 3, "ignore"),
])
def test_a_rule_id_that_names_no_rule_is_refused_at_its_line(tmp_path, text, line, key):
    loaded = config(tmp_path, ".copydesk.yaml", text)
    with pytest.raises(ConfigError, match=rf"\.copydesk\.yaml:{line}: {key} names no known rule"):
        select_rules(loaded)


def test_known_prefixes_and_ids_pass(tmp_path):
    loaded = config(tmp_path, ".copydesk.yaml", "severity: {numbers: info, speakers.variant: error}\n")
    assert select_rules(loaded)


def test_pyproject_errors_give_the_line_of_the_key(tmp_path):
    loaded = config(tmp_path, "pyproject.toml",
                    '[project]\nname = "x"\n\n[tool.copydesk]\nselect = ["speakers"]\n'
                    'severity = {"nosuch.rule" = "info"}\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml:6: severity names no known rule"):
        select_rules(loaded)
    with pytest.raises(ConfigError, match=r"pyproject\.toml:5: unknown configuration key 'colour'"):
        config(tmp_path, "pyproject.toml", '[tool.copydesk]\nselect = ["speakers"]\n\n\ncolour = "red"\n')
