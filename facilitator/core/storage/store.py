"""Opening and creating workshops: a SQLite workshop file, or a PostgreSQL server URL.

A workshop file is a SQLite database in WAL mode with synchronous=FULL (a note acknowledged
to the user survives a crash or power loss) and foreign keys enforced. A file is validated
before anything is written to it, so a file that is not a workshop, is damaged, or comes from
a newer version of the app is refused and left untouched.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.request import pathname2url

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from facilitator import APP_NAME
from facilitator.core.domain.terms import FILE_SUFFIX, LANGUAGES
from facilitator.core.domain.text import clean_field, clean_text
from facilitator.core.errors import (
    CorruptWorkshop,
    DatabaseUnreachable,
    NotAWorkshopFile,
    WorkshopFileError,
    WorkshopNotFound,
    WorkshopTooNew,
)
from facilitator.core.locale import _
from facilitator.core.storage.backup import (
    integrity_check,  # noqa: F401 - its home
    make_backup,
)
from facilitator.core.storage.lock import WorkshopLock
from facilitator.core.storage.model import Base, SchemaInfo, WorkshopDetails

SCHEMA_VERSION = 5
_SQLITE_HEADER = b"SQLite format 3\x00"


def _add_synthesis(conn: Connection) -> None:
    """Version 2: themes, insights, solutions and the links of the insight graph."""
    new_tables = [Base.metadata.tables[name] for name in ("theme", "insight", "solution", "link")]
    Base.metadata.create_all(conn, tables=new_tables)
    conn.exec_driver_sql(
        "ALTER TABLE note ADD COLUMN theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL"
    )
    conn.exec_driver_sql(
        "ALTER TABLE note ADD COLUMN placed_by_hand BOOLEAN NOT NULL DEFAULT FALSE")
    conn.exec_driver_sql("CREATE INDEX ix_note_theme_id ON note (theme_id)")


def _add_follow_up(conn: Connection) -> None:
    """Version 3: who to contact and what happens next, for the participant summary."""
    for column in ("contact", "next_steps"):
        conn.exec_driver_sql(f"ALTER TABLE workshop ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _add_development(conn: Connection) -> None:
    """Version 4: owners, next steps, due dates and status notes of solutions, their place on
    the impact/effort matrix, and dot votes."""
    # A file upgraded from version 1 in the same run got today's solution table already.
    present = {c["name"] for c in inspect(conn).get_columns("solution")}
    for column, kind in (("owner", "VARCHAR(500) NOT NULL DEFAULT ''"),
                         ("next_step", "TEXT NOT NULL DEFAULT ''"),
                         ("due_date", "VARCHAR(32) NOT NULL DEFAULT ''"),
                         ("status_note", "TEXT NOT NULL DEFAULT ''"),
                         ("impact", "FLOAT"), ("effort", "FLOAT")):
        if column not in present:
            conn.exec_driver_sql(f"ALTER TABLE solution ADD COLUMN {column} {kind}")
    conn.exec_driver_sql(
        "ALTER TABLE workshop ADD COLUMN dots_per_voter INTEGER NOT NULL DEFAULT 3")
    Base.metadata.create_all(conn, tables=[Base.metadata.tables["vote"]])


def _add_room_and_settings(conn: Connection) -> None:
    """Version 5: whether a table's notes may be quoted (a table is not a person who can
    agree, so the workshop decides); whether the dot-vote totals have been revealed to the
    room; the room (participants' phones): its code and devices, which note came from which
    phone, and notes hidden by the facilitator."""
    for column in ("quote_tables", "votes_revealed"):
        conn.exec_driver_sql(
            f"ALTER TABLE workshop ADD COLUMN {column} BOOLEAN NOT NULL DEFAULT FALSE")
    Base.metadata.create_all(conn, tables=[Base.metadata.tables[name] for name in (
        "room", "room_device", "room_note", "hidden_note")])


# Upgrades from one schema version to the next, as numbered steps that all run inside one
# transaction (a file is at the old version or the new one, never in between):
# MIGRATIONS[n] turns a version n-1 workshop into version n. A plain list of steps rather than
# Alembic: the schema is small, upgrades run inside the app on one connection, and SQLite's
# transactional DDL makes each whole upgrade atomic.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _add_synthesis, 3: _add_follow_up,
                                                     4: _add_development,
                                                     5: _add_room_and_settings}


@dataclass
class Store:
    """An open workshop: where it lives and how to talk to it."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None  # None for a server database
    url: str = ""
    readonly: bool = False
    _lock: WorkshopLock | None = field(default=None, repr=False)

    @property
    def is_file(self) -> bool:
        return self.path is not None

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def is_url(target: str | os.PathLike) -> bool:
    return isinstance(target, str) and "://" in target


def open_store(target: str | os.PathLike, *, readonly: bool = False) -> Store:
    """Open an existing workshop file or server database."""
    if is_url(target):
        return _open_server(str(target), readonly=readonly)
    return _open_file(Path(target), readonly=readonly)


def create_workshop(
    target: str | os.PathLike,
    title: str,
    question: str = "",
    commissioner: str = "",
    date: str = "",
    place: str = "",
    language: str = "en",
    contact: str = "",
    next_steps: str = "",
) -> Store:
    """Create a new workshop (a file that must not exist yet, or an empty server database)."""
    title = clean_field(title)
    if not title:
        raise WorkshopFileError(_("A workshop needs a title."))
    if language not in LANGUAGES:
        raise WorkshopFileError(_("Workshops run in {value}, not '{language}'.").format(
                                    value=', '.join(LANGUAGES), language=language))
    details = WorkshopDetails(
        title=title,
        question=question.strip(),
        commissioner=clean_field(commissioner),
        date=clean_field(date),
        place=clean_field(place),
        language=language,
        contact=clean_text(contact).text.strip(),
        next_steps=clean_text(next_steps).text.strip(),
        current_step=1,
    )
    if is_url(target):
        store = _open_server(str(target), readonly=False, create=True)
        with store.sessions.begin() as session:
            if session.scalar(select(WorkshopDetails)) is not None:
                store.close()
                raise WorkshopFileError(_("That database already holds a workshop."))
            session.add(details)
        return store
    path = Path(target)
    if path.exists():
        raise WorkshopFileError(_("'{name}' already exists; choose another name.").format(
                                    name=path.name))
    if not path.parent.is_dir():
        raise WorkshopFileError(_("The folder '{parent}' does not exist.").format(
                                    parent=path.parent))
    _refuse_leftover_journal(path)
    with _new_file(path) as engine, Session(engine) as session, session.begin():
        session.add(SchemaInfo(key="schema_version", value=str(SCHEMA_VERSION)))
        session.add(SchemaInfo(key="created_by", value=APP_NAME))
        session.add(details)
    return open_store(path)


def _refuse_leftover_journal(path: Path) -> None:
    """SQLite replays a NAME-wal it finds beside NAME when it opens it: one left over from a
    deleted workshop of that name (its app killed with the file open) would bring that
    workshop's notes into a new file. It is left where it is, and the name refused."""
    leftover = path.with_name(path.name + "-wal")
    if leftover.exists():
        raise WorkshopFileError(
            _("'{name}' is left over beside it from an earlier workshop of that name and would "
              "mix that workshop's changes into this one. Choose another name, or move that file "
              "away first.").format(name=leftover.name))


def save_copy(store: Store, dest: Path) -> None:
    """Write a complete, consistent copy of the workshop to a new file.

    Rows are copied table by table inside one read transaction, which works the same from a
    file or a server and never copies a WAL database's file behind SQLite's back.
    """
    dest = Path(dest)
    if store.path is not None and dest.resolve() == store.path.resolve():
        raise WorkshopFileError(_("A copy must have a different name from the open workshop."))
    _refuse_leftover_journal(dest)
    _copy_rows(store, dest)


def copy_workshop(source: str, dest: str) -> str:
    """Copy a whole workshop - every table, ids and change log kept - from a file or a server
    to a new file or an empty server database. Returns the destination's display name (a
    server's without its password)."""
    src = open_store(source, readonly=True)
    try:
        if is_url(dest):
            return _copy_to_server(src, dest)
        path = Path(dest)
        if path.exists():
            raise WorkshopFileError(_("'{name}' already exists; choose a new file name.").format(
                                        name=path.name))
        _copy_rows(src, path)
        return path.name
    except SQLAlchemyError as exc:
        raise WorkshopFileError(
            _("The workshop could not be copied ({error}). If it was made by an older version, "
              "open it once in this version first.").format(
                error=type(exc).__name__)) from exc
    finally:
        src.close()


def _copy_to_server(src: Store, url: str) -> str:
    try:
        engine = _server_engine(url)
        with engine.connect() as conn:
            existing = set(inspect(conn).get_table_names())
    except ModuleNotFoundError as exc:
        raise DatabaseUnreachable(_("The database driver '{name}' is not installed; install it to "
                                    "use this kind of server.").format(
                                      name=exc.name)) from exc
    except SQLAlchemyError as exc:
        raise DatabaseUnreachable(
            _("Could not reach the workshop database: {error}. Check the server address and that "
              "it is running.").format(
                error=type(exc.orig if hasattr(exc, 'orig') else exc).__name__)) from exc
    safe = engine.url.render_as_string(hide_password=True)
    try:
        if existing & set(Base.metadata.tables):
            raise WorkshopFileError(_("The database {safe} is not empty; copy into a new, empty "
                                      "database.").format(
                                        safe=safe))
        Base.metadata.create_all(engine)
        with src.engine.connect() as source, engine.begin() as out:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in source.execute(table.select())]
                if rows:
                    out.execute(table.insert(), rows)
            if engine.dialect.name == "postgresql":
                # Rows came with their ids: new rows must be numbered after them.
                for table in Base.metadata.sorted_tables:
                    if "id" in table.c and table.c.id.primary_key:
                        out.exec_driver_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}")
    finally:
        engine.dispose()
    return safe


