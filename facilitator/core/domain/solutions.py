"""Solutions (step 4): what the room proposes for the insights it heard, all of a solution's
operations in one place - added, followed up (owner, next step, due date, status), put on
the impact/effort matrix, deleted and restored with its links and votes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator.core.domain.changes import SolutionAdded, SolutionChanged, SolutionDeleted
from facilitator.core.domain.develop import check_step
from facilitator.core.domain.links import add_link, ends_exist, links_of, touching
from facilitator.core.domain.records import LinkData, SolutionData
from facilitator.core.domain.rows import get
from facilitator.core.domain.text import clean_field, clean_text
from facilitator.core.domain.unit_of_work import Writer
from facilitator.core.errors import InputError
from facilitator.core.locale import _
from facilitator.core.storage.model import Insight, Link, Solution, Vote

SOLUTION_STATUSES = ("proposed", "agreed", "in progress", "done", "dropped")
SOLUTION_FIELDS = ("title", "description", "status", "status_note", "owner", "next_step",
                   "due_date")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Solutions:
    """The solutions of one workshop, written through its units of work."""

    def __init__(self, workshop: Writer):
        self.workshop = workshop

    def solutions(self) -> list[SolutionData]:
        with self.workshop.store.sessions() as session:
            rows = session.scalars(select(Solution).order_by(Solution.id))
            return [solution_of(session, row) for row in rows]

    def add_solution(self, title: str, *, insight_ids: Sequence[int] = (),
                     description: str = "", override: bool = False) -> SolutionData:
        """A solution addressing ``insight_ids``; waits for step 3 unless ``override``."""
        title = clean_field(title)
        if not title:
            raise InputError(_("A solution needs a title."))
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            check_step(uow, "solution", override)
            for insight_id in insight_ids:
                get(session, Insight, insight_id, "insight")
            row = Solution(title=title[:500], description=clean_text(description).text.strip())
            session.add(row)
            session.flush()
            for insight_id in dict.fromkeys(insight_ids):
                add_link(session, LinkData("addresses", ("solution", row.id),
                                           ("insight", insight_id)))
            uow.log("add solution", "solution", row.id, insights=list(insight_ids))
            session.flush()
            data = solution_of(session, row)
            uow.record(SolutionAdded(data))
        return data

    def update_solution(self, solution_id: int, **changes) -> tuple[SolutionData, SolutionData]:
        """Change a solution's fields: who does what next, by when, and how it stands."""
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
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            row = get(session, Solution, solution_id, "solution")
            before = solution_of(session, row)
            if cleaned.get("status", row.status) == "dropped" and not cleaned.get(
                    "status_note", row.status_note or ""):
                raise InputError(_("Say why the solution is dropped, so the 'you said, we "
                                   "did' to participants is honest."))
            for key, value in cleaned.items():
                setattr(row, key, value[:500] if key in ("title", "owner") else value)
            uow.log("edit solution", "solution", row.id, fields=sorted(cleaned))
            session.flush()
            after = solution_of(session, row)
            uow.record(SolutionChanged(before, after))
        return before, after

    def place(self, solution_id: int, impact: float | None, effort: float | None, *,
              override: bool = False) -> tuple[SolutionData, SolutionData]:
        """Put a solution on the impact/effort matrix (0..1 each; None takes it off)."""
        values = [impact, effort]
        if any(v is not None and not 0.0 <= float(v) <= 1.0 for v in values) \
                or (impact is None) != (effort is None):
            raise InputError(_("A place on the matrix is an impact and an effort from 0 "
                               "to 1."))
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            check_step(uow, "prioritise", override)
            row = get(session, Solution, solution_id, "solution")
            before = solution_of(session, row)
            row.impact = None if impact is None else round(float(impact), 4)
            row.effort = None if effort is None else round(float(effort), 4)
            uow.log("place solution", "solution", row.id, impact=row.impact,
                    effort=row.effort)
            session.flush()
            after = solution_of(session, row)
            uow.record(SolutionChanged(before, after))
        return before, after

    def delete_solution(self, solution_id: int) -> SolutionData:
        """Delete a solution with its links (and votes); returns what restoring needs."""
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            row = get(session, Solution, solution_id, "solution")
            data = solution_of(session, row)
            session.execute(delete(Link).where(touching("solution", [solution_id])))
            session.delete(row)
            uow.log("delete solution", "solution", solution_id)
            uow.record(SolutionDeleted(data))
        return data

    def restore_solution(self, data: SolutionData,
                         ballots: Iterable[tuple[int, str, int]] = ()) -> SolutionData:
        """Put a deleted solution back with the same id, its links, fields and votes."""
        with self.workshop.unit_of_work() as uow:
            session = uow.session
            session.add(Solution(id=data.id, title=data.title, description=data.description,
                                 status=data.status, owner=data.owner,
                                 next_step=data.next_step, due_date=data.due_date,
                                 status_note=data.status_note, impact=data.impact,
                                 effort=data.effort))
            session.flush()
            for link in data.links:
                if ends_exist(session, link):
                    add_link(session, link)
            for solution_id, voter, dots in ballots:
                if solution_id == data.id:
                    session.add(Vote(solution_id=data.id, voter=voter, dots=dots))
            uow.log("restore solution", "solution", data.id)
            session.flush()
            restored = solution_of(session, session.get(Solution, data.id))
            uow.record(SolutionAdded(restored))
        return restored


def solution_of(session: Session, row: Solution) -> SolutionData:
    links = links_of(session, "solution", row.id)
    insights = tuple(link.target[1] for link in links
                     if link.kind == "addresses" and link.target[0] == "insight")
    votes = session.scalar(select(func.coalesce(func.sum(Vote.dots), 0))
                           .where(Vote.solution_id == row.id))
    return SolutionData(row.id, row.title, row.description, row.status, insights, links,
                        row.owner or "", row.next_step or "", row.due_date or "",
                        row.status_note or "", row.impact, row.effort, int(votes or 0))


def _valid_date(text: str) -> bool:
    from datetime import date

    if not _ISO_DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


__all__ = ["SOLUTION_FIELDS", "SOLUTION_STATUSES", "SolutionData", "Solutions", "solution_of"]
