"""Translations: Beacon's Qt Linguist catalogues (resources/i18n/*.ts, refreshed by
`bash scripts/translations.sh`), compiled to .qm at set-up or, when missing or stale, at start,
and installed before the first window is built."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

log = logging.getLogger(__name__)

CATALOGUE_NAME = "beacon"
VOCABULARY_CONTEXT = "vocabulary"  # desktop_app/vocabulary.py marks its labels in this context


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for the catalogue (pyside6-lupdate finds it by this name); shown through
    QCoreApplication.translate(context, text). Typed, unlike PySide6's own."""
    return text


def catalogue_folder() -> Path:
    return resource_path(f"i18n/{CATALOGUE_NAME}_en.ts").parent


def _lrelease() -> str | None:
    """Qt's compiler of catalogues, as PySide6 installs it beside this Python."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")


def compiled_folder(source: Path | None = None, cache: Path | None = None) -> Path:
    """The folder holding an up-to-date .qm for every catalogue: beside the sources when set-up
    compiled them, otherwise a cache folder they are compiled into now."""
    source = source or catalogue_folder()
    sources = sorted(source.glob(f"{CATALOGUE_NAME}_*.ts"))

    def fresh(folder: Path) -> bool:
        for ts in sources:
            qm = folder / ts.with_suffix(".qm").name
            if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
                return False
        return True

    if fresh(source):
        return source
    target = cache or Path(platformdirs.user_cache_dir("Beacon", appauthor=False)) / "i18n"
    if fresh(target):
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("no pyside6-lrelease to compile the translations; English is shown")
        return target
    target.mkdir(parents=True, exist_ok=True)
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if done.returncode != 0:
            log.warning("could not compile %s: %s", ts.name, done.stderr.strip())
    return target


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install Beacon's catalogue for the locale (English when there is none for it) and Qt's
    own for the standard buttons and dialogs. The translators are kept alive by the app."""
    chosen = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(
        chosen, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)
    where = str(folder or compiled_folder())
    if ours.load(chosen, CATALOGUE_NAME, "_", where) or ours.load(f"{CATALOGUE_NAME}_en", where):
        app.installTranslator(ours)
        installed.append(ours)
    # Taken out again before the application goes: PySide6 crashes at exit otherwise.
    app.aboutToQuit.connect(lambda: [app.removeTranslator(t) for t in installed])
    return installed


def vocabulary(text: str) -> str:
    """A label from desktop_app/vocabulary.py, in the user's language."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, text)


def grouped(translated: str, n: int) -> str:
    """A count translated with its plural form, e.g. grouped(self.tr("%n page(s)", "", n), n)
    (written so lupdate sees the numerus message): the number keeps its thousands separators."""
    return translated.replace(str(n), f"{n:,}", 1)
