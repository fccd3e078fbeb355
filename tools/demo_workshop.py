"""Build a realistic demo workshop (a library's opening hours, co-designed with residents),
used for the screenshots in docs/ and for trying the app by hand.

    python tools/demo_workshop.py demo.workshop              # step 2: 24 notes captured
    python tools/demo_workshop.py --synthesis demo.workshop  # step 3: ~150 notes, themes,
                                                             # insights, solutions
    python tools/demo_workshop.py --language fr ...          # the French demo: a town's
                                                             # médiathèque (demo_workshop_fr.py)
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import Workshop
from facilitator.core.storage.store import create_workshop

LANGUAGE = "en"
DETAILS = {"title": "Library opening hours",
               "question": "How might the central library be open when residents can actually "
               "use it?", "commissioner": "City Council Libraries Service", "date": "2026-11-21",
               "place": "Eastfield Community Hall",
               "contact": "Priya Shah, Libraries engagement team – libraries@eastfield.example, "
               "0300 123 4567",
               "next_steps": "The council's libraries board meets on 14 January to decide which "
               "changes to try first; we will write to you by the end of January with what was "
               "agreed."}
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


# Notes added for the synthesis demo: (authors cycle, activity, texts)
MORE_ACTIVITIES = [
    ("Dot voting on pains", Step.POSTPONE, "Which of these problems matters most to you?", 15),
    ("Table discussions", Step.SYNTHESISE, "What did your table hear again and again?", 30),
]
# The activities the synthesis demo's notes go to, in turn.
SYNTHESIS_ACTIVITIES = ("Silent brainstorm", "Dot voting on pains", "Table discussions")
MORE_NOTES = {
    ("U1", "R2", "U3", "R1", "Table 1"): [  # evenings
        "Open until 8pm at least two evenings a week",
        "I finish work at 6 and the library shuts at 5.30",
        "Evening opening would let me bring the kids after dinner",
        "Late opening on Thursdays like the shops",
        "Evenings are the only time shift workers can come",
        "Even a late evening with just the ground floor open",
        "Students need the study space in the evening before exams",
        "Closing at 5 means working people never use it",
        "An evening slot for the computers when the day rush is over",
        "If it opened in the evening I would join a reading group",
        "Open later in winter when it's dark by 4",
        "Two late evenings beat one Sunday for me",
        "A late night once a month to start with",
    ],
    ("R2", "U2", "R3", "Table 2"): [  # weekends
        "Saturday afternoon is when families are free",
        "Sunday opening, even only 10 till 1",
        "Closed all weekend – the worst time to be closed",
        "Weekend story time for toddlers",
        "Dads who work all week can only come at the weekend",
        "Saturday morning is packed, Saturday afternoon it's shut",
        "Sunday morning coffee and papers in the library",
        "Weekend opening matters more than a late evening for us",
    ],
    ("U3", "U1", "S2", "R1", "Table 1"): [  # computers
        "One hour on the computer is not enough to finish a job application",
        "Computers are always booked by 11am",
        "Book a computer online before you travel in",
        "The computers are slow and crash halfway through forms",
        "No help with the computers when you're stuck on a benefits form",
        "Printing from the computers costs too much",
        "Wifi drops upstairs so you must use the computers",
        "Longer computer sessions for job seekers",
        "Lend laptops to take home like books",
        "A computer helper on Tuesday mornings would change everything",
        "Scanning documents for universal credit needs the computers",
        "Headphones for the computers so you can do video calls",
    ],
    ("R1", "U2", "S1", "Table 3"): [  # teenagers
        "Teenagers need somewhere warm and safe after school",
        "Homework club after school with the youth centre",
        "Teenagers get told off for being noisy, so they stop coming",
        "A room just for teenagers, 3.30 to 6",
        "Teenagers come for the wifi and the warmth",
        "After school the library is the only free indoor space",
        "Gaming club would bring teenagers in",
        "Teenagers want to help run things, not be watched",
        "Homework help for teenagers whose parents work late",
        "Let teenagers choose some of the books and games",
    ],
    ("R3", "U1", "U3", "S1"): [  # access
        "The ramp is round the back and the sign is tiny",
        "The lift to the first floor is often broken",
        "Toilets are locked, you have to ask at the desk",
        "Step-free entrance at the front please",
        "Prams can't get through the front door",
        "No accessible toilet on the ground floor",
        "Wheelchair users can't reach the top shelves",
        "The broken lift means I never see the first floor",
        "Ask before fixing the ramp – we know what works",
        "Seats near the entrance for people who can't stand long",
        "A hearing loop at the desk",
    ],
    ("U2", "C1", "R2", "Table 2"): [  # languages and signs
        "Signs only in English – add Arabic and Polish",
        "Newcomers don't know the library is free",
        "A welcome leaflet in the main languages of Eastfield",
        "Staff who speak Urdu on some days",
        "Say clearly that joining is free, on the door",
        "Books in Polish and Arabic for children",
        "Signs in plain English with pictures",
        "Translate the opening hours sign",
    ],
    ("C1", "U2", "R1", "Table 3"): [  # joining and card
        "Proof of address stops homeless people joining",
        "Join with just an e-mail and show proof later",
        "The library card form asks for a utility bill I don't have",
        "Lost my library card and had to pay for a new one",
        "Join online before the first visit",
        "A library card on the phone instead of plastic",
        "Card renewals should be automatic",
    ],
    ("R2", "R3", "U1"): [  # bus and getting there
        "Bus 42 stops at 7pm so evenings are no use without it",
        "The bus stop is a long walk from the library",
        "Evening buses are too rare to rely on",
        "Bike racks by the front door",
        "Parking is full by 9am",
        "A community minibus on Saturdays",
        "The bus timetable doesn't match the opening hours",
    ],
    ("S1", "S2"): [  # staff rota (professionals only)
        "Staff rota can't stretch to evenings without more hours",
        "We spend the first hour on returns instead of people",
        "Staff sickness means we close branches at short notice",
        "Lone working in the evening is a safety worry for staff",
        "Staff rota is set a year ahead, hard to change",
        "Training staff for evening events takes time we don't have",
    ],
    ("S2", "C1", "R1", "Table 1"): [  # volunteers and partners
        "Volunteers could open the reading room outside staff hours",
        "Share the building with the advice service on Thursdays",
        "The youth centre could run the homework club here",
        "Volunteers for story time at the weekend",
        "Partner with the college so students staff the evening",
        "The café next door could open a library corner",
        "Volunteers need training and a named contact",
    ],
    ("U2", "U3", "R3", "Table 2"): [  # quiet study
        "Quiet room is full by 10am in exam season",
        "Nowhere quiet to study at home",
        "Separate the quiet room from the children's area",
        "Book a study desk for the afternoon",
        "Quiet study space open in the evening before exams",
        "Too noisy near the computers to concentrate",
        "More plugs in the quiet room for laptops",
    ],
    ("R2", "U2", "U1"): [  # reservations and notices
        "Text me when a reserved book arrives, not a letter",
        "Reservations take weeks to arrive",
        "Reserve books online and pick up after work",
        "A return box outside for when the library is closed",
        "E-mail reminders before books are due",
        "Reserved books only kept for 3 days, not enough",
    ],
    ("R1", "C1", "S1", "Table 3"): [  # events and community
        "Evening events bring new people in",
        "A space for community groups to meet for free",
        "Talks and workshops on Saturday afternoons",
        "The library as a warm space in winter",
        "Let residents' groups book the meeting room",
        "Advertise events at the school gates",
    ],
    ("U3", "R2", "C1"): [  # fines and costs
        "Fines put people off coming back",
        "Scrap fines for children's books",
        "I owe £4 in fines so I stopped coming",
        "Printing costs 20p a page – too much for job seekers",
        "Fines for late books should be forgiven once",
        "Charge for room hire but not for community groups",
        "No fines, just reminders",
    ],
    ("R2", "U2", "R3", "Table 1"): [  # families and children
        "Baby rhyme time at 10am is too early for some parents",
        "Story time for children on Saturday mornings",
        "Nowhere to park a pram inside",
        "Children's area with toys for under-fives",
        "A family day once a month with crafts",
        "Changing table in the toilets",
        "Parents need somewhere to sit while children read",
    ],
    ("Table 3", "U1", "R1"): [  # loose remarks
        "Lovely biscuits today, thank you",
        "Can we have this session again in spring?",
        "My neighbour would have come if she had known",
    ],
}


# Themes promoted to insights, found by a note they hold: (note, statement).
# The facilitator's corrections after the suggestion, as in the room: a note grouped by a
# shared word ("shift", "fines") is moved beside the notes it belongs with (note, a note of
# that theme). Moved by hand, it stays put when themes are suggested again.
CORRECTIONS = [
    ("Evenings are the only time shift workers can come",
     "Open until 8pm at least two evenings a week"),
    ("People who work shifts never see it open", "Open until 8pm at least two evenings a week"),
    ("Fines put people off coming back", "Scrap fines for children's books"),
    ("I owe £4 in fines so I stopped coming", "Scrap fines for children's books"),
]
INSIGHTS = [
    ("Evenings are the only time shift workers can come",
     "We heard that working residents are shut out: the library closes before they finish work"),
    ("Computers are always booked by 11am",
     "We heard that an hour on a public computer is too short for job and benefit forms"),
    ("Teenagers need somewhere warm and safe after school",
     "We heard that teenagers have nowhere warm and safe to go after school"),
    ("Step-free entrance at the front please",
     "We heard that the building shuts out people with prams, wheelchairs or poor mobility"),
    ("Staff rota can't stretch to evenings without more hours",
     "We heard that staff cannot cover longer hours with today's rota"),
]
SOLUTIONS = [
    ("Two late evenings a week, ground floor only, with volunteers and the college", (0, 4)),
    ("Book a computer online for two-hour sessions, with a helper on Tuesdays", (1,)),
    ("After-school homework room run with the youth centre", (2,)),
]


FOLLOW_UP = [("Libraries service with the college", "Cost two late evenings with volunteers",
              "2027-01-14"),
             ("Libraries IT team", "Switch on online booking for two-hour slots",
              "2027-02-01"),
             ("Youth centre and library staff", "Agree a room and a rota for spring term",
              "2027-03-01")]
PLACES = [(0.85, 0.6), (0.7, 0.2), (0.6, 0.45)]
# Each voter's three dots, by solution index.
VOTES = {"R1": (0, 0, 2), "R2": (0, 1, 1), "R3": (2, 2, 0), "U1": (0, 0, 0), "U2": (1, 1, 2),
         "U3": (1, 1, 1), "S1": (0, 2, 2), "S2": (0, 1, 2), "C1": (0, 1, 1)}


def words(language: str = "en") -> ModuleType:
    """The demo's content in ``language``: this module, or demo_workshop_<language>.py."""
    if language == LANGUAGE:
        return sys.modules[__name__]
    path = Path(__file__).with_name(f"demo_workshop_{language}.py")
    spec = importlib.util.spec_from_file_location(f"demo_workshop_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(path: Path, language: str = "en") -> Path:
    w = words(language)
    store = create_workshop(path, language=w.LANGUAGE, **w.DETAILS)
    workshop = Workshop(store, device="Table 1")
    people = {label: workshop.add_participant(label, group=group, role=role,
                                              consent_quote=consent).id
              for label, group, role, consent in w.PARTICIPANTS}
    activities = {name: workshop.add_activity(name, step=step, prompt=prompt,
                                              planned_minutes=minutes).id
                  for name, step, prompt, minutes in w.ACTIVITIES}
    for author, activity, text in w.NOTES:
        step = next(s for n, s, _, _ in w.ACTIVITIES if n == activity)
        workshop.add_note(text, participant_id=people.get(author),
                          table_label="" if author in people else author,
                          activity_id=activities[activity], step=step)
    workshop.set_step(Step.POSTPONE)
    workshop.close()
    return path


def build_synthesis(path: Path, language: str = "en") -> Path:
    """The demo after the afternoon: about 150 notes grouped into themes, five insights (one
    in tension with another), three solutions, on step 3."""
    from facilitator.core.domain.synthesis import suggest

    w = words(language)
    build(path, language)
    from facilitator.core.storage.store import open_store

    workshop = Workshop(open_store(path), device="Table 1")
    people = {p.label: p.id for p in workshop.participants()}
    activities = {a.name: a.id for a in workshop.activities()}
    for name, step, prompt, minutes in w.MORE_ACTIVITIES:
        activities[name] = workshop.add_activity(name, step=step, prompt=prompt,
                                                 planned_minutes=minutes).id
    steps = {name: step for name, step, _, _ in w.ACTIVITIES + w.MORE_ACTIVITIES}
    for number, (authors, texts) in enumerate(w.MORE_NOTES.items()):
        activity = w.SYNTHESIS_ACTIVITIES[number % 3]
        for i, text in enumerate(texts):
            author = authors[i % len(authors)]
            workshop.add_note(text, participant_id=people.get(author),
                              table_label="" if author in people else author,
                              activity_id=activities[activity], step=steps[activity])
    synthesis = workshop.synthesis
    synthesis.apply_suggestion(suggest(synthesis.suggestion_input()))
    notes = {n.text: n for n in workshop.notes()}
    for text, beside in w.CORRECTIONS:
        target = notes[beside].theme_id
        if target is not None and notes[text].theme_id != target:
            synthesis.move_notes([notes[text].id], target)
    theme_of = {n.text: n.theme_id for n in workshop.notes()}
    insights = []
    for text, statement in w.INSIGHTS:
        theme_id = theme_of.get(text)
        if theme_id is not None:
            insights.append(synthesis.promote_theme(theme_id, statement).id)
    if len(insights) == len(w.INSIGHTS):
        synthesis.link("contradicts", ("insight", insights[0]), ("insight", insights[4]))
    workshop.set_step(Step.DEVELOP)
    solutions = []
    for title, targets in w.SOLUTIONS:
        chosen = [insights[i] for i in targets if i < len(insights)]
        if chosen:
            solutions.append(synthesis.add_solution(title, insight_ids=chosen).id)
    development = workshop.development
    for solution, (owner, step, due), (impact, effort) in zip(
            solutions, w.FOLLOW_UP, PLACES, strict=False):
        synthesis.update_solution(solution, owner=owner, next_step=step, due_date=due,
                                  status="agreed")
        synthesis.place(solution, impact, effort)
    for voter, picks in w.VOTES.items():
        for pick in picks:
            if pick < len(solutions):
                development.vote(solutions[pick], voter)
    workshop.set_step(Step.SYNTHESISE)
    workshop.close()
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the demo workshop.")
    parser.add_argument("file", nargs="?", default="demo.workshop")
    parser.add_argument("--synthesis", action="store_true",
                        help="go on to step 3: 150 notes, themes, insights and solutions")
    parser.add_argument("--language", default="en", choices=["en", "fr"],
                        help="the workshop's language and the notes' (fr: a town's "
                        "médiathèque, notes written in French)")
    args = parser.parse_args()
    print((build_synthesis if args.synthesis else build)(Path(args.file), args.language))
