"""A workshop's session without the window: it keeps backups and the file while open and
ends them in order when closed."""

from __future__ import annotations

from facilitator.core.storage import backup
from facilitator.core.storage.store import open_store
from facilitator.views.session import WorkshopSession


def test_a_session_backs_up_on_close_after_a_change_and_closes_the_workshop(demo_file, qapp):
    session = WorkshopSession(open_store(str(demo_file)), "Laptop")
    session.start(None)  # no panels: nothing but the workshop's own work
    assert session.backups is not None and session.remote is None and not session.shared
    session.controller.add_note("Bus stops at six")
    session.close()
    made = backup.list_backups(demo_file)
    assert [(b.reason, b.notes) for b in made] == [("close", 1)]
    assert session.backups is None


def test_a_session_writes_a_deleted_file_back_and_says_where(demo_file, qtbot):
    session = WorkshopSession(open_store(str(demo_file)), "Laptop")
    session.start(None)
    session.controller.add_note("Typed before the file vanished")
    try:
        demo_file.unlink()
        with qtbot.waitSignal(session.rescued, timeout=3000) as rescued:
            pass
        assert rescued.args == [str(demo_file)] and demo_file.exists()
    finally:
        session.close()
    reopened = open_store(str(demo_file))
    try:
        from facilitator.core.domain.workshop import Workshop

        assert [n.text for n in Workshop(reopened).notes()] == ["Typed before the file vanished"]
    finally:
        reopened.close()
