"""Take a screenshot of the main window on a workshop: python tools/screenshot.py FILE OUT.png

Works offscreen (QT_QPA_PLATFORM=offscreen) and under Xvfb.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.views.application import make_settings
from facilitator.views.main_window import MainWindow


def main(workshop: str, out: str) -> None:
    os.environ.setdefault("FACILITATOR_SETTINGS_DIR", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    window = MainWindow(make_settings())
    window.resize(1366, 800)
    window.show()
    window.open_target(workshop)
    page = window.page
    page.capture.entry.setText("The library should lend laptops too")
    page.capture.author.setCurrentText("U2")

    def shoot() -> None:
        window.grab().save(out)
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
