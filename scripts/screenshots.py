"""Screenshots of Beacon's screens for review: signs in to a database and grabs each screen.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py DB OUT_DIR [USER PASSWORD]
(the demo office's accounts use the password beacon-demo).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.office import open_office
from desktop_app.services.users import authenticate
from ui.app import make_application
from ui.main_window import MainWindow


def settle(app: QApplication, window: QWidget) -> None:
    """Let background fetches land before the picture is taken."""
    for _ in range(20):
        app.processEvents()
        window.runner.wait(5000)  # type: ignore[attr-defined]
        app.processEvents()


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    db, out = sys.argv[1], Path(sys.argv[2])
    user, password = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("manager", "beacon-demo")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    office = open_office(db)
    session = authenticate(user, password)
    settings = QSettings(str(out / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, office, settings)
    window.resize(1280, 800)
    window.show()
    shots = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        pages = getattr(tab, "pages", None)
        for page in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(page)
            settle(app, window)
            if pages is not None and page == 1:  # the report list: open the first report
                table = pages.widget(page).table
                if table.model().rowCount():
                    table.selectRow(0)
                    settle(app, window)
            suffix = f"-{pages.widget(page).objectName()}" if pages is not None else ""
            path = out / f"{session.username}-{index + 1}-{tab.objectName()}{suffix}.png"
            window.grab().save(str(path))
            shots.append(path)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
