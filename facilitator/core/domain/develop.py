"""Step 4, develop solutions: the rules of the steps and dot votes.

The rule of co-design step 2 is to postpone decisions until every voice is heard: voting,
prioritising and creating solutions wait until step 3. The app says why and what to do next;
a facilitator may override on purpose, and the override is written to the change log.
A solution's own operations (follow-up, the impact/effort matrix) are in `solutions`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from facilitator.core.domain.changes import DotsPerVoterChanged, VoteCast
from facilitator.core.domain.records import VoteChange
from facilitator.core.domain.rows import get
from facilitator.core.domain.steps import Step
from facilitator.core.domain.text import clean_field
from facilitator.core.domain.unit_of_work import UnitOfWork, Writer
from facilitator.core.errors import InputError
from facilitator.core.locale import N_, _, ngettext
from facilitator.core.storage.model import Note, Participant, Solution, Vote, WorkshopDetails

FIRST_DECIDING_STEP = Step.SYNTHESISE
ACTION_NAMES = {"solution": N_("Creating solutions"), "vote": N_("Voting"),
                "prioritise": N_("Prioritising")}
MAX_DOTS = 50


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


def check_step(uow: UnitOfWork, action: str, override: bool) -> None:
    """Raise StepRuleError unless the step allows ``action``; log an override in ``uow``."""
    step = Step(uow.session.scalar(select(WorkshopDetails.current_step)))
    if not rule_blocks(action, step):
        return
    if not override:
        raise StepRuleError(action, step)
    uow.log("override step rule", "workshop", None, rule=action, step=int(step))


class Development:
    """Dot votes through one workshop."""

    def __init__(self, workshop: Writer):
        self.workshop = workshop

    # --- dot voting ----------------------------------------------------------------------

    def dots_per_voter(self) -> int:
        with self.workshop.store.sessions() as session:
            return int(session.scalar(select(WorkshopDetails.dots_per_voter)) or 3)

    def set_dots_per_voter(self, dots: int) -> int:
        """Set how many dots each voter has; returns the number before."""
        if not 1 <= int(dots) <= MAX_DOTS:
            raise InputError(_("Each voter has from 1 to {0} dots.").format(MAX_DOTS))
        with self.workshop.unit_of_work() as uow:
            row = uow.session.scalar(select(WorkshopDetails))
            before = row.dots_per_voter
            row.dots_per_voter = int(dots)
            uow.log("set dots", "workshop", row.id, dots=int(dots))
            uow.record(DotsPerVoterChanged(before, int(dots)))
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
        voter = clean_field(voter)
        if not voter:
            raise InputError(_("Choose who is voting: a participant or a table."))
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            check_step(uow, "vote", override)
            get(session, Solution, solution_id, "solution")
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
            uow.log("vote", "solution", solution_id, dots=int(delta))
            change = VoteChange(solution_id, voter, after)
            uow.record(VoteCast(change))
        return change

    def ballots(self, solution_ids: Iterable[int] | None = None) -> list[tuple[int, str, int]]:
        """(solution, voter, dots) rows: for undoing a deletion, never for display."""
        with self.workshop.store.sessions() as session:
            query = select(Vote.solution_id, Vote.voter, Vote.dots).order_by(Vote.id)
            if solution_ids is not None:
                query = query.where(Vote.solution_id.in_(list(solution_ids)))
            return [(int(s), str(v), int(d)) for s, v, d in session.execute(query)]


__all__ = [
    "ACTION_NAMES",
    "MAX_DOTS",
    "Development",
    "StepRuleError",
    "VoteChange",
    "VoteRefused",
    "check_step",
    "rule_blocks",
]
