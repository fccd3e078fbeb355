"""The typed links of the insight graph (supports, addresses, contradicts, relates) between
notes, themes, insights and solutions: what may link to what, and their rows."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from facilitator.core.domain.records import LinkData
from facilitator.core.errors import InputError
from facilitator.core.locale import _
from facilitator.core.storage.model import Insight, Link, Note, Solution, Theme

LINK_KINDS = ("supports", "addresses", "contradicts", "relates")
NODE_KINDS = ("note", "theme", "insight", "solution")
_MODELS = {"note": Note, "theme": Theme, "insight": Insight, "solution": Solution}


def check_link(link: LinkData) -> None:
    """InputError unless this kind of link may join these two ends."""
    if link.kind not in LINK_KINDS:
        raise InputError(_("Unknown kind of link: {0}.").format(link.kind))
    for end in (link.source, link.target):
        if end[0] not in NODE_KINDS:
            raise InputError(_("Cannot link a {0}.").format(end[0]))
    if link.source == link.target:
        raise InputError(_("A thing cannot be linked to itself."))
    if link.kind == "supports" and (link.source[0] not in ("note", "theme")
                                    or link.target[0] != "insight"):
        raise InputError(_("Only notes and themes can support an insight."))
    if link.kind == "addresses" and (link.source[0], link.target[0]) != ("solution", "insight"):
        raise InputError(_("Only a solution can address an insight."))


def link_of(row: Link) -> LinkData:
    return LinkData(row.kind, (row.source_kind, row.source_id), (row.target_kind, row.target_id))


def touching(kind: str, ids: Iterable[int]):
    """The condition for links with one end among these records of one kind."""
    ids = list(ids)
    return or_((Link.source_kind == kind) & Link.source_id.in_(ids),
               (Link.target_kind == kind) & Link.target_id.in_(ids))


def links_of(session: Session, kind: str, key: int) -> tuple[LinkData, ...]:
    rows = session.scalars(select(Link).where(touching(kind, [key])).order_by(Link.id))
    return tuple(link_of(row) for row in rows)


def end_exists(session: Session, kind: str, key: int) -> bool:
    model = _MODELS.get(kind)
    return model is not None and session.get(model, key) is not None


def ends_exist(session: Session, link: LinkData) -> bool:
    return all(end_exists(session, kind, key) for kind, key in (link.source, link.target))


def find_link(session: Session, link: LinkData) -> Link | None:
    return session.scalar(select(Link).where(
        Link.kind == link.kind, Link.source_kind == link.source[0],
        Link.source_id == link.source[1], Link.target_kind == link.target[0],
        Link.target_id == link.target[1]))


def add_link(session: Session, link: LinkData) -> None:
    session.add(Link(kind=link.kind, source_kind=link.source[0], source_id=link.source[1],
                     target_kind=link.target[0], target_id=link.target[1]))


def relink(session: Session, row: Link, old: tuple[str, set[int]], new: tuple[str, int]) -> None:
    """Move a link's ends from any of ``old`` to ``new`` (themes merged into one); a link
    that would join a thing to itself, or repeat one, goes."""
    source = (row.source_kind, row.source_id)
    target = (row.target_kind, row.target_id)
    if source[0] == old[0] and source[1] in old[1]:
        source = new
    if target[0] == old[0] and target[1] in old[1]:
        target = new
    moved = LinkData(row.kind, source, target)
    session.delete(row)
    session.flush()
    if source != target and find_link(session, moved) is None:
        add_link(session, moved)
