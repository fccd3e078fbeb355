"""A template is a program its author can get wrong: filling one is bounded in time and
memory, can be cancelled at any moment, and a refusal names the template and the limit."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from docx import Document

from facilitator.core.documents.brief import (
    ExportCancelled,
    TemplateError,
    export_brief,
    resolve_template,
)
from facilitator.core.documents.render import RenderLimits
from facilitator.core.documents.sandbox import MAX_VALUE_CHARS

NESTED = ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}"
          "{% endfor %}")


def hostile(tmp_path: Path, field: str, name: str = "hostile.docx") -> Path:
    document = Document(str(resolve_template("participants")))
    document.add_paragraph(field)
    path = tmp_path / name
    document.save(str(path))
    return path


def refused(workshop, template: Path, target: Path, limits: RenderLimits) -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(TemplateError) as info:
        export_brief(workshop, template, target, limits=limits)
    return str(info.value), time.monotonic() - started


def test_a_loop_that_would_run_for_ever_is_stopped_at_the_time_limit(workshop, tmp_path):
    target = tmp_path / "out" / "brief.docx"
    target.parent.mkdir()
    message, took = refused(workshop, hostile(tmp_path, NESTED, "endless.docx"), target,
                            RenderLimits(seconds=2))
    assert message.startswith("The template 'endless.docx' took longer than 2 seconds")
    assert took < 15  # stopped, not run to the end (10 billion turns)
    assert list(target.parent.iterdir()) == []  # nothing written, no temporary file


@pytest.mark.parametrize("field, limit", [
    ("{{ 'x' * 10**10 }}", f"a value longer than {MAX_VALUE_CHARS:,} characters"),
    ("{{ ['x'] * 10**9 }}", f"a value longer than {MAX_VALUE_CHARS:,} characters"),
    ("{{ 10 ** 100000000 }}", "a power above 10,000"),
])
def test_a_value_too_large_to_make_is_refused_with_a_reason(workshop, tmp_path, field, limit):
    message, took = refused(workshop, hostile(tmp_path, field), tmp_path / "b.docx",
                            RenderLimits())
    assert message.startswith("The template 'hostile.docx' could not be filled: ")
    assert limit in message and took < 30
    assert not (tmp_path / "b.docx").exists()


def test_a_filter_that_asks_for_gigabytes_hits_the_memory_limit(workshop, tmp_path):
    message, took = refused(workshop, hostile(tmp_path, "{{ 'x'|center(3000000000) }}"),
                            tmp_path / "b.docx", RenderLimits(megabytes=1024))
    assert message.startswith("The template 'hostile.docx' needed more than 1,024 MB of "
                              "memory")
    assert took < 30 and not (tmp_path / "b.docx").exists()


def test_cancel_stops_a_render_under_way(workshop, tmp_path):
    asked = threading.Event()
    cancel = threading.Event()

    def progress(done: int, total: int) -> bool:
        if done == 3:
            asked.set()  # the template is being filled
        return not cancel.is_set()

    outcome = {}

    def run() -> None:
        try:
            export_brief(workshop, hostile(tmp_path, NESTED), tmp_path / "b.docx",
                         progress=progress, limits=RenderLimits(seconds=600))
        except ExportCancelled as exc:
            outcome["cancelled"] = str(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert asked.wait(30)
    time.sleep(0.5)
    cancel.set()
    started = time.monotonic()
    worker.join(30)
    assert not worker.is_alive() and time.monotonic() - started < 5
    assert outcome["cancelled"].startswith("Export cancelled")
    assert not (tmp_path / "b.docx").exists()


def test_the_shipped_templates_fill_well_within_the_limits(workshop, tmp_path):
    for name in ("commissioner", "participants", "run-sheet"):
        out = export_brief(workshop, resolve_template(name), tmp_path / f"{name}.docx",
                           limits=RenderLimits(seconds=60, megabytes=1024))
        assert Document(str(out)).paragraphs
