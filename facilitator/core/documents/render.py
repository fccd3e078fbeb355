"""Filling a Word template within limits: a template is a program its author can get wrong
(or write to hurt), so it runs in a child process with a time limit and a memory limit, and
can be stopped at any moment without touching the app.

The parent writes the template's data (plain JSON) to a scratch folder and starts
``python -m facilitator.core.documents.render``; the child limits its own address space, fills the
template in Jinja's sandbox (which also refuses a string or list multiplied past a size limit
and huge powers) and saves the document. The parent waits, asking ``cancelled()`` ten times a
second, and kills the child when time is up or the user cancels. Every refusal names the
template and the limit it hit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from facilitator.core import locale
from facilitator.core.documents.sandbox import sandbox
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale import _, number


class RenderRefused(FacilitatorError):
    """A template stopped at one of its limits, or that could not be filled."""


class RenderCancelled(FacilitatorError):
    """The user stopped the render."""


@dataclass(frozen=True)
class RenderLimits:
    seconds: float = 120.0
    megabytes: int = 2048  # the child's address space: the document, Jinja and python-docx
    output_megabytes: int = 200  # the finished document


DEFAULT_LIMITS = RenderLimits()


def render_in_child(template: Path, context: dict, picture: Path | None, output: Path,
                    scratch: Path, limits: RenderLimits | None = None,
                    cancelled: Callable[[], bool] = lambda: False, *, options=None,
                    picture_text: str = "") -> None:
    """Fill ``template`` with ``context`` into ``output`` in a child process, within
    ``limits``. Raises RenderRefused naming the template and the limit it hit, or
    RenderCancelled when ``cancelled()`` turned true; ``output`` is then not complete.
    ``options`` (a BriefOptions) and ``picture_text`` (the graph picture's alt text) are
    applied to the filled document in the child too."""
    limits = limits or DEFAULT_LIMITS
    job = scratch / "render.json"
    job.write_text(json.dumps({"template": str(template), "context": context,
                               "picture": str(picture) if picture else None,
                               "output": str(output), "megabytes": limits.megabytes,
                               "output_megabytes": limits.output_megabytes,
                               "options": asdict(options) if options is not None else None,
                               "picture_text": picture_text,
                               # its refusals in the language spoken here
                               "messages": locale.language()}),
                   encoding="utf-8")
    result = scratch / "render-result.json"
    name = Path(template).name
    with open(scratch / "render-log.txt", "wb") as log:
        child = subprocess.Popen([sys.executable, "-m", "facilitator.core.documents.render", str(job),
                                  str(result)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + limits.seconds
        try:
            while True:
                try:
                    child.wait(timeout=0.1)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancelled():
                    raise RenderCancelled(_("Export cancelled; nothing was written."))
                if time.monotonic() > deadline:
                    raise RenderRefused(
                        _("The template '{name}' took longer than {seconds:g} seconds to fill and "
                          "was stopped; nothing was written. Look for a loop that never ends or "
                          "repeats far too often.").format(
                            name=name, seconds=limits.seconds))
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    try:
        outcome = json.loads(result.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        outcome = {"error": "memory" if child.returncode in (-9, 137) else "crashed"}
    error = outcome.get("error")
    if error is None:
        return
    if error == "memory":
        raise RenderRefused(
            _("The template '{name}' needed more than {megabytes} MB of memory to fill and was "
              "stopped; nothing was written. Look for a field that makes a very long text or "
              "list.").format(name=name, megabytes=number(limits.megabytes, group=True)))
    if error == "output":
        raise RenderRefused(
            _("The template '{name}' made a document larger than {megabytes} MB and was "
              "refused; nothing was written.").format(
                name=name, megabytes=number(limits.output_megabytes, group=True)))
    if error == "crashed":
        raise RenderRefused(_("Filling the template '{name}' failed unexpectedly (exit status "
                              "{returncode}); nothing was written.").format(
                                name=name, returncode=child.returncode))
    if outcome.get("checked"):
        raise RenderRefused(error)  # the check's own words, naming the template
    raise RenderRefused(_("The template '{name}' could not be filled: {error}").format(
                            name=name, error=error))


# --- the child ---------------------------------------------------------------------------


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the sandbox's size checks remain
        return
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _message(exc: Exception) -> str:
    line = getattr(exc, "lineno", None)
    text = str(exc) or type(exc).__name__
    return text + (_(" (line {0})").format(line) if line else "")


def _child(job_path: str, result_path: str) -> int:
    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    _limit_memory(job["megabytes"])
    locale.set_language(job.get("messages"))

    def answer(**outcome) -> int:
        Path(result_path).write_text(json.dumps(outcome), encoding="utf-8")
        return 0

    try:
        from docx.shared import Mm
        from docxtpl import DocxTemplate, InlineImage

        from facilitator.core.documents.template_check import TemplateError, check_template

        context = job["context"]
        try:
            check_template(job["template"], context)  # unknown fields, a test parse
        except TemplateError as exc:
            return answer(error=str(exc), checked=True)
        document = DocxTemplate(job["template"])
        if job["picture"]:
            context["graph_picture"] = InlineImage(document, job["picture"], width=Mm(160))
        document.render(context, sandbox(), autoescape=True)
        if job.get("options") is not None:
            from facilitator.core.documents.brief_options import BriefOptions, apply_options

            apply_options(document.docx, context, BriefOptions(**job["options"]),
                          picture_text=job.get("picture_text", ""))
        document.save(job["output"])
    except MemoryError:
        return answer(error="memory")
    except RecursionError:
        return answer(error=_("fields nest too deeply"))
    except Exception as exc:  # noqa: BLE001 - a template error found only when filled
        return answer(error=_message(exc))
    if os.path.getsize(job["output"]) > job["output_megabytes"] * 1024 * 1024:
        return answer(error="output")
    return answer()


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
