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
