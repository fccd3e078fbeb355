"""The method library: facilitation methods as small TOML files, checked when loaded.

The shipped methods sit beside this file; a facilitator's own methods sit in a user folder and
replace a shipped one with the same file name. A file that cannot be read or is missing a
field is reported by name and left out; the rest of the library still loads.

The shipped methods are written in English; a folder named by a language code beside them
(``fr/``) holds the same file names with their words in that language - ``name``,
``purpose``, ``materials``, ``instructions``, ``prompts`` - and the library is read in the
language asked for, a method without a translation in English. A third language is a third
folder. A facilitator's own method says which language it is written in (``language``).

A method file::

    name = "Silent brainstorm"
    steps = [2]                      # which of the four co-design steps it serves
    purpose = "..."
    minutes = [10, 20]               # duration range
    group_size = [3, 60]             # from .. to people
    mode = "individual"              # individual | collective | both
    roles = ["ideator"]              # explorer, ideator, designer, diffuser
    engagement = "short"             # short | long | either
    preparation = "none"             # what participants must know beforehand: none | some
    splits_problem = false           # suits a problem that splits into parts
    materials = ["Sticky notes"]
    instructions = ["step one", "step two"]
    prompts = ["What gets in the way?"]
    language = "en"                  # own methods: the language of their words
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.core.domain.steps import Step
from facilitator.core.domain.terms import CITIZEN_ROLES
from facilitator.core.domain.text import collapse_spaces
from facilitator.core.locale import _, language as language_spoken, ngettext

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SHIPPED = Path(__file__).resolve().parent
SUFFIX = ".toml"
MODES = ("individual", "collective", "both")
ENGAGEMENTS = ("short", "long", "either")
PREPARATIONS = ("none", "some")
MAX_FILE_BYTES = 64 * 1024
# What a translation of a shipped method gives: its words; steps, times and kinds stay.
TRANSLATED = ("name", "purpose", "materials", "instructions", "prompts")
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Method:
    key: str  # the file name without .toml: the method's identity
    name: str
    steps: tuple[Step, ...]
    purpose: str
    minutes: tuple[int, int]
    group_size: tuple[int, int]
    mode: str
    roles: tuple[str, ...]
    engagement: str
    preparation: str
    splits_problem: bool
    materials: tuple[str, ...]
    instructions: tuple[str, ...]
    prompts: tuple[str, ...]
    path: Path | None = None
    own: bool = False  # the facilitator's own method
    language: str = SOURCE_LANGUAGE  # the language its words are written in

    def fits_minutes(self, minutes: int) -> bool:
        return self.minutes[0] <= minutes

    def fits_group(self, people: int) -> bool:
        return self.group_size[0] <= people <= self.group_size[1]

    def as_toml(self) -> str:
        """The method as a file, for saving a facilitator's own method."""
        def text(value: str) -> str:
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

        def texts(values) -> str:
            return "[" + ", ".join(text(v) for v in values) + "]"

        return "\n".join([
            f"name = {text(self.name)}",
            f"steps = [{', '.join(str(int(s)) for s in self.steps)}]",
            f"purpose = {text(self.purpose)}",
            f"minutes = [{self.minutes[0]}, {self.minutes[1]}]",
            f"group_size = [{self.group_size[0]}, {self.group_size[1]}]",
            f"mode = {text(self.mode)}",
            f"roles = {texts(self.roles)}",
            f"engagement = {text(self.engagement)}",
            f"preparation = {text(self.preparation)}",
            f"splits_problem = {'true' if self.splits_problem else 'false'}",
            f"materials = {texts(self.materials)}",
            f"instructions = {texts(self.instructions)}",
            f"prompts = {texts(self.prompts)}",
            f"language = {text(self.language)}",
        ]) + "\n"


@dataclass(frozen=True)
class MethodProblem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.message}"


@dataclass
class Library:
    methods: list[Method] = field(default_factory=list)
    problems: list[MethodProblem] = field(default_factory=list)

    def by_key(self, key: str) -> Method | None:
        return next((m for m in self.methods if m.key == key), None)

    def for_step(self, step: Step) -> list[Method]:
        return [m for m in self.methods if step in m.steps]


class MethodError(ValueError):
    """A method file that does not describe a method, with the reason."""


# --- loading -----------------------------------------------------------------------------


def method_languages() -> list[str]:
    """English and every language the shipped methods are translated into."""
    found = {p.name for p in SHIPPED.iterdir() if p.is_dir() and any(p.glob(f"*{SUFFIX}"))}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def load_library(user_folder: Path | None = None, language: str | None = None) -> Library:
    """The shipped methods in ``language`` (by default the language spoken; English where
    a method has no translation) and the facilitator's own, in whatever language they are
    written (they win on the same file name)."""
    library = Library()
    found: dict[str, Method] = {}
    language = language or language_spoken()
    translations = SHIPPED / language if language != SOURCE_LANGUAGE else None
    folders = [(SHIPPED, False)] + ([(user_folder, True)] if user_folder else [])
    for folder, own in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            method = _read_reporting(path, library, lambda p: read_method(p, own=own))
            if method is None:
                continue
            translated = translations / path.name if translations and not own else None
            if translated is not None and translated.is_file():  # else in English
                method = _read_reporting(translated, library, lambda p: read_translation(
                    method, p, language)) or method  # a broken translation: in English
            found[path.stem] = method
    library.methods = sorted(found.values(), key=lambda m: (min(m.steps), m.name.casefold()))
    return library