def file_missing(store: Store) -> bool:
    """The open workshop's file was deleted or moved away while it was open."""
    return store.path is not None and not store.path.exists()


def rescue_missing_file(store: Store) -> Path:
    """Write the open workshop - still whole in SQLite's open connection - back to its own
    path after the file was deleted or moved while open. Reopen the workshop afterwards."""
    if not file_missing(store):
        raise WorkshopFileError(_("The workshop file is still there; nothing to rescue."))
    _copy_rows(store, store.path)
    return store.path


def _copy_rows(store: Store, dest: Path) -> None:
    with _new_file(dest) as target, store.engine.connect() as src, target.begin() as out:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(table.select())]
            if rows:
                out.execute(table.insert(), rows)


@contextmanager
def _new_file(dest: Path) -> Iterator[Engine]:
    """An engine on a new, empty workshop schema, built under a temporary name and moved to
    `dest` once complete, so a crash never leaves a half-made file under the chosen name."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".new-", suffix=FILE_SUFFIX, dir=dest.parent)
    except OSError as exc:  # a missing or read-only folder
        raise WorkshopFileError(_("Could not write '{name}': {strerror}.").format(
                                    name=dest.name, strerror=exc.strerror)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = _sqlite_engine(tmp, mode="rw")
        try:
            Base.metadata.create_all(engine)
            yield engine
            with engine.connect() as conn:  # fold the WAL into the file before it moves
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        _chmod_like_new_file(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        raise WorkshopFileError(_("Could not write '{name}': {strerror}.").format(
                                    name=dest.name, strerror=exc.strerror)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def _chmod_like_new_file(path: Path) -> None:
    """mkstemp makes private files; give the workshop the permissions of any new file."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


