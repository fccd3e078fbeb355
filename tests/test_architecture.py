"""The domain core stands on its own: no Qt below facilitator/core/ (nor in the room's web
server, which runs without the window)."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator"
CORE = PACKAGE / "core"
NO_QT = [p for folder in (CORE, PACKAGE / "web") for p in folder.rglob("*.py")]


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_core_modules_import_no_qt():
    modules = sorted({_module(p) for p in NO_QT})
    script = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
              + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert len(modules) >= 8
    assert out.strip() == "[]"


def test_core_sources_do_not_mention_qt():
    for path in NO_QT:
        assert "PySide6" not in path.read_text(encoding="utf-8"), path.name


def test_the_window_starts_without_the_numerical_libraries_or_the_sentence_model():
    # They load when themes are first suggested, so the app opens fast on an old laptop.
    script = ("import os, sys, tempfile\nos.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
              "os.environ['FACILITATOR_SETTINGS_DIR'] = tempfile.mkdtemp()\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from facilitator.views.application import make_settings\n"
              "from facilitator.views.main_window import MainWindow\n"
              "app = QApplication([])\nwindow = MainWindow(make_settings())\nwindow.show()\n"
              "app.processEvents()\n"
              "heavy = ('sklearn', 'scipy', 'wordllama', 'tokenizers', 'matplotlib', 'onnxruntime',"
              " 'facilitator.core.analysis.meaning', 'facilitator.core.analysis.clustering')\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy"
              " or m in heavy))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def _core_imports() -> dict[str, set[str]]:
    """Each core module and the core modules it imports anywhere in it (at the top, in a
    function, or for type checking only)."""
    import ast

    modules = {_module(p): p for p in CORE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([base] if base else []))
                candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            else:
                continue
            found |= {c for c in candidates if c in modules and c != name}
        graph[name] = found
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle in the graph, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for other in sorted(graph[node]):
            if state.get(other) == 1:
                return path[path.index(other):] + [other]
            if other not in state and (found := visit(other)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_core_has_no_import_cycle():
    graph = _core_imports()
    assert len(graph) >= 40 and graph["facilitator.core.domain.workshop"]
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_no_core_module_uses_another_modules_private_names():
    """A name starting with _ stays in its module: no import of it, and no object's private
    attribute or method of the core's (``ws._log``, ``workshop._transaction``) used from
    outside its class."""
    import ast

    modules = {_module(p): ast.parse(p.read_text(encoding="utf-8")) for p in CORE.rglob("*.py")}
    private = set()  # the private methods and attributes the core's classes define
    for tree in modules.values():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                private.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                private.add(node.attr)
    private = {name for name in private if name.startswith("_") and not name.startswith("__")}
    borrowed = []
    for name, tree in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                borrowed += [f"{name}: {node.module}.{a.name}" for a in node.names
                             if a.name.startswith("_") and not a.name.startswith("__")
                             and a.name not in ("_", "N_")]  # gettext's markers
            if isinstance(node, ast.Attribute) and node.attr in private:
                value = node.value
                own = isinstance(value, ast.Name) and value.id in ("self", "cls")
                inherited = (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                             and value.func.id == "super")  # an override calling its own
                if not (own or inherited):
                    borrowed.append(f"{name}: .{node.attr}")
    assert len(private) > 20
    assert borrowed == []
