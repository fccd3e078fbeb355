"""Step 4: the rules of the steps, owners and next steps, dot votes, the matrix."""

from __future__ import annotations

import pytest

from facilitator.core.domain.develop import StepRuleError
from facilitator.core.domain.steps import Step
from facilitator.core.errors import InputError


@pytest.fixture
def ready(workshop):
    """Two insights and two solutions, the workshop in step 4, three voters."""
    for label in ("R1", "R2", "U1"):
        workshop.add_participant(label, group="resident")
    note = workshop.add_note("Buses stop at six").note.id
    insight = workshop.synthesis.add_insight("We heard that buses stop early", note_ids=[note])
    workshop.set_step(Step.DEVELOP)
    first = workshop.synthesis.add_solution("Later buses", insight_ids=[insight.id])
    second = workshop.synthesis.add_solution("Library minibus", insight_ids=[insight.id])
    return workshop, first.id, second.id


def change_actions(workshop) -> list[str]:
    return [entry["action"] for entry in workshop.change_log()]


@pytest.mark.parametrize("step", [Step.INVOLVE, Step.POSTPONE])
def test_solutions_votes_and_priorities_wait_while_decisions_are_postponed(ready, step):
    workshop, first, _ = ready
    workshop.set_step(step)
    with pytest.raises(StepRuleError, match="move on to step 3") as info:
        workshop.synthesis.add_solution("Too early")
    assert f"the workshop is in step {int(step)}" in str(info.value)
    with pytest.raises(StepRuleError, match="Voting waits"):
        workshop.development.vote(first, "R1")
    with pytest.raises(StepRuleError, match="Prioritising waits"):
        workshop.synthesis.place(first, 0.8, 0.2)
    assert [s.title for s in workshop.synthesis.solutions()] == ["Later buses",
                                                                "Library minibus"]
    assert all(s.votes == 0 and s.impact is None for s in workshop.synthesis.solutions())


def test_an_override_is_allowed_and_written_to_the_change_log(ready):
    workshop, first, _ = ready
    workshop.set_step(Step.POSTPONE)
    workshop.synthesis.add_solution("Agreed early on purpose", override=True)
    workshop.development.vote(first, "R1", override=True)
    assert change_actions(workshop).count("override step rule") == 2
    assert workshop.synthesis.solutions()[0].votes == 1


def test_step_three_already_allows_solutions_and_votes(ready):
    workshop, first, _ = ready
    workshop.set_step(Step.SYNTHESISE)
    workshop.development.vote(first, "R1")
    assert workshop.synthesis.solutions()[0].votes == 1


def test_each_voter_has_a_fixed_number_of_dots_shown_only_as_totals(ready):
    workshop, first, second = ready
    dev = workshop.development
    assert dev.dots_per_voter() == 3
    dev.vote(first, "R1")
    dev.vote(first, "R1")
    dev.vote(second, "R1")
    with pytest.raises(InputError, match="R1 has used all 3 dots"):
        dev.vote(second, "R1")
    dev.vote(first, "Table 2")  # a table votes too
    dev.vote(first, "R1", -1)  # take one back, then it can go elsewhere
    dev.vote(second, "R1")
    totals = {s.title: s.votes for s in workshop.synthesis.solutions()}
    assert totals == {"Later buses": 2, "Library minibus": 2}
    assert dev.dots_used("R1") == 3
    with pytest.raises(InputError, match="no dot on that solution"):
        dev.vote(first, "U1", -1)
    assert dev.set_dots_per_voter(5) == 3
    dev.vote(second, "R1")
    with pytest.raises(InputError, match="from 1 to 50"):
        dev.set_dots_per_voter(0)
    assert "R1" not in repr(workshop.synthesis.solutions())  # anonymous: totals only
    assert dev.voters() == ["R1", "R2", "U1"]


