"""Word briefs from editable templates: what was heard, the insights and their evidence,
the solutions and what happens next.

A template is an ordinary .docx a facilitator edits in Word; its layout, logos and styles live
there. Fields in it (``{{ workshop.title }}``, ``{%p for insight in insights %}``) are filled by
docxtpl in Jinja's sandboxed environment with autoescape on, from plain data only (strings,
numbers, lists and dicts built here), so a note like ``Kids & <Parents>`` or ``{{ x }}`` is text,
and a template cannot reach past the data. A template is checked before anything is written:
unknown fields, fields split across runs, missing styles and unsafe expressions are named.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.core import locale
from facilitator.core.documents.atomic import write_atomically
from facilitator.core.documents.render import (
    RenderCancelled,
    RenderLimits,
    RenderRefused,
    render_in_child,
)
from facilitator.core.documents.template_check import (
    TemplateError,
    check_template,
)
from facilitator.core.domain.privacy import Finding, PrivacyRule
from facilitator.core.domain.steps import Step
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale import _, counted, long_date, number

if TYPE_CHECKING:
    from facilitator.core.documents.brief_options import BriefOptions
    from facilitator.core.domain.workshop import Workshop

TEMPLATE_SUFFIX = ".docx"
APPENDIX_QUOTES = 3


class ExportCancelled(FacilitatorError):
    """The user stopped an export; nothing was written."""


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # the file's stem: "commissioner"
    title: str  # from the document's properties, or the name
    path: Path


# --- where templates are -----------------------------------------------------------------


def template_folders(extra: Sequence[Path] = ()) -> list[Path]:
    """Folders searched for templates, first wins on a name: the user's, then the shipped."""
    here = Path(__file__).resolve()
    folders = [*extra,
               here.parents[3] / "templates",  # a source checkout
               Path(sys.prefix) / "share" / "facilitator" / "templates"]  # an installed app
    seen, result = set(), []
    for folder in folders:
        key = str(folder)
        if key not in seen and folder.is_dir():
            seen.add(key)
            result.append(folder)
    return result


def find_templates(extra: Sequence[Path] = (), language: str | None = None
                   ) -> list[TemplateInfo]:
    """The templates by name, for a workshop in ``language``: in each folder, first wins,
    the language's own subfolder (``fr/commissioner.docx``) before the folder itself. So the
    user's ``commissioner.docx`` still wins over the shipped French one, and a user's
    ``fr/commissioner.docx`` over their English one for a French workshop."""
    language = locale.normalise(language) if language else locale.SOURCE_LANGUAGE
    found: dict[str, TemplateInfo] = {}
    for folder in template_folders(extra):
        places = [folder / language, folder] if language != locale.SOURCE_LANGUAGE else [folder]
        for place in places:
            for path in sorted(place.glob(f"*{TEMPLATE_SUFFIX}")):
                if path.name.startswith(("~$", ".")):  # Word's lock files
                    continue
                found.setdefault(path.stem, TemplateInfo(path.stem, _title_of(path), path))
    return sorted(found.values(), key=lambda t: (t.name != "commissioner", t.name))


def resolve_template(name_or_path: str, extra: Sequence[Path] = (),
                     language: str | None = None) -> Path:
    """A template's file from its path or its name (in ``language``'s form where there is
    one, see :func:`find_templates`)."""
    path = Path(name_or_path)
    if path.suffix.lower() == TEMPLATE_SUFFIX and path.is_file():
        return path
    found = find_templates(extra, language)
    for info in found:
        if info.name == name_or_path:
            return info.path
    names = ", ".join(t.name for t in found) or _("none found")
    raise TemplateError(_("No template called '{name_or_path}' (templates: {names}).").format(
                            name_or_path=name_or_path, names=names))


def _title_of(path: Path) -> str:
    try:
        from docx import Document

        return Document(str(path)).core_properties.title or path.stem
    except Exception:  # noqa: BLE001 - a broken template is reported when chosen, not listed
        return path.stem


# --- the data a template sees --------------------------------------------------------------


def brief_context(workshop: Workshop, *, redactions: Sequence[Finding] | None = None,
                  graph_picture: object = None, privacy: PrivacyRule | None = None) -> dict:
    """Everything a template may show, as plain data. Participants appear by label only;
    every text goes through ``privacy`` (by default the workshop's rule with ``redactions``
    taken out: None takes out all personal data found), and quotes come only from notes
    the rule lets be quoted. The words the data gives (counts, step names, groups,
    statuses, dates) are in the workshop's language."""
    with locale.use(workshop.details().language):
        return _brief_context(workshop, redactions=redactions, graph_picture=graph_picture,
                              privacy=privacy)


