"""The package layout holds: each layer imports only from layers below it, there is no import
cycle, every package says what it holds, and no module grows past 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "vaktaal"

#: Lowest first. A module may import from its own layer and the layers below, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("vaktaal.errors", "vaktaal.i18n", "vaktaal.version", "vaktaal.lazy_api", "vaktaal.files"),
    ("vaktaal.content",),
    ("vaktaal.employers",),
    ("vaktaal.recipes", "vaktaal.review"),
    ("vaktaal.audio",),
    ("vaktaal.anki",),
    ("vaktaal.coaching", "vaktaal.progress"),
    ("vaktaal.checking",),
    ("vaktaal.cli", "vaktaal.web"),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path, name: str) -> set[str]:
    """Every vaktaal module ``path`` imports, at the top or inside a function, typing-only ones too."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("vaktaal"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.startswith("vaktaal"):
                found.add(module)
                found.update(f"{module}.{a.name}" for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path, name):
            # `from vaktaal.anki import build` names a module; `from vaktaal.anki import X` a package
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def _layer(module: str) -> int | None:
    for index, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return index
    return None


def test_every_module_belongs_to_a_layer() -> None:
    unplaced = [m for m in _modules() if m not in ("vaktaal", "vaktaal.__main__") and _layer(m) is None]
    assert not unplaced, f"add these to LAYERS (and to docs/architecture.md): {unplaced}"


def test_imports_point_down_only() -> None:
    upward = []
    for module, targets in _graph().items():
        if _layer(module) is None:
            continue  # the top-level API (vaktaal/__init__) and __main__ may use anything
        for target in targets:
            if target == "vaktaal":
                upward.append(f"{module} imports the top-level package (import the module itself)")
            elif (_layer(target) or 0) > (_layer(module) or 0):
                upward.append(f"{module} -> {target}")
    assert not upward, "imports that point up a layer:\n" + "\n".join(sorted(upward))


def test_no_import_cycle() -> None:
    graph = _graph()
    # A package's __init__ re-exporting its own modules is not a cycle of meaning; leave those out.
    edges = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt):], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_every_package_says_what_it_holds() -> None:
    silent = [str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("__init__.py")
              if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert not silent


def test_no_module_over_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE.parent)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch: object) -> None:
    """The checks above are only worth something if they can fail."""
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    fake = tmp_path / "vaktaal"
    (fake / "content").mkdir(parents=True)
    (fake / "__init__.py").write_text('"""x"""\n')
    (fake / "content" / "__init__.py").write_text('"""x"""\n')
    (fake / "content" / "a.py").write_text("from vaktaal.content.b import x\n")
    (fake / "content" / "b.py").write_text("from vaktaal.content.a import y\nfrom vaktaal.cli import z\n")
    (fake / "cli.py").write_text("")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    with pytest.raises(AssertionError, match=r"vaktaal\.content\.a -> vaktaal\.content\.b -> vaktaal\.content\.a"):
        test_no_import_cycle()
    with pytest.raises(AssertionError, match=r"vaktaal.content.b -> vaktaal.cli"):
        test_imports_point_down_only()
