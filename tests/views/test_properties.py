"""Random sequences of user operations through the real controller and undo stack: after
every step the workshop is consistent and the file sound; undoing everything gets back to
the start exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop, integrity_check, open_store
from facilitator.views.controller import WorkshopController

TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)
PICK = st.integers(min_value=0, max_value=1000)
OPERATIONS = st.one_of(
    st.tuples(st.just("add"), TEXTS),
    st.tuples(st.just("edit"), PICK, TEXTS),
    st.tuples(st.just("delete"), PICK),
    st.tuples(st.just("theme"), st.lists(PICK, min_size=1, max_size=3), TEXTS),
    st.tuples(st.just("move"), st.lists(PICK, min_size=1, max_size=3), PICK),
    st.tuples(st.just("unsort"), st.lists(PICK, min_size=1, max_size=2)),
    st.tuples(st.just("merge"), PICK, PICK),
    st.tuples(st.just("split"), PICK, PICK, TEXTS),
    st.tuples(st.just("rename"), PICK, TEXTS),
    st.tuples(st.just("vote"), st.sampled_from(["R1", "R2", "Table 1"]), st.sampled_from([1, -1])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


def snapshot(ws: Workshop):
    notes = sorted((n.id, n.text, n.theme_id) for n in ws.notes())
    themes = sorted((t.id, t.label, t.note_ids) for t in ws.synthesis.themes())
    solutions = sorted((s.id, s.votes) for s in ws.synthesis.solutions())
    return notes, themes, solutions


def check_invariants(ws: Workshop, path: Path) -> None:
    notes = ws.notes()
    themes = ws.synthesis.themes()
    theme_ids = {t.id for t in themes}
    placed = [i for t in themes for i in t.note_ids]
    assert len(placed) == len(set(placed))  # a note is in one theme at most
    assert {n.id for n in notes if n.theme_id is not None} == set(placed)
    assert all(n.theme_id in theme_ids for n in notes if n.theme_id is not None)
    assert sorted(ws.synthesis.unsorted_note_ids()) == sorted(
        n.id for n in notes if n.theme_id is None)
    dev = ws.development
    assert all(dev.dots_used(v) <= dev.dots_per_voter() for v in ("R1", "R2", "Table 1"))
    assert integrity_check(path) == "ok"


def run(controller: WorkshopController, operation) -> None:
    ws = controller.workshop
    syn = ws.synthesis
    notes = [n.id for n in ws.notes()]
    themes = [t.id for t in syn.themes()]

    def note(i):
        return notes[i % len(notes)] if notes else 0

    def theme(i):
        return themes[i % len(themes)] if themes else 0

    kind, *args = operation
    if kind == "add":
        controller.add_note(args[0], participant_id=None)
    elif kind == "edit" and notes:
        controller.edit_note(note(args[0]), text=args[1])
    elif kind == "delete" and notes:
        controller.delete_notes([note(args[0])])
    elif kind == "theme" and notes:
        ids = sorted({note(i) for i in args[0]})
        controller.create_theme(ids, args[1] or "Theme")
    elif kind == "move" and notes and themes:
        ids = sorted({note(i) for i in args[0]})
        controller.move_notes_to_theme(ids, theme(args[1]))
    elif kind == "unsort" and notes:
        ids = sorted({note(i) for i in args[0]})
        controller.move_notes_to_theme(ids, None)
    elif kind == "merge" and len(themes) >= 2:
        pair = sorted({theme(args[0]), theme(args[1])})
        if len(pair) == 2:
            controller.merge_themes(pair)
    elif kind == "split" and themes:
        source = syn.theme(theme(args[0]))
        if source.note_ids:
            ids = [source.note_ids[args[1] % len(source.note_ids)]]
            controller.split_theme(source.id, ids, args[2] or "Split")
    elif kind == "rename" and themes:
        controller.rename_theme(theme(args[0]), args[1] or "Renamed")
    elif kind == "vote":
        solution = syn.solutions()[0].id
        controller.vote(solution, args[0], args[1])
    elif kind == "undo":
        controller.undo_stack.undo()
    elif kind == "redo":
        controller.undo_stack.redo()


@settings(max_examples=40, stateful_step_count=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(OPERATIONS, min_size=1, max_size=30))
def test_random_operations_keep_the_workshop_consistent_and_undo_returns_to_the_start(
        qapp, operations):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.workshop"
        create_workshop(path, "Property").close()
        ws = Workshop(open_store(path))
        for label in ("R1", "R2"):
            ws.add_participant(label)
        for text in ("Bus late", "Bus stop far", "Wifi slow", "Teens bored"):
            ws.add_note(text)
        ws.set_step(Step.DEVELOP)
        ws.synthesis.add_solution("Later buses")
        controller = WorkshopController(ws)
        failures = []
        controller.failed.connect(failures.append)  # refused operations are fine
        start = snapshot(ws)
        try:
            for operation in operations:
                run(controller, operation)
                check_invariants(ws, path)
            while controller.undo_stack.canUndo():
                controller.undo_stack.undo()
            assert snapshot(ws) == start
            check_invariants(ws, path)
        finally:
            controller.close()
