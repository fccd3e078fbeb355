"""The window's translations: Qt Linguist sources (``facilitator_<language>.ts``) kept in the
repository, compiled to ``.qm`` files when the package is built (``compile.py``). A language
is added by adding its ``.ts`` file here and a catalogue in ``facilitator/core/locale``."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
PREFIX = "facilitator_"