def _read_reporting(path: Path, library: Library, read) -> Method | None:
    try:
        return read(path)
    except MethodError as exc:
        library.problems.append(MethodProblem(path, str(exc)))
    except RecursionError:  # checking the fields of a pathological file
        library.problems.append(MethodProblem(path, _("its values are nested too deeply "
                                                      "to read")))
    return None


def read_translation(method: Method, path: Path, language: str) -> Method:
    """A shipped method with the words of its translation at ``path`` (only the fields of
    TRANSLATED, each checked as in a method file)."""
    data = _read_toml(path)
    unknown = set(data) - set(TRANSLATED)
    if unknown:
        raise MethodError(_("a translation holds only {fields}; not {unknown}").format(
            fields=", ".join(TRANSLATED), unknown=", ".join(sorted(unknown))))
    full = {**_as_data(method), **data, "language": language}
    return method_from(full, key=method.key, path=method.path, own=method.own)


def _as_data(method: Method) -> dict:
    return {"name": method.name, "steps": [int(s) for s in method.steps],
            "purpose": method.purpose, "minutes": list(method.minutes),
            "group_size": list(method.group_size), "mode": method.mode,
            "roles": list(method.roles), "engagement": method.engagement,
            "preparation": method.preparation, "splits_problem": method.splits_problem,
            "materials": list(method.materials), "instructions": list(method.instructions),
            "prompts": list(method.prompts)}


def read_method(path: Path, *, own: bool = False) -> Method:
    """Read one method file. Only a regular file is read (a folder, a device such as
    /dev/zero behind a symlink, or a FIFO that would never end is refused before it is
    opened), at most MAX_FILE_BYTES of it, and any failure to parse it - bad TOML, bad
    text, nesting too deep, too little memory - is a MethodError naming the file's problem."""
    return method_from(_read_toml(path), key=path.stem, path=path, own=own)


def _read_toml(path: Path) -> dict:
    try:
        info = os.stat(path)  # follows a symlink: what would be read
        if not stat.S_ISREG(info.st_mode):
            raise MethodError(_("it is not a regular file (a folder, a device or a pipe), so "
                                "it was not read"))
        if info.st_size > MAX_FILE_BYTES:
            raise MethodError(_("the file is too large to be a method description"))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise MethodError(_("the file is too large to be a method description"))
        data = tomllib.loads(raw.decode("utf-8"))
    except MethodError:
        raise
    except UnicodeDecodeError as exc:
        raise MethodError(_("the file is not UTF-8 text")) from exc
    except tomllib.TOMLDecodeError as exc:
        raise MethodError(_("not valid TOML ({0})").format(exc)) from exc
    except RecursionError:
        raise MethodError(_("its values are nested too deeply to read")) from None
    except MemoryError:
        raise MethodError(_("it needs more memory to read than a method could")) from None
    except (ValueError, TypeError) as exc:  # what else a parser may raise on odd input
        raise MethodError(_("it cannot be read as a method ({0})").format(exc)) from exc
    except OSError as exc:
        raise MethodError(_("cannot be read ({0})").format(exc.strerror)) from exc
    if not isinstance(data, dict):
        raise MethodError(_("it does not describe a method"))
    return data


def method_from(data: dict, *, key: str, path: Path | None = None, own: bool = False) -> Method:
    """Check every field of ``data`` and build the Method; MethodError names what is wrong."""
    def text(name: str) -> str:
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise MethodError(_("'{0}' must be some text").format(name))
        return collapse_spaces(value)

    def texts(name: str, required: bool = True) -> tuple[str, ...]:
        value = data.get(name, [] if not required else None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise MethodError(_("'{0}' must be a list of texts").format(name))
        if required and not value:
            raise MethodError(_("'{0}' needs at least one entry").format(name))
        return tuple(collapse_spaces(v) for v in value)

    def span(name: str, low: int, high: int) -> tuple[int, int]:
        value = data.get(name)
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                or not low <= value[0] <= value[1] <= high):
            raise MethodError(_("'{name}' must be [from, to], whole numbers from {low} to "
                                "{high}").format(name=name, low=low, high=high))
        return (value[0], value[1])

    def choice(name: str, allowed: Sequence[str]) -> str:
        value = data.get(name)
        if value not in allowed:
            raise MethodError(_("'{0}' must be one of: {1}").format(name, ", ".join(allowed)))
        return value

    unknown = set(data) - _FIELDS
    if unknown:
        raise MethodError(_("unknown field(s): {0}").format(", ".join(sorted(unknown))))
    steps = data.get("steps")
    if (not isinstance(steps, list) or not steps
            or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4
                       for s in steps)):
        raise MethodError(_("'steps' must list the co-design steps it serves, numbers 1 "
                            "to 4"))
    roles = texts("roles")
    wrong = [r for r in roles if r not in CITIZEN_ROLES]
    if wrong:
        raise MethodError(_("unknown role(s) {0}; roles are {1}").format(
            ", ".join(wrong), ", ".join(CITIZEN_ROLES)))
    splits = data.get("splits_problem", False)
    if not isinstance(splits, bool):
        raise MethodError(_("'splits_problem' must be true or false"))
    language = data.get("language", SOURCE_LANGUAGE)
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
        raise MethodError(_("'language' must be a language code such as en or fr"))
    return Method(
        key=key, name=text("name"), steps=tuple(Step(s) for s in sorted(set(steps))),
        purpose=text("purpose"), minutes=span("minutes", 1, 24 * 60),
        group_size=span("group_size", 1, 10_000), mode=choice("mode", MODES), roles=roles,
        engagement=choice("engagement", ENGAGEMENTS),
        preparation=choice("preparation", PREPARATIONS), splits_problem=splits,
        materials=texts("materials", required=False), instructions=texts("instructions"),
        prompts=texts("prompts", required=False), path=path, own=own, language=language)