def _brief_context(workshop: Workshop, *, redactions, graph_picture, privacy) -> dict:
    from facilitator.core.analysis import graph as insight_graph
    from facilitator.core.analysis.balance import NO_GROUP, one_group
    from facilitator.core.analysis.quotes import representative_quotes
    from facilitator.core.locale.terms import group_name, status_name

    rule = privacy or PrivacyRule.for_workshop(workshop, redactions)
    details = workshop.details()
    participants = workshop.participants()
    notes = workshop.notes()
    synthesis = workshop.synthesis
    themes = synthesis.themes()
    insights = synthesis.insights()
    solutions = synthesis.solutions()

    by_id = {n.id: n for n in notes}
    theme_label = {t.id: rule.line(t.label) for t in themes}
    groups = Counter(p.group for p in participants if p.group and p.group != NO_GROUP)
    no_group = sum(1 for p in participants if not p.group or p.group == NO_GROUP)
    graph = insight_graph.build_graph(workshop)
    breadth = {s.node: s for s in insight_graph.insights_by_breadth(graph)}
    quotable = {n.id for n in rule.quotable(notes)}

    def author(note) -> str:
        """Words are tied to a label only where their author agreed to be quoted."""
        return rule.line(note.participant_label or note.table_label) if note.id in quotable \
            else ""

    def note_row(note) -> dict:
        return {"text": rule.text(note.text), "author": author(note),
                "quotable": note.id in quotable, "group": group_name(note.group),
                "step": int(note.step),
                "activity": rule.line(note.activity_name)}

    insight_rows = []
    for insight in insights:
        evidence = synthesis.evidence(insight.id, quotes=0)
        candidates = [by_id[i] for i in evidence.note_ids if i in quotable]
        quotes = representative_quotes(candidates, APPENDIX_QUOTES, details.language)
        support = breadth.get(insight_graph.node_id("insight", insight.id))
        known = [(g, c) for g, c in evidence.groups if g and g != NO_GROUP]
        insight_rows.append({
            "statement": rule.text(insight.statement),
            "themes": [theme_label[t] for t in insight.theme_ids if t in theme_label],
            "notes": evidence.notes,
            "participants": evidence.participants,
            # Participant groups only: notes written by a table, or by a participant with
            # no group, are of an unknown group, counted apart.
            "groups": [group_name(g) for g, _ in known],
            "group_counts": [{"group": group_name(g), "notes": c} for g, c in known],
            "unknown_group_notes": evidence.notes - sum(c for _, c in known),
            "quotable": len(candidates),
            # "12 notes", "5 people": the evidence in words.
            "counted": {"notes": _NOUNS["notes"](evidence.notes),
                        "participants": _NOUNS["participants"](evidence.participants),
                        "people": _NOUNS["people"](evidence.participants)},
            "quotes": [{"text": rule.text(q.text), "author": author(q),
                        "group": group_name(q.group)} for q in quotes],
            "rank": list(breadth).index(support.node) + 1 if support else 0,
        })
    insight_rows.sort(key=lambda row: (row["rank"] or 999))
    single = [rule.line(s.label) for s in insight_graph.single_group_themes(graph)]
    theme_rows = []
    for t in themes:
        members = [by_id[i] for i in t.note_ids if i in by_id]
        theme_rows.append({"label": theme_label[t.id], "size": t.size,
                           "counted": _NOUNS["notes"](t.size),
                           "one_group": one_group(Counter(n.group for n in members)) is not None,
                           "notes": [note_row(n) for n in members]})
    unsorted = [note_row(by_id[i]) for i in synthesis.unsorted_note_ids() if i in by_id]
    if unsorted:
        theme_rows.append({"label": _("Not in a theme"), "size": len(unsorted),
                           "one_group": False,
                           "counted": _NOUNS["notes"](len(unsorted)),
                           "notes": unsorted})
    insight_statement = {i.id: rule.text(i.statement) for i in insights}
    solutions = sorted(solutions, key=lambda s: (-s.votes, s.id))  # most dots first
    solution_rows = [{"title": rule.text(s.title),
                      "description": rule.text(s.description),
                      "status": status_name(s.status),
                      "status_note": rule.text(s.status_note),
                      "owner": rule.line(s.owner), "next_step": rule.text(s.next_step),
                      "due": s.due_date, "due_long": long_date(s.due_date),
                      "votes": s.votes, "counted_votes": _NOUNS["dots"](s.votes),
                      "insights": [insight_statement[i] for i in s.insight_ids
                                   if i in insight_statement]}
                     for s in solutions]
    counts = {"participants": len(participants), "notes": len(notes),
              "themes": len(themes), "insights": len(insights),
              "solutions": len(solutions), "groups": len(groups),
              "no_group": no_group, "quotable": len(quotable)}
    exported = datetime.now()
    return {
        "language": locale.language(),
        "workshop": {"title": details.title, "question": rule.text(details.question),
                     "commissioner": details.commissioner, "date": details.date,
                     # "21 November 2026", "1er décembre 2026"
                     "date_long": long_date(details.date),
                     "place": details.place, "step": int(details.current_step),
                     "contact": details.contact, "next_steps": details.next_steps,
                     "step_name": details.current_step.info.title,
                     "quote_tables": rule.quote_tables},
        "counts": counts,
        # The counts as the language writes numbers: "2,000", "2 000".
        "figures": {key: number(value, group=True) for key, value in counts.items()},
        # The counts in words, singular or plural: "1 theme", "404 participants".
        "counted": {**{key: _NOUNS[key](value) for key, value in counts.items()},
                    "people": _NOUNS["people"](len(participants)),
                    "ideas": _NOUNS["ideas"](len(notes))},
        "groups": [{"group": group_name(g), "people": c} for g, c in groups.most_common()],
        "steps": _steps(workshop, notes, rule),
        **_agenda(workshop, rule),
        "insights": insight_rows,
        "themes": theme_rows,
        "single_group_themes": sorted(single),
        "tensions": [{"a": rule.text(graph.nodes[a]["label"]),
                      "b": rule.text(graph.nodes[b]["label"])}
                     for a, b in insight_graph.tensions(graph)],
        "solutions": solution_rows,
        "graph_picture": graph_picture,
        "exported": exported.strftime("%Y-%m-%d %H:%M"),
        "exported_date": long_date(exported.date()), "exported_time": f"{exported:%H:%M}",
    }


