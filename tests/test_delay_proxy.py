"""The bench's delaying proxy (tests/benchmarks/delay_proxy.py): every byte arrives, in order, never sooner
than the delay allows. Only the lower bound on time is checked: it holds however loaded the machine is."""

import importlib.util
import os
import socket
import socketserver
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

_spec = importlib.util.spec_from_file_location("delay_proxy", Path(__file__).parent / "benchmarks" / "delay_proxy.py")
assert _spec is not None and _spec.loader is not None
delay_proxy = importlib.util.module_from_spec(_spec)
sys.modules["delay_proxy"] = delay_proxy
_spec.loader.exec_module(delay_proxy)
DelayProxy = delay_proxy.DelayProxy

ROUND_TRIP_S = 0.030
SAFETY_TIMEOUT_S = 20.0
"""So a broken proxy fails the test instead of hanging it; never a claim about speed."""


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


class _TimedEcho(socketserver.BaseRequestHandler):
    """Echoes each message, noting when it arrived and when the answer left."""

    times: ClassVar[list[tuple[float, float]]] = []

    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.times.append((time.monotonic(), time.monotonic()))  # arrived, then the answer leaves
            self.request.sendall(data)


def _serve(handler: type[socketserver.BaseRequestHandler]):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def echo_port():
    yield from _serve(_Echo)


@pytest.fixture
def timed_echo_port():
    _TimedEcho.times = []
    yield from _serve(_TimedEcho)


def _connect(port: int) -> socket.socket:
    client = socket.create_connection(("127.0.0.1", port), timeout=SAFETY_TIMEOUT_S)
    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return client


def _receive(client: socket.socket, size: int) -> bytes:
    received = bytearray()
    while len(received) < size:
        chunk = client.recv(size - len(received))
        if not chunk:
            break
        received += chunk
    return bytes(received)


def _closed(client: socket.socket) -> bool:
    """Whether the other end closed the connection (or reset it)."""
    try:
        return client.recv(1) == b""
    except ConnectionResetError:
        return True


def test_each_ping_and_its_echo_take_at_least_the_round_trip(echo_port):
    """A 30 ms round trip: 15 ms there and 15 ms back, on every exchange of a kept-open connection."""
    with DelayProxy("127.0.0.1", echo_port, round_trip_s=ROUND_TRIP_S) as proxy, _connect(proxy.port) as client:
        assert proxy.one_way_s == ROUND_TRIP_S / 2
        for n in range(5):
            ping = f"ping {n}".encode()
            sent = time.monotonic()
            client.sendall(ping)
            assert _receive(client, len(ping)) == ping
            assert time.monotonic() - sent >= ROUND_TRIP_S
        assert proxy.connections == 1


def test_each_direction_takes_half_the_round_trip(timed_echo_port):
    """The ping reaches the server no sooner than 15 ms after it was sent, and the answer the client no sooner
    than 15 ms after the server sent it (one clock: both ends run on this machine)."""
    with DelayProxy("127.0.0.1", timed_echo_port, round_trip_s=ROUND_TRIP_S) as proxy, _connect(proxy.port) as client:
        for _ in range(3):
            sent = time.monotonic()
            client.sendall(b"ping")
            assert _receive(client, 4) == b"ping"
            answered = time.monotonic()
            arrived, left = _TimedEcho.times[-1]  # the last piece of the ping, however it was split
            assert arrived - sent >= ROUND_TRIP_S / 2
            assert answered - left >= ROUND_TRIP_S / 2


def test_a_large_message_arrives_whole_and_in_order_both_ways(echo_port):
    """A mebibyte of random bytes, far more than one chunk, echoed through the proxy byte for byte; the client's
    half-close reaches the server, whose close then reaches the client."""
    message = os.urandom(1 << 20)
    with DelayProxy("127.0.0.1", echo_port, round_trip_s=ROUND_TRIP_S) as proxy, _connect(proxy.port) as client:
        sender = threading.Thread(target=lambda: (client.sendall(message), client.shutdown(socket.SHUT_WR)))
        sender.start()
        echoed = _receive(client, len(message) + 1)
        sender.join()
    assert echoed == message


def test_connections_are_carried_side_by_side(echo_port):
    """Two clients at once, each with its own answers."""
    with DelayProxy("127.0.0.1", echo_port, round_trip_s=ROUND_TRIP_S) as proxy:
        with _connect(proxy.port) as first, _connect(proxy.port) as second:
            first.sendall(b"first")
            second.sendall(b"second")
            assert _receive(second, 6) == b"second" and _receive(first, 5) == b"first"
        assert proxy.connections == 2


def test_stopping_closes_the_connections_it_carries(echo_port):
    proxy = DelayProxy("127.0.0.1", echo_port, round_trip_s=ROUND_TRIP_S)
    proxy.start()
    with _connect(proxy.port) as client:
        client.sendall(b"hello")
        assert _receive(client, 5) == b"hello"
        proxy.stop()
        assert _closed(client)
    proxy.stop()  # a second stop does nothing


def test_a_target_that_refuses_closes_the_clients_connection():
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        closed_port = placeholder.getsockname()[1]  # bound, never listening: connections to it are refused
        with DelayProxy("127.0.0.1", closed_port, round_trip_s=0) as proxy, _connect(proxy.port) as client:
            assert _closed(client)


def test_a_negative_round_trip_is_refused():
    with pytest.raises(ValueError):
        DelayProxy("127.0.0.1", 1, round_trip_s=-0.001)
