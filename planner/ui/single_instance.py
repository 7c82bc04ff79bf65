"""A second launch brings the running window to the front and exits.

The first instance listens on a local socket named after its data folder (so two
data folders can each have their own window). A second launch for the same
folder connects, asks the first to show itself, and quits. The data folder's
:class:`~planner.storage.lock.InstanceLock` stays the real guard: the socket is
only the polite hand-over.

QtNetwork is imported when a socket is needed, not with this module: a launch
with no other instance running (:func:`may_be_running` is False) never needs it
before its window is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtNetwork import QLocalSocket

ACTIVATE = b"activate\n"
# planner.storage.lock.LOCK_FILENAME (not imported: the storage package loads SQLAlchemy).
LOCK_FILENAME = "instance.lock"


def may_be_running(data_dir: Path) -> bool:
    """False when no process holds ``data_dir``: its lock file is missing or empty.

    The holder of the instance lock writes a note naming itself into the lock
    file and empties it on release, so an empty file means nobody is there to
    hand over to. A note left by a killed process only costs a failed connect.
    """
    try:
        return (data_dir / LOCK_FILENAME).stat().st_size > 0
    except OSError:
        return False


def server_name(data_dir: Path) -> str:
    import getpass

    from PySide6.QtCore import QCryptographicHash

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (some containers)
        user = "user"
    key = f"{user}\0{data_dir.resolve()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"study-planner-{bytes(digest.data()).decode()[:20]}"


def hand_over(data_dir: Path, timeout_ms: int = 500) -> bool:
    """Ask a running instance for ``data_dir`` to come to the front; True if one answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    # Wait for the acknowledgement so the first window is raised before we exit.
    acknowledged = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == b"ok\n"
    socket.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later launches and emits :attr:`activated` for each."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)

    def listen(self) -> bool:
        """Start listening. Call only while holding the data folder's instance lock."""
        # A socket file left by a killed instance would block listen(); the lock
        # proves no live instance owns it.
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            socket.write(b"ok\n")
            socket.flush()
            self.activated.emit()