def test_owner_next_step_due_date_and_an_honest_status(ready):
    workshop, first, _ = ready
    solutions = workshop.synthesis
    before, after = solutions.update_solution(first, owner="Transport team and residents",
                                        next_step="Ask the bus company", due_date="2027-01-31",
                                        status="agreed")
    assert (before.owner, after.owner, after.status) == ("", "Transport team and residents",
                                                        "agreed")
    assert after.due_date == "2027-01-31"
    with pytest.raises(InputError, match="Say why"):
        solutions.update_solution(first, status="dropped")
    _, dropped = solutions.update_solution(first, status="dropped",
                                     status_note="The bus company said no; we keep asking")
    assert dropped.status == "dropped"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        solutions.update_solution(first, due_date="31/01/2027")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        solutions.update_solution(first, due_date="2027-02-30")
    with pytest.raises(InputError, match="status is one of"):
        solutions.update_solution(first, status="maybe")
    with pytest.raises(InputError, match="Unknown solution field"):
        solutions.update_solution(first, colour="red")


def test_the_matrix_keeps_a_place_from_zero_to_one(ready):
    workshop, first, _ = ready
    solutions = workshop.synthesis
    _, placed = solutions.place(first, 0.9, 0.25)
    assert (placed.impact, placed.effort) == (0.9, 0.25)
    with pytest.raises(InputError, match="from 0 to 1"):
        solutions.place(first, 1.5, 0.2)
    with pytest.raises(InputError, match="from 0 to 1"):
        solutions.place(first, 0.5, None)
    _, off = solutions.place(first, None, None)
    assert off.impact is None


def test_a_deleted_solution_comes_back_with_its_votes_and_fields(ready):
    workshop, first, _ = ready
    dev = workshop.development
    workshop.synthesis.update_solution(first, owner="Transport team")
    dev.vote(first, "R1")
    dev.vote(first, "R2")
    ballots = dev.ballots([first])
    data = workshop.synthesis.delete_solution(first)
    assert dev.dots_used("R1") == 0  # votes go with the solution
    restored = workshop.synthesis.restore_solution(data, ballots)
    assert (restored.id, restored.votes, restored.owner) == (first, 2, "Transport team")
    assert restored.insight_ids == data.insight_ids


def test_the_totals_are_revealed_and_hidden_through_the_details_and_logged(ready):
    workshop, first, _ = ready
    workshop.development.vote(first, "R1")
    assert workshop.details().votes_revealed is False  # hidden while people vote
    before, after = workshop.update_details(votes_revealed=True)
    assert (before.votes_revealed, after.votes_revealed) == (False, True)
    assert workshop.details().votes_revealed is True
    assert change_actions(workshop)[0] == "reveal votes"
    assert workshop.change_log()[0]["detail"] == {"changes": {"votes_revealed": True}}
    workshop.update_details(votes_revealed=False)  # hidden again, for a second round
    assert change_actions(workshop)[0] == "hide votes"
    assert workshop.details().votes_revealed is False
    workshop.update_details(title="Library hours", votes_revealed=True)
    assert change_actions(workshop)[0] == "edit workshop"
    assert workshop.details().votes_revealed is True


@pytest.mark.parametrize("bad", ["yes", 1, None, "", [True]])
def test_votes_revealed_takes_true_or_false_only(ready, bad):
    workshop, _, _ = ready
    with pytest.raises(InputError, match="true or false"):
        workshop.update_details(votes_revealed=bad)
    assert workshop.details().votes_revealed is False


def test_a_refused_dot_is_a_vote_refusal_the_window_can_say_quietly(ready):
    from facilitator.core.domain.develop import VoteRefused

    workshop, first, _ = ready
    for _ in range(3):
        workshop.development.vote(first, "R2")
    with pytest.raises(VoteRefused, match="R2 has used all 3 dots"):
        workshop.development.vote(first, "R2")
    with pytest.raises(VoteRefused, match="no dot on that solution"):
        workshop.development.vote(first, "U1", -1)
