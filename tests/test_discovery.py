"""A folder walk checks the stories, not what git ignores, dependencies or virtual
environments; a file named on the command line is always checked."""
from __future__ import annotations

from pathlib import Path

from checker.runner import Runner, check_paths, iter_article_paths

STORY = "The council met on Tuesday, said Mayor Helen Marsden.\n"


def put(root: Path, relative: str, text: str = STORY) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def walked(root: Path, runner: Runner | None = None) -> list[str]:
    runner = runner or Runner()
    return sorted(str(Path(p).relative_to(root)) for p, problem in
                  iter_article_paths([str(root)], runner.excluded) if problem is None)


def test_dependencies_caches_and_virtual_environments_are_skipped(tmp_path):
    put(tmp_path, "stories/a.md")
    put(tmp_path, "node_modules/pkg/readme.md")
    put(tmp_path, "env/lib/notes.md")
    put(tmp_path, "env/pyvenv.cfg", "home = /usr/bin\n")
    put(tmp_path, ".git/description.md")
    put(tmp_path, "stories/__pycache__/x.md")
    assert walked(tmp_path) == ["stories/a.md"]


def test_gitignore_rules_apply_with_negation_and_nesting(tmp_path):
    (tmp_path / ".git").mkdir()
    put(tmp_path, ".gitignore", "drafts/\n*.tmp.md\n")
    put(tmp_path, "stories/.gitignore", "!keep.tmp.md\n")
    put(tmp_path, "stories/a.md")
    put(tmp_path, "stories/b.tmp.md")
    put(tmp_path, "stories/keep.tmp.md")
    put(tmp_path, "drafts/c.md")
    assert walked(tmp_path) == ["stories/a.md", "stories/keep.tmp.md"]
    # walking a sub-folder still honours the .gitignore above it, up to the repository
    assert walked(tmp_path / "stories") == ["a.md", "keep.tmp.md"]


def test_exclude_in_the_configuration_and_named_files(tmp_path):
    put(tmp_path, ".copydesk.yaml", "exclude: [archive/, '*.draft.md']\n")
    put(tmp_path, "a.md")
    put(tmp_path, "b.draft.md")
    put(tmp_path, "archive/2019/old.md")
    assert walked(tmp_path) == ["a.md"]
    named = tmp_path / "b.draft.md"
    results = list(check_paths(Runner(), [str(named)]))
    assert [r.path for r in results] == [str(named)] and results[0].error is None
