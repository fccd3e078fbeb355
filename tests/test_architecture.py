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
