"""Layers one way and no cycles, not even hidden ones: contracts fail the suite, not a review."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = {"desktop_app", "ui", "models", "resources"}

# Imports inside functions that are allowed, by file and imported module.
LAZY_ALLOWED = {
    # Qt is loaded only when the GUI starts, not for a command-line run.
    ("desktop_app/cli.py", "ui.app"),
}


def lint_imports_report() -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(script), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_in_pyproject_hold():
    """ui -> services -> reporting -> vocabulary; reporting without services or models; models
    without the rest; no Qt below ui, no peewee above services; no cycles between siblings."""
    run = lint_imports_report()
    assert run.returncode == 0, run.stdout + run.stderr


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        if node.level:  # relative: always within the project
            return ["." * node.level + (node.module or "")]
        return [node.module or ""]
    return [alias.name for alias in node.names]


def function_level_project_imports(folder: Path) -> list[tuple[str, int, str]]:
    """(file, line, module) for every import of a project module inside a function body."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                for module in _imported(node):
                    if module.startswith(".") or module.split(".")[0] in PROJECT:
                        found.append((path.relative_to(ROOT).as_posix(), node.lineno, module))
    return sorted(set(found))


def test_no_project_module_is_imported_inside_a_function():
    """An import inside a function to dodge a cycle is still a cycle (STYLE.md rule 16)."""
    found = [
        f"{file}:{line}: imports {module} inside a function"
        for folder in ("desktop_app", "models")
        for file, line, module in function_level_project_imports(ROOT / folder)
        if (file, module) not in LAZY_ALLOWED
    ]
    assert not found, "\n".join(found)
