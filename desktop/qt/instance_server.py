"""Serves the single-instance socket (desktop.single_instance) with QLocalServer, inside the running app."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.single_instance import Claim

log = logging.getLogger(__name__)

MAX_MESSAGE = 64 * 1024  # a command line is far shorter; anything longer is refused, unread


class InstanceServer(QObject):
    """Serves a Claim with QLocalServer: each later launch's choices arrive as `arguments_received`.

    Signals:
        arguments_received(dict): a later launch's options (name → JSON value), already answered "ok";
            what they mean is checked by whoever applies them (desktop.relaunch).
    """

    arguments_received = Signal(dict)

    def __init__(self, claim: Claim, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = claim.path
        self._server = QLocalServer(self)
        # QLocalServer takes the descriptor over, closes it and removes the socket file on close().
        if not self._server.listen(claim.sock.detach()):
            log.warning("could not serve %s: %s", claim.path, self._server.errorString())
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def close(self) -> None:
        """Stop answering and remove the socket file. Open connections are dropped first, while this
        object still exists: a socket destroyed later would report its disconnection to a dead slot."""
        for conn in list(self._buffers):
            self._drop(conn)
        self._server.close()

    def _on_connection(self) -> None:
        while (conn := self._server.nextPendingConnection()) is not None:
            self._buffers[conn] = b""
            conn.readyRead.connect(self._on_ready)
            conn.disconnected.connect(self._on_disconnected)
            self._read(conn)

    def _on_ready(self) -> None:
        conn = self.sender()
        if isinstance(conn, QLocalSocket):
            self._read(conn)

    def _on_disconnected(self) -> None:
        conn = self.sender()
        if isinstance(conn, QLocalSocket):
            self._drop(conn)

    def _drop(self, conn: QLocalSocket) -> None:
        if self._buffers.pop(conn, None) is None:
            return
        conn.readyRead.disconnect(self._on_ready)
        conn.disconnected.disconnect(self._on_disconnected)
        conn.abort()
        conn.deleteLater()

    def _read(self, conn: QLocalSocket) -> None:
        if conn not in self._buffers:
            return
        data = self._buffers[conn] + bytes(conn.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("a message on %s was longer than %d bytes; dropped", self.path, MAX_MESSAGE)
            self._drop(conn)
            return
        if not data.endswith(b"\n"):
            self._buffers[conn] = data
            return
        options = _parse(data)
        conn.write(b"ok\n" if options is not None else b"bad\n")
        conn.waitForBytesWritten(1000)  # a few bytes to a local socket: written at once
        self._drop(conn)
        if options is not None:
            self.arguments_received.emit(options)


def _parse(data: bytes) -> dict[str, object] | None:
    """The options object of a message `{"options": {...}}`, or None for anything else."""
    try:
        message = json.loads(data)
    except ValueError:
        return None
    options = message.get("options") if isinstance(message, dict) else None
    if isinstance(options, dict) and all(isinstance(key, str) for key in options):
        return options
    return None
