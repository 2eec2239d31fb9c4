"""The import graph reads read -> extract -> check -> report, with no cycle (issue 18).

Module-level imports only (an import inside a function or under ``TYPE_CHECKING`` is a
deliberate late binding); each layer may import the layers before it, never after.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"

# layer of a module, by the first package segment under checker
LAYERS = {"readers": 1, "extractors": 2, "checks": 3, "formatters": 4}
# what each layer may not import
FORBIDDEN = {
    "readers": ("checker.extractors", "checker.checks", "checker.formatters", "checker.engine",
                "checker.pipeline", "checker.runner", "checker.cli"),
    "extractors": ("checker.checks", "checker.formatters", "checker.engine", "checker.pipeline",
                   "checker.runner", "checker.cli"),
    "checks": ("checker.formatters", "checker.engine", "checker.pipeline", "checker.runner",
               "checker.cli", "checker.facts_command"),
    "formatters": ("checker.extractors", "checker.checks", "checker.engine", "checker.runner",
                   "checker.cli"),
}


def _module(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _top_level_imports(path: Path) -> set[str]:
    module, is_package = _module(path)
    here = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        nodes = [node]
        if isinstance(node, ast.Try):
            nodes = node.body + [n for h in node.handlers for n in h.body]
        for item in nodes:
            if isinstance(item, ast.Import):
                found.update(a.name for a in item.names if a.name.startswith("checker"))
            elif isinstance(item, ast.ImportFrom):
                if item.level:
                    base = ".".join(here[:len(here) - item.level + 1] + ([item.module] if item.module else []))
                else:
                    base = item.module or ""
                if not base.startswith("checker"):
                    continue
                for alias in item.names:
                    candidate = f"{base}.{alias.name}"
                    sub = PACKAGE.parent.joinpath(*candidate.split("."))
                    found.add(candidate if sub.with_suffix(".py").exists() or sub.is_dir() else base)
    return found


def _graph() -> dict[str, set[str]]:
    return {_module(p)[0]: _top_level_imports(p) for p in PACKAGE.rglob("*.py")}


GRAPH = _graph()


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_layer_imports_a_later_one(layer):
    wrong = sorted((m, i) for m, imports in GRAPH.items() if m.startswith(f"checker.{layer}")
                   for i in imports if i.startswith(FORBIDDEN[layer]))
    assert wrong == []


def test_nothing_outside_the_extractors_imports_a_private_extractor_module():
    wrong = sorted((m, i) for m, imports in GRAPH.items() if not m.startswith("checker.extractors")
                   for i in imports if i.startswith("checker.extractors.")
                   and any(part.startswith("_") for part in i.split(".")[2:]))
    assert wrong == []


def test_the_module_level_import_graph_has_no_cycle():
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if nxt not in GRAPH:
                continue
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(GRAPH):
        if start not in state:
            visit(start, [start])
    # a package importing its own submodules (a facade) and a submodule importing a sibling
    # through ``from . import x`` are one module's parts, not a cycle between layers
    real = [c for c in cycles if not all(a.startswith(b + ".") or b.startswith(a + ".") or
                                         a.rsplit(".", 1)[0] == b.rsplit(".", 1)[0]
                                         for a, b in zip(c, c[1:]))]
    assert real == []
