"""The package build compiles the translations, so an installed app ships them: the
window's .ts sources to .qm files (pyside6-lrelease), the core's .po catalogues to .mo files
(Babel). Everything else about the package is in pyproject.toml."""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(HERE))
        from facilitator.i18n.compile import PACKAGE, compile_all

        # An editable install runs from the source folder: the files go beside their sources.
        out = PACKAGE if getattr(self, "editable_mode", False) else (
            Path(self.build_lib) / "facilitator")
        for path in compile_all(out):
            self.announce(f"compiled {path}", level=2)


setup(cmdclass={"build_py": BuildWithTranslations})
