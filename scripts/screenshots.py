"""Screenshots of Beacon's screens for review: signs in to a database and grabs each screen.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py DB OUT_DIR [USER PASSWORD]
(the demo office's accounts use the password beacon-demo).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.services.office import open_office
from desktop_app.services.users import authenticate
from ui.app import make_application
from ui.main_window import MainWindow


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
    window = MainWindow(
        session, office, QSettings(str(out / "window.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1280, 800)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        name = window.tabs.widget(index).objectName()
        window.grab().save(str(out / f"{index + 1}-{name}.png"))
        print(out / f"{index + 1}-{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