# Each count in words, singular or plural, translated: "1 note", "2 000 notes".
_NOUNS = {
    "participants": lambda n: counted(n, "{n} participant", "{n} participants"),
    "notes": lambda n: counted(n, "{n} note", "{n} notes"),
    "themes": lambda n: counted(n, "{n} theme", "{n} themes"),
    "insights": lambda n: counted(n, "{n} insight", "{n} insights"),
    "solutions": lambda n: counted(n, "{n} solution", "{n} solutions"),
    "groups": lambda n: counted(n, "{n} group", "{n} groups"),
    "no_group": lambda n: counted(n, "{n} participant with no group recorded",
                                  "{n} participants with no group recorded"),
    "quotable": lambda n: counted(n, "{n} note from someone who agreed to be quoted",
                                  "{n} notes from people who agreed to be quoted"),
    "people": lambda n: counted(n, "{n} person", "{n} people"),
    "ideas": lambda n: counted(n, "{n} idea", "{n} ideas"),
    "dots": lambda n: counted(n, "{n} dot", "{n} dots"),
    "minutes": lambda n: counted(n, "{n} minute", "{n} minutes"),
}


def _agenda(workshop: Workshop, rule: PrivacyRule) -> dict:
    """The activities in running order with start times from the planned minutes, and the
    materials of the library method each one comes from (matched by name)."""
    from facilitator.methods import load_library, method_languages

    spoken = load_library()  # in the workshop's language (the language spoken here)
    by_key = {m.key: m for m in spoken.methods}
    named = []  # an activity may be named in any language the library is written in
    for code in method_languages():
        for m in (spoken if code == locale.language() else load_library(language=code)).methods:
            named.append((m.name, by_key.get(m.key, m)))
    # Translators: between an activity's materials on the run sheet ("Pens; A wall").
    materials = _("; ")
    rows, elapsed = [], 0
    for position, activity in enumerate(workshop.activities(), start=1):
        method = _method_named(re.sub(r"\s\(\d+\)$", "", activity.name), named)
        minutes = activity.planned_minutes or 0
        rows.append({"number": position, "name": rule.line(activity.name),
                     "step": int(activity.step), "minutes": minutes or "",
                     "start": f"{elapsed // 60}:{elapsed % 60:02d}",
                     "prompt": rule.text(activity.prompt),
                     "materials": materials.join(method.materials) if method else ""})
        elapsed += minutes
    return {"agenda": rows, "agenda_minutes": elapsed,
            "counted_agenda_minutes": _NOUNS["minutes"](elapsed)}


