"""The workshops opened lately (File > Open Recent, the start page), kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class RecentWorkshops:
    """The last few workshop files opened, newest first, and the folder of the last one."""

    def __init__(self, settings: QSettings):
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(p) for p in (value or [])]

    def remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.paths() if p != text]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_folder", str(path.resolve().parent))

    def clear(self) -> None:
        self.settings.setValue("recent_files", [])
