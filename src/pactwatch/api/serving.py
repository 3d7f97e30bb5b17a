"""How ``pactwatch serve`` runs the application: how many requests a process works on at once, and uvicorn's
options, one process or several.

:class:`Admission` lets a process work on a few requests at once (each in a thread, with a database connection
of its own) and keeps the others waiting in order of arrival. Without it every request in flight took a
thread and a connection: under 50 clients the threads shared one interpreter lock, all answers came late
together, and requests waited for a connection while holding a thread that others needed. A request whose
client goes away while it waits is dropped without costing anything; one that waited longer than the request
timeout is answered 503 at once.

With ``--workers N`` uvicorn binds the listening socket itself as ``socket.socket(AF_INET)``, whose protocol
number is 0; asyncio turns Nagle's algorithm off (``TCP_NODELAY``) only on sockets whose protocol is
``IPPROTO_TCP``, so the connections of every worker kept it on. An answer written in two pieces (headers,
then body) then waited for the client's delayed acknowledgement of the first: about 40 ms added to every
request on a kept-alive connection, ten times the cost of most of them. :class:`NoDelayH11Protocol` turns it
off on each connection, whichever way the socket was made.
"""

from __future__ import annotations

import asyncio
import json
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


def no_delay(transport) -> None:
    """Turn Nagle's algorithm off on ``transport``'s socket, when it is a TCP one."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # the client is already gone
            pass


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, sending each piece of an answer at once."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        no_delay(transport)
        super().connection_made(transport)


def uvicorn_options(host: str, port: int) -> dict:
    """What ``pactwatch serve`` gives uvicorn, whatever the number of processes. SIGTERM or Ctrl-C: stop
    accepting, give requests in flight a few seconds, then exit."""
    return {"host": host, "port": port, "log_level": "warning", "timeout_graceful_shutdown": 3,
            "timeout_keep_alive": 5, "http": f"{__name__}:NoDelayH11Protocol"}  # a name: every worker imports it


class Admission:
    """ASGI middleware: at most ``limit`` HTTP requests in the application at once; the others wait in order of
    arrival, at most ``wait`` seconds (then 503); one whose client leaves while it waits is dropped."""

    def __init__(self, app, limit: int, wait: float):
        self.app, self.limit, self.wait = app, limit, wait
        self.turns: asyncio.Semaphore | None = None  # made in the server's event loop, on the first request

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.turns is None:
            self.turns = asyncio.Semaphore(self.limit)
        first = await receive()  # a GET's only message; a body's first part
        # with the whole request read, the next message can only say the client left: listen for it meanwhile
        left = None if first.get("more_body") else asyncio.ensure_future(receive())
        turn = asyncio.ensure_future(self.turns.acquire())
        try:
            await asyncio.wait([turn] + ([left] if left else []), timeout=self.wait,
                               return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not turn.done():
                turn.cancel()
        if not (turn.done() and not turn.cancelled()):
            if left is not None and left.done():
                return  # the client is gone: nobody to answer
            if left is not None:
                left.cancel()
            return await _busy(send, self.wait)
        replayed = False

        async def again():
            nonlocal replayed
            if not replayed:
                replayed = True
                return first
            return await left if left is not None else await receive()

        try:
            if left is not None and left.done():
                return  # the client left just as its turn came
            await self.app(scope, again, send)
        finally:
            self.turns.release()
            if left is not None and not left.done():
                left.cancel()


async def _busy(send, wait: float) -> None:
    body = json.dumps({"error": {"status": 503, "message": f"the server is busy: this request waited {wait:g} s "
                                 "for its turn; try again later"}}).encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"retry-after", b"5")]})
    await send({"type": "http.response.body", "body": body})
