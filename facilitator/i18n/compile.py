"""Compiling the translations: the window's Qt Linguist sources (.ts) to .qm files with
pyside6-lrelease, the core's gettext catalogues (.po) to .mo files with Babel.

The package build runs it (setup.py), so an installed app ships the compiled files. In a
source checkout whose compiled files are missing or older than their sources, the window
compiles the .ts files it needs when it starts (``stale``/``compile_qt``). No Qt import:
lrelease runs as a child process, as ``pyside6-lrelease`` does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # the facilitator package folder
QT_SOURCES = PACKAGE / "i18n"
CATALOGUES = PACKAGE / "core" / "locale"
_LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
             "sys.argv[0] = 'lrelease'; lrelease()")


def stale(source: Path, compiled: Path) -> bool:
    return not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime


def compile_qt(ts: Path, qm: Path) -> None:
    """One .ts file to a .qm file with PySide6's lrelease; a failure is raised with its
    output."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease could not compile {ts.name}: "
                           f"{(done.stderr or done.stdout).strip()}")


def compile_po(po: Path, mo: Path) -> None:
    from facilitator.core.locale import compile_catalogue

    mo.parent.mkdir(parents=True, exist_ok=True)
    mo.write_bytes(compile_catalogue(po))


def compile_all(out_package: Path = PACKAGE) -> list[Path]:
    """Compile every translation into ``out_package`` (the package folder of a build, or
    the source itself); returns the files written."""
    written = []
    for ts in sorted(QT_SOURCES.glob("*.ts")):
        qm = out_package / "i18n" / ts.with_suffix(".qm").name
        compile_qt(ts, qm)
        written.append(qm)
    for po in sorted(CATALOGUES.glob("*/LC_MESSAGES/*.po")):
        mo = out_package / po.relative_to(PACKAGE).with_suffix(".mo")
        compile_po(po, mo)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(PACKAGE.parent))
