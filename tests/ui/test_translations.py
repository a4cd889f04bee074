"""Translations: every visible string reaches the catalogue, the committed catalogue is current,
and a compiled catalogue installed at start changes what the user reads."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import catalogue_folder, compiled_folder, install_translators
from ui.models.report_table_model import ReportTableModel

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
ENGLISH = ROOT / "resources" / "i18n" / "beacon_en.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))] + [
        str(ROOT / "desktop_app" / "vocabulary.py")
    ]


@pytest.mark.skipif(not LUPDATE.is_file(), reason="pyside6-lupdate is not installed")
def test_the_committed_catalogue_holds_every_string_of_the_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *_sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = set(_messages(fresh)) - set(_messages(ENGLISH))
    stale = set(_messages(ENGLISH)) - set(_messages(fresh))
    assert not missing and not stale, (
        "run `bash scripts/translations.sh` to refresh resources/i18n: "
        f"{len(missing)} new strings, {len(stale)} gone, e.g. {sorted(missing | stale)[:3]}"
    )
    assert len(_messages(ENGLISH)) > 400  # the UI, the column headers and the vocabulary


def test_every_plural_has_its_english_forms():
    plurals = [m for m in _messages(ENGLISH).values() if m.get("numerus") == "yes"]
    assert len(plurals) >= 3
    for message in plurals:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
        assert message.find("translation").get("type") != "unfinished"


# Calls that put text on the screen, and the argument positions that hold visible text.
VISIBLE = {
    "QLabel": 0,
    "QPushButton": 0,
    "QCheckBox": 0,
    "QRadioButton": 0,
    "QGroupBox": 0,
    "setText": 0,
    "setWindowTitle": 0,
    "setPlaceholderText": 0,
    "setToolTip": 0,
    "setLabelText": 0,
    "showMessage": 0,
    "setStatusTip": 0,
    "setAccessibleName": 0,
    "setTitle": 0,
    "Column": 0,
}
WORDS = re.compile(r"[A-Za-z][a-z]+")  # a word, not a code such as WR-2026-00042


def _literal_words(node: ast.AST) -> str:
    """The words written into the code at node (a plain string or an f-string's text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return ""


def test_no_visible_text_is_written_past_the_translator():
    untranslated = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in VISIBLE or len(node.args) <= VISIBLE[name]:
                continue
            text = _literal_words(node.args[VISIBLE[name]])
            if WORDS.search(re.sub(r"<[^>]+>|&\w+;", "", text)):
                untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:50]!r}")
    assert not untranslated, "wrap these in tr():\n" + "\n".join(untranslated)


@pytest.fixture
def german(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """A test catalogue made from the English one, with two strings put into German, compiled
    the way Beacon compiles a catalogue it finds stale at start."""
    source = tmp_path / "source"
    source.mkdir()
    text = ENGLISH.read_text(encoding="utf-8").replace('language="en"', 'language="de"')
    for original, german_text in (("&amp;File", "&amp;Datei"), ("Number", "Nummer")):
        text = text.replace(
            f'<source>{original}</source>\n        <translation type="unfinished"></translation>',
            f"<source>{original}</source>\n        <translation>{german_text}</translation>",
        )
    (source / "beacon_de.ts").write_text(text, encoding="utf-8")
    folder = compiled_folder(source, cache=tmp_path / "cache")
    installed = install_translators(qapp, QLocale("de_DE"), folder)
    yield folder
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_compiled_catalogue_installed_at_start_changes_what_the_user_reads(german):
    assert (german / "beacon_de.qm").is_file()
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    header = ReportTableModel().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Nummer"


def test_the_english_catalogue_gives_singular_and_plural(qapp):
    folder = compiled_folder(catalogue_folder())
    installed = install_translators(qapp, QLocale("en_GB"), folder)
    try:
        say = QCoreApplication.translate
        assert say("ReportsTab", "%n page(s)", "", 1) == "1 page"
        assert say("ReportsTab", "%n page(s)", "", 4) == "4 pages"
        assert say("ReportBrowser", "%n report(s)", "", 1) == "1 report"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_missing_compiler_leaves_english_and_no_crash(tmp_path, monkeypatch):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(ENGLISH, source / "beacon_en.ts")
    monkeypatch.setattr("ui.i18n._lrelease", lambda: None)
    folder = compiled_folder(source, cache=tmp_path / "cache")
    assert not (folder / "beacon_en.qm").exists()
