"""The room's HTTP server: aiohttp in its own thread with its own asyncio loop.

aiohttp because it is a well-kept asyncio server and client in one package: the server-sent
events that keep phones in step are plain streamed responses, the request size is capped by
the application itself, and the same package's client drives the benchmark and the tests.

The server never writes the store itself: every change goes through ``core.room.Room`` (the
workshop's operations, written as the phone). Database work runs in worker threads, never
on the loop, and notes are written by one writer thread that takes every note waiting and
stores them in one transaction (group commit), answering each phone only after the commit.

Pages are rendered on the server (Jinja, autoescape on) and work without JavaScript: plain
forms, each with a CSRF token, answered by a redirect (POST-redirect-GET). A little script
(static/room.js) sends notes without a reload, resends what the network lost with the same
key, and follows the facilitator through server-sent events. Nothing comes from outside.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from facilitator.core import locale
from facilitator.core.domain.room import (
    EDIT_MINUTES,
    NOTE_LIMIT,
    Device,
    Received,
    Room,
    RoomRefused,
    Submission,
    valid_uid,
)
from facilitator.core.domain.text import clean_note_text
from facilitator.core.errors import FacilitatorError
from facilitator.core.locale import _, ngettext
from facilitator.web.addresses import EVERY_NETWORK, shown_host
from facilitator.web.limits import RateLimit

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
DEFAULT_PORT = 8470
MAX_REQUEST = 16 * 1024  # bytes in one request: a note of NOTE_LIMIT emoji fits with room
DEVICE_COOKIE, JOIN_COOKIE = "room_device", "room_join"
COOKIE_AGE = 12 * 3600
WAITING_NOTES = 5000  # notes queued for the writer before phones are asked to resend
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                               "style-src 'self'; script-src 'self'; connect-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
NOTE_RATE = (15, 2.0)  # 15 notes at once, then one every 2 s (30 a minute)
ACTION_RATE = (30, 0.5)  # votes, edits, label choices
READ_RATE = (60, 0.2)  # page loads and live refreshes
JOIN_RATE = (10, 6.0)  # wrong codes from one address


@dataclass(frozen=True)
class Arrival:
    """A note a phone sent, as the window is told of it (after the commit)."""

    note_id: int
    device: str
    text: str


class RoomServer:
    """Serves the room of one open workshop. ``start()`` opens the room and returns once the
    server listens; ``stop()`` stops serving (the room stays open: phones rejoin when it
    starts again); ``close_room()`` closes it for every phone, then stops."""

    def __init__(self, workshop, *, host: str | None = None, port: int | None = None,
                 on_arrivals: Callable[[list[Arrival]], None] | None = None):
        from facilitator.web.addresses import default_host

        self.workshop = workshop
        self.room = Room(workshop)
        self.host = host or default_host()
        self.port_wanted = port
        self.port: int | None = None
        self.on_arrivals = on_arrivals
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        # Phones read the room in the workshop's language, on every thread that serves them.
        self._language = workshop.details().language
        self._speak = (locale.speak_here, (self._phone_language,))
        self._error: BaseException | None = None
        self._stop_requested: asyncio.Event | None = None
        self._writer = concurrent.futures.ThreadPoolExecutor(1, "room-writer", *self._speak)
        self._readers = concurrent.futures.ThreadPoolExecutor(2, "room-reader", *self._speak)
        self._streams: set[asyncio.Queue] = set()
        self._pending: asyncio.Queue | None = None
        self._note_rate, self._action_rate = RateLimit(*NOTE_RATE), RateLimit(*ACTION_RATE)
        self._read_rate, self._join_rate = RateLimit(*READ_RATE), RateLimit(*JOIN_RATE)
        self._refresh_scheduled = False
        self._invitation: tuple[str, str, str] = ("", "", "")
        from jinja2 import Environment, FileSystemLoader, select_autoescape

        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True),
                                     trim_blocks=True, lstrip_blocks=True,
                                     extensions=["jinja2.ext.i18n"])
        self.templates.install_gettext_callables(locale._, locale.ngettext, newstyle=True,
                                                 pgettext=locale.pgettext)

    def _phone_language(self) -> str:
        return self._language

    # --- life cycle (called from any thread) -----------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def address(self) -> str:
        return f"http://{_url_host(shown_host(self.host))}:{self.port}"

    @property
    def join_url(self) -> str:
        return f"{self.address}/join?code={self.room.state().code}"

    def _invite(self) -> tuple[str, str]:
        """The join address and its QR code as SVG, made once per code (a QR code costs
        tens of milliseconds: never once per page)."""
        code = self.room.current_code()
        if self._invitation[0] != code:
            from facilitator.web.qr import qr_svg

            url = f"{self.address}/join?code={code}"
            self._invitation = (code, url, qr_svg(url, scale=3))
        return self._invitation[1], self._invitation[2]

    @property
    def every_network(self) -> bool:
        return self.host in EVERY_NETWORK

    def start(self, timeout: float = 10.0) -> str:
        """Open the room and serve it; returns the join address. Raises FacilitatorError
        when the address cannot be used."""
        if self.running:
            return self.join_url
        state = self.room.state()
        port = self.port_wanted if self.port_wanted is not None else (
            state.port or DEFAULT_PORT)
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, args=(port,), name="room-server",
                                        daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise FacilitatorError("The room's server did not start in time.")
        if self._error is not None:
            self._thread.join(5)
            self._thread = None
            raise FacilitatorError(f"The room could not listen on {self.host}: "
                                   f"{self._error}. Choose another address or port.")
        self.room.open(self.port)
        self.workshop.add_listener(self._on_change)
        return self.join_url

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving; wait for the thread. Notes being written are written first."""
        self.workshop.remove_listener(self._on_change)
        if self._loop is not None and self.running and self._stop_requested is not None:
            self._loop.call_soon_threadsafe(self._stop_requested.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        self._writer = concurrent.futures.ThreadPoolExecutor(1, "room-writer", *self._speak)
        self._readers = concurrent.futures.ThreadPoolExecutor(2, "room-reader", *self._speak)

    def close_room(self) -> int:
        """Close the room: phones are told, every token stops working, the server stops."""
        revoked = self.room.close()
        self._broadcast("closed")
        if self.running:
            # A moment for the news to reach the phones' open streams.
            threading.Event().wait(0.3)
        self.stop()
        return revoked

    def refresh_phones(self) -> None:
        """Something phones show changed elsewhere (another laptop): they look again."""
        self._broadcast("update")

    def follow(self, activity_id: int | None) -> None:
        """The activity the laptop runs: phones answer its prompt."""
        if activity_id != self.room.followed_activity:
            self.room.followed_activity = activity_id
            self._broadcast("update")

    # --- the thread ------------------------------------------------------------------------

    def _run(self, port: int) -> None:
        locale.speak_here(self._phone_language)  # the loop's tasks speak the workshop's
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(port))
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            self._error = exc
            self._ready.set()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _serve(self, port: int) -> None:
        self._stop_requested = asyncio.Event()
        self._pending = asyncio.Queue()
        app = self._application()
        runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
        await runner.setup()
        try:
            site = await self._listen(runner, port)
            self.port = site._server.sockets[0].getsockname()[1]
            writer = asyncio.create_task(self._write_notes())
            self._ready.set()
            await self._stop_requested.wait()
            await self._pending.put(None)
            await writer
        finally:
            await runner.cleanup()

    async def _listen(self, runner: web.AppRunner, port: int) -> web.TCPSite:
        """The wanted port, else the next free ones (another app may hold it)."""
        last: OSError | None = None
        for candidate in ([port] + [port + i for i in range(1, 20)] if port else [0]):
            site = web.TCPSite(runner, self.host, candidate, reuse_address=True)
            try:
                await site.start()
                return site
            except OSError as exc:
                last = exc
                if self.port_wanted is not None:  # a port asked for is not swapped
                    break
        raise last or OSError("no free port")

    def _application(self) -> web.Application:
        app = web.Application(client_max_size=MAX_REQUEST, middlewares=[self._guard])
        app.router.add_get("/", self.page)
        app.router.add_get("/join", self.join_form)
        app.router.add_post("/join", self.join)
        app.router.add_post("/notes", self.send_note)
        app.router.add_post("/notes/{uid}/edit", self.edit_note)
        app.router.add_post("/notes/{uid}/delete", self.delete_note)
        app.router.add_post("/label", self.choose_label)
        app.router.add_post("/vote", self.vote)
        app.router.add_get("/panel", self.panel)
        app.router.add_get("/events", self.events)
        app.router.add_static("/static", HERE / "static", show_index=False,
                              follow_symlinks=False)
        app.on_shutdown.append(self._end_streams)
        return app

    # --- change notices (any thread) ------------------------------------------------------

    def _on_change(self, changes) -> None:
        # A phone's own new note refreshes that phone only (its answer does); everything
        # else a phone may see - the step, prompts, solutions, votes, the room - reaches all.
        for change in changes:
            if change.kind == "workshop":  # on the writing thread: the record says it all
                self._language = change.after.language
        seen = [c for c in changes
                if not (c.kind == "note" and c.action == "added")
                and c.kind not in ("participant", "theme", "insight", "link")]
        if seen:
            closed = any(c.kind == "room" for c in seen) and not self._room_open()
            self._broadcast("closed" if closed else "update")

    def _room_open(self) -> bool:
        try:
            return self.room.state().is_open
        except FacilitatorError:
            return False

    def _broadcast(self, event: str) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._send_event, event)

    def _send_event(self, event: str) -> None:
        if event == "update":  # coalesce a burst of changes into one refresh
            if self._refresh_scheduled:
                return
            self._refresh_scheduled = True

            def go() -> None:
                self._refresh_scheduled = False
                for queue in list(self._streams):
                    queue.put_nowait("update")

            asyncio.get_running_loop().call_later(0.1, go)
            return
        for queue in list(self._streams):
            queue.put_nowait(event)

    async def _end_streams(self, _app) -> None:
        for queue in list(self._streams):
            queue.put_nowait(None)

    # --- the note writer (group commit) ----------------------------------------------------

    async def _write_notes(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            first = await self._pending.get()
            if first is None:
                break
            batch = [first]
            while not self._pending.empty() and len(batch) < 200:
                item = self._pending.get_nowait()
                if item is None:
                    self._pending.put_nowait(None)
                    break
                batch.append(item)
            items = [submission for submission, _ in batch]
            try:
                answers = await loop.run_in_executor(self._writer, self.room.receive, items)
            except FacilitatorError as exc:
                answers = [Received(s.uid, "failed", message=_(
                    "Not saved yet ({0}). It will be sent again.").format(exc)) for s in items]
            for (_submission, future), answer in zip(batch, answers, strict=True):
                if not future.done():
                    future.set_result(answer)
            stored = [Arrival(a.note_id, _device_name(s), s.text)
                      for s, a in zip(items, answers, strict=True) if a.status == "stored"]
            if stored and self.on_arrivals is not None:
                self.on_arrivals(stored)
        while not self._pending.empty():  # stopping: tell those still waiting to resend
            item = self._pending.get_nowait()
            if item is not None and not item[1].done():
                item[1].set_result(Received(item[0].uid, "failed", message=_(
                    "The room is stopping; it will be sent again when it is back.")))

    # --- middleware: limits, headers, errors -------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = self._problem(
                request, 413, _("Too much to send at once"),
                _("That was more than {kb} KB. A note holds at most {limit} characters: "
                  "shorten it, or split it into two notes.").format(kb=MAX_REQUEST // 1024,
                                                                   limit=NOTE_LIMIT))
        except RoomRefused as exc:
            response = self._problem(request, exc.status, _("Not done"), str(exc))
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            response = self._problem(request, exc.status, exc.reason, exc.text or exc.reason)
            if "Retry-After" in exc.headers:
                response.headers["Retry-After"] = exc.headers["Retry-After"]
        if not isinstance(response, web.FileResponse) and not response.prepared:
            for name, value in HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    def _problem(self, request: web.Request, status: int, title: str, message: str,
                 **extra) -> web.StreamResponse:
        if _wants_json(request):
            return web.json_response({"status": "refused", "message": message, **extra},
                                     status=status)
        return self._html("message.html", status=status, title=title, message=message,
                          back="/" if request.cookies.get(DEVICE_COOKIE) else "/join")

    def _html(self, template: str, status: int = 200, **context) -> web.Response:
        text = self.templates.get_template(template).render(
            note_limit=NOTE_LIMIT, edit_minutes=EDIT_MINUTES, language=locale.language(),
            words=_script_words(), **context)
        return web.Response(text=text, status=status, content_type="text/html",
                            charset="utf-8")

    def _limit(self, limit: RateLimit, key: str, request: web.Request) -> None:
        wait = limit.allow(key)
        if wait:
            seconds = max(1, int(wait + 0.999))
            raise _TooFast(seconds)

    async def _read(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._readers, function, *args)

    async def _write(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._writer, function, *args)

    async def _device(self, request: web.Request) -> Device | None:
        token = request.cookies.get(DEVICE_COOKIE, "")
        if not token:
            return None
        known = self.room.remembered_device(token)  # most requests: no trip to the store
        return known if known is not False else await self._read(self.room.device, token)

    async def _form(self, request: web.Request, device: Device | None = None):
        """The posted form, its CSRF token checked against this phone (or join cookie)."""
        form = await request.post()
        key = _csrf_key(request, device)
        given = str(form.get("csrf", ""))
        valid = (self.room.check_form_token(key, given) if self.room.secret_known
                 else await self._read(self.room.check_form_token, key, given))
        if not key or not valid:
            raise RoomRefused(_("This form has expired or did not come from this page. "
                                "Reload the page and try again."), 403)
        return form

    # --- pages -------------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.StreamResponse:
        device = await self._device(request)
        if device is None:
            return self._to_join(request)
        self._limit(self._read_rate, f"d{device.id}", request)
        return self._html("room.html", **await self._page_context(request, device))

    async def panel(self, request: web.Request) -> web.StreamResponse:
        device = await self._device(request)
        if device is None:
            return web.json_response({"status": "gone", "message": _("Join the room again.")},
                                     status=401)
        self._limit(self._read_rate, f"d{device.id}", request)
        return self._html("live.html", **await self._page_context(request, device))

    async def _page_context(self, request: web.Request, device: Device) -> dict:
        view = await self._read(self.room.phone_view, device)
        csrf = await self._read(self.room.form_token, _csrf_key(request, device))
        join_url, invite = await self._read(self._invite)

        flash = {"sent": _("Sent ✓ – it is on the board."),
                 "already": _("Already received ✓ – it was not sent twice."),
                 "edited": _("Changed ✓"), "deleted": _("Deleted."), "voted": _("Vote saved ✓"),
                 "label": _("Saved ✓")}.get(request.query.get("done", ""), "")
        return {"view": view, "csrf": csrf, "uid": _new_uid(), "flash": flash,
                "invite": invite, "join_url": join_url, "text": "", "error": ""}

    def _to_join(self, request: web.Request) -> web.StreamResponse:
        if _wants_json(request):
            return web.json_response({"status": "gone", "message": _(
                "This phone is not in the room (any more). Join with the code on the "
                "screen.")}, status=401)
        raise web.HTTPSeeOther("/join")

    async def join_form(self, request: web.Request) -> web.StreamResponse:
        return await self._join_page(request, code=request.query.get("code", "")[:32])

    async def _join_page(self, request: web.Request, code: str = "", error: str = "",
                         status: int = 200) -> web.StreamResponse:
        pre = request.cookies.get(JOIN_COOKIE) or secrets.token_urlsafe(24)
        state = await self._read(self.room.state)
        csrf = await self._read(self.room.form_token, "join:" + pre)
        response = self._html("join.html", status=status, code=code, error=error,
                              csrf=csrf, is_open=state.is_open)
        response.set_cookie(JOIN_COOKIE, pre, httponly=True, samesite="Strict", path="/",
                            max_age=3600)
        return response

    async def join(self, request: web.Request) -> web.StreamResponse:
        # Only wrong codes count: a room of phones behind one address joins freely, while
        # guessing the code from one address is slowed to a few tries a minute.
        wait = self._join_rate.waiting(f"ip{request.remote}")
        if wait:
            raise _TooFast(max(1, int(wait + 0.999)))
        if not (await self._read(self.room.state)).is_open:
            return await self._join_page(request, error=_("The room is closed. Ask the "
                                                          "facilitator to open it."),
                                         status=403)
        form = await self._form(request)
        try:
            token, device = await self._write(self.room.join, str(form.get("code", "")))
        except RoomRefused as exc:
            self._join_rate.allow(f"ip{request.remote}")
            return await self._join_page(request, str(form.get("code", ""))[:32], str(exc),
                                         exc.status)
        response = web.HTTPSeeOther("/")
        response.set_cookie(DEVICE_COOKIE, token, httponly=True, samesite="Strict",
                            path="/", max_age=COOKIE_AGE)
        response.del_cookie(JOIN_COOKIE, path="/")
        log.info("%s joined the room", device.name)
        raise response

    async def send_note(self, request: web.Request) -> web.StreamResponse:
        device = await self._device(request)
        if device is None:
            return self._to_join(request)
        self._limit(self._note_rate, f"d{device.id}", request)
        form = await self._form(request, device)
        uid, text = str(form.get("uid", "")).lower(), str(form.get("text", ""))
        future = asyncio.get_running_loop().create_future()
        if self._pending.qsize() > WAITING_NOTES:
            answer = Received(uid, "failed", message=_("The room is busy; it will be sent "
                                                       "again."))
        else:
            await self._pending.put((Submission(device.id, uid, text), future))
            answer = await future
        if _wants_json(request):
            status = {"stored": 200, "already": 200, "refused": 422}.get(answer.status, 503)
            if answer.status == "refused" and len(clean_note_text(text).text) > NOTE_LIMIT:
                status = 413  # too long
            return web.json_response({"status": answer.status, "uid": uid,
                                      "message": answer.message}, status=status)
        if answer.ok:
            raise web.HTTPSeeOther(f"/?done={'sent' if answer.status == 'stored' else 'already'}")
        context = await self._page_context(request, device)
        context.update(text=text[:NOTE_LIMIT * 4], error=answer.message, uid=uid if
                       valid_uid(uid) else context["uid"])
        return self._html("room.html", status=422 if answer.status == "refused" else 503,
                          **context)

    async def edit_note(self, request: web.Request) -> web.StreamResponse:
        device = await self._action(request)
        form = await self._form(request, device)
        await self._write(self.room.edit_own, device, request.match_info["uid"],
                          str(form.get("text", "")))
        return _done(request, "edited")

    async def delete_note(self, request: web.Request) -> web.StreamResponse:
        device = await self._action(request)
        await self._form(request, device)
        await self._write(self.room.delete_own, device, request.match_info["uid"])
        return _done(request, "deleted")

    async def choose_label(self, request: web.Request) -> web.StreamResponse:
        device = await self._action(request)
        form = await self._form(request, device)
        chosen = str(form.get("participant", ""))
        participant = int(chosen) if chosen.isdigit() else None
        await self._write(self.room.choose_label, device, participant)
        return _done(request, "label")

    async def vote(self, request: web.Request) -> web.StreamResponse:
        device = await self._action(request)
        form = await self._form(request, device)
        solution = str(form.get("solution", ""))
        if not solution.isdigit():
            raise RoomRefused(_("Choose a solution to vote for."))
        delta = -1 if str(form.get("delta", "1")).strip() == "-1" else 1
        left = await self._write(self.room.vote, device, int(solution), delta)
        return _done(request, "voted", dots_left=left)

    async def _action(self, request: web.Request) -> Device:
        device = await self._device(request)
        if device is None:
            raise _Gone()
        self._limit(self._action_rate, f"d{device.id}", request)
        return device

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: 'update' when what the phone shows changed, 'closed' when
        the room closes."""
        device = await self._device(request)
        if device is None:
            return web.Response(status=401, text=_("Join the room again."))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-store",
                                               "X-Accel-Buffering": "no"})
        await response.prepare(request)
        queue: asyncio.Queue = asyncio.Queue()
        self._streams.add(queue)
        try:
            await response.write(b"retry: 3000\n\n")
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), 15)
                except asyncio.TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                if event is None:
                    break
                await response.write(f"event: {event}\ndata: {{}}\n\n".encode())
                if event == "closed":
                    break
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams.discard(queue)
        return response


class _TooFast(web.HTTPTooManyRequests):
    def __init__(self, seconds: int):
        super().__init__(headers={"Retry-After": str(seconds)}, text=ngettext(
            "You are sending very fast. Wait {n} second and try again; nothing you sent "
            "before was lost.", "You are sending very fast. Wait {n} seconds and try again; "
            "nothing you sent before was lost.", seconds).format(n=seconds))


class _Gone(web.HTTPUnauthorized):
    def __init__(self):
        super().__init__(text=_("This phone is not in the room (any more). Join with the "
                                "code on the screen."))


def _script_words() -> dict[str, str]:
    """What static/room.js says, in the page's language."""
    return {"waiting": _("Waiting to send: "), "sent": _("Sent ✓"),
            "already": _("Already received ✓"), "not_sent": _("Not sent yet."),
            "again": _(" Trying again…"),
            "offline": _("No connection to the room. Your note is kept and sent when it is "
                         "back."),
            "empty": _("Write something first."), "sending": _("Sending…"),
            "voted": _("Vote saved ✓"), "edited": _("Changed ✓"), "deleted": _("Deleted"),
            "saved": _("Saved ✓"), "failed": _("That did not work."),
            "retry": _("No connection to the room. Try again in a moment."),
            "count": _("{0} of {1} characters"),
            "closed": _("The facilitator has closed the room. Thank you!")}


def _done(request: web.Request, what: str, **extra) -> web.StreamResponse:
    if _wants_json(request):
        return web.json_response({"status": "ok", "done": what, **extra})
    raise web.HTTPSeeOther(f"/?done={what}")


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _csrf_key(request: web.Request, device: Device | None) -> str:
    if device is not None:
        from facilitator.core.domain.room import token_hash

        return "device:" + token_hash(request.cookies.get(DEVICE_COOKIE, ""))
    pre = request.cookies.get(JOIN_COOKIE, "")
    return "join:" + pre if pre else ""


def _new_uid() -> str:
    import uuid

    return str(uuid.uuid4())


def _device_name(submission: Submission) -> str:
    from facilitator.core.domain.room import device_name

    return device_name(submission.device_id)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


__all__ = ["DEFAULT_PORT", "MAX_REQUEST", "Arrival", "RoomServer"]
