"""The bridge between the windows and the workshop: Qt signals and undoable commands.

Every change a user makes goes through `WorkshopController`: it runs the core operation
once, and only when that succeeded pushes a `QUndoCommand` that knows how to undo and redo
it. A failing redo or undo is reported and its command dropped from the stack, so the stack
never claims a state the store does not have.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.core.domain.changes import Change, Reloaded
from facilitator.core.domain.records import InsightData, ThemeChange
from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import (
    ActivityData,
    AddedNote,
    EmptyNote,
    NoteData,
    ParticipantData,
    Workshop,
)
from facilitator.core.errors import FacilitatorError


class OperationCommand(QUndoCommand):
    """An operation already carried out once; redo and undo replay it and its inverse."""

    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
                 report: Callable[[FacilitatorError], None],
                 announce: Callable[[str], None] = lambda _: None):
        super().__init__(text)
        self._redo, self._undo, self._report = redo, undo, report
        self._announce = announce
        self._first = True

    def redo(self) -> None:
        if self._first:  # the operation was done before the command was pushed
            self._first = False
            return
        if self._run(self._redo):
            self._announce(QCoreApplication.translate("OperationCommand", "Redone: {0}").format(
                self.text()))

    def undo(self) -> None:
        if self._run(self._undo):
            self._announce(QCoreApplication.translate("OperationCommand", "Undone: {0}").format(
                self.text()))

    def _run(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except FacilitatorError as exc:
            self.setObsolete(True)
            self._report(exc)
            return False
        return True


class WorkshopController(QObject):
    """Runs user operations on one open workshop, undoably, and announces the results."""

    # What one or more committed operations changed: a tuple of the core's typed change
    # records (facilitator.core.domain.changes), in order; panels apply them to their models.
    changed = Signal(object)
    saved = Signal()
    failed = Signal(str)
    save_failed = Signal(str)  # the store refused to write: the change is not saved
    queued = Signal(int)  # notes waiting for a shared workshop's server
    cleaned = Signal(int)  # characters removed from user text at entry
    # Said in passing, in the status bar: what an undo or redo did ("Undone: Add note …"),
    # a dot refused mid-vote.
    notice = Signal(str)
    # Changes made on another thread (the room's writer) wait here and are delivered on
    # this thread through one queued signal: a burst of notes from phones while the window
    # is busy arrives as one batch.
    _changed_elsewhere = Signal()

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = QUndoStack(self)
        # Asked, with the rule's explanation, whether to go ahead anyway; None: never.
        self.confirm_override: Callable[[str], bool] | None = None
        # Notes kept on this laptop while a shared workshop's server is away.
        self.outbox = None
        self._thread_id = threading.get_ident()
        self._closed = False
        self._waiting: list[Change] = []
        self._waiting_lock = threading.Lock()
        self._changed_elsewhere.connect(self._publish_waiting,
                                        Qt.ConnectionType.QueuedConnection)
        workshop.add_listener(self._on_change)

    def close(self) -> None:
        self._closed = True
        self.workshop.remove_listener(self._on_change)
        self.undo_stack.clear()
        self.workshop.close()

    def _on_change(self, changes: tuple[Change, ...]) -> None:
        # The core calls its listeners on the thread that wrote; widgets live on this one.
        if threading.get_ident() == self._thread_id:
            self._publish(changes)
            return
        with self._waiting_lock:
            self._waiting.extend(changes)
            first = len(self._waiting) == len(changes)
        if first:
            self._changed_elsewhere.emit()

    def _publish_waiting(self) -> None:
        with self._waiting_lock:
            changes, self._waiting = tuple(self._waiting), []
        if changes:
            self._publish(changes)

    def _publish(self, changes: tuple[Change, ...]) -> None:
        if self._closed:  # queued before the workshop closed
            return
        self.changed.emit(changes)
        self.saved.emit()

    def apply_remote(self, kind: str) -> None:
        """Another laptop changed something of this kind: everything showing it reloads."""
        kinds = ("note", "participant", "activity", "workshop", "theme", "insight", "link",
                 "solution") if kind == "reloaded" else (kind,)
        self.changed.emit(tuple(Reloaded(what=each) for each in kinds))

    def _report(self, exc: FacilitatorError) -> None:
        from facilitator.core.domain.develop import VoteRefused
        from facilitator.core.domain.workshop import SaveFailed

        if isinstance(exc, SaveFailed):  # no dialog in the way of typing: the status says it
            self.save_failed.emit(str(exc))
        elif isinstance(exc, VoteRefused):  # the room is mid-vote: no dialog either
            self.notice.emit(str(exc))
        else:
            self.failed.emit(str(exc))

    def refuse(self, message: str) -> None:
        """Tell the user why an action they asked for cannot be done, as any refusal is."""
        self.failed.emit(message)

    def announce(self, message: str) -> None:
        """Say something in passing (the status bar), as an undo or a refused dot is."""
        self.notice.emit(message)

    def _push(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        self.undo_stack.push(OperationCommand(text, redo, undo, self._report,
                                              self.notice.emit))

    def _attempt(self, operation: Callable[[], Any]) -> Any:
        """Run an operation; report a failure to the user and return None."""
        try:
            return operation()
        except EmptyNote:
            return None  # a blank note is refused without fuss
        except FacilitatorError as exc:
            self._report(exc)
            return None

    def _attempt_rule(self, operation: Callable[[bool], Any]) -> Any:
        """Run an operation the rules of the steps may refuse: the user may override."""
        from facilitator.core.domain.develop import StepRuleError

        try:
            return operation(False)
        except StepRuleError as exc:
            if self.confirm_override is None or not self.confirm_override(str(exc)):
                return None
        except FacilitatorError as exc:
            self._report(exc)
            return None
        return self._attempt(lambda: operation(True))

    def _edit(self, describe: Callable[[Any], str], update: Callable[..., tuple[Any, Any]],
              changes: dict) -> Any:
        """Run an update that returns (before, after); undo puts the changed fields back."""
        result = self._attempt(lambda: update(**changes))
        if result is None:
            return None
        before, after = result
        if before != after:
            old = {k: getattr(before, k) for k in changes}
            new = {k: getattr(after, k) for k in changes}
            self._push(describe(before), lambda: update(**new), lambda: update(**old))
        return after

    # --- notes ---------------------------------------------------------------------------

    def add_note(self, text: str, **fields) -> NoteData | None:
        added: AddedNote | None = self._attempt(lambda: self.workshop.add_note(text, **fields))
        if added is None:
            return None
        note = added.note
        self._push(self.tr("Add note “{0}”").format(_short(note.text)),
                   lambda: self.workshop.restore_note(note),
                   lambda: self.workshop.delete_note(note.id))
        if added.cleaned:
            self.cleaned.emit(added.cleaned)
        return note

    def queue_note(self, text: str, **fields) -> bool:
        """Keep a note that could not be saved for the server's return (shared workshops
        only); True when it was kept."""
        if self.outbox is None or not text.strip():
            return False
        self.outbox.put(text, **fields)
        self.queued.emit(len(self.outbox))
        return True

    def edit_note(self, note_id: int, **changes) -> NoteData | None:
        return self._edit(lambda before: self.tr("Edit note “{0}”").format(_short(before.text)),
                          partial(self.workshop.update_note, note_id), changes)

    def delete_notes(self, note_ids: list[int]) -> None:
        deleted: list[NoteData] = []
        for note_id in note_ids:
            note = self._attempt(lambda nid=note_id: self.workshop.delete_note(nid))
            if note is not None:
                deleted.append(note)
        if not deleted:
            return
        text = (self.tr("Delete note “{0}”").format(_short(deleted[0].text)) if len(deleted) == 1
                else self.tr("Delete %n note(s)", "", len(deleted)))
        self._push(text,
                   lambda: [self.workshop.delete_note(n.id) for n in deleted],
                   lambda: [self.workshop.restore_note(n) for n in reversed(deleted)])

    # --- participants --------------------------------------------------------------------

    def add_participant(self, label: str, **fields) -> ParticipantData | None:
        person = self._attempt(lambda: self.workshop.add_participant(label, **fields))
        if person is not None:
            self._push(self.tr("Add participant {0}").format(person.label),
                       lambda: self.workshop.restore_participant(person),
                       lambda: self.workshop.delete_participant(person.id))
        return person

    def import_participants(self, path) -> list[ParticipantData] | None:
        """A sign-up sheet, all rows or none, undone as one step."""
        from facilitator.core.domain.signup import read_people_csv

        people = self._attempt(lambda: self.workshop.import_participants(
            read_people_csv(path)))
        if people:
            ids = [p.id for p in people]
            self._push(self.tr("Import %n participant(s)", "", len(people)),
                       lambda: self.workshop.restore_participants(people),
                       lambda: self.workshop.delete_participants(ids))
        return people

    def edit_participant(self, participant_id: int, **changes) -> ParticipantData | None:
        return self._edit(lambda before: self.tr("Edit participant {0}").format(before.label),
                          partial(self.workshop.update_participant, participant_id), changes)

    def delete_participant(self, participant_id: int) -> None:
        person = self._attempt(lambda: self.workshop.delete_participant(participant_id))
        if person is not None:
            self._push(self.tr("Remove participant {0}").format(person.label),
                       lambda: self.workshop.delete_participant(person.id),
                       lambda: self.workshop.restore_participant(person))

    # --- activities ----------------------------------------------------------------------

    def add_activity(self, name: str, **fields) -> ActivityData | None:
        activity = self._attempt(lambda: self.workshop.add_activity(name, **fields))
        if activity is not None:
            self._push(self.tr("Add activity {0}").format(activity.name),
                       lambda: self.workshop.restore_activity(activity),
                       lambda: self.workshop.delete_activity(activity.id))
        return activity

    def edit_activity(self, activity_id: int, **changes) -> ActivityData | None:
        return self._edit(lambda before: self.tr("Edit activity {0}").format(before.name),
                          partial(self.workshop.update_activity, activity_id), changes)

    def move_activity(self, activity_id: int, offset: int) -> None:
        """Move an activity up or down the agenda; undo moves it back."""
        ws = self.workshop
        moved = self._attempt(lambda: ws.move_activity(activity_id, offset))
        if moved is not None:
            name = ws.activities()
            title = next((a.name for a in name if a.id == activity_id), self.tr("activity"))
            self._push((self.tr("Move {0} up") if offset < 0 else self.tr("Move {0} down")).format(
                title),
                       lambda: ws.move_activity(activity_id, offset),
                       lambda: ws.move_activity(activity_id, -offset))

    def delete_activity(self, activity_id: int) -> None:
        activity = self._attempt(lambda: self.workshop.delete_activity(activity_id))
        if activity is not None:
            self._push(f"Remove activity {activity.name}",
                       lambda: self.workshop.delete_activity(activity.id),
                       lambda: self.workshop.restore_activity(activity))

    # --- the workshop --------------------------------------------------------------------

    def edit_details(self, **changes) -> bool:
        return self._edit(lambda _: self.tr("Edit workshop details"), self.workshop.update_details,
                          changes) is not None

    def reveal_votes(self, revealed: bool) -> bool:
        """Show the dot-vote totals to the room, or hide them again; undoable, logged."""
        text = self.tr("Reveal the vote totals") if revealed else self.tr("Hide the vote totals")
        return self._edit(lambda _: text, self.workshop.update_details,
                          {"votes_revealed": revealed}) is not None

    def set_step(self, step: Step) -> None:
        before = self._attempt(lambda: self.workshop.set_step(step))
        if before is None or before == step:
            return
        self._push(self.tr("Move to step {0}: {1}").format(int(step), step.title),
                   lambda: self.workshop.set_step(step),
                   lambda: self.workshop.set_step(before))


    # --- themes and insights -------------------------------------------------------------

    # Each theme operation below is one user action, whichever panel starts it: its undo
    # label is given here once, it runs once, and undo and redo put back exactly the themes,
    # placements and links it touched (`Synthesis.revert` / `reapply` of its ThemeChange).

    def _change_themes(self, text: str, operation: Callable[[Any], ThemeChange]
                       ) -> ThemeChange | None:
        synthesis = self.workshop.synthesis
        change = self._attempt(lambda: operation(synthesis))
        if change is not None:
            self._push(text, lambda: synthesis.reapply(change), lambda: synthesis.revert(change))
        return change

    def create_theme(self, note_ids: list[int], label: str | None = None
                     ) -> ThemeChange | None:
        """A theme of the given notes; without a label, the workshop's word for a new one."""
        if label is None:
            from facilitator.core.locale import _, use

            with use(self.workshop.details().language):  # a theme's name goes into briefs
                label = _("New theme")
        return self._change_themes(self.tr("New theme “{0}”").format(label),
                                   lambda s: s.create_theme(label, note_ids))

    def rename_theme(self, theme_id: int, label: str) -> ThemeChange | None:
        return self._change_themes(self.tr("Rename theme to “{0}”").format(label),
                                   lambda s: s.rename_theme(theme_id, label))

    def move_notes_to_theme(self, note_ids: list[int], theme_id: int | None
                            ) -> ThemeChange | None:
        """Notes into a theme, or back to Unsorted (theme None)."""
        where = (self._theme_label(theme_id) if theme_id is not None
                 else QCoreApplication.translate("ThemeTreeModel", "Unsorted"))
        if where is None:
            return None
        text = self.tr("Move %n note(s) to “{0}”", "", len(note_ids)).format(where)
        return self._change_themes(text, lambda s: s.move_notes(note_ids, theme_id))

    def merge_themes(self, theme_ids: list[int]) -> ThemeChange | None:
        return self._change_themes(self.tr("Merge %n theme(s)", "", len(theme_ids)),
                                   lambda s: s.merge_themes(theme_ids))

    def split_theme(self, theme_id: int, note_ids: list[int], label: str
                    ) -> ThemeChange | None:
        """Some of a theme's notes into a new theme of their own."""
        return self._change_themes(self.tr("Split off “{0}”").format(label),
                                   lambda s: s.split_theme(theme_id, note_ids, label))

    def set_theme_pinned(self, theme_id: int, pinned: bool) -> ThemeChange | None:
        """A pinned theme is kept when themes are suggested again."""
        label = self._theme_label(theme_id)
        if label is None:
            return None
        text = self.tr("Pin “{0}”") if pinned else self.tr("Unpin “{0}”")
        return self._change_themes(text.format(label),
                                   lambda s: s.set_pinned(theme_id, pinned))

    def dissolve_theme(self, theme_id: int) -> ThemeChange | None:
        """The theme goes; its notes go back to Unsorted."""
        label = self._theme_label(theme_id)
        if label is None:
            return None
        return self._change_themes(self.tr("Dissolve “{0}”").format(label),
                                   lambda s: s.delete_theme(theme_id))

    def stack_duplicates(self, pairs: list[tuple[int, int]]) -> None:
        """Notes that nearly repeat another go into that note's theme (or it into theirs)."""
        synthesis = self.workshop.synthesis
        moves = self._attempt(lambda: synthesis.stack_moves(pairs))
        for theme_id, notes in (moves or {}).items():
            label = self._theme_label(theme_id)
            if label is None:
                continue
            self._change_themes(
                self.tr("Stack %n note(s) in “{0}”", "", len(notes)).format(label),
                lambda s, notes=notes, theme_id=theme_id: s.move_notes(notes, theme_id))

    def apply_suggestion(self, suggestion) -> ThemeChange | None:
        """A previewed suggestion of themes, undone as one step."""
        return self._change_themes(
            self.tr("Apply %n suggested theme(s)", "", len(suggestion.themes)),
            lambda s: s.apply_suggestion(suggestion))

    def _theme_label(self, theme_id: int) -> str | None:
        """A theme's label for an undo text; None (and the user told) if it has gone."""
        theme = self._attempt(lambda: self.workshop.synthesis.theme(theme_id))
        return None if theme is None else theme.label

    def add_insight(self, statement: str, **evidence) -> InsightData | None:
        synthesis = self.workshop.synthesis
        insight = self._attempt(lambda: synthesis.add_insight(statement, **evidence))
        if insight is not None:
            self._push(self.tr("Add insight “{0}”").format(_short(insight.statement)),
                       lambda: synthesis.restore_insight(insight),
                       lambda: synthesis.delete_insight(insight.id))
        return insight

    def edit_insight(self, insight_id: int, statement: str) -> InsightData | None:
        synthesis = self.workshop.synthesis
        return self._edit(lambda before: self.tr("Edit insight “{0}”").format(
                              _short(before.statement)),
                          partial(synthesis.update_insight, insight_id),
                          {"statement": statement})

    def delete_insight(self, insight_id: int) -> None:
        synthesis = self.workshop.synthesis
        insight = self._attempt(lambda: synthesis.delete_insight(insight_id))
        if insight is not None:
            self._push(self.tr("Delete insight “{0}”").format(_short(insight.statement)),
                       lambda: synthesis.delete_insight(insight.id),
                       lambda: synthesis.restore_insight(insight))


    # --- the board ----------------------------------------------------------------------

    def place_notes(self, places: dict, *, undoable: bool = True, text: str = ""):
        """Notes to board positions; undo puts them back where they were."""
        ws = self.workshop
        before = self._attempt(lambda: ws.place_notes(places))
        if before is not None and undoable and before != places:
            count = len(places)
            self._push(text or self.tr("Move %n note(s) on the board", "", count),
                       lambda: ws.place_notes(places), lambda: ws.place_notes(before))
        return before

    # --- solutions (step 4) --------------------------------------------------------------

    def add_solution(self, title: str, insight_ids=(), description: str = ""):
        synthesis = self.workshop.synthesis
        solution = self._attempt_rule(lambda override: synthesis.add_solution(
            title, insight_ids=list(insight_ids), description=description, override=override))
        if solution is not None:
            self._push(self.tr("Add solution “{0}”").format(_short(solution.title)),
                       lambda: synthesis.restore_solution(solution),
                       lambda: synthesis.delete_solution(solution.id))
        return solution

    def edit_solution(self, solution_id: int, **changes):
        synthesis = self.workshop.synthesis
        return self._edit(lambda before: self.tr("Edit solution “{0}”").format(
                              _short(before.title)),
                          partial(synthesis.update_solution, solution_id), changes)

    def delete_solution(self, solution_id: int) -> None:
        synthesis, development = self.workshop.synthesis, self.workshop.development
        ballots = development.ballots([solution_id])
        solution = self._attempt(lambda: synthesis.delete_solution(solution_id))
        if solution is not None:
            self._push(self.tr("Delete solution “{0}”").format(_short(solution.title)),
                       lambda: synthesis.delete_solution(solution.id),
                       lambda: synthesis.restore_solution(solution, ballots))

    def vote(self, solution_id: int, voter: str, delta: int = 1):
        development = self.workshop.development
        change = self._attempt_rule(
            lambda override: development.vote(solution_id, voter, delta, override=override))
        if change is not None:
            text = (self.tr("Give %n dot(s) ({0})", "", abs(delta)) if delta > 0
                    else self.tr("Take back %n dot(s) ({0})", "", abs(delta)))
            self._push(text.format(voter),
                       lambda: development.vote(solution_id, voter, delta, override=True),
                       lambda: development.vote(solution_id, voter, -delta, override=True))
        return change

    def place_solution(self, solution_id: int, impact: float | None, effort: float | None):
        synthesis = self.workshop.synthesis
        result = self._attempt_rule(lambda override: synthesis.place(
            solution_id, impact, effort, override=override))
        if result is None:
            return None
        before, after = result
        if (before.impact, before.effort) != (after.impact, after.effort):
            self._push(self.tr("Place “{0}” on the matrix").format(_short(after.title)),
                       lambda: synthesis.place(solution_id, impact, effort, override=True),
                       lambda: synthesis.place(solution_id, before.impact, before.effort,
                                               override=True))
        return after

    def set_dots_per_voter(self, dots: int) -> None:
        development = self.workshop.development
        before = self._attempt(lambda: development.set_dots_per_voter(dots))
        if before is not None and before != dots:
            self._push(self.tr("Give each voter %n dot(s)", "", dots),
                       lambda: development.set_dots_per_voter(dots),
                       lambda: development.set_dots_per_voter(before))


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
