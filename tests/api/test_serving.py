"""How `pactwatch serve` serves: each answer sent at once on the sockets its worker processes share, and a few
requests worked on at a time, the others waiting their turn (503 after waiting too long; dropped when their
client leaves)."""

import asyncio
import socket
import threading
import time

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from pactwatch.api.serving import Admission, uvicorn_options


class Served:
    """``app`` under a real uvicorn in a thread, listening on a socket bound as uvicorn binds it for
    ``--workers N`` (``socket.socket(AF_INET)``: protocol number 0)."""

    def __init__(self, app):
        self.sock = socket.socket(socket.AF_INET)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        options = {**uvicorn_options("127.0.0.1", self.port), "lifespan": "off"}
        self.server = uvicorn.Server(uvicorn.Config(app, **options))
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])))

    def __enter__(self):
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


def test_each_connection_sends_its_answer_at_once_on_a_socket_bound_for_several_workers():
    app = FastAPI()

    @app.get("/")
    def hello():
        return {"hello": "world"}

    served = Served(app)
    with served as base, httpx.Client(base_url=base) as client:
        assert client.get("/").json() == {"hello": "world"}  # the connection stays open (keep-alive)
        connections = list(served.server.server_state.connections)
        assert connections
        for connection in connections:
            sock = connection.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def blocking_app(limit: int, wait: float):
    """An application whose /slow answers when ``release`` is set; ``calls`` lists the requests it worked on."""
    app = FastAPI()
    release, calls = threading.Event(), []

    @app.get("/slow/{name}")
    def slow(name: str):
        calls.append(name)
        release.wait(20)
        return {"name": name}

    return Admission(app, limit=limit, wait=wait), release, calls


def test_a_request_that_waits_longer_than_the_timeout_for_its_turn_is_answered_503():
    app, release, calls = blocking_app(limit=1, wait=0.5)
    with Served(app) as base, httpx.Client(base_url=base, timeout=10) as first, \
            httpx.Client(base_url=base, timeout=10) as second:
        holder = threading.Thread(target=lambda: first.get("/slow/a"))
        holder.start()
        while calls != ["a"]:
            time.sleep(0.02)
        answer = second.get("/slow/b")
        release.set()
        holder.join()
    assert answer.status_code == 503 and "busy" in answer.json()["error"]["message"]
    assert answer.headers["retry-after"] == "5"
    assert calls == ["a"]


def test_requests_wait_their_turn_in_order_and_one_whose_client_left_is_never_worked_on():
    app, release, calls = blocking_app(limit=1, wait=30)
    answers = {}
    with Served(app) as base:
        def ask(name, timeout=10):
            try:
                answers[name] = httpx.get(f"{base}/slow/{name}", timeout=timeout).json()["name"]
            except httpx.TimeoutException:
                answers[name] = "gave up"

        holder = threading.Thread(target=ask, args=("a",))
        holder.start()
        while calls != ["a"]:
            time.sleep(0.02)
        ask("impatient", timeout=0.3)  # waits for its turn, then its client leaves
        waiting = threading.Thread(target=ask, args=("b",))
        waiting.start()
        time.sleep(0.3)
        release.set()
        holder.join()
        waiting.join()
    assert answers == {"a": "a", "impatient": "gave up", "b": "b"}
    assert calls == ["a", "b"]


@pytest.mark.parametrize("limit", [1, 3])
def test_no_more_requests_are_worked_on_at_once_than_the_limit(limit):
    app, release, calls = blocking_app(limit=limit, wait=30)
    with Served(app) as base:
        threads = [threading.Thread(target=httpx.get, args=(f"{base}/slow/{i}",), kwargs={"timeout": 20})
                   for i in range(limit + 2)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        working = len(calls)
        release.set()
        for thread in threads:
            thread.join()
    assert working == limit and len(calls) == limit + 2


def test_a_reading_request_makes_one_trip_to_a_worker_thread(client, monkeypatch):
    """Checking the query string and the answer happen in the trip that reads the database: under load each
    trip waits its turn for the event loop, which waits for the interpreter lock."""
    import anyio.to_thread

    trips, real = [], anyio.to_thread.run_sync

    async def counted(func, *args, **kwargs):
        trips.append(getattr(func, "__name__", repr(func)))
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
    first = client.get("/api/agreements?per_page=1").json()["items"][0]["id"]
    for path in ("/api/agreements?country=KOR&sector=ai&per_page=5", f"/api/agreements/{first}", "/api/network",
                 "/api/partners/KOR", "/", "/network?sector=ai", "/agreements?country=KOR"):
        trips.clear()
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.text[:300])
        assert len(trips) == 1, (path, trips)
