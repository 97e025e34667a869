"""A link to the tests' server that can be cut like lost Wi-Fi: while cut, nothing passes either way and the other
end never answers (no refusal, no reset: a request waits as it would for a laptop whose network has gone)."""

from __future__ import annotations

import contextlib
import select
import socket
import threading

POLL_S = 0.02


class CutLink:
    """Listens on 127.0.0.1 at a free port and forwards each connection to 127.0.0.1:port until cut()."""

    def __init__(self, port: int):
        self.target = ("127.0.0.1", port)
        self._open = threading.Event()
        self._open.set()
        self._stopped = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def is_cut(self) -> bool:
        return not self._open.is_set()

    def cut(self) -> None:
        self._open.clear()

    def mend(self) -> None:
        self._open.set()

    def url(self, server_url: str) -> str:
        """The server's address with this link's port instead of the server's."""
        return server_url.replace(f":{self.target[1]}/", f":{self.port}/")

    def stop(self) -> None:
        self._stopped.set()
        self._open.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._join, args=(client,), daemon=True).start()

    def _join(self, client: socket.socket) -> None:
        self._open.wait()
        try:
            server = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        for a, b in ((client, server), (server, client)):
            threading.Thread(target=self._carry, args=(a, b), daemon=True).start()

    def _carry(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while not self._stopped.is_set():
                self._open.wait()
                ready, _, _ = select.select([source], [], [], POLL_S)
                if not ready or not self._open.is_set():
                    continue
                data = source.recv(65536)
                if not data:
                    break
                self._open.wait()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
