"""The Themes tab on the window's thread: ms per reload of the tab, and per note typed while
it is shown.

Two workshops: the demo at step 3 (tools/demo_workshop.py --synthesis: about 150 notes,
themes, 5 insights), and the demo with the real deliberations of ../shared/data/deliberations
imported into it (twice, the electoral reform one three times) until it holds about 900
notes, grouped by `facilitator cluster` and 10 more insights stated on themes. Each is
opened in the real window (offscreen) on the Themes tab; then:

1. Reloads: --reloads times, the reload another laptop's change causes
   (`apply_remote("reloaded")`), timing `ThemesPanel.refresh` alone and counting its SQL
   statements, the background marks of the one before finished first (median, min, max; the
   first 3 left out of the median).
2. Typing: --typed notes typed into the note field with the tab shown, ms from Enter until
   the note is saved and listed (median, max; the first 3 left out), the same way.

Run: python bench/themes.py [--reloads 15] [--typed 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DELIBERATIONS = ROOT.parent / "shared/data/deliberations"
IMPORTS = ("canadian-electoral-reform", "scoop-hivemind.affordable-housing",
           "london.youth.policing") * 2 + ("canadian-electoral-reform",)
SKIPPED = 3  # the first reloads and notes warm caches up


def run(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def make_workshops(folder: Path) -> list[Path]:
    demo = folder / "demo.workshop"
    run("tools/demo_workshop.py", "--synthesis", str(demo))
    large = folder / "large.workshop"
    shutil.copy(demo, large)
    for name in IMPORTS:
        run("-m", "facilitator", "import", str(large), str(DELIBERATIONS / f"{name}.csv"))
    run("-m", "facilitator", "cluster", str(large))
    from facilitator.core.domain.workshop import Workshop
    from facilitator.core.storage.store import open_store

    workshop = Workshop(open_store(large), device="bench")
    try:
        synthesis = workshop.synthesis
        stated = {t for i in synthesis.insights() for t in i.theme_ids}
        for theme in [t for t in synthesis.themes() if t.id not in stated][:10]:
            synthesis.add_insight(f"We heard about {theme.label}", theme_ids=[theme.id])
    finally:
        workshop.close()
    return [demo, large]


def measure(app, path: Path, reloads: int, typed: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import event

    from facilitator.views.application import make_settings
    from facilitator.views.main_window import MainWindow

    window = MainWindow(make_settings(), device="bench")
    window.show()
    window.open_target(str(path))
    window.page.show_tab(1)
    app.processEvents()
    panel, controller = window.page.themes_panel, window.controller
    workshop = controller.workshop

    def idle() -> None:  # the marks of the last reload or note worked out and shown
        while panel._marks_worker is not None or panel._marks_waiting is not None:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()

    statements = [0]

    def count(*_args) -> None:
        statements[0] += 1

    event.listen(workshop.store.engine, "before_cursor_execute", count)
    refresh, times, counts = panel.refresh, [], []

    def timed_refresh() -> None:
        statements[0] = 0
        started = time.perf_counter()
        refresh()
        times.append((time.perf_counter() - started) * 1000)
        counts.append(statements[0])

    panel.refresh = timed_refresh
    notes, insights = workshop.note_count(), len(workshop.synthesis.insights())
    for _ in range(reloads):
        idle()
        controller.apply_remote("reloaded")
    idle()
    entry, enters = window.page.capture.entry, []
    for number in range(typed):
        idle()
        entry.setFocus()
        entry.setText(f"Opening hours on Sundays would help families ({number})")
        started = time.perf_counter()
        QTest.keyClick(entry, Qt.Key.Key_Return)
        app.processEvents()
        enters.append((time.perf_counter() - started) * 1000)
    idle()
    event.remove(workshop.store.engine, "before_cursor_execute", count)
    print(f"{path.stem}: {notes} notes, {insights} insights")
    print(f"  reload of the tab on the window's thread: median "
          f"{statistics.median(times[SKIPPED:]):.1f} ms  min {min(times):.1f}  "
          f"max {max(times):.1f}  ({max(counts[:reloads])} SQL statements)")
    print(f"  Enter to listed with the tab shown: median "
          f"{statistics.median(enters[SKIPPED:]):.1f} ms  max {max(enters[SKIPPED:]):.1f}  "
          f"(reloads meanwhile: {len(times) - reloads})")
    window.close()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reloads", type=int, default=15)
    parser.add_argument("--typed", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
        folder = Path(tmp)
        paths = make_workshops(folder)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["FACILITATOR_SETTINGS_DIR"] = str(folder / "settings")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        print(f"CPUs {os.cpu_count()}  QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
        for path in paths:
            measure(app, path, max(args.reloads, SKIPPED + 1),
                    max(args.typed, SKIPPED + 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
