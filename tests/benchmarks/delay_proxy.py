"""A TCP proxy on this machine that makes a link slow, for the bench: the server as if across a network.

Every chunk read from one side is written to the other no sooner than a fixed delay after it arrived, in
the order it arrived; each direction has half the round trip (30 ms round trip = 15 ms each way). The
delay is latency, not a bandwidth limit: chunks in flight overlap. It runs an asyncio loop on a thread
of its own, so the code under test (Qt windows, a database client) runs as it would over a real link.

    with DelayProxy("127.0.0.1", server_port, round_trip_s=0.030) as proxy:
        connect to ("127.0.0.1", proxy.port) instead of the server

A stdlib-only script module, like the other benchmarks (its folder is on sys.path when the bench runs).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from types import TracebackType

CHUNK_BYTES = 64 * 1024
CHUNKS_IN_FLIGHT = 256
"""Chunks one direction holds while they wait out the delay; a full queue stops reading (TCP's own back-pressure)."""
START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0

_END = None
"""Put in a direction's queue when its reading side has closed: the writing side is then closed too, as late."""


class DelayProxy:
    """Listens on 127.0.0.1 at a free port and forwards each connection to host:port, each way delayed."""

    def __init__(self, host: str, port: int, round_trip_s: float, listen_host: str = "127.0.0.1"):
        if round_trip_s < 0:
            raise ValueError(f"a round trip cannot take {round_trip_s} s")
        self.target = (host, port)
        self.round_trip_s = round_trip_s
        self.one_way_s = round_trip_s / 2
        self.host = listen_host
        self.port = 0
        """Where to connect instead of the target; known once started."""
        self.connections = 0
        """How many connections were accepted so far."""
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._listening = threading.Event()
        self._failure: OSError | None = None
        self._handlers: set[asyncio.Task] = set()

    def __enter__(self) -> DelayProxy:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Listen, on the proxy's own thread; returns once connections are accepted (or raises OSError)."""
        if self._thread is not None:
            raise RuntimeError("the proxy is already running")
        self._listening.clear()
        self._failure = None
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)
        self._thread.start()
        if not self._listening.wait(START_TIMEOUT_S):
            self.stop()
            raise TimeoutError("the delay proxy did not start listening")
        if self._failure is not None:
            self.stop()
            raise self._failure

    def stop(self) -> None:
        """Close the listening socket and every connection, and end the thread; safe to call twice."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                loop.call_soon_threadsafe(stopping.set)
        thread.join(STOP_TIMEOUT_S)
        if thread.is_alive():
            raise TimeoutError("the delay proxy did not stop")
        self._thread = self._loop = self._stopping = None

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        try:
            server = await asyncio.start_server(self._accepted, self.host, 0)
        except OSError as e:
            self._failure = e
            self._listening.set()
            return
        async with server:
            self.port = server.sockets[0].getsockname()[1]
            self._listening.set()
            await self._stopping.wait()
            server.close()
            for handler in list(self._handlers):
                handler.cancel()
            await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _accepted(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        """One connection: the target's is opened at once, then each direction carried on its own."""
        handler = asyncio.current_task()
        assert handler is not None
        self._handlers.add(handler)
        self.connections += 1
        writers = [client_writer]
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
            writers.append(server_writer)
            await asyncio.gather(
                self._carry(client_reader, server_writer),
                self._carry(server_reader, client_writer),
                return_exceptions=True,
            )
        except OSError:
            pass  # the target refused: the client sees its connection closed
        except asyncio.CancelledError:
            pass  # the proxy stops: ended quietly, as asyncio would otherwise log the cancelled handler as an error
        finally:
            self._handlers.discard(handler)
            for writer in writers:
                writer.close()

    async def _carry(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One direction: each chunk read is stamped with when it may leave and queued; it leaves in turn."""
        queue: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue(CHUNKS_IN_FLIGHT)
        receiving = asyncio.ensure_future(self._receive(reader, queue))
        try:
            await self._send(queue, writer)
        finally:
            receiving.cancel()
            await asyncio.gather(receiving, return_exceptions=True)

    async def _receive(self, reader: asyncio.StreamReader, queue: asyncio.Queue[tuple[float, bytes | None]]) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                data = await reader.read(CHUNK_BYTES)
            except ConnectionError:
                data = b""
            await queue.put((loop.time() + self.one_way_s, data or _END))
            if not data:
                return

    async def _send(self, queue: asyncio.Queue[tuple[float, bytes | None]], writer: asyncio.StreamWriter) -> None:
        """Write each chunk once its time has come; at the end, close this direction (raises if the peer went)."""
        loop = asyncio.get_running_loop()
        while True:
            due, data = await queue.get()
            while (wait := due - loop.time()) > 0:  # never early, however the loop rounds its timers
                await asyncio.sleep(wait)
            if data is None:
                if writer.can_write_eof() and not writer.is_closing():
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()
