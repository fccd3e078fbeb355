"""The method library: facilitation methods as small TOML files, checked when loaded.

The shipped methods sit beside this file; a facilitator's own methods sit in a user folder and
replace a shipped one with the same file name. A file that cannot be read or is missing a
field is reported by name and left out; the rest of the library still loads.

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


def load_library(user_folder: Path | None = None) -> Library:
    """The shipped methods and the facilitator's own (which win on the same file name)."""
    library = Library()
    found: dict[str, Method] = {}
    folders = [(SHIPPED, False)] + ([(user_folder, True)] if user_folder else [])
    for folder, own in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            try:
                found[path.stem] = read_method(path, own=own)
            except MethodError as exc:
                library.problems.append(MethodProblem(path, str(exc)))
            except RecursionError:  # checking the fields of a pathological file
                library.problems.append(MethodProblem(path, "its values are nested too "
                                                            "deeply to read"))
    library.methods = sorted(found.values(), key=lambda m: (min(m.steps), m.name.casefold()))
    return library


def read_method(path: Path, *, own: bool = False) -> Method:
    """Read one method file. Only a regular file is read (a folder, a device such as
    /dev/zero behind a symlink, or a FIFO that would never end is refused before it is
    opened), at most MAX_FILE_BYTES of it, and any failure to parse it - bad TOML, bad
    text, nesting too deep, too little memory - is a MethodError naming the file's problem."""
    try:
        info = os.stat(path)  # follows a symlink: what would be read
        if not stat.S_ISREG(info.st_mode):
            raise MethodError("it is not a regular file (a folder, a device or a pipe), so "
                              "it was not read")
        if info.st_size > MAX_FILE_BYTES:
            raise MethodError("the file is too large to be a method description")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise MethodError("the file is too large to be a method description")
        data = tomllib.loads(raw.decode("utf-8"))
    except MethodError:
        raise
    except UnicodeDecodeError as exc:
        raise MethodError("the file is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise MethodError(f"not valid TOML ({exc})") from exc
    except RecursionError:
        raise MethodError("its values are nested too deeply to read") from None
    except MemoryError:
        raise MethodError("it needs more memory to read than a method could") from None
    except (ValueError, TypeError) as exc:  # what else a parser may raise on odd input
        raise MethodError(f"it cannot be read as a method ({exc})") from exc
    except OSError as exc:
        raise MethodError(f"cannot be read ({exc.strerror})") from exc
    if not isinstance(data, dict):
        raise MethodError("it does not describe a method")
    return method_from(data, key=path.stem, path=path, own=own)


def method_from(data: dict, *, key: str, path: Path | None = None, own: bool = False) -> Method:
    """Check every field of ``data`` and build the Method; MethodError names what is wrong."""
    def text(name: str) -> str:
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise MethodError(f"'{name}' must be some text")
        return " ".join(value.split())

    def texts(name: str, required: bool = True) -> tuple[str, ...]:
        value = data.get(name, [] if not required else None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise MethodError(f"'{name}' must be a list of texts")
        if required and not value:
            raise MethodError(f"'{name}' needs at least one entry")
        return tuple(" ".join(v.split()) for v in value)

    def span(name: str, low: int, high: int) -> tuple[int, int]:
        value = data.get(name)
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                or not low <= value[0] <= value[1] <= high):
            raise MethodError(f"'{name}' must be [from, to], whole numbers from {low} to {high}")
        return (value[0], value[1])

    def choice(name: str, allowed: Sequence[str]) -> str:
        value = data.get(name)
        if value not in allowed:
            raise MethodError(f"'{name}' must be one of: {', '.join(allowed)}")
        return value

    unknown = set(data) - _FIELDS
    if unknown:
        raise MethodError(f"unknown field(s): {', '.join(sorted(unknown))}")
    steps = data.get("steps")
    if (not isinstance(steps, list) or not steps
            or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4
                       for s in steps)):
        raise MethodError("'steps' must list the co-design steps it serves, numbers 1 to 4")
    roles = texts("roles")
    wrong = [r for r in roles if r not in CITIZEN_ROLES]
    if wrong:
        raise MethodError(f"unknown role(s) {', '.join(wrong)}; roles are "
                          f"{', '.join(CITIZEN_ROLES)}")
    splits = data.get("splits_problem", False)
    if not isinstance(splits, bool):
        raise MethodError("'splits_problem' must be true or false")
    return Method(
        key=key, name=text("name"), steps=tuple(Step(s) for s in sorted(set(steps))),
        purpose=text("purpose"), minutes=span("minutes", 1, 24 * 60),
        group_size=span("group_size", 1, 10_000), mode=choice("mode", MODES), roles=roles,
        engagement=choice("engagement", ENGAGEMENTS),
        preparation=choice("preparation", PREPARATIONS), splits_problem=splits,
        materials=texts("materials", required=False), instructions=texts("instructions"),
        prompts=texts("prompts", required=False), path=path, own=own)


_FIELDS = {"name", "steps", "purpose", "minutes", "group_size", "mode", "roles", "engagement",
           "preparation", "splits_problem", "materials", "instructions", "prompts"}


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
    """Methods ordered by how well they fit ``context``, each with its reasons."""
    fits = []
    for method in methods:
        verdict = _Verdict()
        judge = verdict.judge
        if context.step is not None:
            judge(context.step in method.steps, 5, f"serves step {int(context.step)}",
                  f"made for step {', '.join(str(int(s)) for s in method.steps)}")
        if context.engagement in ("short", "long"):
            judge(method.engagement in (context.engagement, "either"), 2,
                  f"suits a {context.engagement} engagement",
                  f"better in a {method.engagement} engagement")
        if context.collective is not None:
            wanted = "collective" if context.collective else "individual"
            judge(method.mode in (wanted, "both"), 2, f"works {wanted}ly",
                  f"works {method.mode}ly")
        if context.informed is not None:
            judge(context.informed or method.preparation == "none", 2,
                  "needs no preparation" if method.preparation == "none"
                  else "participants know the subject", "participants need to know the "
                  "subject beforehand")
        if context.problem_splits is not None:
            judge(method.splits_problem == context.problem_splits, 1,
                  "handles a problem in parts" if method.splits_problem
                  else "takes the problem whole", "made for a problem in parts"
                  if method.splits_problem else "takes the problem whole")
        if context.minutes is not None:
            judge(method.fits_minutes(context.minutes), 3,
                  f"fits in {context.minutes} minutes",
                  f"needs at least {method.minutes[0]} minutes")
        if context.people is not None:
            judge(method.fits_group(context.people), 3, f"works with {context.people} people",
                  f"for {method.group_size[0]}–{method.group_size[1]} people")
        fits.append(Fit(method, verdict.score, tuple(verdict.reasons),
                        tuple(verdict.concerns)))
    return sorted(fits, key=lambda f: (-f.score, len(f.concerns), f.method.name.casefold()))
