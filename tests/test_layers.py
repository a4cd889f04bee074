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
    # The PDF builders carry reportlab (~0.1 s): loaded with the first document made, so the
    # window and the commands that print nothing start without them.
    ("desktop_app/reporting/monthly/__init__.py", "desktop_app.reporting.monthly.document"),
    ("desktop_app/services/reports/documents.py", "desktop_app.reporting.attachment_list"),
    ("desktop_app/services/reports/documents.py", "desktop_app.reporting.receipt"),
    ("desktop_app/services/reports/documents.py", "desktop_app.reporting.report_pdf"),
    ("desktop_app/services/reports/documents.py", "desktop_app.reporting.report_supplements"),
    ("desktop_app/services/events.py", "desktop_app.reporting.sign_in_pdf"),
    ("desktop_app/services/events.py", "desktop_app.reporting.flyer_pdf"),
    ("desktop_app/services/history.py", "desktop_app.reporting.contact_pdf"),
    ("desktop_app/services/privacy/access_pdf.py", "desktop_app.reporting.subject_access_pdf"),
    ("desktop_app/services/problems/document.py", "desktop_app.reporting.problem_pdf"),
    # The demo's generators (~0.1 s): loaded when the demo is loaded, not when it is offered.
    ("desktop_app/demo/__init__.py", "desktop_app.demo.load"),
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


def lazy_allowed(file: str, module: str) -> bool:
    """The command line's modules load a command's modules (and Qt, for the GUI) when that command
    runs, so every command's fixed cost stays small: `beacon --version` loads no ORM, Qt or
    reportlab. Elsewhere, only the pairs in LAZY_ALLOWED."""
    return file.startswith("desktop_app/cli") or (file, module) in LAZY_ALLOWED


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
        if not lazy_allowed(file, module)
    ]
    assert not found, "\n".join(found)