_FIELDS = {"name", "steps", "purpose", "minutes", "group_size", "mode", "roles", "engagement",
           "preparation", "splits_problem", "materials", "instructions", "prompts",
           "language"}


def save_own_method(method: Method, user_folder: Path) -> Path:
    """Write a facilitator's own method (checked first) into ``user_folder``."""
    method_from(tomllib.loads(method.as_toml()), key=method.key)  # refuses a bad method
    user_folder.mkdir(parents=True, exist_ok=True)
    path = user_folder / f"{method.key}{SUFFIX}"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(method.as_toml(), encoding="utf-8")
    tmp.replace(path)
    return path


def key_for(name: str) -> str:
    """A file name for a new method: 'Crazy eights!' -> 'crazy-eights'."""
    key = re.sub(r"[^\w]+", "-", name.casefold()).strip("-")
    return key[:60] or "method"


# --- choosing: the fit helper ------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the facilitator knows about the session; None means 'no preference'."""

    step: Step | None = None
    engagement: str | None = None  # short | long
    collective: bool | None = None  # True: together; False: people on their own
    informed: bool | None = None  # participants know the subject beforehand
    problem_splits: bool | None = None  # the problem splits into parts
    minutes: int | None = None  # time available for this activity
    people: int | None = None


@dataclass(frozen=True)
class Fit:
    method: Method
    score: int
    reasons: tuple[str, ...]  # why it fits
    concerns: tuple[str, ...]  # why it may not


@dataclass
class _Verdict:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)

    def judge(self, ok: bool, weight: int, why: str, why_not: str) -> None:
        self.score += weight if ok else -weight
        (self.reasons if ok else self.concerns).append(why if ok else why_not)


def rank_methods(methods: Sequence[Method], context: Context) -> list[Fit]:
    """Methods ordered by how well they fit ``context``, each with its reasons (in the
    language spoken)."""
    works = {"collective": _("works collectively"), "individual": _("works individually")}
    fits = []
    for method in methods:
        verdict = _Verdict()
        judge = verdict.judge
        if context.step is not None:
            judge(context.step in method.steps, 5,
                  _("serves step {0}").format(int(context.step)),
                  ngettext("made for step {0}", "made for steps {0}", len(method.steps)).format(
                      ", ".join(str(int(s)) for s in method.steps)))
        if context.engagement in ("short", "long"):
            judge(method.engagement in (context.engagement, "either"), 2,
                  _("suits a short engagement") if context.engagement == "short"
                  else _("suits a long engagement"),
                  _("better in a short engagement") if method.engagement == "short"
                  else _("better in a long engagement"))
        if context.collective is not None:
            wanted = "collective" if context.collective else "individual"
            judge(method.mode in (wanted, "both"), 2, works[wanted], works.get(method.mode, ""))
        if context.informed is not None:
            judge(context.informed or method.preparation == "none", 2,
                  _("needs no preparation") if method.preparation == "none"
                  else _("participants know the subject"),
                  _("participants need to know the subject beforehand"))
        if context.problem_splits is not None:
            judge(method.splits_problem == context.problem_splits, 1,
                  _("handles a problem in parts") if method.splits_problem
                  else _("takes the problem whole"), _("made for a problem in parts")
                  if method.splits_problem else _("takes the problem whole"))
        if context.minutes is not None:
            judge(method.fits_minutes(context.minutes), 3,
                  _("fits in {0} minutes").format(context.minutes),
                  _("needs at least {0} minutes").format(method.minutes[0]))
        if context.people is not None:
            judge(method.fits_group(context.people), 3,
                  _("works with {0} people").format(context.people),
                  _("for {0}–{1} people").format(*method.group_size))
        fits.append(Fit(method, verdict.score, tuple(verdict.reasons),
                        tuple(verdict.concerns)))
    return sorted(fits, key=lambda f: (-f.score, len(f.concerns), f.method.name.casefold()))
