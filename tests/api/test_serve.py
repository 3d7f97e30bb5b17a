"""`pactwatch serve` as an operator runs it: the address it prints, the warning when it is open to the
network without a token, and a prompt stop on SIGTERM even with a client holding a connection open."""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(tmp_path, host, token=None, workers=1):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "PACTWATCH_TOKEN"}
    if token:
        env["PACTWATCH_TOKEN"] = token
    process = subprocess.Popen([sys.executable, "-m", "pactwatch.cli", "serve", "--db", str(tmp_path / "kb.db"),
                                "--host", host, "--port", str(port), "--workers", str(workers)],
                               stderr=subprocess.PIPE, env=env)
    return process, port


def _first_lines(process, wanted: bytes, timeout=60) -> bytes:
    seen, end = b"", time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < end:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
    return seen


def test_sigterm_stops_the_server_promptly_with_a_connection_open(tmp_path):
    process, port = _serve(tmp_path, "127.0.0.1")
    assert b"serving" in _first_lines(process, b"serving")
    for _ in range(100):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    idle = socket.create_connection(("127.0.0.1", port))  # a keep-alive client that never says a word
    idle.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")  # an unfinished request
    began = time.monotonic()
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    idle.close()
    assert time.monotonic() - began < 8


@pytest.mark.parametrize("host, shown", [("::", b"http://[::]:"), ("0.0.0.0", b"http://0.0.0.0:")])
def test_all_interfaces_without_a_token_warns_and_the_url_is_well_formed(tmp_path, host, shown):
    process, _ = _serve(tmp_path, host)
    out = _first_lines(process, b"PACTWATCH_TOKEN")
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    assert shown in out and b"on all interfaces" in out
    assert b"warning" in out and b"no PACTWATCH_TOKEN" in out


def test_a_chunked_flood_is_cut_at_the_limit_before_authentication(tmp_path):
    """200 MB sent chunked, without Content-Length or token, to the real server: 413 and its memory stays flat."""
    process, port = _serve(tmp_path, "127.0.0.1", token="secret")
    assert b"serving" in _first_lines(process, b"serving")
    for _ in range(100):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.1)

    def flood():
        block = b"x" * 1_000_000
        for _ in range(200):
            yield block

    try:
        response = httpx.post(f"http://127.0.0.1:{port}/api/articles", content=flood(), timeout=60,
                              headers={"Content-Type": "application/json"})
        assert response.status_code == 413
    except httpx.HTTPError:
        pass  # the server may close the connection while the client is still sending: also a refusal
    with open(f"/proc/{process.pid}/status") as status:
        peak_kb = int(next(line for line in status if line.startswith("VmHWM")).split()[1])
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    assert peak_kb < 400_000, f"server peaked at {peak_kb / 1024:.0f} MB"


def test_several_server_processes_answer_on_one_port(tmp_path):
    """--workers 2: two processes behind the port, both answering from the same database, stopped by SIGTERM."""
    import psutil

    process, port = _serve(tmp_path, "127.0.0.1", workers=2)
    try:
        assert b"2 processes" in _first_lines(process, b"serving")
        answers = []
        for _ in range(300):
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2))
                if len(answers) >= 20:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert len(answers) == 20 and all(a.status_code == 200 for a in answers)
        assert len({a.text for a in answers}) == 1
        workers = [p for p in psutil.Process(process.pid).children(recursive=True)
                   if "spawn_main" in " ".join(p.cmdline())]  # not the resource tracker
        assert len(workers) == 2
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in workers)
