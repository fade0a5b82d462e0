"""One RepDesk window per database file.

A window that opens a database claims it: a QLockFile beside it (``repdesk.db.lock``,
holding this process's id, so the lock of a crashed RepDesk is taken over at the
next start) and a local server named after the file. A second RepDesk that finds
the file claimed asks the first, through that server, to come forward, and does
not open the file (its window says why). SQLite's own locking would keep two
writers from corrupting the file; the claim keeps two windows from overwriting each
other's edits.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

COME_FORWARD = b"come-forward\n"


def server_name(path: Path) -> str:
    """The local server's name: one per user and resolved file path."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service account)
        user = ""
    key = f"{user}\n{Path(path).expanduser().resolve()}".encode()
    return "repdesk-" + hashlib.sha256(key).hexdigest()[:24]


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def ask_to_come_forward(path: Path, timeout_ms: int = 1000) -> bool:
    """Ask the RepDesk that holds ``path`` to raise its window; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(COME_FORWARD)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class DatabaseClaim(QObject):
    come_forward = Signal()  # another RepDesk tried to open this window's database

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._lock = QLockFile(str(lock_path(path)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Claim the file; False (and the holder asked to come forward) if another has it.

        A file whose folder cannot take the lock (read-only, missing) is not refused
        here: opening it explains what is wrong.
        """
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                ask_to_come_forward(self.path)
                return False
            log.warning("no lock beside %s (%s)", self.path, self._lock.error())
        name = server_name(self.path)
        server = QLocalServer(self)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left by a RepDesk that crashed
            if not server.listen(name):
                log.warning("cannot listen as %s: %s", name, server.errorString())
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(COME_FORWARD.strip()):
            self.come_forward.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