# --- files -------------------------------------------------------------------------------


def _open_file(path: Path, *, readonly: bool) -> Store:
    if not path.exists():
        raise WorkshopNotFound(_("There is no file '{path}'.").format(path=path))
    if path.is_dir():
        raise NotAWorkshopFile(_("'{name}' is a folder, not a workshop file.").format(
                                   name=path.name))
    _check_header(path)
    lock = None
    if not readonly:
        _check_writable(path)
        lock = WorkshopLock(path, APP_NAME)
        lock.acquire()
    try:
        version = _validate_file(path, readonly=readonly)
        engine = _sqlite_engine(path, mode="rw", readonly=readonly)
        if version < SCHEMA_VERSION and not readonly:
            make_backup(path, "pre-upgrade")  # the old format kept, whatever happens next
            _upgrade(engine, version)
        return Store(engine, sessionmaker(engine, expire_on_commit=False), path=path,
                     url=f"sqlite:///{path}", readonly=readonly, _lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check_writable(path: Path) -> None:
    """One sentence, before anything is tried, for a workshop that cannot take changes:
    where the write is refused and what to do."""
    folder = path.resolve().parent
    if os.access(folder, os.W_OK) and os.access(path, os.W_OK):
        return
    where = (f"its folder {folder} is read-only" if not os.access(folder, os.W_OK)
             else f"the file itself is read-only (in {folder})")
    raise WorkshopFileError(
        _("'{name}' cannot be opened for work: {where}, so no change could be saved. Copy it to a "
          "folder you can write to and open the copy, or read it with 'facilitator notes' or "
          "export it, which write nothing.").format(name=path.name, where=where))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise WorkshopFileError(_("Could not read '{name}': {strerror}.").format(
                                    name=path.name, strerror=exc.strerror)) from exc
    if header != _SQLITE_HEADER:
        raise NotAWorkshopFile(
            _("'{name}' is not a workshop file. Workshop files end in {FILE_SUFFIX} and are made "
              "by File > New in Facilitator.").format(
                name=path.name, FILE_SUFFIX=FILE_SUFFIX)
        )


def _read_uri(path: Path) -> str:
    """How to read a workshop file without writing anything: read-only, and in a folder
    nobody can write to (where SQLite cannot make the WAL index beside the file) as an
    immutable file - but only when no recent changes wait in its WAL file."""
    uri = f"file:{pathname2url(str(path))}?mode=ro"
    if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
        return uri
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkshopFileError(
            _("'{name}' has recent changes in '{name2}' beside it, which can only be read in a "
              "folder you can write to, and {parent} is read-only. Copy both files to a folder "
              "you can write to and open the copy there.").format(
                name=path.name, name2=wal.name, parent=path.parent))
    return uri + "&immutable=1"


# SQLite's own words for a file that is damaged, as opposed to one it may not open here.
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _unreadable(path: Path, exc: sqlite3.Error) -> WorkshopFileError:
    """A healthy file SQLite could not open here is never called damaged."""
    name = getattr(exc, "sqlite_errorname", "")
    if name in _DAMAGED or type(exc) is sqlite3.DatabaseError:
        return CorruptWorkshop(
            f"'{path.name}' is damaged and cannot be read ({exc}). It was left untouched; "
            "open a backup or a saved copy instead.")
    return WorkshopFileError(
        f"'{path.name}' could not be opened in {path.parent} ({exc}). The file was not "
        "changed: check that the folder and the file may be read (and written, to work in "
        "it), or copy it to a folder of your own.")


def _validate_file(path: Path, readonly: bool = False) -> int:
    """Read the schema version without changing anything in the file."""
    uri = _read_uri(path) if readonly else f"file:{pathname2url(str(path))}?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_info" not in tables or "workshop" not in tables:
            raise NotAWorkshopFile(
                _("'{name}' is a database, but not a Facilitator workshop. It was left "
                  "untouched.").format(name=path.name)
            )
        row = conn.execute("SELECT value FROM schema_info WHERE key='schema_version'").fetchone()
        quick = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        conn.close()
    if quick is None or quick[0] != "ok":
        raise CorruptWorkshop(
            _("'{name}' is damaged (the database check failed). It was left untouched; open a "
              "backup or a saved copy instead.").format(name=path.name)
        )
    return _check_version(row[0] if row else None, path.name)


def _check_version(value: str | None, name: str) -> int:
    try:
        version = int(value or "")
    except ValueError:
        raise NotAWorkshopFile(_("'{name}' has no readable schema version.").format(
                                   name=name)) from None
    if version > SCHEMA_VERSION:
        raise WorkshopTooNew(
            _("'{name}' was saved by a newer version of Facilitator (workshop format {version}; "
              "this version reads up to {SCHEMA_VERSION}). Update Facilitator to open it. The "
              "file was left untouched.").format(
                name=name, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    return version


def _sqlite_engine(path: Path, *, mode: str, readonly: bool = False) -> Engine:
    uri = _read_uri(path) if readonly else f"file:{pathname2url(str(path))}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)

    # A pool of connections each unit of work checks out and returns. The URL alone would
    # give SQLAlchemy's one-connection-per-thread pool, which at its sixth thread (the window,
    # the room's threads, an export) closes another thread's connection, even in the middle
    # of writing a note.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        if not readonly:  # switching journal mode writes to the file: never when reading only
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    return engine


def _upgrade(engine: Engine, from_version: int) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # The sqlite3 module commits before DDL on its own; take the transaction in hand so
            # the whole upgrade commits or rolls back as one.
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.begin()
        try:
            for version in range(from_version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](conn)
            conn.execute(
                SchemaInfo.__table__.update()
                .where(SchemaInfo.key == "schema_version")
                .values(value=str(SCHEMA_VERSION))
            )
        except BaseException:
            _finish(conn, "ROLLBACK")
            raise
        _finish(conn, "COMMIT")


def _finish(conn: Connection, verb: str) -> None:
    if conn.engine.dialect.name == "sqlite":
        conn.exec_driver_sql(verb)
    elif verb == "COMMIT":
        conn.commit()
    else:
        conn.rollback()


# --- servers -----------------------------------------------------------------------------


def _server_engine(url: str) -> Engine:
    """An engine for a workshop server; a server that is away is given up on in seconds."""
    options = {"connect_timeout": 5} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, connect_args=options)


def _open_server(url: str, *, readonly: bool, create: bool = False) -> Store:
    try:
        engine = _server_engine(url)
        with engine.connect() as conn:
            existing = set(inspect(conn).get_table_names())
    except ModuleNotFoundError as exc:
        raise DatabaseUnreachable(
            _("The database driver '{name}' is not installed; install it to use this kind of "
              "server.").format(name=exc.name)
        ) from exc
    except (OperationalError, SQLAlchemyError) as exc:
        raise DatabaseUnreachable(
            _("Could not reach the workshop database: {error}. Check the server address and that "
              "it is running.").format(
                error=type(exc.orig if hasattr(exc, 'orig') else exc).__name__)
        ) from exc
    safe = engine.url.render_as_string(hide_password=True)
    if "schema_info" not in existing:
        if not create:
            engine.dispose()
            raise NotAWorkshopFile(_("The database {safe} holds no workshop.").format(safe=safe))
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(SchemaInfo.__table__.insert(),
                         [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
                          {"key": "created_by", "value": APP_NAME}])
    with engine.connect() as conn:
        value = conn.scalar(select(SchemaInfo.value).where(SchemaInfo.key == "schema_version"))
    version = _check_version(value, safe)
    if version < SCHEMA_VERSION and not readonly:
        _upgrade(engine, version)
    return Store(engine, sessionmaker(engine, expire_on_commit=False), url=safe,
                 readonly=readonly)
