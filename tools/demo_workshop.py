"""Build a realistic demo workshop (a library's opening hours, co-designed with residents),
used for the screenshots in docs/ and for trying the app by hand.

    python tools/demo_workshop.py demo.workshop
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.core.steps import Step
from facilitator.core.store import create_workshop
from facilitator.core.workshop import Workshop

PARTICIPANTS = [
    ("R1", "resident", "explorer", True), ("R2", "resident", "ideator", True),
    ("R3", "resident", "explorer", False), ("U1", "service user", "explorer", True),
    ("U2", "service user", "designer", True), ("U3", "service user", "diffuser", False),
    ("S1", "professional", "designer", True), ("S2", "professional", "ideator", True),
    ("C1", "commissioner", "diffuser", True),
]
ACTIVITIES = [
    ("Who's missing?", Step.INVOLVE, "Who uses the library, and who never comes in?", 15),
    ("Journey map", Step.INVOLVE, "Walk us through your last visit, from home to home.", 25),
    ("Silent brainstorm", Step.POSTPONE, "What gets in the way of using the library?", 20),
]
NOTES = [
    ("R1", "Who's missing?", "Teenagers after school – they hang around outside instead"),
    ("U1", "Who's missing?", "People who work shifts never see it open"),
    ("S1", "Who's missing?", "Carers who can't leave the person they care for"),
    ("R3", "Who's missing?", "Parents with prams – the ramp is round the back"),
    ("U2", "Who's missing?", "Newcomers who don't know it is free"),
    ("C1", "Who's missing?", "Anyone without a library card: the form asks for a utility bill"),
    ("R2", "Journey map", "Bus 42 stops running at 7pm, so evening events are out for me"),
    ("U1", "Journey map", "Closed on Saturday afternoons, the only time I am free"),
    ("U3", "Journey map", "I come for the computers – 1 hour is not enough for a job form"),
    ("R1", "Journey map", "The self-service machine rejected my card twice 😕"),
    ("S2", "Journey map", "Staff spend the first hour on returns, not on people"),
    ("U2", "Journey map", "Quiet room is full by 10am during exam season"),
    ("R3", "Journey map", "Toilets are locked unless you ask at the desk"),
    ("U1", "Silent brainstorm", "Open late one evening a week, even if only the ground floor"),
    ("R2", "Silent brainstorm", "Sunday mornings for families – story time and coffee"),
    ("S1", "Silent brainstorm", "Volunteers could staff a reading room outside staff hours"),
    ("U3", "Silent brainstorm", "Book a computer online so you don't queue for nothing"),
    ("R1", "Silent brainstorm", "A homework club with the youth centre, 4–6pm"),
    ("C1", "Silent brainstorm", "Share the building with the advice service on Thursdays"),
    ("U2", "Silent brainstorm", "Signs in Arabic and Polish as well – مكتبة مجانية"),
    ("S2", "Silent brainstorm", "Text people when a reserved book arrives instead of post"),
    ("R3", "Silent brainstorm", "Move the ramp sign to the front door"),
    ("Table 2", "Silent brainstorm", "Library card with just an e-mail, proof of address later"),
    ("Table 2", "Silent brainstorm", "Longer computer sessions for job applications"),
]


def build(path: Path) -> Path:
    store = create_workshop(path, "Library opening hours",
                            question="How might the central library be open when residents "
                            "can actually use it?", commissioner="City Council Libraries "
                            "Service", date="2026-11-21", place="Eastfield Community Hall")
    workshop = Workshop(store, device="Table 1")
    people = {label: workshop.add_participant(label, group=group, role=role,
                                              consent_quote=consent).id
              for label, group, role, consent in PARTICIPANTS}
    activities = {name: workshop.add_activity(name, step=step, prompt=prompt,
                                              planned_minutes=minutes).id
                  for name, step, prompt, minutes in ACTIVITIES}
    for author, activity, text in NOTES:
        step = next(s for n, s, _, _ in ACTIVITIES if n == activity)
        workshop.add_note(text, participant_id=people.get(author),
                          table_label="" if author in people else author,
                          activity_id=activities[activity], step=step)
    workshop.set_step(Step.POSTPONE)
    workshop.close()
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "demo.workshop")))
