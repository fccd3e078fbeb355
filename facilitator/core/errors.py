"""Problems a user can meet, each with a message a non-programmer understands."""

from __future__ import annotations


class FacilitatorError(Exception):
    """An expected problem: shown to the user as it is, never as a traceback."""


class WorkshopFileError(FacilitatorError):
    """The workshop cannot be opened or created."""


class WorkshopNotFound(WorkshopFileError):
    pass


class NotAWorkshopFile(WorkshopFileError):
    pass


class CorruptWorkshop(WorkshopFileError):
    pass


class WorkshopTooNew(WorkshopFileError):
    pass


class DatabaseUnreachable(WorkshopFileError):
    pass


class WorkshopClosed(FacilitatorError):
    pass


class InputError(FacilitatorError):
    """A value the user gave cannot be used (empty label, unknown participant...)."""


class ImportFailed(FacilitatorError):
    """A notes file could not be imported; nothing from it was kept."""


class NoLongerThere(InputError):
    """What an operation was for is gone, or already as asked (a note deleted meanwhile, one
    no longer hidden): an undo replaying it has nothing left to do."""


def gone(what: str) -> NoLongerThere:
    """'That note no longer exists.' for a note, theme, insight, solution, participant,
    activity or link, in the language spoken."""
    from facilitator.core.locale import _

    messages = {"note": _("That note no longer exists."),
                "participant": _("That participant no longer exists."),
                "activity": _("That activity no longer exists."),
                "theme": _("That theme no longer exists."),
                "insight": _("That insight no longer exists."),
                "solution": _("That solution no longer exists."),
                "link": _("That link no longer exists.")}
    return NoLongerThere(messages.get(what) or _("That {0} no longer exists.").format(what))