def _method_named(name: str, named: list[tuple[str, object]]):
    """The library method an activity comes from, given the methods' names in every
    language: by its name, or by the start of it – an activity renamed for its workshop
    ("Dot voting on pains") or a method's name shortened ("Who's missing?" for "Who's
    missing? mapping") – when only one method fits."""
    exact = [m for known, m in named if _name_key(known) == _name_key(name)]
    if exact:
        return exact[0]
    words = _name_words(name)
    found = {m.key: m for known, m in named
             if _name_words(known) == words[:len(_name_words(known))]
             or (len(words) >= 2 and _name_words(known)[:len(words)] == words)}
    return next(iter(found.values())) if len(found) == 1 else None


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w[\w'’-]*", name.casefold()))


def _name_key(name: str) -> str:
    """A method's name as matched: case and spaces aside (« Qui manque ? » is written with
    a no-break space before the question mark, or without)."""
    return "".join(name.split()).casefold()


def _steps(workshop: Workshop, notes, rule: PrivacyRule) -> list[dict]:
    """The four steps and the activities run in each, with timings from the notes."""
    by_activity: dict[int | None, list] = {}
    for note in notes:
        by_activity.setdefault(note.activity_id, []).append(note.created_at)
    activities = workshop.activities()
    rows = []
    for step in Step:
        run = []
        for activity in (a for a in activities if a.step == step):
            times = sorted(by_activity.get(activity.id, []))
            ran = (f"{times[0]:%H:%M}–{times[-1]:%H:%M}" if len(times) > 1
                   else f"{times[0]:%H:%M}" if times else "")
            run.append({"name": rule.line(activity.name), "prompt": rule.text(activity.prompt),
                        "planned": activity.planned_minutes or "",
                        "notes": len(times), "ran": ran})
        in_step = sum(1 for n in notes if n.step == step)
        rows.append({"number": int(step), "name": step.info.title,
                     "explanation": step.info.explanation, "notes": in_step,
                     "counted_notes": _NOUNS["notes"](in_step),
                     "activities": run})
    return rows


# --- checking and rendering ----------------------------------------------------------------


Progress = Callable[[int, int], bool] | None


def default_redactions(workshop: Workshop) -> list[Finding]:
    """Private by default: every name, e-mail and phone number found in the notes."""
    from facilitator.core.domain.privacy import scan

    return scan(workshop.notes(), workshop.participants())


def export_brief(workshop: Workshop, template: str | os.PathLike, target: str | os.PathLike,
                 *, redactions: Sequence[Finding] | None = None,
                 progress: Progress = None, privacy: PrivacyRule | None = None,
                 limits: RenderLimits | None = None, options: BriefOptions | None = None
                 ) -> Path:
    """Write the brief for ``workshop`` from ``template`` to ``target`` (atomically).

    ``privacy``: the rule every text goes through; by default the workshop's, taking out
    the personal data in ``redactions`` (None: everything :func:`default_redactions`
    finds, keeping any finding not listed).

    ``progress(done, total)`` is called between stages and while the template is filled;
    returning False cancels. The template is filled in a child process within ``limits``
    (time and memory; render.DEFAULT_LIMITS if None), so a runaway template is stopped with
    its name and the limit given. ``options``: the appendix, a summary first
    (:class:`facilitator.core.documents.brief_options.BriefOptions`).
    """
    from facilitator.core.documents.brief_options import BriefOptions

    def step(done: int) -> None:
        if progress is not None and progress(done, 5) is False:
            raise ExportCancelled(_("Export cancelled; nothing was written."))

    target = Path(target)
    step(0)
    rule = privacy or PrivacyRule.for_workshop(workshop, redactions)
    context = brief_context(workshop, privacy=rule)
    check_template(template, context, fields=False)  # its fields: in the child, bounded
    step(1)
    with tempfile.TemporaryDirectory(prefix="facilitator-brief-") as scratch:
        picture, described = None, ""
        if context["counts"]["themes"] or context["counts"]["insights"]:
            from facilitator.core.analysis import graph as insight_graph
            from facilitator.core.documents.graph_picture import describe_graph, draw_graph

            graph = insight_graph.build_graph(workshop, privacy=rule)
            picture = draw_graph(graph, Path(scratch) / "graph.png")
            with locale.use(context["language"]):  # the picture's text, as the brief's
                described = describe_graph(graph)
        step(2)
        filled = Path(scratch) / "filled.docx"
        try:
            render_in_child(Path(template), context, picture, filled, Path(scratch), limits,
                            options=options or BriefOptions(), picture_text=described,
                            cancelled=lambda: progress is not None and progress(3, 5) is False)
        except RenderCancelled as exc:
            raise ExportCancelled(str(exc)) from None
        except RenderRefused as exc:
            raise TemplateError(str(exc)) from None
        step(4)

        def copy(out) -> None:
            with open(filled, "rb") as source:
                shutil.copyfileobj(source, out, 1024 * 1024)

        write_atomically(target, copy)
    step(5)
    return target


def default_export_path(workshop: Workshop, template_name: str, suffix: str = ".docx") -> Path:
    """exports/ beside the workshop file: 'Library opening hours - commissioner.docx'."""
    store = workshop.store
    folder = (store.path.parent / "exports") if store.path else Path.home() / "exports"
    title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", workshop.details().title).strip()
    return folder / f"{(title or 'Workshop')[:80]} - {template_name}{suffix}"
