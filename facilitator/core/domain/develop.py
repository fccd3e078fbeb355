"""Step 4, develop solutions: the rules of the steps, who does what next, dot votes and the
impact/effort matrix.

The rule of co-design step 2 is to postpone decisions until every voice is heard: voting,
prioritising and creating solutions wait until step 3. The app says why and what to do next;
a facilitator may override on purpose, and the override is written to the change log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.core.errors import InputError
from facilitator.core.storage.model import (
    Insight,
    Note,
    Participant,
    Solution,
    Theme,
    Vote,
    WorkshopDetails,
)
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_field, clean_text
from facilitator.core.locale import N_, _, ngettext

if TYPE_CHECKING:
    from facilitator.core.domain.themes import SolutionData
    from facilitator.core.domain.workshop import Workshop

FIRST_DECIDING_STEP = Step.SYNTHESISE
ACTION_NAMES = {"solution": N_("Creating solutions"), "vote": N_("Voting"),
                "prioritise": N_("Prioritising")}
SOLUTION_FIELDS = ("title", "description", "status", "status_note", "owner", "next_step",
                   "due_date")
MAX_DOTS = 50
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class StepRuleError(InputError):
    """An action that waits for a later co-design step; the message says what to do."""

    def __init__(self, action: str, step: Step):
        self.action, self.step = action, step
        super().__init__(_(
            "{action} waits until everyone has been heard: the workshop is in step {number}, "
            "{step}, where decisions are postponed. When the feedback is gathered, move on to "
            "step 3, {synthesise} (Workshop > Next step, Ctrl+]) - or override if you have a "
            "reason.").format(action=_(ACTION_NAMES[action]), number=int(step),
                              step=step.info.title, synthesise=Step.SYNTHESISE.info.title))


class VoteRefused(InputError):
    """A dot that cannot be given or taken back (all used up, none there): said quietly,
    in passing, since the room is mid-vote."""


def rule_blocks(action: str, step: Step) -> bool:
    return action in ACTION_NAMES and step < FIRST_DECIDING_STEP


def check_step(workshop: Workshop, session: Session, action: str, override: bool) -> None:
    """Raise StepRuleError unless the step allows ``action``; log an override."""
    step = Step(session.scalar(select(WorkshopDetails.current_step)))
    if not rule_blocks(action, step):
        return
    if not override:
        raise StepRuleError(action, step)
    workshop._log(session, "override step rule", "workshop", None, rule=action,
                  step=int(step))


@dataclass(frozen=True)
class VoteChange:
    solution_id: int
    voter: str
    dots: int  # the voter's dots on the solution after the change


class Development:
    """Solutions' follow-up fields, votes and matrix places, through one workshop."""

    def __init__(self, workshop: Workshop):
        self.workshop = workshop

    # --- who does what next --------------------------------------------------------------

    def update_solution(self, solution_id: int, **changes) -> tuple[SolutionData, SolutionData]:
        from facilitator.core.domain.themes import SOLUTION_STATUSES, _get, _solution

        unknown = set(changes) - set(SOLUTION_FIELDS)
        if unknown:
            raise InputError(_("Unknown solution field(s): {0}").format(
                ", ".join(sorted(unknown))))
        cleaned = {k: (clean_text(v).text.strip() if k in ("description", "status_note",
                                                            "next_step") else clean_field(v))
                   for k, v in changes.items()}
        if "title" in cleaned and not cleaned["title"]:
            raise InputError(_("A solution needs a title."))
        if "status" in cleaned and cleaned["status"] not in SOLUTION_STATUSES:
            from facilitator.core.locale.terms import status_name

            raise InputError(_("A solution's status is one of: {0}.").format(
                ", ".join(status_name(s) for s in SOLUTION_STATUSES)))
        if cleaned.get("due_date") and not _valid_date(cleaned["due_date"]):
            raise InputError(_("A due date is written YYYY-MM-DD, e.g. 2027-01-31."))
        ws = self.workshop
        with ws._transaction() as session:
            row = _get(session, Solution, solution_id, "solution")
            before = _solution(session, row)
            if cleaned.get("status", row.status) == "dropped" and not cleaned.get(
                    "status_note", row.status_note or ""):
                raise InputError(_("Say why the solution is dropped, so the 'you said, we "
                                   "did' to participants is honest."))
            for key, value in cleaned.items():
                setattr(row, key, value[:500] if key in ("title", "owner") else value)
            ws._log(session, "edit solution", "solution", row.id, fields=sorted(cleaned))
            session.flush()
            after = _solution(session, row)
        self._notify("changed", solution_id)
        return before, after

    # --- prioritising: the impact/effort matrix ------------------------------------------

    def place(self, solution_id: int, impact: float | None, effort: float | None, *,
              override: bool = False) -> tuple[SolutionData, SolutionData]:
        """Put a solution on the matrix (0..1 each; None takes it off)."""
        from facilitator.core.domain.themes import _get, _solution

        values = [impact, effort]
        if any(v is not None and not 0.0 <= float(v) <= 1.0 for v in values) \
                or (impact is None) != (effort is None):
            raise InputError(_("A place on the matrix is an impact and an effort from 0 "
                               "to 1."))
        ws = self.workshop
        with ws._transaction() as session:
            check_step(ws, session, "prioritise", override)
            row = _get(session, Solution, solution_id, "solution")
            before = _solution(session, row)
            row.impact = None if impact is None else round(float(impact), 4)
            row.effort = None if effort is None else round(float(effort), 4)
            ws._log(session, "place solution", "solution", row.id, impact=row.impact,
                    effort=row.effort)
            session.flush()
            after = _solution(session, row)
        self._notify("changed", solution_id)
        return before, after

    # --- dot voting ----------------------------------------------------------------------

    def dots_per_voter(self) -> int:
        with self.workshop.store.sessions() as session:
            return int(session.scalar(select(WorkshopDetails.dots_per_voter)) or 3)

    def set_dots_per_voter(self, dots: int) -> int:
        """Set how many dots each voter has; returns the number before."""
        if not 1 <= int(dots) <= MAX_DOTS:
            raise InputError(_("Each voter has from 1 to {0} dots.").format(MAX_DOTS))
        ws = self.workshop
        with ws._transaction() as session:
            row = session.scalar(select(WorkshopDetails))
            before = row.dots_per_voter
            row.dots_per_voter = int(dots)
            ws._log(session, "set dots", "workshop", row.id, dots=int(dots))
        self._notify("changed")
        return before

    def voters(self) -> list[str]:
        """Who can vote: every participant label, then every table that wrote a note."""
        with self.workshop.store.sessions() as session:
            labels = list(session.scalars(select(Participant.label).order_by(Participant.id)))
            tables = sorted(set(session.scalars(
                select(Note.table_label).where(Note.table_label != ""))))
        return labels + [t for t in tables if t not in labels]

    def dots_used(self, voter: str) -> int:
        with self.workshop.store.sessions() as session:
            return int(session.scalar(select(func.coalesce(func.sum(Vote.dots), 0))
                                      .where(Vote.voter == voter)) or 0)

    def vote(self, solution_id: int, voter: str, delta: int = 1, *,
             override: bool = False) -> VoteChange:
        """Give (delta > 0) or take back (delta < 0) a voter's dots on a solution."""
        from facilitator.core.domain.themes import _get

        voter = clean_field(voter)
        if not voter:
            raise InputError(_("Choose who is voting: a participant or a table."))
        ws = self.workshop
        with ws._transaction() as session:
            check_step(ws, session, "vote", override)
            _get(session, Solution, solution_id, "solution")
            limit = int(session.scalar(select(WorkshopDetails.dots_per_voter)) or 3)
            used = int(session.scalar(select(func.coalesce(func.sum(Vote.dots), 0))
                                      .where(Vote.voter == voter)) or 0)
            row = session.scalar(select(Vote).where(Vote.solution_id == solution_id,
                                                    Vote.voter == voter))
            current = row.dots if row else 0
            after = current + int(delta)
            if after < 0:
                raise VoteRefused(_("{0} has no dot on that solution to take back.").format(
                    voter))
            if delta > 0 and used + delta > limit:
                raise VoteRefused(ngettext(
                    "{voter} has used their {n} dot. Take it back first, or give everyone "
                    "more dots.", "{voter} has used all {n} dots. Take one back first, or give "
                    "everyone more dots.", limit).format(voter=voter, n=limit))
            if row is None and after > 0:
                session.add(Vote(solution_id=solution_id, voter=voter, dots=after))
            elif row is not None and after == 0:
                session.delete(row)
            elif row is not None:
                row.dots = after
            ws._log(session, "vote", "solution", solution_id, dots=int(delta))
        self._notify("changed", solution_id)
        return VoteChange(solution_id, voter, after)

    def ballots(self, solution_ids: Iterable[int] | None = None) -> list[tuple[int, str, int]]:
        """(solution, voter, dots) rows: for undoing a deletion, never for display."""
        with self.workshop.store.sessions() as session:
            query = select(Vote.solution_id, Vote.voter, Vote.dots).order_by(Vote.id)
            if solution_ids is not None:
                query = query.where(Vote.solution_id.in_(list(solution_ids)))
            return [(int(s), str(v), int(d)) for s, v, d in session.execute(query)]

    def restore_solution(self, data: SolutionData,
                         ballots: Iterable[tuple[int, str, int]] = ()) -> SolutionData:
        """Put a deleted solution back with the same id, its links, fields and votes."""
        from facilitator.core.domain.themes import _add_link, _solution

        ws = self.workshop
        with ws._transaction() as session:
            session.add(Solution(id=data.id, title=data.title, description=data.description,
                                 status=data.status, owner=data.owner,
                                 next_step=data.next_step, due_date=data.due_date,
                                 status_note=data.status_note, impact=data.impact,
                                 effort=data.effort))
            session.flush()
            for link in data.links:
                ends = (link.source, link.target)
                if all(_exists(session, kind, key) for kind, key in ends):
                    _add_link(session, link)
            for solution_id, voter, dots in ballots:
                if solution_id == data.id:
                    session.add(Vote(solution_id=data.id, voter=voter, dots=dots))
            ws._log(session, "restore solution", "solution", data.id)
            session.flush()
            restored = _solution(session, session.get(Solution, data.id))
        self._notify("added", data.id)
        return restored

    def _notify(self, action: str, *ids: int) -> None:
        from facilitator.core.domain.workshop import Change

        self.workshop._notify(Change("solution", action, tuple(ids)))


def _valid_date(text: str) -> bool:
    from datetime import date

    if not _ISO_DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


_MODELS = {"note": Note, "theme": Theme, "insight": Insight, "solution": Solution}


def _exists(session: Session, kind: str, key: int) -> bool:
    model = _MODELS.get(kind)
    return model is not None and session.get(model, key) is not None
