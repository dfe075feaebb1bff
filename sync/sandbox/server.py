"""Serving the sandbox over real HTTP with werkzeug's threaded server, in a background thread or in the foreground.

Clients keep HTTP/1.1 connections alive, and werkzeug's handler threads would wait on them after a shutdown; the
server therefore tracks its open connections and closes them when it stops, so stopping leaves no thread behind.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import Any

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

from sync.sandbox.app import create_app
from sync.sandbox.state import SandboxState

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
_JOIN_SECONDS = 5.0
_POLL_SECONDS = 0.02  # how quickly serve_forever notices a shutdown request


class _QuietRequestHandler(WSGIRequestHandler):
    """Request lines go to this module's logger at DEBUG instead of werkzeug's own stderr handler.

    HTTP/1.1 keeps connections open between requests, as the real delivery service does.
    """

    protocol_version = "HTTP/1.1"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("%s %s -> %s", self.command, self.path, code)

    def log_error(self, format: str, *args: Any) -> None:
        log.debug("sandbox connection error: " + format, *args)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug(format, *args)


class _TrackingServer(ThreadedWSGIServer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.daemon_threads = True
        self._open: set[socket.socket] = set()
        self._handlers: set[threading.Thread] = set()
        self._tracking = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._handle, args=(request, client_address), name="sandbox-request", daemon=True
        )
        with self._tracking:
            self._open.add(request)
            self._handlers.add(thread)
        thread.start()

    def _handle(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._tracking:
                self._open.discard(request)
                self._handlers.discard(threading.current_thread())

    def close_connections(self) -> None:
        with self._tracking:
            connections, handlers = list(self._open), list(self._handlers)
        for connection in connections:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in handlers:
            thread.join(timeout=_JOIN_SECONDS)


class SandboxServer:
    """The sandbox app on a loopback port (0 = any free port); ``base_url`` is known as soon as it is constructed."""

    def __init__(
        self,
        state: SandboxState,
        *,
        host: str = LOOPBACK,
        port: int = 0,
        admin_endpoints: bool = False,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.state = state
        self.app = create_app(state, admin_endpoints=admin_endpoints)
        self._server = _TrackingServer(host, port, self.app, handler=_QuietRequestHandler, ssl_context=ssl_context)
        scheme = "https" if ssl_context is not None else "http"
        self.base_url = f"{scheme}://{host}:{self._server.server_port}"
        state.set_issuer(self.base_url)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    def start(self) -> None:
        """Serve in a background thread until ``stop``."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already running")
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": _POLL_SECONDS},
            name="sandbox-server",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=_JOIN_SECONDS)
            self._thread = None
        self._server.close_connections()
        self._server.server_close()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


@contextmanager
def running_sandbox(state: SandboxState | None = None, *, port: int = 0, admin_endpoints: bool = True) -> Iterator[str]:
    """Run a sandbox in the background for the duration of the block and yield its base URL."""
    with SandboxServer(state or SandboxState(), port=port, admin_endpoints=admin_endpoints) as server:
        yield server.base_url
