"""The room's web server: the page participants open on their phones. No Qt here; the
window (views/room_dialog.py) and the command line (`facilitator room`) both run it."""
